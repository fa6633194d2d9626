// two modules in one file are both validated
// spec: 6.1
// expect: accept
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
    return 2;
  }
  return g;
}
