// the second of two modules is invalid: the file is invalid
// spec: 6.1
// expect: reject
// v8: n/a: two modules, neither named M
function First(stdlib) {
  "use asm";
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
function Second(stdlib) {
  "use asm";
  function g() {
    return 2.5 + 1; // error
  }
  return g;
}
