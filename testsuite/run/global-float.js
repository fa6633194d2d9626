// mutable float globals: initialised with fround(literal), updated with float arithmetic across calls
// run: get(0)
// run: add(0.1)
// run: add(0.1)
// run: add(1e300)
// run: get(0)
// run: set(16777217)
// run: get(0)
// run: inc(0)
// run: inc(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var f = fround(0.5);
  var k = fround(-0);
  function get(x) {
    x = x|0;
    return +f;
  }
  function add(v) {
    v = +v;
    f = fround(f + fround(v));
    return fround(f);
  }
  function set(v) {
    v = +v;
    f = fround(v);
  }
  function inc(x) {
    x = x|0;
    k = fround(k + fround(1));
    f = fround(f + fround(1));
    return +(+f + +k);
  }
  return { get: get, add: add, set: set, inc: inc };
}
