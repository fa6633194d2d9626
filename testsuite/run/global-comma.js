// comma expressions: every operand is evaluated in order, the last one is the value
// run: c(1)
// run: c(-5)
// run: d(2)
// run: get(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var g = 0;
  var h = 0.0;
  function c(x) {
    x = x|0;
    return (g = (g + x)|0, g = (g * 2)|0, (g + 1)|0)|0;
  }
  function d(x) {
    x = x|0;
    return +(g = x, h = +(g|0) * 1.5, h + 0.25);
  }
  function get(x) {
    x = x|0;
    return +(+(g|0) + h);
  }
  return { c: c, d: d, get: get };
}
