// each parameter is annotated in parameter order, with its own type
// spec: 5.1, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(i, d, s) {
    i = i|0;
    d = +d;
    s = fround(s);
    return +(+(i|0) + d + +s);
  }
  return f;
}
