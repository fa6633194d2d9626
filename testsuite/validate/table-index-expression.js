// the table index may be any intish expression masked with length-1
// spec: 6.3, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
    return 10;
  }
  function b() {
    return 20;
  }
  function call(i) {
    i = i|0;
    return t[(i + 1) & 1]()|0;
  }
  var t = [a, b];
  return call;
}
