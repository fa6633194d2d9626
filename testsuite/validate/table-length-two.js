// a function table of length 2 is called with the mask 1
// spec: 6.3, 5.6, 6.9
// expect: accept
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
  function call(i, x) {
    i = i|0;
    x = x|0;
    return t[i & 1](x)|0;
  }
  var t = [a, b];
  return call;
}
