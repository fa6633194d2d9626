// wasi: 0
// wasi: 7
// wasi: -123456
// Math's ten functions inside a WASI command (libm.js, linked in): each
// result on a few arguments from the command's seed, its bits printed as
// two ints (a double's words through the heap), which must be V8's, NaNs
// included (V8 gives 0x7ff40000 00000000 for a domain error of asin, acos,
// log and pow, and a NaN argument's own bits).
function Trig(stdlib, foreign, heap) {
  "use asm";
  var sin = stdlib.Math.sin, cos = stdlib.Math.cos, tan = stdlib.Math.tan;
  var asin = stdlib.Math.asin, acos = stdlib.Math.acos, atan = stdlib.Math.atan;
  var atan2 = stdlib.Math.atan2, exp = stdlib.Math.exp, log = stdlib.Math.log;
  var pow = stdlib.Math.pow;
  var nan = stdlib.NaN;
  var F64 = new stdlib.Float64Array(heap);
  var I32 = new stdlib.Int32Array(heap);
  var print = foreign.print;
  function bits(k, x) {
    k = k | 0;
    x = +x;
    F64[0] = x;
    print(k | 0, I32[1] | 0, I32[0] | 0);
  }
  function main(seed) {
    seed = seed | 0;
    var i = 0, x = 0.0, y = 0.0;
    for (i = 0; (i | 0) < 12; i = (i + 1) | 0) {
      x = +(((seed + i) | 0) | 0) * 0.37 + 1e-3;
      y = 1.0 / (x + 2.5);
      bits(0, +sin(x)); bits(1, +cos(x)); bits(2, +tan(x));
      bits(3, +asin(y)); bits(4, +acos(y)); bits(5, +atan(x));
      bits(6, +atan2(x, y - 0.5)); bits(7, +exp(x * 0.01)); bits(8, +log(+(x * x) + 1.0));
      bits(9, +pow(x, y));
    }
    bits(10, +sin(1.0e300)); bits(11, +pow(-0.0, -3.0)); bits(12, +exp(710.0)); bits(13, +log(-1.0));
    bits(14, +asin(2.0)); bits(15, +acos(-3.0)); bits(16, +pow(-2.0, 0.5)); bits(17, +pow(-1.0, 1.5));
    bits(18, +sin(1.0 / 0.0)); bits(19, +pow(1.0, 1.0 / 0.0)); bits(20, +pow(nan, 2.0));
    return 0;
  }
  return { main: main };
}
