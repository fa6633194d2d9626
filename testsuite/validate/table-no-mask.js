// a table call needs the & mask on its index
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
    t[i](); // error
  }
  var t = [a, b];
  return call;
}
