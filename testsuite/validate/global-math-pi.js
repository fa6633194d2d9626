// stdlib.Math.PI is a double constant
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var PI = stdlib.Math.PI;
  function area(r) {
    r = +r;
    return +(PI * r * r);
  }
  return area;
}
