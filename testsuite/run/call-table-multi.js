// several function tables of different signatures and sizes (1, 2, 4, 8 entries) in one module
// run: ints(0, 5)
// run: ints(1, 5)
// run: ints(-1, 5)
// run: dbls(0, 1.5)
// run: dbls(1, 1.5)
// run: dbls(2, -0)
// run: dbls(3, 1.5)
// run: flts(0, 0.1)
// run: flts(7, 0.1)
// run: flts(13, 0.1)
// run: one(12345)
// run: voids(0)
// run: voids(1)
// run: voids(2)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var g = 0;
  function ia(x) {
    x = x|0;
    return (x + 100)|0;
  }
  function ib(x) {
    x = x|0;
    return (x - 100)|0;
  }
  function da(x) {
    x = +x;
    return +(x + 1.0);
  }
  function db(x) {
    x = +x;
    return +(-x);
  }
  function dc(x) {
    x = +x;
    return +(x * x);
  }
  function dd(x) {
    x = +x;
    return +(1.0 / x);
  }
  function fa(x) {
    x = fround(x);
    return fround(x + x);
  }
  function fb(x) {
    x = fround(x);
    return fround(x * fround(3));
  }
  function only(a, b) {
    a = a|0;
    b = +b;
    return (a + ~~b)|0;
  }
  function va() {
    g = (g + 1)|0;
  }
  function vb() {
    g = (g + 10)|0;
  }
  function ints(i, x) {
    i = i|0;
    x = x|0;
    return ti[i & 1](x)|0;
  }
  function dbls(i, x) {
    i = i|0;
    x = +x;
    return +td[i & 3](x);
  }
  function flts(i, x) {
    i = i|0;
    x = fround(x);
    return fround(tf[i & 7](x));
  }
  function one(x) {
    x = x|0;
    return t1[x & 0](x, 0.5)|0;
  }
  function voids(i) {
    i = i|0;
    tv[i & 1]();
    return g|0;
  }
  var ti = [ia, ib];
  var td = [da, db, dc, dd];
  var tf = [fa, fb, fa, fa, fb, fb, fa, fb];
  var t1 = [only];
  var tv = [va, vb];
  return { ints: ints, dbls: dbls, flts: flts, one: one, voids: voids };
}
