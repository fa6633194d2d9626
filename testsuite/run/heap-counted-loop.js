// loops that count a local up or down to a bound (`p < end`, `p <= end`,
// `p > end`, `p >= end`, stepping by a literal) run behind one test of the start
// and the bound, with no check on the accesses off the counter: starts and
// bounds at the heap's edges, past them and negative, a do-while whose body
// runs once past its bound, continue skipping the step, a step in the for
// update, and a counter the body also assigns (no guard)
// heap: 4096
// run: fill(7)
// run: upLt(0, 16)
// run: upLt(4080, 4096)
// run: upLt(4080, 4100)
// run: upLt(-8, 8)
// run: upLt(4096, 4200)
// run: upLt(100, 50)
// run: upLe(4084, 4092)
// run: upLe(4084, 4093)
// run: upLe(-2147483648, -2147483640)
// run: downGe(40, 0)
// run: downGe(4092, 4000)
// run: downGe(4096, 4080)
// run: downGe(8, -8)
// run: downGt(12, -1)
// run: downGt(12, -2)
// run: doOnce(5000, 0)
// run: doOnce(4095, 0)
// run: doOnce(10, 20)
// run: skipping(4000, 4096)
// run: skipping(4000, 4104)
// run: stepFor(0, 64)
// run: stepFor(4064, 4128)
// run: stepFor(-64, 0)
// run: store8(4090, 4096)
// run: store8(4090, 4100)
// run: bumped(4080, 4096)
// run: upLt(0, 16)
// run: downGe(40, 0)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);

  function fill(seed) {
    seed = seed|0;
    var p = 0;
    while ((p|0) < 4096) {
      U8[p] = (((p * 13)|0) ^ seed) + (p >> 8);
      p = (p + 1)|0;
    }
    return p|0;
  }

  // Four bytes and a word a step, up to a bound.
  function upLt(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    while ((p|0) < (end|0)) {
      s = (s + (U8[p]|0) + (U8[(p + 3)|0]|0)) | 0;
      s = (s ^ (I32[p >> 2]|0)) | 0;
      p = (p + 4)|0;
    }
    return s|0;
  }

  // Up to and including the bound, halfwords.
  function upLe(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    while ((p|0) <= (end|0)) {
      s = (s + (I16[p >> 1]|0) + (I16[(p + 2) >> 1]|0)) | 0;
      p = (p + 2)|0;
    }
    return s|0;
  }

  // Down to a bound, doubles too.
  function downGe(p, end) {
    p = p|0;
    end = end|0;
    var d = 0.0;
    while ((p|0) >= (end|0)) {
      d = d * 0.5 + +(U8[p]|0) + +F64[p >> 3];
      p = (p - 4)|0;
    }
    return +d;
  }

  function downGt(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    while ((p|0) > (end|0)) {
      s = (s + (U8[p]|0) + (U8[(p + 1)|0]|0)) | 0;
      p = (p - 3)|0;
    }
    return s|0;
  }

  // The body runs once before the test, whatever p is.
  function doOnce(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    do {
      s = (((s * 5)|0) + (U8[p]|0)) | 0;
      p = (p + 1)|0;
    } while ((p|0) < (end|0));
    return s|0;
  }

  // continue goes back to the test without stepping: the loop runs again on
  // the same p, which counts in n.
  function skipping(p, end) {
    p = p|0;
    end = end|0;
    var s = 0, n = 0;
    while ((p|0) < (end|0)) {
      n = (n + 1)|0;
      if ((U8[p]|0) & 1) {
        U8[p] = (U8[p]|0) + 1;
        continue;
      }
      s = (s + (U8[(p + 1)|0]|0)) | 0;
      p = (p + 2)|0;
    }
    return (s + (n << 16))|0;
  }

  // The step in the for update, and a break.
  function stepFor(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    for (; (p|0) < (end|0); p = (p + 8)|0) {
      if ((I32[(p + 4) >> 2]|0) == 0) break;
      s = (s + (I32[p >> 2]|0)) | 0;
    }
    return (s ^ p)|0;
  }

  // Stores off the counter: past the end they are dropped.
  function store8(p, end) {
    p = p|0;
    end = end|0;
    var q = 0;
    q = p;
    while ((p|0) < (end|0)) {
      U8[p] = p;
      p = (p + 1)|0;
    }
    return ((U8[q]|0) + (U8[4095]|0))|0;
  }

  // The body moves the counter too: no guard, every access checked.
  function bumped(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    while ((p|0) < (end|0)) {
      s = (s + (U8[p]|0)) | 0;
      if ((s & 3) == 0) p = (p + 7)|0;
      p = (p + 1)|0;
    }
    return s|0;
  }

  return { fill: fill, upLt: upLt, upLe: upLe, downGe: downGe, downGt: downGt, doOnce: doOnce,
           skipping: skipping, stepFor: stepFor, store8: store8, bumped: bumped };
}
