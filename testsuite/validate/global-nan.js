// stdlib.NaN is a double constant
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var nan = stdlib.NaN;
  function f() {
    var d = 0.0;
    d = nan;
    return +d;
  }
  return f;
}
