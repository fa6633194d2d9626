// The per-call cost of Math's ten imported functions, for
// crates/asm2wasm/benches/wasi.rs. main(k, n) calls function k (0 sin,
// 1 cos, 2 tan, 3 asin, 4 acos, 5 atan, 6 atan2, 7 exp, 8 log, 9 pow) n
// times, on eight arguments in turn spread over a range typical of its use,
// and prints k, n and the sum of the results; k = 10 is the same loop with
// no call (it sums the first argument), the baseline to subtract. As asm.js
// in V8 each call is V8's own Math (fdlibm in C++); as a WASI command
// (asm2wasm --wasi) it is libm.js, linked into the module. The sums must be
// the same: libm.js gives V8's results bit for bit, and the loop adds them
// in the same order.
//
// The arguments are in the heap: eight first arguments at byte 0, eight
// second ones (atan2's x, pow's exponent) at byte 64, in another order so
// that the pairs do not lie along a line.
function LibmBench(stdlib, foreign, heap) {
  "use asm";
  var sin = stdlib.Math.sin, cos = stdlib.Math.cos, tan = stdlib.Math.tan;
  var asin = stdlib.Math.asin, acos = stdlib.Math.acos, atan = stdlib.Math.atan;
  var atan2 = stdlib.Math.atan2, exp = stdlib.Math.exp, log = stdlib.Math.log;
  var pow = stdlib.Math.pow;
  var print = foreign.print;
  var F64 = new stdlib.Float64Array(heap);

  // The arguments of function k: the midpoints of eight equal parts of
  // [xlo, xhi] (and of [ylo, yhi] for the second), not symmetric about 0
  // (the sums of odd functions would cancel).
  function setup(k) {
    k = k | 0;
    var j = 0, t = 0.0, xlo = -9.0, xhi = 11.0, ylo = 0.0, yhi = 0.0;
    switch (k | 0) {
      case 3:
      case 4:
        xlo = -0.95; xhi = 1.0;
        break;
      case 5:
      case 7:
        xlo = -15.0; xhi = 25.0;
        break;
      case 6:
        ylo = -10.0; yhi = 10.0;
        break;
      case 8:
        xlo = 0.0; xhi = 20.0;
        break;
      case 9:
        xlo = 0.0; xhi = 10.0; ylo = -4.0; yhi = 4.0;
        break;
      default:
        // sin, cos, tan and the empty loop: [-9, 11].
        break;
    }
    for (j = 0; (j | 0) < 8; j = (j + 1) | 0) {
      t = (+(j | 0) + 0.5) / 8.0;
      F64[(j << 3) >> 3] = xlo + (xhi - xlo) * t;
      t = (+((((j * 5) | 0) + 3) & 7) + 0.5) / 8.0;
      F64[((j << 3) + 64) >> 3] = ylo + (yhi - ylo) * t;
    }
  }

  function main(k, n) {
    k = k | 0;
    n = n | 0;
    var i = 0, p = 0, s = 0.0;
    setup(k);
    switch (k | 0) {
      case 0:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +sin(+F64[p >> 3]);
        }
        break;
      case 1:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +cos(+F64[p >> 3]);
        }
        break;
      case 2:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +tan(+F64[p >> 3]);
        }
        break;
      case 3:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +asin(+F64[p >> 3]);
        }
        break;
      case 4:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +acos(+F64[p >> 3]);
        }
        break;
      case 5:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +atan(+F64[p >> 3]);
        }
        break;
      case 6:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +atan2(+F64[p >> 3], +F64[(p + 64) >> 3]);
        }
        break;
      case 7:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +exp(+F64[p >> 3]);
        }
        break;
      case 8:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +log(+F64[p >> 3]);
        }
        break;
      case 9:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +pow(+F64[p >> 3], +F64[(p + 64) >> 3]);
        }
        break;
      default:
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          p = (i & 7) << 3;
          s = s + +F64[p >> 3];
        }
        break;
    }
    print(k | 0, n | 0, s);
  }

  return main;
}
