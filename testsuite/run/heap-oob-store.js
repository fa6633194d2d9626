// stores past the end of the heap are ignored; in-bounds neighbours keep their values
// run: st32(65532, 11)
// run: st32(65536, 22)
// run: st32(65540, 33)
// run: st32(2147483644, 44)
// run: ld32(65532)
// run: ld32(65528)
// run: st8(65535, 300)
// run: st8(65536, 7)
// run: ld8(65535)
// run: ld8(65534)
// run: stf64(65536, 1.5)
// run: stf64(65528, 2.5)
// run: ldf64(65528)
// run: ldf64(65520)
// run: ld32(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function st32(p, v) {
    p = p|0;
    v = v|0;
    I32[p >> 2] = v;
  }
  function ld32(p) {
    p = p|0;
    return I32[p >> 2]|0;
  }
  function st8(p, v) {
    p = p|0;
    v = v|0;
    U8[p >> 0] = v;
  }
  function ld8(p) {
    p = p|0;
    return U8[p >> 0]|0;
  }
  function stf64(p, v) {
    p = p|0;
    v = +v;
    F64[p >> 3] = v;
  }
  function ldf64(p) {
    p = p|0;
    return +F64[p >> 3];
  }
  return { st32: st32, ld32: ld32, st8: st8, ld8: ld8, stf64: stf64, ldf64: ldf64 };
}
