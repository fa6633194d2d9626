// a table call in expression position needs its return coercion
// spec: 6.9, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
    return 1;
  }
  function b() {
    return 2;
  }
  function call(i) {
    i = i|0;
    var r = 0;
    r = t[i & 1](); // error
    return r|0;
  }
  var t = [a, b];
  return call;
}
