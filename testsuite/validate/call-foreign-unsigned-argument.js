// unsigned is not an extern type, so it cannot be passed to a foreign function
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  function f(x) {
    x = x|0;
    ext(x >>> 0); // error
  }
  return f;
}
