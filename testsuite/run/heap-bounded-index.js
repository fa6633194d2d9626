// indices whose form bounds them below the heap length (`i & 4095`, `i >>> 20`,
// a constant global plus a masked offset) need no check; the same forms with a
// bound past the end keep it: out of bounds reads 0/NaN, stores are dropped
// heap: 4096
// run: fill(0)
// run: masked32(4092)
// run: masked32(-1)
// run: masked32(4096)
// run: masked8(4095)
// run: masked8(5000)
// run: masked8(-1)
// run: shifted(-1)
// run: shifted(1048576)
// run: based(63)
// run: based(64)
// run: over(60)
// run: over(100)
// run: over(-1)
// run: moved(4088)
// run: moved(100000)
// run: f64masked(-8)
// run: f64over(4096)
// run: f64over(8184)
// run: store32(4092, 7)
// run: store32(-4, 8)
// run: store8(5000, 9)
// run: store8(4095, 10)
// run: storeOver(100, 11)
// run: storeOver(60, 12)
// run: masked32(4092)
// run: masked8(4095)
// run: over(60)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var BASE = 3840;
  var moving = 0;
  function fill(seed) {
    seed = seed|0;
    var p = 0;
    for (p = 0; (p|0) < 4096; p = (p + 4)|0) {
      I32[p >> 2] = (((p * 65537)|0) + seed)|0;
    }
    return p|0;
  }
  function masked32(i) {
    i = i|0;
    return I32[(i & 4095) >> 2]|0;
  }
  function masked8(i) {
    i = i|0;
    return U8[i & 8191]|0;
  }
  function shifted(i) {
    i = i|0;
    return U8[i >>> 20]|0;
  }
  function based(i) {
    i = i|0;
    return I32[(BASE + ((i & 63) << 2)) >> 2]|0;
  }
  function over(i) {
    i = i|0;
    return I32[(BASE + ((i & 255) << 2)) >> 2]|0;
  }
  function moved(i) {
    i = i|0;
    moving = i;
    return I32[(moving + 0) >> 2]|0;
  }
  function f64masked(i) {
    i = i|0;
    return +F64[(i & 4095) >> 3];
  }
  function f64over(i) {
    i = i|0;
    return +F64[(i & 8191) >> 3];
  }
  function store32(i, v) {
    i = i|0;
    v = v|0;
    I32[(i & 4095) >> 2] = v;
    return I32[1023]|0;
  }
  function store8(i, v) {
    i = i|0;
    v = v|0;
    U8[i & 8191] = v;
    return U8[4095]|0;
  }
  function storeOver(i, v) {
    i = i|0;
    v = v|0;
    I32[(BASE + ((i & 255) << 2)) >> 2] = v;
    return I32[(BASE + 240) >> 2]|0;
  }
  return { fill: fill, masked32: masked32, masked8: masked8, shifted: shifted, based: based, over: over,
           moved: moved, f64masked: f64masked, f64over: f64over, store32: store32, store8: store8, storeOver: storeOver };
}
