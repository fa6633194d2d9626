// two function tables cannot have the same name
// spec: 6.3, 6.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
  }
  function call(i) {
    i = i|0;
    t[i & 0]();
  }
  var t = [a];
  var t = [a, a]; // error
  return call;
}
