// loads past the end of the heap from Float32Array and Float64Array give NaN
// run: init(0)
// run: f64(65528)
// run: f64(65536)
// run: f64(65544)
// run: f64(16777216)
// run: f32(65532)
// run: f32(65536)
// run: f32(2147483644)
// run: f32d(65536)
// run: f32d(65532)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function init(x) {
    x = x|0;
    F64[8191] = 2.5;
    return 0;
  }
  function f64(p) {
    p = p|0;
    return +F64[p >> 3];
  }
  function f32(p) {
    p = p|0;
    return fround(F32[p >> 2]);
  }
  function f32d(p) {
    p = p|0;
    return +F32[p >> 2];
  }
  return { init: init, f64: f64, f32: f32, f32d: f32d };
}
