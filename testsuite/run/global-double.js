// mutable double globals: accumulation across calls, -0 initial value, Infinity and NaN persist
// run: get(0)
// run: isneg(0)
// run: add(1.5)
// run: add(1e308)
// run: add(1e308)
// run: get(0)
// run: add(-Infinity)
// run: reset(0)
// run: add(-0)
// run: get(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var d = -0.0;
  function get(x) {
    x = x|0;
    return +d;
  }
  function isneg(x) {
    x = x|0;
    return (1.0 / d < 0.0)|0;
  }
  function add(v) {
    v = +v;
    d = d + v;
    return +d;
  }
  function reset(x) {
    x = x|0;
    d = -0.0;
    return +d;
  }
  return { get: get, isneg: isneg, add: add, reset: reset };
}
