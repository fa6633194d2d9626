// Math.fround takes signed, unsigned, double? or floatish, not an int variable
// spec: 6.9, 6.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  function f(x) {
    x = x|0;
    return fround(x); // error
  }
  return f;
}
