// foreign values imported as foreign.x|0 and +foreign.y (3.75 each), and used as mutable globals
// foreign-values: ival, dval
// run: geti(0)
// run: getd(0)
// run: bump(1)
// run: geti(0)
// run: getd(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var i = foreign.ival|0;
  var d = +foreign.dval;
  function geti(x) {
    x = x|0;
    return i|0;
  }
  function getd(x) {
    x = x|0;
    return +d;
  }
  function bump(x) {
    x = x|0;
    i = (i + x)|0;
    d = d * 2.0;
    return +(+(i|0) + d);
  }
  return { geti: geti, getd: getd, bump: bump };
}
