// results of int / and % feed further int arithmetic and comparisons
// run: f(100, 7)
// run: f(-100, 7)
// run: f(100, 0)
// run: f(-2147483648, -1)
// run: f(2147483647, 2)
// run: g(-1, 2)
// run: g(7, 0)
// run: g(-2147483648, 2)
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  function f(a, b) {
    a = a|0;
    b = b|0;
    var q = 0, r = 0;
    q = ((a|0) / (b|0))|0;
    r = ((a|0) % (b|0))|0;
    return ((imul(q, b)|0) + (r|0) + (((q|0) < (r|0))|0))|0;
  }
  function g(a, b) {
    a = a|0;
    b = b|0;
    return (((a>>>0) / (b>>>0)|0) + ((a|0) / (b|0)|0) ^ ((a>>>0) % 3))|0;
  }
  return { f: f, g: g };
}
