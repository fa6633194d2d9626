// float locals and loops: accumulating 0.1 as float32 drifts differently from double
// run: acc(10)
// run: acc(1000)
// run: acc(0)
// run: accd(10)
// run: halve(1)
// run: halve(3e38)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function acc(n) {
    n = n|0;
    var s = fround(0), i = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      s = fround(s + fround(0.1));
    }
    return fround(s);
  }
  function accd(n) {
    n = n|0;
    var s = 0.0, i = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      s = s + 0.1;
    }
    return +s;
  }
  function halve(x) {
    x = fround(x);
    var n = 0;
    while (x > fround(0)) {
      x = fround(x * fround(0.5));
      n = (n + 1)|0;
    }
    return n|0;
  }
  return { acc: acc, accd: accd, halve: halve };
}
