// a table of int functions cannot be called with a + coercion
// spec: 6.9, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
    return 1;
  }
  function b() {
    return 2;
  }
  function call(i) {
    i = i|0;
    return +t[i & 1](); // error
  }
  var t = [a, b];
  return call;
}
