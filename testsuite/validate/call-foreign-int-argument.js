// a foreign call argument must be extern: an int variable needs |0
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  function f(x) {
    x = x|0;
    ext(x); // error
  }
  return f;
}
