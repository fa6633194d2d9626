// a call to a module function in an assignment needs its return coercion
// spec: 6.9, 5.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function g() {
    return 1;
  }
  function f() {
    var x = 0;
    x = g(); // error
    return x|0;
  }
  return f;
}
