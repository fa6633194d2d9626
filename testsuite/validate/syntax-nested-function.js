// a function declared inside a function is not asm.js
// spec: 6.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    function g() {} // error
    return x|0;
  }
  return f;
}
