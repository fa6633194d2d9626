// a function table of length 1 is called with the mask 0
// spec: 6.3, 5.6, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function a(x) {
    x = x|0;
    return (x + 0)|0;
  }
  function call(i, x) {
    i = i|0;
    x = x|0;
    return t[i & 0](x)|0;
  }
  var t = [a];
  return call;
}
