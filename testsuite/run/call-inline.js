// small functions are emitted in place of their calls (from loops, or
// anywhere when tiny); values, effects and their order must not change
// run: params(10)
// run: inits(5)
// run: early(12)
// run: voids(6)
// run: nested(7)
// run: recursive(6)
// run: mutual(9)
// run: order(3)
// run: heapAt(65530)
// run: heapAt(-8)
// run: heapAt(100)
// run: floats(3)
// run: labels(8)
// run: twice(5)
// run: inTest(0)
// run: globals(4)
function M(stdlib, foreign, heap) {
  "use asm";
  var a = foreign.a;
  var b = foreign.b;
  var imul = stdlib.Math.imul;
  var abs = stdlib.Math.abs;
  var fround = stdlib.Math.fround;
  var H32 = new stdlib.Int32Array(heap);
  var HF = new stdlib.Float64Array(heap);
  var g = 0;
  // The callee assigns its parameter.
  function bump(x) {
    x = x|0;
    x = (x + 3)|0;
    x = imul(x, x)|0;
    return x|0;
  }
  function params(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s + (bump(i)|0))|0;
    return s|0;
  }
  // A local with an initial value starts from it at every call.
  function counter(x) {
    x = x|0;
    var k = 7, d = 2.5;
    k = (k + x)|0;
    d = d * 2.0;
    return (k + ~~d)|0;
  }
  function inits(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (imul(s, 31) + (counter(i)|0))|0;
    return s|0;
  }
  // Returns from inside `if`s, and at the end.
  function classify(x) {
    x = x|0;
    if ((x|0) < 3) return 1;
    if ((x & 1) == 0) {
      if ((x|0) > 8) return 2;
      return 3;
    }
    return (x + 100)|0;
  }
  function early(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (imul(s, 7) + (classify(i)|0))|0;
    return s|0;
  }
  // A void callee with an early return and a store.
  function note(i) {
    i = i|0;
    if ((i|0) == 3) return;
    H32[(i << 2) >> 2] = (i + 40)|0;
  }
  function voids(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) note(i);
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s + (H32[(i << 2) >> 2]|0))|0;
    return s|0;
  }
  // Calls inside an inlined body, three deep.
  function inner(x) {
    x = x|0;
    return (x ^ 21)|0;
  }
  function middle(x) {
    x = x|0;
    return ((inner(x)|0) + 1)|0;
  }
  function outer(x) {
    x = x|0;
    return imul(middle(x)|0, 3)|0;
  }
  function nested(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s + (outer(i)|0))|0;
    return s|0;
  }
  // Recursion stays a call.
  function fact(n) {
    n = n|0;
    if ((n|0) < 2) return 1;
    return imul(n, fact((n - 1)|0)|0)|0;
  }
  function recursive(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) <= (n|0); i = (i + 1)|0) s = (s + (fact(i)|0))|0;
    return s|0;
  }
  function isEven(n) {
    n = n|0;
    if ((n|0) == 0) return 1;
    return isOdd((n - 1)|0)|0;
  }
  function isOdd(n) {
    n = n|0;
    if ((n|0) == 0) return 0;
    return isEven((n - 1)|0)|0;
  }
  function mutual(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s << 1) | (isEven(i)|0);
    return s|0;
  }
  // Arguments in order, before the body's effects.
  function pair(x, y) {
    x = x|0;
    y = y|0;
    return ((a(x + y|0)|0) - y)|0;
  }
  function order(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s + (pair(a(i|0)|0, b(i|0)|0)|0))|0;
    return s|0;
  }
  // Heap accesses in the callee, out of bounds included.
  function get2(p) {
    p = p|0;
    return ((H32[p >> 2]|0) + (H32[(p + 4) >> 2]|0))|0;
  }
  function heapAt(p) {
    p = p|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < 4; i = (i + 1)|0) {
      H32[(p + (i << 2)) >> 2] = (i + 1)|0;
      s = (s + (get2((p + (i << 2))|0)|0))|0;
    }
    return s|0;
  }
  // float and double results.
  function halfF(x) {
    x = fround(x);
    return fround(x * fround(0.5));
  }
  function sq(x) {
    x = +x;
    HF[8] = x;
    return +(x * x);
  }
  function floats(n) {
    n = n|0;
    var i = 0, f = fround(0), d = 0.0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      f = fround(f + fround(halfF(fround(i|0))));
      d = d + +sq(+(i|0) + 0.25);
    }
    return ~~(+f * 1000.0 + d + +HF[8]);
  }
  // A labelled block and its break.
  function pick(x) {
    x = x|0;
    var r = 0;
    out: {
      if ((x & 3) == 0) break out;
      r = abs(x - 5|0)|0;
    }
    return (r + 1)|0;
  }
  function labels(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (imul(s, 3) + (pick(i)|0))|0;
    return s|0;
  }
  // Two calls of one function in one expression keep their own values.
  function twice(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s + (imul(counter(i)|0, counter((i + 1)|0)|0)|0))|0;
    return s|0;
  }
  // A call in a loop's test.
  function next(i) {
    i = i|0;
    return (i + 3)|0;
  }
  function inTest(i) {
    i = i|0;
    var k = 0;
    while ((next(i)|0) < 20) {
      i = next(i)|0;
      k = (k + 1)|0;
    }
    return imul(k, 100) + i|0;
  }
  // A callee that assigns a global the caller reads.
  function tick(x) {
    x = x|0;
    g = (g + x)|0;
    return g|0;
  }
  function globals(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) s = (s ^ (tick(i)|0) ^ g)|0;
    return (s + g)|0;
  }
  return { params: params, inits: inits, early: early, voids: voids, nested: nested,
    recursive: recursive, mutual: mutual, order: order, heapAt: heapAt, floats: floats, labels: labels,
    twice: twice, inTest: inTest, globals: globals };
}
