// a function name is not a value
// spec: 6.8.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function g() {}
  function f() {
    var a = 0;
    a = g; // error
    return a|0;
  }
  return f;
}
