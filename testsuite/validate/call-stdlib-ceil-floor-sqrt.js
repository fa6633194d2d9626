// Math.ceil, floor and sqrt take double or float
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var ceil = stdlib.Math.ceil;
  var floor = stdlib.Math.floor;
  var sqrt = stdlib.Math.sqrt;
  function f(d, s) {
    d = +d;
    s = fround(s);
    d = +ceil(d) + +floor(d) + +sqrt(d);
    s = fround(ceil(s));
    s = fround(floor(s));
    s = fround(sqrt(s));
    return +(d + +s);
  }
  return f;
}
