// ifs whose body is one or two cheap assignments, and conditionals with cheap arms, run without a branch: order, effects in the test, types, NaN and -0
// run: larger(3, 9)
// run: larger(9, 3)
// run: larger(-5, -5)
// run: swapIfLess(1, 2)
// run: swapIfLess(2, 1)
// run: chained(0)
// run: chained(5)
// run: testAssigns(0)
// run: testAssigns(7)
// run: testCalls(3)
// run: testCalls(-3)
// run: clampD(0.5)
// run: clampD(-0)
// run: clampD(NaN)
// run: clampD(1e300)
// run: clampD(-Infinity)
// run: clampF(0.25)
// run: clampF(-2.5)
// run: clampF(NaN)
// run: literals(1)
// run: literals(0)
// run: fromGlobal(1)
// run: fromGlobal(0)
// run: pick(1, 2.5, -0)
// run: pick(0, 2.5, -0)
// run: pick(0, 2.5, NaN)
// run: pickInt(7, 100, -100)
// run: pickInt(0, 100, -100)
// run: pickCall(1)
// run: pickCall(0)
// run: threeStay(1)
// run: threeStay(0)
// run: sift(0, 64)
// run: sift(3, 64)
// run: sift(31, 40)
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  var fround = stdlib.Math.fround;
  var imul = stdlib.Math.imul;
  var trace = foreign.trace;
  var g = 41;
  var gd = 2.5;

  function larger(a, b) {
    a = a | 0;
    b = b | 0;
    var m = 0;
    m = a;
    if ((b | 0) > (m | 0)) m = b;
    return m | 0;
  }

  // Two assignments, the second reading what the first gave.
  function swapIfLess(a, b) {
    a = a | 0;
    b = b | 0;
    var t = 0;
    t = a;
    if ((a | 0) < (b | 0)) {
      a = b;
      b = t;
    }
    return ((a * 10) | 0) + b | 0;
  }

  function chained(x) {
    x = x | 0;
    var y = 0;
    y = 100;
    if (x) {
      y = (x + 1) | 0;
      x = (y - 3) | 0;
    }
    return (imul(x, 1000) + y) | 0;
  }

  // The test assigns the local the body reads and writes.
  function testAssigns(x) {
    x = x | 0;
    var y = 0;
    y = 5;
    if (((y = (x + 2) | 0) | 0) > 4) y = (y + 10) | 0;
    return y | 0;
  }

  // A call in the test: once, before the body.
  function testCalls(x) {
    x = x | 0;
    var y = 0;
    y = 1;
    if ((trace(x | 0) | 0) == 0) y = (x - 1) | 0;
    trace(y | 0);
    return y | 0;
  }

  function clampD(d) {
    d = +d;
    var lo = 0.0;
    lo = -1.5;
    if (d < lo) d = lo;
    if (d > 2.0) d = 2.0;
    return +d;
  }

  function clampF(x) {
    x = +x;
    var f = fround(0);
    f = fround(x);
    if (f < fround(-1)) f = fround(-1);
    return +f;
  }

  function literals(c) {
    c = c | 0;
    var a = 0, b = 0.0;
    a = 3;
    b = 0.5;
    if (c) {
      a = -7;
      b = -0.0;
    }
    return +(+(a | 0) + 1.0 / b);
  }

  function fromGlobal(c) {
    c = c | 0;
    var a = 0, d = 0.0;
    if (c) a = g;
    if (c) d = gd;
    return +(+(a | 0) + d);
  }

  function pick(c, x, y) {
    c = c | 0;
    x = +x;
    y = +y;
    return +(c ? x : y);
  }

  function pickInt(c, a, b) {
    c = c | 0;
    a = a | 0;
    b = b | 0;
    return (c ? (a + 1) | 0 : b) | 0;
  }

  // A test with a call keeps its branch; arms stay in order.
  function pickCall(c) {
    c = c | 0;
    var a = 0;
    a = 5;
    return ((trace(c | 0) | 0) ? a : (a - 1) | 0) | 0;
  }

  // Three assignments are left as a branch.
  function threeStay(c) {
    c = c | 0;
    var a = 0, b = 0, d = 0;
    if (c) {
      a = 1;
      b = 2;
      d = 3;
    }
    return (a + b + d) | 0;
  }

  // The sift-down step of a heap, its larger child chosen without a branch.
  function sift(i, n) {
    i = i | 0;
    n = n | 0;
    var k = 0, child = 0, cv = 0, rv = 0, s = 0;
    for (k = 0; (k | 0) < (n | 0); k = (k + 1) | 0) H32[k << 2 >> 2] = imul(k, 40503) & 1023;
    while (1) {
      child = ((i << 1) + 1) | 0;
      if ((child | 0) >= (n | 0)) break;
      cv = H32[child << 2 >> 2] | 0;
      if (((child + 1) | 0) < (n | 0)) {
        rv = H32[(child + 1) << 2 >> 2] | 0;
        if ((rv | 0) > (cv | 0)) {
          child = (child + 1) | 0;
          cv = rv;
        }
      }
      s = (imul(s, 31) + cv) | 0;
      i = child;
    }
    return (s ^ i) | 0;
  }

  return { larger: larger, swapIfLess: swapIfLess, chained: chained, testAssigns: testAssigns, testCalls: testCalls, clampD: clampD, clampF: clampF, literals: literals, fromGlobal: fromGlobal, pick: pick, pickInt: pickInt, pickCall: pickCall, threeStay: threeStay, sift: sift };
}
