// a function table of length 8 is called with the mask 7
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
  function e(x) {
    x = x|0;
    return (x + 4)|0;
  }
  function f(x) {
    x = x|0;
    return (x + 5)|0;
  }
  function g(x) {
    x = x|0;
    return (x + 6)|0;
  }
  function h(x) {
    x = x|0;
    return (x + 7)|0;
  }
  function call(i, x) {
    i = i|0;
    x = x|0;
    return t[i & 7](x)|0;
  }
  var t = [a, b, c, d, e, f, g, h];
  return call;
}
