// mutable int globals keep their values across calls and wrap on overflow
// run: get(0)
// run: add(5)
// run: add(2147483647)
// run: get(0)
// run: neg(0)
// run: get(0)
// run: init(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var g = 10;
  var h = -2147483647;
  var z = 0x7fffffff;
  function get(x) {
    x = x|0;
    return g|0;
  }
  function add(x) {
    x = x|0;
    g = (g + x)|0;
    return g|0;
  }
  function neg(x) {
    x = x|0;
    g = (-g)|0;
    return g|0;
  }
  function init(x) {
    x = x|0;
    return ((h - 1)|0) ^ z;
  }
  return { get: get, add: add, neg: neg, init: init };
}
