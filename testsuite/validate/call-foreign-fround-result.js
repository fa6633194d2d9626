// a foreign call cannot be coerced to float
// spec: 6.9, 6.11
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var ext = foreign.ext;
  function f() {
    return fround(ext()); // error
  }
  return f;
}
