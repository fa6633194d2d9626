// the index mask must be exactly the table length minus one, not smaller
// spec: 6.9, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
  }
  function call(i) {
    i = i|0;
    t[i & 1](); // error
  }
  function b() {
  }
  var t = [a, b, a, b];
  return call;
}
