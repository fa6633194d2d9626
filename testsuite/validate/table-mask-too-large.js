// the index mask must be exactly the table length minus one, not larger
// spec: 6.9, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
  }
  function b() {
  }
  function call(i) {
    i = i|0;
    t[i & 3](); // error
  }
  var t = [a, b];
  return call;
}
