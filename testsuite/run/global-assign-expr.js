// assignment as an expression: a = b = c chains, assignments inside arithmetic and conditions
// run: chain(7)
// run: geta(0)
// run: getb(0)
// run: inner(3)
// run: geta(0)
// run: cond(0)
// run: cond(9)
// run: dchain(2.5)
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  var b = 0;
  var d = 0.0;
  var e = 0.0;
  function chain(x) {
    x = x|0;
    var l = 0;
    a = b = l = x;
    return ((a + b)|0) + l|0;
  }
  function geta(x) {
    x = x|0;
    return a|0;
  }
  function getb(x) {
    x = x|0;
    return b|0;
  }
  function inner(x) {
    x = x|0;
    return ((a = (x + 1)|0) + (b = (a * 2)|0))|0;
  }
  function cond(x) {
    x = x|0;
    if (a = x) return (a + 1000)|0;
    return a|0;
  }
  function dchain(v) {
    v = +v;
    d = e = v * 2.0;
    return +(d + e);
  }
  return { chain: chain, geta: geta, getb: getb, inner: inner, cond: cond, dchain: dchain };
}
