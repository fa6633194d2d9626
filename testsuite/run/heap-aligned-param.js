// accesses off a pointer parameter plus a multiple of the element size, p + (i << k), at misaligned, negative and out-of-bounds p
// run: init(0, 256)
// run: sum32(0, 8)
// run: sum32(1, 8)
// run: sum32(2, 8)
// run: sum32(3, 8)
// run: sum32(65520, 8)
// run: sum32(65533, 4)
// run: sum32(-1, 4)
// run: sum32(-3, 4)
// run: sum32(-16, 8)
// run: sum32(4294967295, 3)
// run: sum32(2147483647, 3)
// run: fill16(7, 5, 1000)
// run: fill16(65531, 4, -7)
// run: fill16(-3, 3, 5)
// run: sum32(4, 4)
// run: sumd(0, 4)
// run: sumd(5, 4)
// run: sumd(15, 4)
// run: sumd(65519, 3)
// run: sumd(-9, 3)
// run: floats(3, 6)
// run: floats(65529, 4)
// run: floats(-5, 3)
// run: quad(0)
// run: quad(6)
// run: quad(65529)
// run: quad(-7)
// run: quads(1, 5)
// run: quads(65500, 4)
// run: moved(2, 6)
// run: moved(65527, 4)
// run: twoBases(9, 3, 4)
// run: twoBases(65535, 1, 3)
// run: sum32(0, 64)
// run: bytes(5, 9)
// run: bytes(65530, 9)
function M(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Int8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  var fround = stdlib.Math.fround;
  var imul = stdlib.Math.imul;
  var trace = foreign.trace;

  // Bytes p .. p + 4n - 1 set to a pattern that differs byte by byte.
  function init(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      I32[(p + (i << 2)) >> 2] = imul(i, 16843009) ^ (i << 3) ^ 0x5a000000;
    }
  }

  // The words p + 4i, i < n, each traced.
  function sum32(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0, w = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      w = I32[(p + (i << 2)) >> 2] | 0;
      trace(i | 0, w | 0);
      s = (s + w) | 0;
    }
    return s | 0;
  }

  // The pointer on the right of the sum, halfwords.
  function fill16(p, n, v) {
    p = p | 0;
    n = n | 0;
    v = v | 0;
    var i = 0;
    while ((i | 0) < (n | 0)) {
      I16[((i << 1) + p) >> 1] = (v + i) | 0;
      i = (i + 1) | 0;
    }
    return I16[p >> 1] | 0;
  }

  // Doubles at p + 8i + 8, stored then read back.
  function sumd(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0.0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      F64[(p + (i << 3) + 8) >> 3] = +(i | 0) * 1.5 + 0.25;
    }
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = s + +F64[((i << 3) + p + 8) >> 3];
    }
    return +s;
  }

  // Floats, and the loads of a store's value in the same loop.
  function floats(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, f = fround(0);
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      F32[(p + (i << 2)) >> 2] = fround(fround(i | 0) * fround(0.1));
      f = fround(f + F32[(p + ((i - 1) << 2)) >> 2]);
    }
    return +f;
  }

  // Four words off p outside any loop, small enough to be emitted in place.
  function quad(p) {
    p = p | 0;
    return ((I32[p >> 2] | 0) + (I32[(p + 4) >> 2] | 0) + (I32[(p + 8) >> 2] | 0) ^ (I32[(p + 12) >> 2] | 0)) | 0;
  }

  function quads(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = (s + (quad((p + (i << 4)) | 0) | 0)) | 0;
    }
    return s | 0;
  }

  // A parameter the loop moves: read where it is at each step.
  function moved(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = (s + (I32[(p + (i << 2)) >> 2] | 0)) | 0;
      p = (p + 3) | 0;
    }
    return s | 0;
  }

  // Two pointers in one sum: neither is the pointer of the access.
  function twoBases(p, q, n) {
    p = p | 0;
    q = q | 0;
    n = n | 0;
    var i = 0, s = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      I32[(p + q + (i << 2)) >> 2] = i;
      s = (s + (I32[(q + (i << 2) + p) >> 2] | 0)) | 0;
    }
    return s | 0;
  }

  // Byte views written `H8[p >> 0]`: nothing to align, no local for `p`.
  function bytes(p, n) {
    p = p | 0;
    n = n | 0;
    var i = 0, s = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      s = (s + (H8[(p + i) >> 0] | 0)) | 0;
    }
    return s | 0;
  }

  return { bytes: bytes, init: init, sum32: sum32, fill16: fill16, sumd: sumd, floats: floats, quad: quad, quads: quads, moved: moved, twoBases: twoBases };
}
