// Math.abs takes signed (giving unsigned), double or float
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var abs = stdlib.Math.abs;
  function f(i, d, s) {
    i = i|0;
    d = +d;
    s = fround(s);
    i = abs(i|0)|0;
    d = +abs(d);
    s = fround(abs(s));
    return +(+(i|0) + d + +s);
  }
  return f;
}
