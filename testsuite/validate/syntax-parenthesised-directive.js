// a parenthesised "use asm" is not the directive
// spec: 6.1
// expect: reject
function M(stdlib) {
  ("use asm"); // error
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
