// a JavaScript syntax error is reported at its place
// spec: 4
// expect: reject
// v8: n/a: the file is not JavaScript at all
function M(stdlib) {
  "use asm";
  function f(x) {
    x = x|0;
    return (x + )|0; // error
  }
  return f;
}
