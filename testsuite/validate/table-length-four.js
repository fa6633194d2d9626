// a function table of length 4 is called with the mask 3
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
  function c(x) {
    x = x|0;
    return (x + 2)|0;
  }
  function d(x) {
    x = x|0;
    return (x + 3)|0;
  }
  function call(i, x) {
    i = i|0;
    x = x|0;
    return t[i & 3](x)|0;
  }
  var t = [a, b, c, d];
  return call;
}
