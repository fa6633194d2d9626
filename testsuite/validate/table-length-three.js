// a function table length must be a power of 2
// spec: 6.3, 5.6
// expect: reject
// v8: accept: V8 does not check a function table that no function calls through
function M(stdlib, foreign, heap) {
  "use asm";
  function a(x) {
    x = x|0;
    return (x + 0)|0;
  }
  function b(x) {
    x = x|0;
    return (x + 1)|0;
  }
  function c(x) {
    x = x|0;
    return (x + 2)|0;
  }
  var t = [a, b, c]; // error
  return a;
}
