// The ten functions of `Math` that asm.js imports and wasm lacks, in asm.js,
// giving V8's (Node 20, V8 11.3) results bit for bit: `sin cos tan asin acos
// atan atan2 exp log pow`. asm2wasm translates this module and links it into
// the WASI commands of issue 17, so that their `Math` lives inside the wasm
// module (docs/wasi.md).
//
// V8 computes the ten with its C++ port of Sun's fdlibm (src/base/ieee754.cc);
// these are fdlibm 5.3's algorithms, step for step (every operation and its
// order decide the last bit), with V8's three departures from them:
//
// - `pow`: the last step, `2^r` for the reduced argument `r = z + w`, is
//   `1 - ((z*t1 / ((t1-2) - (w + z*w))) - z)` (fdlibm divides by `t1-2`
//   alone and subtracts `w + z*w` after).
// - `atan2`: FreeBSD's `e_atan2.c`: when `|y/x| > 2^60` the result is
//   `±(pi/2 + pi_lo/2)` whatever the sign of `x`, and when `x < 0` and
//   `|y/x| < 2^-60` the angle is taken as 0 (so `±pi`).
// - `exp`: `exp(1)` is `Math.E` (fdlibm's reduction gives the double above).
//
// crates/asm2wasm-run/src/math.rs is the same library in Rust (the host's
// `Math` of `asm2wasm run`); crates/asm2wasm/tests/libm.rs proves both this
// module and its translation bit-identical to Node's `Math`.
//
// Doubles have no bit casts in asm.js: the words of a double go through the
// heap. The module uses 88 bytes of it from the byte address
// `foreign.scratch` (a multiple of 8; the default is 0): bytes 0-7 hold the
// double being taken apart or put together, bytes 8-87 the 20 int chunks of
// `__kernel_rem_pio2`'s `iq` (the large-argument reduction of sin, cos and
// tan). Everything else it needs (2/pi's 1584 bits, the constants) is in the
// code. Nothing is kept in the heap between calls.
//
// Uses from stdlib only `Math.abs sqrt floor` and the typed arrays.
//
// The algorithms are fdlibm's, under its notice:
// ====================================================
// Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
//
// Developed at SunSoft, a Sun Microsystems, Inc. business.
// Permission to use, copy, modify, and distribute this
// software is freely granted, provided that this notice
// is preserved.
// ====================================================
function AsmLibm(stdlib, foreign, heap) {
  "use asm";

  var abs = stdlib.Math.abs;
  var sqrt = stdlib.Math.sqrt;
  var floor = stdlib.Math.floor;
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);

  // The scratch bytes' address; the `iq` chunks start at SCRATCH + 8.
  var SCRATCH = foreign.scratch | 0;

  // __ieee754_rem_pio2's two results besides n: the reduced argument as a
  // head and a tail (fdlibm's y[0], y[1]).
  var y0 = 0.0;
  var y1 = 0.0;

  // The hexadecimal words beside the constants are how fdlibm publishes them.
  var ZERO = 0.0;
  var HUGE = 1.0e300;
  var TINY = 1.0e-300;
  var TWO24 = 16777216.0; // 0x41700000 00000000
  var TWON24 = 5.96046447753906250000e-08; // 0x3E700000 00000000
  var TWO53 = 9007199254740992.0; // 0x43400000 00000000
  var TWO54 = 1.80143985094819840000e+16; // 0x43500000 00000000
  var TWOM54 = 5.55111512312578270212e-17; // 0x3C900000 00000000
  var TWOM1000 = 9.33263618503218878990e-302; // 0x01700000 00000000
  var E = 2.718281828459045; // 0x4005BF0A 8B145769, Math.E

  var PI = 3.14159265358979311600e+00; // 0x400921FB 54442D18
  var PI_LO = 1.2246467991473531772e-16; // 0x3CA1A626 33145C07
  var PIO2_HI = 1.57079632679489655800e+00; // 0x3FF921FB 54442D18
  var PIO2_LO = 6.12323399573676603587e-17; // 0x3C91A626 33145C07
  var PIO4_HI = 7.85398163397448278999e-01; // 0x3FE921FB 54442D18
  var PIO4_LO = 3.06161699786838301793e-17; // 0x3C81A626 33145C07

  // __ieee754_rem_pio2: 53 bits of 2/pi; pi/2 in three 33-bit parts, each
  // with the rest of pi/2 after it.
  var INVPIO2 = 6.36619772367581382433e-01; // 0x3FE45F30 6DC9C883
  var PIO2_1 = 1.57079632673412561417e+00; // 0x3FF921FB 54400000
  var PIO2_1T = 6.07710050650619224932e-11; // 0x3DD0B461 1A626331
  var PIO2_2 = 6.07710050630396597660e-11; // 0x3DD0B461 1A600000
  var PIO2_2T = 2.02226624879595063154e-21; // 0x3BA3198A 2E037073
  var PIO2_3 = 2.02226624871116645580e-21; // 0x3BA3198A 2E000000
  var PIO2_3T = 8.47842766036889956997e-32; // 0x397B839A 252049C1

  // __kernel_sin: sin(x) ~ x + S1 x^3 + ... + S6 x^13 on [-pi/4, pi/4].
  var S1 = -1.66666666666666324348e-01; // 0xBFC55555 55555549
  var S2 = 8.33333333332248946124e-03; // 0x3F811111 1110F8A6
  var S3 = -1.98412698298579493134e-04; // 0xBF2A01A0 19C161D5
  var S4 = 2.75573137070700676789e-06; // 0x3EC71DE3 57B1FE7D
  var S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6 8A2B9CEB
  var S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

  // __kernel_cos: cos(x) ~ 1 - x^2/2 + C1 x^4 + ... + C6 x^14.
  var C1 = 4.16666666666666019037e-02; // 0x3FA55555 5555554C
  var C2 = -1.38888888888741095749e-03; // 0xBF56C16C 16C15177
  var C3 = 2.48015872894767294178e-05; // 0x3EFA01A0 19CB1590
  var C4 = -2.75573143513906633035e-07; // 0xBE927E4F 809C52AD
  var C5 = 2.08757232129817482790e-09; // 0x3E21EE9E BDB4B1C4
  var C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

  // __kernel_tan: tan(x) ~ x + T0 x^3 + ... + T12 x^27 on [0, 0.67434].
  var T0 = 3.33333333333334091986e-01; // 0x3FD55555 55555563
  var T1 = 1.33333333333201242699e-01; // 0x3FC11111 1110FE7A
  var T2 = 5.39682539762260521377e-02; // 0x3FABA1BA 1BB341FE
  var T3 = 2.18694882948595424599e-02; // 0x3F9664F4 8406D637
  var T4 = 8.86323982359930005737e-03; // 0x3F8226E3 E96E8493
  var T5 = 3.59207910759131235356e-03; // 0x3F6D6D22 C9560328
  var T6 = 1.45620945432529025516e-03; // 0x3F57DBC8 FEE08315
  var T7 = 5.88041240820264096874e-04; // 0x3F4344D8 F2F26501
  var T8 = 2.46463134818469906812e-04; // 0x3F3026F7 1A8D1068
  var T9 = 7.81794442939557092300e-05; // 0x3F147E88 A03792A6
  var T10 = 7.14072491382608190305e-05; // 0x3F12B80F 32F0A7E9
  var T11 = -1.85586374855275456654e-05; // 0xBEF375CB DB605373
  var T12 = 2.59073051863633712884e-05; // 0x3EFB2A70 74BF7AD4

  // asin, acos: asin(x) ~ x + x^3 R(x^2), R = P(x^2)/Q(x^2).
  var PS0 = 1.66666666666666657415e-01; // 0x3FC55555 55555555
  var PS1 = -3.25565818622400915405e-01; // 0xBFD4D612 03EB6F7D
  var PS2 = 2.01212532134862925881e-01; // 0x3FC9C155 0E884455
  var PS3 = -4.00555345006794114027e-02; // 0xBFA48228 B5688F3B
  var PS4 = 7.91534994289814532176e-04; // 0x3F49EFE0 7501B288
  var PS5 = 3.47933107596021167570e-05; // 0x3F023DE1 0DFDF709
  var QS1 = -2.40339491173441421878e+00; // 0xC0033A27 1C8A2D4B
  var QS2 = 2.02094576023350569471e+00; // 0x40002AE5 9C598AC8
  var QS3 = -6.88283971605453293030e-01; // 0xBFE6066C 1B8D0159
  var QS4 = 7.70381505559019352791e-02; // 0x3FB3B8C5 B12E9282

  // atan: atan(0.5), atan(1), atan(1.5), atan(inf) as head and tail; the
  // odd polynomial's coefficients.
  var ATANHI0 = 4.63647609000806093515e-01; // 0x3FDDAC67 0561BB4F
  var ATANHI1 = 7.85398163397448278999e-01; // 0x3FE921FB 54442D18
  var ATANHI2 = 9.82793723247329054082e-01; // 0x3FEF730B D281F69B
  var ATANHI3 = 1.57079632679489655800e+00; // 0x3FF921FB 54442D18
  var ATANLO0 = 2.26987774529616870924e-17; // 0x3C7A2B7F 222F65E2
  var ATANLO1 = 3.06161699786838301793e-17; // 0x3C81A626 33145C07
  var ATANLO2 = 1.39033110312309984516e-17; // 0x3C700788 7AF0CBBD
  var ATANLO3 = 6.12323399573676603587e-17; // 0x3C91A626 33145C07
  var AT0 = 3.33333333333329318027e-01; // 0x3FD55555 5555550D
  var AT1 = -1.99999999998764832476e-01; // 0xBFC99999 9998EBC4
  var AT2 = 1.42857142725034663711e-01; // 0x3FC24924 920083FF
  var AT3 = -1.11111104054623557880e-01; // 0xBFBC71C6 FE231671
  var AT4 = 9.09088713343650656196e-02; // 0x3FB745CD C54C206E
  var AT5 = -7.69187620504482999495e-02; // 0xBFB3B0F2 AF749A6D
  var AT6 = 6.66107313738753120669e-02; // 0x3FB10D66 A0D03D51
  var AT7 = -5.83357013379057348645e-02; // 0xBFADDE2D 52DEFD9A
  var AT8 = 4.97687799461593236017e-02; // 0x3FA97B4B 24760DEB
  var AT9 = -3.65315727442169155270e-02; // 0xBFA2B444 2C6A6C2F
  var AT10 = 1.62858201153657823623e-02; // 0x3F90AD3A E322DA11

  // exp: the overflow and underflow thresholds, ln2 as head and tail, and
  // the rational approximation's coefficients (pow's too).
  var O_THRESHOLD = 7.09782712893383973096e+02; // 0x40862E42 FEFA39EF
  var U_THRESHOLD = -7.45133219101941108420e+02; // 0xC0874910 D52D3051
  var LN2_HI = 6.93147180369123816490e-01; // 0x3FE62E42 FEE00000
  var LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
  var INVLN2 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE
  var P1 = 1.66666666666666019037e-01; // 0x3FC55555 5555553E
  var P2 = -2.77777777770155933842e-03; // 0xBF66C16C 16BEBD93
  var P3 = 6.61375632143793436117e-05; // 0x3F11566A AF25DE2C
  var P4 = -1.65339022054652515390e-06; // 0xBEBBBD41 C5D26BF1
  var P5 = 4.13813679705723846039e-08; // 0x3E663769 72BEA4D0

  // log: log(1+f) = f - f^2/2 + s R(s^2), s = f/(2+f).
  var LG1 = 6.666666666666735130e-01; // 0x3FE55555 55555593
  var LG2 = 3.999999999940941908e-01; // 0x3FD99999 9997FA04
  var LG3 = 2.857142874366239149e-01; // 0x3FD24924 94229359
  var LG4 = 2.222219843214978396e-01; // 0x3FCC71C5 1D8E78AF
  var LG5 = 1.818357216161805012e-01; // 0x3FC74664 96CB03DE
  var LG6 = 1.531383769920937332e-01; // 0x3FC39A09 D078C69F
  var LG7 = 1.479819860511658591e-01; // 0x3FC2F112 DF3E5244

  // pow: log2 of the intervals' midpoints as head and tail; log's series
  // (3/2)(log(x) - 2s - (2/3)s^3) ~ L1 s^4 + ... + L6 s^14; ln 2, 2/(3 ln 2)
  // and 1/ln 2, each whole and as head and tail; the overflow margin.
  var DP_H1 = 5.84962487220764160156e-01; // 0x3FE2B803 40000000
  var DP_L1 = 1.35003920212974897128e-08; // 0x3E4CFDEB 43CFD006
  var L1 = 5.99999999999994648725e-01; // 0x3FE33333 33333303
  var L2 = 4.28571428578550184252e-01; // 0x3FDB6DB6 DB6FABFF
  var L3 = 3.33333329818377432918e-01; // 0x3FD55555 518F264D
  var L4 = 2.72728123808534006489e-01; // 0x3FD17460 A91D4101
  var L5 = 2.30660745775561754067e-01; // 0x3FCD864A 93C9DB65
  var L6 = 2.06975017800338417784e-01; // 0x3FCA7E28 4A454EEF
  var LG2_WHOLE = 6.93147180559945286227e-01; // 0x3FE62E42 FEFA39EF
  var LG2_H = 6.93147182464599609375e-01; // 0x3FE62E43 00000000
  var LG2_L = -1.90465429995776804525e-09; // 0xBE205C61 0CA86C39
  var OVT = 8.0085662595372944372e-17; // -(1024 - log2(ovfl + 0.5 ulp))
  var CP = 9.61796693925975554329e-01; // 0x3FEEC709 DC3A03FD
  var CP_H = 9.61796700954437255859e-01; // 0x3FEEC709 E0000000
  var CP_L = -7.02846165095275826516e-09; // 0xBE3E2FE0 145B01F5
  var IVLN2 = 1.44269504088896338700e+00; // 0x3FF71547 652B82FE
  var IVLN2_H = 1.44269502162933349609e+00; // 0x3FF71547 60000000
  var IVLN2_L = 1.92596299112661746887e-08; // 0x3E54AE0B F85DDF44

  // ---- The words of a double, through the scratch bytes ----

  // The high word of x: sign, exponent and the top 20 bits of the fraction.
  function hi(x) {
    x = +x;
    F64[SCRATCH >> 3] = x;
    return I32[(SCRATCH + 4) >> 2] | 0;
  }

  // The low word of x (as a signed int: only its bits matter).
  function lo(x) {
    x = +x;
    F64[SCRATCH >> 3] = x;
    return I32[SCRATCH >> 2] | 0;
  }

  // The double whose high and low words are h and l.
  function fromWords(h, l) {
    h = h | 0;
    l = l | 0;
    I32[(SCRATCH + 4) >> 2] = h;
    I32[SCRATCH >> 2] = l;
    return +F64[SCRATCH >> 3];
  }

  // x with its high word replaced by h.
  function withHi(x, h) {
    x = +x;
    h = h | 0;
    F64[SCRATCH >> 3] = x;
    I32[(SCRATCH + 4) >> 2] = h;
    return +F64[SCRATCH >> 3];
  }

  // x with its low word cleared: the head of a head-and-tail split.
  function head(x) {
    x = +x;
    F64[SCRATCH >> 3] = x;
    I32[SCRATCH >> 2] = 0;
    return +F64[SCRATCH >> 3];
  }

  // fdlibm's scalbn: x * 2^n, rounded once.
  function scalbn(x, n) {
    x = +x;
    n = n | 0;
    var k = 0, hx = 0, lx = 0;
    hx = hi(x) | 0;
    lx = lo(x) | 0;
    k = (hx & 0x7ff00000) >> 20;
    if ((k | 0) == 0) {
      // 0 or subnormal x
      if ((lx | (hx & 0x7fffffff)) == 0) return +x;
      x = x * TWO54;
      hx = hi(x) | 0;
      k = (((hx & 0x7ff00000) >> 20) - 54) | 0;
      if ((n | 0) < -50000) return +(TINY * x);
    }
    if ((k | 0) == 0x7ff) return +(x + x); // NaN or infinity
    k = (k + n) | 0;
    if ((k | 0) > 0x7fe) return +(HUGE * ((hx | 0) < 0 ? -HUGE : HUGE));
    if ((k | 0) > 0) return +withHi(x, hx & 0x800fffff | k << 20);
    if ((k | 0) <= -54) {
      if ((n | 0) > 50000) return +(HUGE * ((hx | 0) < 0 ? -HUGE : HUGE));
      return +(TINY * ((hx | 0) < 0 ? -TINY : TINY));
    }
    k = (k + 54) | 0; // a subnormal result
    return +(+withHi(x, hx & 0x800fffff | k << 20) * TWOM54);
  }

  // ---- The tables ----

  // Chunk i of 2/pi's binary fraction, 24 bits each (0 below 0 and past 65).
  function ipio2(i) {
    i = i | 0;
    switch (i | 0) {
      case 0: return 0xA2F983; case 1: return 0x6E4E44; case 2: return 0x1529FC;
      case 3: return 0x2757D1; case 4: return 0xF534DD; case 5: return 0xC0DB62;
      case 6: return 0x95993C; case 7: return 0x439041; case 8: return 0xFE5163;
      case 9: return 0xABDEBB; case 10: return 0xC561B7; case 11: return 0x246E3A;
      case 12: return 0x424DD2; case 13: return 0xE00649; case 14: return 0x2EEA09;
      case 15: return 0xD1921C; case 16: return 0xFE1DEB; case 17: return 0x1CB129;
      case 18: return 0xA73EE8; case 19: return 0x8235F5; case 20: return 0x2EBB44;
      case 21: return 0x84E99C; case 22: return 0x7026B4; case 23: return 0x5F7E41;
      case 24: return 0x3991D6; case 25: return 0x398353; case 26: return 0x39F49C;
      case 27: return 0x845F8B; case 28: return 0xBDF928; case 29: return 0x3B1FF8;
      case 30: return 0x97FFDE; case 31: return 0x05980F; case 32: return 0xEF2F11;
      case 33: return 0x8B5A0A; case 34: return 0x6D1F6D; case 35: return 0x367ECF;
      case 36: return 0x27CB09; case 37: return 0xB74F46; case 38: return 0x3F669E;
      case 39: return 0x5FEA2D; case 40: return 0x7527BA; case 41: return 0xC7EBE5;
      case 42: return 0xF17B3D; case 43: return 0x0739F7; case 44: return 0x8A5292;
      case 45: return 0xEA6BFB; case 46: return 0x5FB11F; case 47: return 0x8D5D08;
      case 48: return 0x560330; case 49: return 0x46FC7B; case 50: return 0x6BABF0;
      case 51: return 0xCFBC20; case 52: return 0x9AF436; case 53: return 0x1DA9E3;
      case 54: return 0x91615E; case 55: return 0xE61B08; case 56: return 0x659985;
      case 57: return 0x5F14A0; case 58: return 0x68408D; case 59: return 0xFFD880;
      case 60: return 0x4D7327; case 61: return 0x310606; case 62: return 0x1556CA;
      case 63: return 0x73A8C9; case 64: return 0x60E27B; case 65: return 0xC08C6B;
    }
    return 0;
  }

  // The high word of n * pi/2, for n = 1 to 32 (fdlibm's npio2_hw[n - 1]).
  function npio2Hi(n) {
    n = n | 0;
    switch (n | 0) {
      case 1: return 0x3FF921FB; case 2: return 0x400921FB; case 3: return 0x4012D97C;
      case 4: return 0x401921FB; case 5: return 0x401F6A7A; case 6: return 0x4022D97C;
      case 7: return 0x4025FDBB; case 8: return 0x402921FB; case 9: return 0x402C463A;
      case 10: return 0x402F6A7A; case 11: return 0x4031475C; case 12: return 0x4032D97C;
      case 13: return 0x40346B9C; case 14: return 0x4035FDBB; case 15: return 0x40378FDB;
      case 16: return 0x403921FB; case 17: return 0x403AB41B; case 18: return 0x403C463A;
      case 19: return 0x403DD85A; case 20: return 0x403F6A7A; case 21: return 0x40407E4C;
      case 22: return 0x4041475C; case 23: return 0x4042106C; case 24: return 0x4042D97C;
      case 25: return 0x4043A28C; case 26: return 0x40446B9C; case 27: return 0x404534AC;
      case 28: return 0x4045FDBB; case 29: return 0x4046C6CB; case 30: return 0x40478FDB;
      case 31: return 0x404858EB; case 32: return 0x404921FB;
    }
    return 0;
  }

  // pi/2 in 24-bit pieces (fdlibm's PIo2[k], k = 0 to 4: the only ones
  // the double precision reduction reads).
  function pio2Piece(k) {
    k = k | 0;
    switch (k | 0) {
      case 0: return 1.57079625129699707031e+00; // 0x3FF921FB 40000000
      case 1: return 7.54978941586159635335e-08; // 0x3E74442D 00000000
      case 2: return 5.39030252995776476554e-15; // 0x3CF84698 80000000
      case 3: return 3.28200341580791294123e-22; // 0x3B78CC51 60000000
    }
    return 1.27065575308067607349e-29; // 0x39F01B83 80000000
  }

  // ---- __kernel_rem_pio2: x mod pi/2 for |x| >= 2^19 pi/2 ----
  // fdlibm's arrays, in asm.js: f[] and q[] are computed where they are read
  // (from ipio2() and iq), fq[] too; only iq[] lives in the heap, 20 ints
  // after the scratch double.

  function iq(i) {
    i = i | 0;
    return I32[(SCRATCH + 8 + (i << 2)) >> 2] | 0;
  }

  function setIq(i, v) {
    i = i | 0;
    v = v | 0;
    I32[(SCRATCH + 8 + (i << 2)) >> 2] = v;
  }

  // q[i] = sum of x[j] * f[jx + i - j] for j = 0 to jx, where
  // f[jx + i - j] = ipio2[jv + i - j]: x's chunks times 2/pi's.
  function qTerm(i, jv, jx, x0, x1, x2) {
    i = i | 0;
    jv = jv | 0;
    jx = jx | 0;
    x0 = +x0;
    x1 = +x1;
    x2 = +x2;
    var fw = 0.0;
    fw = fw + x0 * +(ipio2((jv + i) | 0) | 0);
    if ((jx | 0) >= 1) fw = fw + x1 * +(ipio2((jv + i - 1) | 0) | 0);
    if ((jx | 0) >= 2) fw = fw + x2 * +(ipio2((jv + i - 2) | 0) | 0);
    return +fw;
  }

  // fq[m] = sum of PIo2[k] * q[jz - m + k] for k = 0 to min(4, m), where
  // q[i] = iq[i] * 2^(q0 - 24 (jz - i)) (exact: fdlibm makes the same
  // power of two by halving 24 bits at a time).
  function fqTerm(m, jz, q0) {
    m = m | 0;
    jz = jz | 0;
    q0 = q0 | 0;
    var fw = 0.0, k = 0, i = 0;
    i = (jz - m) | 0;
    for (k = 0; ((k | 0) <= 4) & ((k | 0) <= (m | 0)); k = (k + 1) | 0) {
      fw = fw + +pio2Piece(k) *
        +scalbn(+(iq((i + k) | 0) | 0), (q0 - (24 * ((jz - i - k) | 0) | 0)) | 0);
    }
    return +fw;
  }

  // x0, x1, x2: the 24-bit chunks of |x| / 2^e0 (nx of them nonzero);
  // sets y0, y1 and returns n mod 8 (fdlibm's prec 2: jk = jp = 4).
  function kernelRemPio2(x0, x1, x2, e0, nx) {
    x0 = +x0;
    x1 = +x1;
    x2 = +x2;
    e0 = e0 | 0;
    nx = nx | 0;
    var jz = 0, jx = 0, jv = 0, carry = 0, n = 0, i = 0, j = 0, k = 0, q0 = 0, ih = 0;
    var z = 0.0, fw = 0.0;

    jx = (nx - 1) | 0;
    jv = ((e0 - 3) | 0) / 24 | 0;
    if ((jv | 0) < 0) jv = 0;
    q0 = (e0 - (24 * ((jv + 1) | 0) | 0)) | 0;

    jz = 4;
    while (1) {
      // Distill q[] into iq[], most significant last.
      i = 0;
      j = jz;
      z = +qTerm(jz, jv, jx, x0, x1, x2);
      while ((j | 0) > 0) {
        fw = +(~~(TWON24 * z));
        setIq(i, ~~(z - TWO24 * fw));
        z = +qTerm((j - 1) | 0, jv, jx, x0, x1, x2) + fw;
        i = (i + 1) | 0;
        j = (j - 1) | 0;
      }

      // n, and the fraction.
      z = +scalbn(z, q0);
      z = z - 8.0 * +floor(z * 0.125); // the integer part mod 8
      n = ~~z;
      z = z - +(n | 0);
      ih = 0;
      if ((q0 | 0) > 0) {
        // iq[jz - 1] holds bits of n
        i = (iq((jz - 1) | 0) | 0) >> (24 - q0);
        n = (n + i) | 0;
        setIq((jz - 1) | 0, ((iq((jz - 1) | 0) | 0) - (i << (24 - q0))) | 0);
        ih = (iq((jz - 1) | 0) | 0) >> (23 - q0);
      } else if ((q0 | 0) == 0) {
        ih = (iq((jz - 1) | 0) | 0) >> 23;
      } else if (z >= 0.5) {
        ih = 2;
      }

      if ((ih | 0) > 0) {
        // The fraction is above 0.5: take 1 - fraction.
        n = (n + 1) | 0;
        carry = 0;
        for (i = 0; (i | 0) < (jz | 0); i = (i + 1) | 0) {
          j = iq(i) | 0;
          if ((carry | 0) == 0) {
            if ((j | 0) != 0) {
              carry = 1;
              setIq(i, (0x1000000 - j) | 0);
            }
          } else {
            setIq(i, (0xffffff - j) | 0);
          }
        }
        if ((q0 | 0) == 1) setIq((jz - 1) | 0, (iq((jz - 1) | 0) | 0) & 0x7fffff);
        if ((q0 | 0) == 2) setIq((jz - 1) | 0, (iq((jz - 1) | 0) | 0) & 0x3fffff);
        if ((ih | 0) == 2) {
          z = 1.0 - z;
          if ((carry | 0) != 0) z = z - +scalbn(1.0, q0);
        }
      }

      // Cancellation: when the fraction's top chunks are all zero, take
      // k more chunks of 2/pi and start again.
      if (z != 0.0) break;
      j = 0;
      for (i = (jz - 1) | 0; (i | 0) >= 4; i = (i - 1) | 0) j = j | (iq(i) | 0);
      if ((j | 0) != 0) break;
      k = 1;
      while (((k | 0) < 4) & ((iq((4 - k) | 0) | 0) == 0)) k = (k + 1) | 0;
      jz = (jz + k) | 0;
    }

    // Drop zero chunks, or split z into 24-bit chunks.
    if (z == 0.0) {
      jz = (jz - 1) | 0;
      q0 = (q0 - 24) | 0;
      while ((iq(jz) | 0) == 0) {
        jz = (jz - 1) | 0;
        q0 = (q0 - 24) | 0;
      }
    } else {
      z = +scalbn(z, (0 - q0) | 0);
      if (z >= TWO24) {
        fw = +(~~(TWON24 * z));
        setIq(jz, ~~(z - TWO24 * fw));
        jz = (jz + 1) | 0;
        q0 = (q0 + 24) | 0;
        setIq(jz, ~~fw);
      } else {
        setIq(jz, ~~z);
      }
    }

    // y0 + y1 = (pi/2) * the fraction: fq[jz] + ... + fq[0], and the rest.
    fw = 0.0;
    for (i = jz; (i | 0) >= 0; i = (i - 1) | 0) fw = fw + +fqTerm(i, jz, q0);
    y0 = (ih | 0) == 0 ? fw : -fw;
    fw = +fqTerm(0, jz, q0) - fw;
    for (i = 1; (i | 0) <= (jz | 0); i = (i + 1) | 0) fw = fw + +fqTerm(i, jz, q0);
    y1 = (ih | 0) == 0 ? fw : -fw;
    return (n & 7) | 0;
  }

  // ---- __ieee754_rem_pio2: x = n pi/2 + (y0 + y1), |y0 + y1| <= pi/4 ----
  function remPio2(x) {
    x = +x;
    var z = 0.0, w = 0.0, t = 0.0, r = 0.0, fn = 0.0, x0 = 0.0, x1 = 0.0, x2 = 0.0;
    var e0 = 0, i = 0, j = 0, nx = 0, n = 0, ix = 0, hx = 0;
    hx = hi(x) | 0;
    ix = hx & 0x7fffffff;
    if ((ix | 0) <= 0x3fe921fb) {
      // |x| <= pi/4: nothing to reduce
      y0 = x;
      y1 = 0.0;
      return 0;
    }
    if ((ix | 0) < 0x4002d97c) {
      // |x| < 3pi/4: n = ±1
      if ((hx | 0) > 0) {
        z = x - PIO2_1;
        if ((ix | 0) != 0x3ff921fb) {
          // 33 + 53 bits of pi/2 are enough
          y0 = z - PIO2_1T;
          y1 = (z - y0) - PIO2_1T;
        } else {
          // near pi/2: 33 + 33 + 53 bits
          z = z - PIO2_2;
          y0 = z - PIO2_2T;
          y1 = (z - y0) - PIO2_2T;
        }
        return 1;
      }
      z = x + PIO2_1;
      if ((ix | 0) != 0x3ff921fb) {
        y0 = z + PIO2_1T;
        y1 = (z - y0) + PIO2_1T;
      } else {
        z = z + PIO2_2;
        y0 = z + PIO2_2T;
        y1 = (z - y0) + PIO2_2T;
      }
      return -1;
    }
    if ((ix | 0) <= 0x413921fb) {
      // |x| <= 2^19 pi/2: Cody and Waite, with pi/2 in up to three parts
      t = +abs(x);
      n = ~~(t * INVPIO2 + 0.5);
      fn = +(n | 0);
      r = t - fn * PIO2_1;
      w = fn * PIO2_1T; // good to 85 bits
      if (((n | 0) < 32) & ((ix | 0) != (npio2Hi(n) | 0))) {
        y0 = r - w; // no cancellation
      } else {
        j = ix >> 20;
        y0 = r - w;
        i = (j - ((hi(y0) | 0) >> 20 & 0x7ff)) | 0;
        if ((i | 0) > 16) {
          // a second iteration, good to 118 bits
          t = r;
          w = fn * PIO2_2;
          r = t - w;
          w = fn * PIO2_2T - ((t - r) - w);
          y0 = r - w;
          i = (j - ((hi(y0) | 0) >> 20 & 0x7ff)) | 0;
          if ((i | 0) > 49) {
            // a third, good to 151 bits: every case
            t = r;
            w = fn * PIO2_3;
            r = t - w;
            w = fn * PIO2_3T - ((t - r) - w);
            y0 = r - w;
          }
        }
      }
      y1 = (r - y0) - w;
      if ((hx | 0) < 0) {
        y0 = -y0;
        y1 = -y1;
        return (0 - n) | 0;
      }
      return n | 0;
    }
    if ((ix | 0) >= 0x7ff00000) {
      // infinity or NaN
      y0 = x - x;
      y1 = y0;
      return 0;
    }
    // Large arguments: |x| = z 2^e0, z in [2^23, 2^24), in 24-bit chunks.
    e0 = ((ix >> 20) - 1046) | 0;
    z = +fromWords((ix - (e0 << 20)) | 0, lo(x) | 0);
    x0 = +(~~z);
    z = (z - x0) * TWO24;
    x1 = +(~~z);
    z = (z - x1) * TWO24;
    x2 = z;
    nx = 3;
    if (x2 == 0.0) {
      nx = 2;
      if (x1 == 0.0) nx = 1;
    }
    n = kernelRemPio2(x0, x1, x2, e0, nx) | 0;
    if ((hx | 0) < 0) {
      y0 = -y0;
      y1 = -y1;
      return (0 - n) | 0;
    }
    return n | 0;
  }

  // ---- The kernels, on [-pi/4, pi/4], x + y the argument (y its tail) ----

  // sin(x + y); iy = 0 when y is 0.
  function kernelSin(x, y, iy) {
    x = +x;
    y = +y;
    iy = iy | 0;
    var z = 0.0, r = 0.0, v = 0.0;
    if (((hi(x) | 0) & 0x7fffffff) < 0x3e400000) return +x; // |x| < 2^-27
    z = x * x;
    v = z * x;
    r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    if ((iy | 0) == 0) return +(x + v * (S1 + z * r));
    return +(x - ((z * (0.5 * y - v * r) - y) - v * S1));
  }

  // cos(x + y).
  function kernelCos(x, y) {
    x = +x;
    y = +y;
    var a = 0.0, hz = 0.0, z = 0.0, r = 0.0, qx = 0.0, ix = 0;
    ix = (hi(x) | 0) & 0x7fffffff;
    if ((ix | 0) < 0x3e400000) return 1.0; // |x| < 2^-27
    z = x * x;
    r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
    if ((ix | 0) < 0x3fd33333) return +(1.0 - (0.5 * z - (z * r - x * y))); // |x| < 0.3
    if ((ix | 0) > 0x3fe90000) {
      qx = 0.28125; // |x| > 0.78125
    } else {
      qx = +fromWords((ix - 0x00200000) | 0, 0); // |x| / 4
    }
    hz = 0.5 * z - qx;
    a = 1.0 - qx;
    return +(a - (hz - (z * r - x * y)));
  }

  // tan(x + y) when iy = 1, -1/tan(x + y) when iy = -1.
  function kernelTan(x, y, iy) {
    x = +x;
    y = +y;
    iy = iy | 0;
    var z = 0.0, r = 0.0, v = 0.0, w = 0.0, s = 0.0, a = 0.0, t = 0.0;
    var ix = 0, hx = 0, big = 0;
    hx = hi(x) | 0;
    ix = hx & 0x7fffffff;
    if ((ix | 0) < 0x3e300000) {
      // |x| < 2^-28
      if ((ix | (lo(x) | 0) | (iy + 1)) == 0) return +(1.0 / +abs(x));
      if ((iy | 0) == 1) return +x;
      // -1/(x + y), carefully
      w = x + y;
      z = +head(w);
      v = y - (z - x);
      a = -1.0 / w;
      t = +head(a);
      s = 1.0 + t * z;
      return +(t + a * (s + t * v));
    }
    big = (ix | 0) >= 0x3fe59428; // |x| >= 0.6744: tan(pi/4 - x)
    if (big) {
      if ((hx | 0) < 0) {
        x = -x;
        y = -y;
      }
      z = PIO4_HI - x;
      w = PIO4_LO - y;
      x = z + w;
      y = 0.0;
    }
    z = x * x;
    w = z * z;
    // x^5 (T1 + x^2 T2 + ...) as odd and even halves
    r = T1 + w * (T3 + w * (T5 + w * (T7 + w * (T9 + w * T11))));
    v = z * (T2 + w * (T4 + w * (T6 + w * (T8 + w * (T10 + w * T12)))));
    s = z * x;
    r = y + z * (s * (r + v) + y);
    r = r + T0 * s;
    w = x + r;
    if (big) {
      v = +(iy | 0);
      return +(((hx | 0) < 0 ? -1.0 : 1.0) * (v - 2.0 * (x - (w * w / (w + v) - r))));
    }
    if ((iy | 0) == 1) return +w;
    // -1/(x + r), carefully
    z = +head(w);
    v = r - (z - x);
    a = -1.0 / w;
    t = +head(a);
    s = 1.0 + t * z;
    return +(t + a * (s + t * v));
  }

  // ---- The exports ----

  function sin(x) {
    x = +x;
    var n = 0, ix = 0;
    ix = (hi(x) | 0) & 0x7fffffff;
    if ((ix | 0) <= 0x3fe921fb) return +kernelSin(x, 0.0, 0);
    if ((ix | 0) >= 0x7ff00000) return +(x - x);
    n = (remPio2(x) | 0) & 3;
    if ((n | 0) == 0) return +kernelSin(y0, y1, 1);
    if ((n | 0) == 1) return +kernelCos(y0, y1);
    if ((n | 0) == 2) return -+kernelSin(y0, y1, 1);
    return -+kernelCos(y0, y1);
  }

  function cos(x) {
    x = +x;
    var n = 0, ix = 0;
    ix = (hi(x) | 0) & 0x7fffffff;
    if ((ix | 0) <= 0x3fe921fb) return +kernelCos(x, 0.0);
    if ((ix | 0) >= 0x7ff00000) return +(x - x);
    n = (remPio2(x) | 0) & 3;
    if ((n | 0) == 0) return +kernelCos(y0, y1);
    if ((n | 0) == 1) return -+kernelSin(y0, y1, 1);
    if ((n | 0) == 2) return -+kernelCos(y0, y1);
    return +kernelSin(y0, y1, 1);
  }

  function tan(x) {
    x = +x;
    var n = 0, ix = 0;
    ix = (hi(x) | 0) & 0x7fffffff;
    if ((ix | 0) <= 0x3fe921fb) return +kernelTan(x, 0.0, 1);
    if ((ix | 0) >= 0x7ff00000) return +(x - x);
    n = remPio2(x) | 0;
    return +kernelTan(y0, y1, (1 - ((n & 1) << 1)) | 0); // 1: n even, -1: n odd
  }

  function asin(x) {
    x = +x;
    var t = 0.0, w = 0.0, p = 0.0, q = 0.0, c = 0.0, r = 0.0, s = 0.0, hx = 0, ix = 0;
    hx = hi(x) | 0;
    ix = hx & 0x7fffffff;
    if ((ix | 0) >= 0x3ff00000) {
      // |x| >= 1: ±pi/2 at ±1, else NaN
      if ((((ix - 0x3ff00000) | 0) | (lo(x) | 0)) == 0) return +(x * PIO2_HI + x * PIO2_LO);
      return +fromWords(0x7ff40000, 0); // V8's NaN
    }
    if ((ix | 0) < 0x3fe00000) {
      // |x| < 0.5
      if ((ix | 0) < 0x3e400000) return +x; // |x| < 2^-27
      t = x * x;
      p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
      q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
      w = p / q;
      return +(x + x * w);
    }
    // 0.5 <= |x| < 1: asin(x) = pi/2 - 2 asin(sqrt((1 - |x|)/2))
    w = 1.0 - +abs(x);
    t = w * 0.5;
    p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
    q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
    s = +sqrt(t);
    if ((ix | 0) >= 0x3fef3333) {
      // |x| > 0.975
      w = p / q;
      t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
    } else {
      w = +head(s);
      c = (t - w * w) / (s + w);
      r = p / q;
      p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
      q = PIO4_HI - 2.0 * w;
      t = PIO4_HI - (p - q);
    }
    return +((hx | 0) > 0 ? t : -t);
  }

  function acos(x) {
    x = +x;
    var z = 0.0, p = 0.0, q = 0.0, r = 0.0, w = 0.0, s = 0.0, c = 0.0, df = 0.0, hx = 0, ix = 0;
    hx = hi(x) | 0;
    ix = hx & 0x7fffffff;
    if ((ix | 0) >= 0x3ff00000) {
      // |x| >= 1: 0 at 1, pi at -1, else NaN
      if ((((ix - 0x3ff00000) | 0) | (lo(x) | 0)) == 0) {
        if ((hx | 0) > 0) return 0.0;
        return +(PI + 2.0 * PIO2_LO);
      }
      return +fromWords(0x7ff40000, 0); // V8's NaN
    }
    if ((ix | 0) < 0x3fe00000) {
      // |x| < 0.5
      if ((ix | 0) <= 0x3c600000) return +(PIO2_HI + PIO2_LO); // |x| < 2^-57
      z = x * x;
      p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
      q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
      r = p / q;
      return +(PIO2_HI - (x - (PIO2_LO - x * r)));
    }
    if ((hx | 0) < 0) {
      // x < -0.5: acos(x) = pi - 2 asin(sqrt((1 + x)/2))
      z = (1.0 + x) * 0.5;
      p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
      q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
      s = +sqrt(z);
      r = p / q;
      w = r * s - PIO2_LO;
      return +(PI - 2.0 * (s + w));
    }
    // x > 0.5: acos(x) = 2 asin(sqrt((1 - x)/2))
    z = (1.0 - x) * 0.5;
    s = +sqrt(z);
    df = +head(s);
    c = (z - df * df) / (s + df);
    p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    r = p / q;
    w = r * s + c;
    return +(2.0 * (df + w));
  }

  function atan(x) {
    x = +x;
    var w = 0.0, s1 = 0.0, s2 = 0.0, z = 0.0, ahi = 0.0, alo = 0.0, ix = 0, hx = 0, id = 0;
    hx = hi(x) | 0;
    ix = hx & 0x7fffffff;
    if ((ix | 0) >= 0x44100000) {
      // |x| >= 2^66: NaN, or ±pi/2
      if (((ix | 0) > 0x7ff00000) | ((ix | 0) == 0x7ff00000) & ((lo(x) | 0) != 0)) return +(x + x);
      if ((hx | 0) > 0) return +(ATANHI3 + ATANLO3);
      return +(-ATANHI3 - ATANLO3);
    }
    if ((ix | 0) < 0x3fdc0000) {
      // |x| < 0.4375
      if ((ix | 0) < 0x3e200000) return +x; // |x| < 2^-29
      id = -1;
    } else {
      x = +abs(x);
      if ((ix | 0) < 0x3ff30000) {
        if ((ix | 0) < 0x3fe60000) {
          // 7/16 <= |x| < 11/16
          id = 0;
          x = (2.0 * x - 1.0) / (2.0 + x);
        } else {
          // 11/16 <= |x| < 19/16
          id = 1;
          x = (x - 1.0) / (x + 1.0);
        }
      } else if ((ix | 0) < 0x40038000) {
        // 19/16 <= |x| < 2.4375
        id = 2;
        x = (x - 1.5) / (1.0 + 1.5 * x);
      } else {
        // 2.4375 <= |x| < 2^66
        id = 3;
        x = -1.0 / x;
      }
    }
    z = x * x;
    w = z * z;
    // the sum of AT[i] z^(i+1) as odd and even halves
    s1 = z * (AT0 + w * (AT2 + w * (AT4 + w * (AT6 + w * (AT8 + w * AT10)))));
    s2 = w * (AT1 + w * (AT3 + w * (AT5 + w * (AT7 + w * AT9))));
    if ((id | 0) < 0) return +(x - x * (s1 + s2));
    if ((id | 0) == 0) {
      ahi = ATANHI0;
      alo = ATANLO0;
    } else if ((id | 0) == 1) {
      ahi = ATANHI1;
      alo = ATANLO1;
    } else if ((id | 0) == 2) {
      ahi = ATANHI2;
      alo = ATANLO2;
    } else {
      ahi = ATANHI3;
      alo = ATANLO3;
    }
    z = ahi - ((x * (s1 + s2) - alo) - x);
    return +((hx | 0) < 0 ? -z : z);
  }

  // V8's atan2 (FreeBSD's e_atan2.c), on fdlibm's atan.
  function atan2(y, x) {
    y = +y;
    x = +x;
    var z = 0.0, hx = 0, hy = 0, ix = 0, iy = 0, m = 0, k = 0;
    if ((x != x) | (y != y)) return +(x + y);
    if (x == 1.0) return +atan(y);
    hx = hi(x) | 0;
    hy = hi(y) | 0;
    ix = hx & 0x7fffffff;
    iy = hy & 0x7fffffff;
    m = ((hy | 0) < 0) | ((hx | 0) < 0) << 1; // bit 0: y < 0, bit 1: x < 0
    if (y == 0.0) {
      if ((m | 0) < 2) return +y;
      if ((m | 0) == 2) return +PI;
      return +(-PI);
    }
    if (x == 0.0) return +((hy | 0) < 0 ? -PIO2_HI : PIO2_HI);
    if ((ix | 0) == 0x7ff00000) {
      // x is ±infinity
      if ((iy | 0) == 0x7ff00000) {
        if ((m | 0) == 0) return +PIO4_HI;
        if ((m | 0) == 1) return +(-PIO4_HI);
        if ((m | 0) == 2) return +(3.0 * PIO4_HI);
        return +(-3.0 * PIO4_HI);
      }
      if ((m | 0) == 0) return 0.0;
      if ((m | 0) == 1) return -0.0;
      if ((m | 0) == 2) return +PI;
      return +(-PI);
    }
    if ((iy | 0) == 0x7ff00000) return +((hy | 0) < 0 ? -PIO2_HI : PIO2_HI);
    // the difference of the exponents, from the high words
    k = (iy - ix) >> 20;
    if ((k | 0) > 60) {
      z = PIO2_HI + 0.5 * PI_LO; // |y/x| > 2^60
      m = m & 1;
    } else if (((hx | 0) < 0) & ((k | 0) < -60)) {
      z = 0.0; // |y/x| < 2^-60 and x < 0
    } else {
      z = +atan(+abs(y / x));
    }
    if ((m | 0) == 0) return +z;
    if ((m | 0) == 1) return +(-z);
    if ((m | 0) == 2) return +(PI - (z - PI_LO));
    return +((z - PI_LO) - PI);
  }

  // exp: x = k ln2 + r, exp(x) = 2^k exp(r); V8 gives Math.E at 1.
  function exp(x) {
    x = +x;
    var y = 0.0, xhi = 0.0, xlo = 0.0, c = 0.0, t = 0.0, k = 0, xsb = 0, hx = 0;
    if (x == 1.0) return +E;
    hx = hi(x) | 0;
    xsb = hx >>> 31;
    hx = hx & 0x7fffffff;
    if ((hx | 0) >= 0x40862e42) {
      // |x| >= 709.78...
      if ((hx | 0) >= 0x7ff00000) {
        if ((hx & 0xfffff | (lo(x) | 0)) != 0) return +(x + x); // NaN
        return +((xsb | 0) == 0 ? x : 0.0); // exp(±inf) = inf, 0
      }
      if (x > O_THRESHOLD) return +(HUGE * HUGE); // overflow
      if (x < U_THRESHOLD) return +(TWOM1000 * TWOM1000); // underflow
    }
    if ((hx | 0) > 0x3fd62e42) {
      // |x| > 0.5 ln2
      if ((hx | 0) < 0x3ff0a2b2) {
        // and |x| < 1.5 ln2
        if ((xsb | 0) == 0) {
          xhi = x - LN2_HI;
          xlo = LN2_LO;
          k = 1;
        } else {
          xhi = x + LN2_HI; // x - (-ln2_hi)
          xlo = -LN2_LO;
          k = -1;
        }
      } else {
        k = ~~(INVLN2 * x + ((xsb | 0) == 0 ? 0.5 : -0.5));
        t = +(k | 0);
        xhi = x - t * LN2_HI; // exact
        xlo = t * LN2_LO;
      }
      x = xhi - xlo;
    } else if ((hx | 0) < 0x3e300000) {
      return +(1.0 + x); // |x| < 2^-28
    } else {
      k = 0;
    }
    // x is now in [-0.5 ln2, 0.5 ln2]
    t = x * x;
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if ((k | 0) == 0) return +(1.0 - ((x * c) / (c - 2.0) - x));
    y = 1.0 - ((xlo - (x * c) / (2.0 - c)) - xhi);
    if ((k | 0) >= -1021) return +withHi(y, ((hi(y) | 0) + (k << 20)) | 0);
    return +(+withHi(y, ((hi(y) | 0) + ((k + 1000) << 20)) | 0) * TWOM1000);
  }

  // log: x = 2^k (1 + f), log(x) = k ln2 + log(1 + f).
  function log(x) {
    x = +x;
    var hfsq = 0.0, f = 0.0, s = 0.0, z = 0.0, r = 0.0, w = 0.0, t1 = 0.0, t2 = 0.0, dk = 0.0;
    var k = 0, hx = 0, i = 0, j = 0, lx = 0;
    hx = hi(x) | 0;
    lx = lo(x) | 0;
    k = 0;
    if ((hx | 0) < 0x00100000) {
      // x < 2^-1022
      if ((hx & 0x7fffffff | lx) == 0) return +(-TWO54 / ZERO); // log(±0) = -inf
      if ((hx | 0) < 0) return +fromWords(0x7ff40000, 0); // log(negative) = NaN
      k = -54; // subnormal: scale x up
      x = x * TWO54;
      hx = hi(x) | 0;
    }
    if ((hx | 0) >= 0x7ff00000) return +(x + x);
    k = (k + (hx >> 20) - 1023) | 0;
    hx = hx & 0x000fffff;
    i = (hx + 0x95f64) & 0x100000;
    x = +withHi(x, hx | i ^ 0x3ff00000); // x or x/2 in [sqrt(2)/2, sqrt(2))
    k = (k + (i >> 20)) | 0;
    f = x - 1.0;
    if ((0x000fffff & (2 + hx)) < 3) {
      // |f| < 2^-20
      if (f == 0.0) {
        if ((k | 0) == 0) return 0.0;
        dk = +(k | 0);
        return +(dk * LN2_HI + dk * LN2_LO);
      }
      r = f * f * (0.5 - 0.33333333333333333 * f);
      if ((k | 0) == 0) return +(f - r);
      dk = +(k | 0);
      return +(dk * LN2_HI - ((r - dk * LN2_LO) - f));
    }
    s = f / (2.0 + f);
    dk = +(k | 0);
    z = s * s;
    i = (hx - 0x6147a) | 0;
    w = z * z;
    j = (0x6b851 - hx) | 0;
    t1 = w * (LG2 + w * (LG4 + w * LG6));
    t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
    i = i | j;
    r = t2 + t1;
    if ((i | 0) > 0) {
      hfsq = 0.5 * f * f;
      if ((k | 0) == 0) return +(f - (hfsq - s * (hfsq + r)));
      return +(dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f));
    }
    if ((k | 0) == 0) return +(f - s * (f - r));
    return +(dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f));
  }

  // pow: 2^(y log2|x|), log2|x| in extended precision; V8's last step.
  // Its special cases are already JavaScript's: a NaN exponent gives NaN,
  // (±1) ** ±Infinity is NaN, NaN ** ±0 is 1.
  function pow(x, y) {
    x = +x;
    y = +y;
    var hx = 0, lx = 0, hy = 0, ly = 0, ix = 0, iy = 0, yisint = 0, e = 0, i = 0, j = 0, k = 0, n = 0;
    var ax = 0.0, z = 0.0, sign = 0.0, t = 0.0, t1 = 0.0, t2 = 0.0, u = 0.0, v = 0.0, w = 0.0;
    var ss = 0.0, s2 = 0.0, s_h = 0.0, s_l = 0.0, t_h = 0.0, t_l = 0.0, r = 0.0;
    var p_h = 0.0, p_l = 0.0, z_h = 0.0, z_l = 0.0, y1 = 0.0, bp = 0.0, dp_h = 0.0, dp_l = 0.0;

    hx = hi(x) | 0;
    lx = lo(x) | 0;
    hy = hi(y) | 0;
    ly = lo(y) | 0;
    ix = hx & 0x7fffffff;
    iy = hy & 0x7fffffff;

    if (y == 0.0) return 1.0;
    if ((x != x) | (y != y)) return +(x + y); // a NaN argument, as fdlibm

    // For x < 0: 0 when y is not an integer, 1 when it is odd, 2 when even.
    if ((hx | 0) < 0) {
      if ((iy | 0) >= 0x43400000) {
        yisint = 2; // |y| >= 2^53: even
      } else if ((iy | 0) >= 0x3ff00000) {
        e = ((iy >> 20) - 0x3ff) | 0; // y's exponent, 0 to 52
        if ((e | 0) > 20) {
          j = ly >>> (52 - e);
          if ((j << (52 - e) | 0) == (ly | 0)) yisint = (2 - (j & 1)) | 0;
        } else if ((ly | 0) == 0) {
          j = iy >> (20 - e);
          if ((j << (20 - e) | 0) == (iy | 0)) yisint = (2 - (j & 1)) | 0;
        }
      }
    }

    // Special exponents.
    if ((ly | 0) == 0) {
      if ((iy | 0) == 0x7ff00000) {
        // y is ±infinity
        if (((ix | 0) == 0x3ff00000) & ((lx | 0) == 0)) return +(ZERO / ZERO); // (±1) ** ±inf
        if ((ix | 0) >= 0x3ff00000) return +((hy | 0) >= 0 ? y : 0.0);
        return +((hy | 0) < 0 ? -y : 0.0);
      }
      if ((iy | 0) == 0x3ff00000) return +((hy | 0) < 0 ? 1.0 / x : x);
      if ((hy | 0) == 0x40000000) return +(x * x);
      if (((hy | 0) == 0x3fe00000) & ((hx | 0) >= 0)) return +sqrt(x); // y = 0.5, x >= +0
    }

    ax = +abs(x);
    // Special bases: ±0, ±infinity, ±1.
    if (((lx | 0) == 0) & (((ix | 0) == 0x7ff00000) | ((ix | 0) == 0) | ((ix | 0) == 0x3ff00000))) {
      z = (hy | 0) < 0 ? 1.0 / ax : ax;
      if ((hx | 0) < 0) {
        if (((ix | 0) == 0x3ff00000) & ((yisint | 0) == 0)) {
          z = +fromWords(0x7ff40000, 0); // (-1) ** non-integer
        } else if ((yisint | 0) == 1) {
          z = -z;
        }
      }
      return +z;
    }

    if (((hx | 0) < 0) & ((yisint | 0) == 0)) return +fromWords(0x7ff40000, 0); // negative ** non-integer
    sign = ((hx | 0) < 0) & ((yisint | 0) == 1) ? -1.0 : 1.0;

    // log2|x| as t1 + t2, t1 with its low word clear.
    if ((iy | 0) > 0x41e00000) {
      // |y| > 2^31
      if ((iy | 0) > 0x43f00000) {
        // |y| > 2^64: overflow or underflow, whatever x's sign
        if ((ix | 0) <= 0x3fefffff) return +((hy | 0) < 0 ? HUGE * HUGE : TINY * TINY);
        if ((ix | 0) >= 0x3ff00000) return +((hy | 0) > 0 ? HUGE * HUGE : TINY * TINY);
      }
      // overflow or underflow unless x is within 2^-20 of 1
      if ((ix | 0) < 0x3fefffff) return +((hy | 0) < 0 ? sign * HUGE * HUGE : sign * TINY * TINY);
      if ((ix | 0) > 0x3ff00000) return +((hy | 0) > 0 ? sign * HUGE * HUGE : sign * TINY * TINY);
      // log(x) by its series x - x^2/2 + x^3/3 - x^4/4 (t has 20 trailing zeros)
      t = ax - 1.0;
      w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
      u = IVLN2_H * t;
      v = t * IVLN2_L - w * IVLN2;
      t1 = +head(u + v);
      t2 = v - (t1 - u);
    } else {
      n = 0;
      if ((ix | 0) < 0x00100000) {
        // subnormal x
        ax = ax * TWO53;
        n = -53;
        ix = hi(ax) | 0;
      }
      n = (n + (ix >> 20) - 0x3ff) | 0;
      j = ix & 0x000fffff;
      // |x| scaled to [1, 2), and the interval: k = 0 below sqrt(3/2), 1
      // below sqrt(3); above, halve it into [sqrt(3)/2, 1).
      ix = j | 0x3ff00000;
      if ((j | 0) <= 0x3988e) {
        k = 0;
      } else if ((j | 0) < 0xbb67a) {
        k = 1;
      } else {
        k = 0;
        n = (n + 1) | 0;
        ix = (ix - 0x00100000) | 0;
      }
      ax = +fromWords(ix, lo(ax) | 0);
      if ((k | 0) == 0) {
        bp = 1.0;
        dp_h = 0.0;
        dp_l = 0.0;
      } else {
        bp = 1.5;
        dp_h = DP_H1;
        dp_l = DP_L1;
      }

      // ss = s_h + s_l = (ax - bp) / (ax + bp)
      u = ax - bp;
      v = 1.0 / (ax + bp);
      ss = u * v;
      s_h = +head(ss);
      // t_h: ax + bp rounded to its high word
      t_h = +fromWords(((ix >> 1 | 0x20000000) + 0x00080000 + (k << 18)) | 0, 0);
      t_l = ax - (t_h - bp);
      s_l = v * ((u - s_h * t_h) - s_h * t_l);
      // log(ax)
      s2 = ss * ss;
      r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
      r = r + s_l * (s_h + ss);
      s2 = s_h * s_h;
      t_h = +head(3.0 + s2 + r);
      t_l = r - ((t_h - 3.0) - s2);
      // u + v = ss * (1 + ...)
      u = s_h * t_h;
      v = s_l * t_h + t_l * ss;
      // 2/(3 log 2) * (ss + ...)
      p_h = +head(u + v);
      p_l = v - (p_h - u);
      z_h = CP_H * p_h;
      z_l = CP_L * p_h + p_l * CP + dp_l;
      // log2(ax) = n + dp_h + z_h + z_l
      t = +(n | 0);
      t1 = +head(((z_h + z_l) + dp_h) + t);
      t2 = z_l - (((t1 - t) - dp_h) - z_h);
    }

    // y log2|x| as p_h + p_l, with y split as y1 + (y - y1).
    y1 = +head(y);
    p_l = (y - y1) * t1 + y * t2;
    p_h = y1 * t1;
    z = p_l + p_h;
    j = hi(z) | 0;
    i = lo(z) | 0;
    if ((j | 0) >= 0x40900000) {
      // z >= 1024
      if ((((j - 0x40900000) | i) != 0) | (p_l + OVT > z - p_h)) return +(sign * HUGE * HUGE);
    } else if ((j & 0x7fffffff) >= 0x4090cc00) {
      // z <= -1075
      if ((((j ^ 0xc090cc00) | i) != 0) | (p_l <= z - p_h)) return +(sign * TINY * TINY);
    }

    // 2^(p_h + p_l) = 2^n 2^r, |r| <= 0.5
    i = j & 0x7fffffff;
    e = ((i >> 20) - 0x3ff) | 0;
    n = 0;
    if ((i | 0) > 0x3fe00000) {
      // |z| > 0.5: n = [z + 0.5]
      n = (j + (0x00100000 >> (e + 1))) | 0;
      e = ((n & 0x7fffffff) >> 20) - 0x3ff | 0;
      t = +fromWords(n & ~(0x000fffff >> e), 0);
      n = (n & 0x000fffff | 0x00100000) >> (20 - e);
      if ((j | 0) < 0) n = (0 - n) | 0;
      p_h = p_h - t;
    }
    t = +head(p_l + p_h);
    u = t * LG2_H;
    v = (p_l - (t - p_h)) * LG2_WHOLE + t * LG2_L;
    z = u + v;
    w = v - (z - u);
    t = z * z;
    t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    // fdlibm: r = z t1/(t1 - 2) - (w + z w); V8 divides by the whole difference.
    r = (z * t1) / ((t1 - 2.0) - (w + z * w));
    z = 1.0 - (r - z);
    j = ((hi(z) | 0) + (n << 20)) | 0;
    if ((j >> 20) <= 0) {
      z = +scalbn(z, n); // a subnormal result
    } else {
      z = +withHi(z, j);
    }
    return +(sign * z);
  }

  return {
    sin: sin,
    cos: cos,
    tan: tan,
    asin: asin,
    acos: acos,
    atan: atan,
    atan2: atan2,
    exp: exp,
    log: log,
    pow: pow
  };
}
