// a float cannot be passed to a foreign function
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var ext = foreign.ext;
  function f(x) {
    x = fround(x);
    ext(x); // error
  }
  return f;
}
