// a local may share a module function's name and is then an int
// spec: 3.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function g() {
    return 1;
  }
  function f() {
    var g = 0;
    g = 5;
    return g|0;
  }
  return f;
}
