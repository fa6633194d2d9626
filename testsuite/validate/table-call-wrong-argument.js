// a table call must pass arguments of the table signature
// spec: 6.9, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a(x) {
    x = x|0;
    return x|0;
  }
  function b(x) {
    x = x|0;
    return 0;
  }
  function call(i) {
    i = i|0;
    return t[i & 1](1.5)|0; // error
  }
  var t = [a, b];
  return call;
}
