// a table mixing parameter types is rejected even when its calls match the first element
// spec: 6.3, 5.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a(x) {
    x = x|0;
    return 0;
  }
  function b(x) {
    x = +x;
    return 0;
  }
  function call(i) {
    i = i|0;
    return t[i & 1](i)|0;
  }
  var t = [a, b]; // error
  return call;
}
