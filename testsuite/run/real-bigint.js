// arbitrary-precision unsigned integers in base 2^16 limbs: factorials, powers, Knuth long division checked by q*b+r, Fibonacci gcds
// heap: 262144
// run: factorial(100)
// run: digits()
// run: factorial(1000)
// run: digits()
// run: factorial(0)
// run: factorial(-4)
// run: power(3, 5000)
// run: digits()
// run: power(2, 0)
// run: power(65535, 17)
// run: divCheck(40, 17, 5)
// run: divCheck(300, 299, 6)
// run: divCheck(9, 1, 7)
// run: divCheck(3, 12, 8)
// run: fibGcd(300, 200)
// run: fibGcd(1000, 0)
function M(stdlib, foreign, heap) {
  "use asm";

  var U16 = new stdlib.Uint16Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var wrong = foreign.wrong;

  // Numbers live in slots of SLOT bytes: an int32 limb count, then up to
  // MAX_LIMBS uint16 limbs, least significant first. No leading zero limbs;
  // zero has length 0.
  var NUM = 4096;
  var SLOT = 8192;
  var MAX_LIMBS = 4090;
  // Slot numbers.
  var T0 = 0, T1 = 1, T2 = 2, T3 = 3, T4 = 4, T5 = 5, T6 = 6, T7 = 7;
  var T8 = 8, T9 = 9, T10 = 10, T11 = 11;

  var nDigits = 0;
  var seed = 1;

  function base(s) {
    s = s | 0;
    return (NUM + imul(s, SLOT)) | 0;
  }
  function len(s) {
    s = s | 0;
    return H32[(base(s) | 0) >> 2] | 0;
  }
  function setLen(s, n) {
    s = s | 0;
    n = n | 0;
    H32[(base(s) | 0) >> 2] = n;
  }
  function limb(s, i) {
    s = s | 0;
    i = i | 0;
    return U16[((base(s) | 0) + 4 + (i << 1)) >> 1] | 0;
  }
  function setLimb(s, i, v) {
    s = s | 0;
    i = i | 0;
    v = v | 0;
    U16[((base(s) | 0) + 4 + (i << 1)) >> 1] = v;
  }
  // Drop leading zero limbs.
  function trim(s) {
    s = s | 0;
    var n = 0;
    n = len(s) | 0;
    while (((n | 0) > 0) & ((limb(s, (n - 1) | 0) | 0) == 0)) n = (n - 1) | 0;
    setLen(s, n);
  }

  function setSmall(s, v) {
    s = s | 0;
    v = v | 0;
    setLimb(s, 0, v & 65535);
    setLimb(s, 1, v >>> 16);
    setLen(s, 2);
    trim(s);
  }

  function copy(d, s) {
    d = d | 0;
    s = s | 0;
    var i = 0, n = 0;
    n = len(s) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) setLimb(d, i, limb(s, i) | 0);
    setLen(d, n);
  }

  function cmp(a, b) {
    a = a | 0;
    b = b | 0;
    var i = 0, x = 0, y = 0;
    if ((len(a) | 0) != (len(b) | 0)) return ((len(a) | 0) < (len(b) | 0) ? -1 : 1) | 0;
    for (i = ((len(a) | 0) - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
      x = limb(a, i) | 0;
      y = limb(b, i) | 0;
      if ((x | 0) != (y | 0)) return ((x | 0) < (y | 0) ? -1 : 1) | 0;
    }
    return 0;
  }

  // d = a + b (d may be a or b).
  function add(d, a, b) {
    d = d | 0;
    a = a | 0;
    b = b | 0;
    var i = 0, n = 0, t = 0, c = 0, la = 0, lb = 0;
    la = len(a) | 0;
    lb = len(b) | 0;
    n = (la | 0) > (lb | 0) ? la : lb;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      t = c;
      if ((i | 0) < (la | 0)) t = (t + (limb(a, i) | 0)) | 0;
      if ((i | 0) < (lb | 0)) t = (t + (limb(b, i) | 0)) | 0;
      setLimb(d, i, t & 65535);
      c = t >>> 16;
    }
    setLimb(d, n, c);
    setLen(d, (n + 1) | 0);
    trim(d);
  }

  // d = a * m + c for 0 <= m, c < 2^16 (d may be a).
  function mulSmall(d, a, m, c) {
    d = d | 0;
    a = a | 0;
    m = m | 0;
    c = c | 0;
    var i = 0, n = 0, t = 0;
    n = len(a) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      t = (imul(limb(a, i) | 0, m) + c) | 0;
      setLimb(d, i, t & 65535);
      c = t >>> 16;
    }
    setLimb(d, n, c);
    setLen(d, (n + 1) | 0);
    trim(d);
  }

  // d = a / m (d may be a); returns a % m, for 0 < m < 2^16.
  function divSmall(d, a, m) {
    d = d | 0;
    a = a | 0;
    m = m | 0;
    var i = 0, r = 0, t = 0, n = 0;
    n = len(a) | 0;
    for (i = (n - 1) | 0; (i | 0) >= 0; i = (i - 1) | 0) {
      t = (r << 16) | (limb(a, i) | 0);
      setLimb(d, i, ((t >>> 0) / (m >>> 0)) | 0);
      r = ((t >>> 0) % (m >>> 0)) | 0;
    }
    setLen(d, n);
    trim(d);
    return r | 0;
  }

  // d = a * b, schoolbook; d is neither a nor b.
  function mul(d, a, b) {
    d = d | 0;
    a = a | 0;
    b = b | 0;
    var i = 0, j = 0, la = 0, lb = 0, x = 0, c = 0, t = 0;
    la = len(a) | 0;
    lb = len(b) | 0;
    for (i = 0; (i | 0) < ((la + lb) | 0); i = (i + 1) | 0) setLimb(d, i, 0);
    for (i = 0; (i | 0) < (la | 0); i = (i + 1) | 0) {
      x = limb(a, i) | 0;
      c = 0;
      for (j = 0; (j | 0) < (lb | 0); j = (j + 1) | 0) {
        // Below 2^32: (2^16 - 1)^2 + 2 (2^16 - 1).
        t = (imul(x, limb(b, j) | 0) + (limb(d, (i + j) | 0) | 0) + c) | 0;
        setLimb(d, (i + j) | 0, t & 65535);
        c = t >>> 16;
      }
      setLimb(d, (i + lb) | 0, c);
    }
    setLen(d, (la + lb) | 0);
    trim(d);
  }

  // Knuth's algorithm D: q = a / b, r = a % b, for b > 0. Uses T10, T11.
  function divmod(q, r, a, b) {
    q = q | 0;
    r = r | 0;
    a = a | 0;
    b = b | 0;
    var n = 0, m = 0, s = 0, i = 0, j = 0, top = 0, num = 0, qhat = 0, rhat = 0;
    var v1 = 0, v2 = 0, p = 0, t = 0, borrow = 0, c = 0;
    n = len(b) | 0;
    if ((cmp(a, b) | 0) < 0) {
      copy(r, a);
      setLen(q, 0);
      return;
    }
    if ((n | 0) == 1) {
      setSmall(r, divSmall(q, a, limb(b, 0) | 0) | 0);
      return;
    }
    m = ((len(a) | 0) - n) | 0;
    // Normalise: shift both left until b's top limb has its high bit set.
    top = limb(b, (n - 1) | 0) | 0;
    while (!(top & 32768)) {
      top = top << 1;
      s = (s + 1) | 0;
    }
    mulSmall(T10, b, 1 << s, 0);
    mulSmall(T11, a, 1 << s, 0);
    for (i = len(T11) | 0; (i | 0) <= ((m + n) | 0); i = (i + 1) | 0) setLimb(T11, i, 0);
    v1 = limb(T10, (n - 1) | 0) | 0;
    v2 = limb(T10, (n - 2) | 0) | 0;
    for (j = m; (j | 0) >= 0; j = (j - 1) | 0) {
      num = ((limb(T11, (j + n) | 0) | 0) << 16) | (limb(T11, (j + n - 1) | 0) | 0);
      qhat = ((num >>> 0) / (v1 >>> 0)) | 0;
      rhat = ((num >>> 0) - (imul(qhat, v1) >>> 0)) | 0;
      while (((qhat | 0) > 65535) |
        (+(qhat | 0) * +(v2 | 0) > +(rhat | 0) * 65536.0 + +(limb(T11, (j + n - 2) | 0) | 0))) {
        qhat = (qhat - 1) | 0;
        rhat = (rhat + v1) | 0;
        if ((rhat | 0) > 65535) break;
      }
      // Multiply and subtract qhat * v from the window at j.
      borrow = 0;
      c = 0;
      for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
        p = (imul(qhat, limb(T10, i) | 0) + c) | 0;
        c = p >>> 16;
        t = ((limb(T11, (i + j) | 0) | 0) - (p & 65535) + borrow) | 0;
        setLimb(T11, (i + j) | 0, t & 65535);
        borrow = t >> 16;
      }
      t = ((limb(T11, (j + n) | 0) | 0) - c + borrow) | 0;
      setLimb(T11, (j + n) | 0, t & 65535);
      if ((t | 0) < 0) {
        // qhat was one too big: add v back.
        qhat = (qhat - 1) | 0;
        c = 0;
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
          t = ((limb(T11, (i + j) | 0) | 0) + (limb(T10, i) | 0) + c) | 0;
          setLimb(T11, (i + j) | 0, t & 65535);
          c = t >>> 16;
        }
        setLimb(T11, (j + n) | 0, ((limb(T11, (j + n) | 0) | 0) + c) & 65535);
      }
      setLimb(q, j, qhat);
    }
    setLen(q, (m + 1) | 0);
    trim(q);
    setLen(T11, n);
    trim(T11);
    divSmall(r, T11, 1 << s) | 0;
  }

  // The decimal digit sum of slot s (which is kept), four digits at a time;
  // sets nDigits.
  function digitSum(s) {
    s = s | 0;
    var sum = 0, r = 0, k = 0;
    copy(T9, s);
    nDigits = 0;
    while ((len(T9) | 0) > 0) {
      r = divSmall(T9, T9, 10000) | 0;
      for (k = 0; (k | 0) < 4; k = (k + 1) | 0) {
        sum = (sum + ((r | 0) % 10 | 0)) | 0;
        r = (r | 0) / 10 | 0;
        nDigits = (nDigits + 1) | 0;
        // The top group's leading zeros are no digits.
        if (((len(T9) | 0) == 0) & ((r | 0) == 0)) break;
      }
    }
    return sum | 0;
  }

  function hashOf(s) {
    s = s | 0;
    var i = 0, h = 0;
    h = len(s) | 0;
    for (i = 0; (i | 0) < (len(s) | 0); i = (i + 1) | 0) h = imul(h ^ (limb(s, i) | 0), 16777619) | 0;
    return h | 0;
  }

  // ---- the exports -------------------------------------------------------------

  function factorial(n) {
    n = n | 0;
    var i = 0;
    if ((n | 0) > 2000) n = 2000;
    setSmall(T0, 1);
    for (i = 2; (i | 0) <= (n | 0); i = (i + 1) | 0) mulSmall(T0, T0, i, 0);
    return digitSum(T0) | 0;
  }

  function digits() {
    return nDigits | 0;
  }

  // b^e by squaring, for 0 <= b < 2^16; returns its digit sum.
  function power(b, e) {
    b = b | 0;
    e = e | 0;
    var bit = 0;
    setSmall(T0, 1);
    setSmall(T1, b & 65535);
    if ((e | 0) > 20000) e = 20000;
    for (bit = 30; (bit | 0) >= 0; bit = (bit - 1) | 0) {
      mul(T2, T0, T0);
      if ((e >> bit) & 1) mul(T0, T2, T1);
      else copy(T0, T2);
    }
    return digitSum(T0) | 0;
  }

  function random(s, n) {
    s = s | 0;
    n = n | 0;
    var i = 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
      seed = (imul(seed, 1103515245) + 12345) | 0;
      setLimb(s, i, seed >>> 15);
    }
    setLen(s, n);
    trim(s);
  }

  // Divide a random na-limb number by a random nb-limb one and check
  // q * b + r == a with r < b; the hash of q, or -1 (reported).
  function divCheck(na, nb, s) {
    na = na | 0;
    nb = nb | 0;
    s = s | 0;
    if ((na | 0) < 1) na = 1;
    if ((nb | 0) < 1) nb = 1;
    if ((na | 0) > 1000) na = 1000;
    if ((nb | 0) > 1000) nb = 1000;
    seed = s;
    random(T0, na);
    random(T1, nb);
    // A divisor with a small top limb exercises normalisation.
    setLimb(T1, (nb - 1) | 0, 1 + ((limb(T1, (nb - 1) | 0) | 0) & 7) | 0);
    setLen(T1, nb);
    divmod(T2, T3, T0, T1);
    mul(T4, T2, T1);
    add(T4, T4, T3);
    if (((cmp(T4, T0) | 0) != 0) | ((cmp(T3, T1) | 0) >= 0)) {
      wrong(na | 0, nb | 0);
      return -1;
    }
    return (hashOf(T2) | 0) ^ (hashOf(T3) | 0);
  }

  // F(k) into slot d (uses T5, T6).
  function fib(d, k) {
    d = d | 0;
    k = k | 0;
    var i = 0;
    setSmall(T5, 0);
    setSmall(T6, 1);
    for (i = 0; (i | 0) < (k | 0); i = (i + 1) | 0) {
      add(T5, T5, T6);
      copy(d, T5);
      copy(T5, T6);
      copy(T6, d);
    }
    copy(d, T5);
  }

  // gcd(F(m), F(n)) by Euclid must be F(gcd(m, n)): returns the steps taken,
  // or -1 (reported).
  function fibGcd(m, n) {
    m = m | 0;
    n = n | 0;
    var a = 0, b = 0, t = 0, steps = 0;
    if ((m | 0) < 0) m = 0;
    if ((n | 0) < 0) n = 0;
    if ((m | 0) > 3000) m = 3000;
    if ((n | 0) > 3000) n = 3000;
    fib(T0, m);
    fib(T1, n);
    while ((len(T1) | 0) > 0) {
      divmod(T2, T3, T0, T1);
      copy(T0, T1);
      copy(T1, T3);
      steps = (steps + 1) | 0;
    }
    a = m;
    b = n;
    while (b) {
      t = (a | 0) % (b | 0) | 0;
      a = b;
      b = t;
    }
    fib(T7, a);
    if ((cmp(T0, T7) | 0) != 0) {
      wrong(m | 0, n | 0);
      return -1;
    }
    return steps | 0;
  }

  return { factorial: factorial, digits: digits, power: power, divCheck: divCheck, fibGcd: fibGcd };
}
