// One module for every heap length: accesses near and past the end of the heap,
// with literal and computed addresses, in guarded loops and alone, in every view.
// crates/asm2wasm/tests/heap.rs translates it once with an imported memory and
// runs it with each legal length against V8 linking the same length.
function M(stdlib, foreign, heap) {
  "use asm";
  var I8 = new stdlib.Int8Array(heap);
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var U16 = new stdlib.Uint16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var U32 = new stdlib.Uint32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var fround = stdlib.Math.fround;
  var imul = stdlib.Math.imul;

  function mix(h, v) {
    h = h|0;
    v = v|0;
    return (imul(h, 31) + v)|0;
  }

  // Store a pattern at byte `a` through every view, then read it back.
  function probe(a) {
    a = a|0;
    var h = 0;
    I8[a] = -3;
    h = mix(h, (I8[a])|0)|0;
    U8[a] = 250;
    h = mix(h, (U8[a])|0)|0;
    I16[a >> 1] = -1234;
    h = mix(h, (I16[a >> 1])|0)|0;
    U16[a >> 1] = 54321;
    h = mix(h, (U16[a >> 1])|0)|0;
    I32[a >> 2] = 0x12345678;
    h = mix(h, (I32[a >> 2])|0)|0;
    U32[a >> 2] = -2;
    h = mix(h, (~~(+(U32[a >> 2] >>> 0) / 65536.0))|0)|0;
    F32[a >> 2] = fround(1.5);
    h = mix(h, (~~(+F32[a >> 2] * 4.0))|0)|0;
    F64[a >> 3] = 2.25;
    h = mix(h, (~~(+F64[a >> 3] * 4.0))|0)|0;
    return h | 0;
  }

  // What a double load at byte `a` reads: NaN out of bounds.
  function readDouble(a) {
    a = a|0;
    return +F64[a >> 3];
  }

  function readFloat(a) {
    a = a|0;
    return +F32[a >> 2];
  }

  // Bytes `from` to `to` (exclusive) set to their low byte, then summed back;
  // the loop's accesses share one counter (a guarded loop).
  function fill(from, to) {
    from = from|0;
    to = to|0;
    var p = 0, s = 0;
    for (p = from; (p|0) < (to|0); p = (p + 1)|0) {
      U8[p] = p;
    }
    for (p = from; (p|0) < (to|0); p = (p + 4)|0) {
      s = (s + (U8[p] | 0) + (U8[(p + 1)|0] | 0) + (U8[(p + 2)|0] | 0) + (U8[(p + 3)|0] | 0))|0;
    }
    return s|0;
  }

  // Words off one base with offsets (a guard over straight-line statements).
  function words(b) {
    b = b|0;
    I32[(b + 8) >> 2] = 11;
    I32[(b + 12) >> 2] = 22;
    I32[(b + 40) >> 2] = 33;
    return ((I32[(b + 8) >> 2]|0) + (I32[(b + 12) >> 2]|0) + (I32[(b + 40) >> 2]|0))|0;
  }

  // Literal addresses, some below every heap length, some in a large one only.
  function literals() {
    var h = 0;
    U8[100] = 1;
    I32[1023] = 2;
    U8[4095] = 3;
    U8[4096] = 4;
    I32[2047] = 5;
    U16[16383] = 6;
    F64[4095] = 7.5;
    U8[65535] = 8;
    I32[16384] = 9;
    U8[1048576] = 10;
    I32[4194303] = 11;
    U8[16777216] = 12;
    h = ((U8[100]|0) + (I32[1023]|0))|0;
    h = mix(h, ((U8[4095]|0))|0)|0;
    h = mix(h, ((U8[4096]|0))|0)|0;
    h = mix(h, ((I32[2047]|0))|0)|0;
    h = mix(h, ((U16[16383]|0))|0)|0;
    h = mix(h, (~~(+F64[4095] * 2.0))|0)|0;
    h = mix(h, ((U8[65535]|0))|0)|0;
    h = mix(h, ((I32[16384]|0))|0)|0;
    h = mix(h, ((U8[1048576]|0))|0)|0;
    h = mix(h, ((I32[4194303]|0))|0)|0;
    h = mix(h, ((U8[16777216]|0))|0)|0;
    return h | 0;
  }

  // The heap length, found by writing: the least `n` (a power of two from
  // 4096) whose last byte does not keep what is written.
  function length() {
    var n = 4096;
    while ((n|0) < 0x40000000) {
      U8[(n << 1) - 1 | 0] = 77;
      if ((U8[(n << 1) - 1 | 0]|0) != 77) return n|0;
      n = n << 1;
    }
    return n|0;
  }

  return { probe: probe, readDouble: readDouble, readFloat: readFloat, fill: fill,
           words: words, literals: literals, length: length };
}
