// a table of float functions is called with an fround coercion
// spec: 6.3, 5.6, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  function same(x) {
    x = fround(x);
    return fround(x);
  }
  function twice(x) {
    x = fround(x);
    return fround(x + x);
  }
  function call(i, x) {
    i = i|0;
    x = fround(x);
    return fround(t[i & 1](x));
  }
  var t = [same, twice];
  return call;
}
