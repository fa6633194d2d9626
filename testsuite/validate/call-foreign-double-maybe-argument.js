// a Float64Array load is double?, not double, and cannot be passed to a foreign function
// spec: 6.9, 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  var F64 = new stdlib.Float64Array(heap);
  function f() {
    ext(F64[0]); // error
  }
  return f;
}
