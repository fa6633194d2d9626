// counters stepped anywhere in the loop: two counters tested with `&` and
// stepped in the arms of an `if` (a merge); an access after the step in the same
// iteration keeps its check; a step inside a nested loop, which could run any
// number of times and wrap the counter around 2^31, gives no guard. The heap is exactly one wasm page, so an
// access wrongly left unchecked past its end would trap instead of reading 0
// heap: 65536
// run: fill(5)
// run: mergeBytes(0, 8, 16, 100)
// run: mergeBytes(65530, 65534, 65540, 200)
// run: mergeBytes(-4, 2, 6, 300)
// run: mergeBytes(100, 90, 120, 65530)
// run: afterStep(0, 10)
// run: afterStep(65530, 65536)
// run: afterStep(65530, 65540)
// run: nestedStep(0, 100, 3)
// run: nestedStep(65500, 65536, 40)
// run: nestedStep(65530, 65536, 1)
// run: wrapping(0, 100, 2048)
// run: wrapping(0, 100, 3)
// run: mergeBytes(0, 8, 16, 100)
function M(stdlib, foreign, heap) {
  "use asm";
  var U8 = new stdlib.Uint8Array(heap);

  function fill(seed) {
    seed = seed|0;
    var p = 0;
    while ((p|0) < 65536) {
      U8[p] = ((p * 7)|0) + (p >> 3) + seed;
      p = (p + 1)|0;
    }
    return p|0;
  }

  // Merge [a, m) and [m, b) into dst: i and j are stepped in the arms.
  function mergeBytes(a, m, b, dst) {
    a = a|0;
    m = m|0;
    b = b|0;
    dst = dst|0;
    var i = 0, j = 0, k = 0, x = 0, y = 0;
    i = a;
    j = m;
    k = dst;
    while (((i|0) < (m|0)) & ((j|0) < (b|0))) {
      x = U8[i]|0;
      y = U8[j]|0;
      if ((x|0) <= (y|0)) {
        U8[k] = x;
        i = (i + 1)|0;
      } else {
        U8[k] = y;
        j = (j + 1)|0;
      }
      k = (k + 1)|0;
    }
    return ((i << 20) + (j << 4) + k + (U8[dst]|0))|0;
  }

  // The second access sees p after its step: it may be past the bound.
  function afterStep(p, end) {
    p = p|0;
    end = end|0;
    var s = 0;
    while ((p|0) < (end|0)) {
      s = (s + (U8[p]|0)) | 0;
      p = (p + 1)|0;
      U8[p] = s;
      s = (s + (U8[p]|0)) | 0;
    }
    return s|0;
  }

  // p is stepped in an inner loop, n times per outer iteration.
  function nestedStep(p, end, n) {
    p = p|0;
    end = end|0;
    n = n|0;
    var s = 0, k = 0;
    while ((p|0) < (end|0)) {
      s = (s + (U8[p]|0)) | 0;
      for (k = 0; (k|0) < (n|0); k = (k + 1)|0) {
        p = (p + 1)|0;
      }
      s = (s ^ (U8[p]|0)) | 0;
      if ((n|0) == 0) break;
    }
    return (s + p)|0;
  }

  // Steps of 2^20 in an inner loop carry p past 2^31: it wraps to a
  // negative value that the outer test `p < end` lets through.
  function wrapping(p, end, n) {
    p = p|0;
    end = end|0;
    n = n|0;
    var s = 0, k = 0, t = 0;
    while ((p|0) < (end|0)) {
      s = (s + (U8[p]|0) + (U8[(p + 1)|0]|0) + (U8[(p + 2)|0]|0) + t) | 0;
      for (k = 0; (k|0) < (n|0); k = (k + 1)|0) {
        p = (p + 1048576)|0;
      }
      t = (t + 1)|0;
      if ((t|0) > 3) break;
    }
    return (s + p)|0;
  }

  return { fill: fill, mergeBytes: mergeBytes, afterStep: afterStep, nestedStep: nestedStep, wrapping: wrapping };
}
