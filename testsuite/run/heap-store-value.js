// a heap store used as an expression yields the stored right-hand side, not the truncated element
// spidermonkey-differs: f32: V8 gives a Float32Array store used as a value the stored float (0.1 -> 0.10000000149011612), SpiderMonkey the assigned double as JS does; we follow V8, the reference
// run: s8(300)
// run: s8(-1)
// run: u16(-1)
// run: u16(70000)
// run: f32(0.1)
// run: f32(1e300)
// run: chain(7)
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  function s8(v) {
    v = v|0;
    return ((I8[0] = v)|0) + (I8[0]|0) | 0;
  }
  function u16(v) {
    v = v|0;
    return ((U16[4] = v)|0) - (U16[4]|0) | 0;
  }
  function f32(d) {
    d = +d;
    return +(F32[4] = d) - +F32[4];
  }
  function chain(v) {
    v = v|0;
    I32[8] = I32[9] = v;
    return ((I32[8]|0) + (I32[9]|0))|0;
  }
  return { s8: s8, u16: u16, f32: f32, chain: chain };
}
