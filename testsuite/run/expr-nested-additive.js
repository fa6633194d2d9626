// int additive chains whose operands are themselves chains, parenthesised
// (both engines count them into one chain): every intermediate sum is exact
// in JS doubles and wraps once, at the coercion, as i32 arithmetic does
// run: f(1, 2, 3)
// run: f(2147483647, -2147483648, 1)
// run: f(-2147483648, 2147483647, -1)
// run: f(2147483647, 2147483647, -2147483648)
// run: g(2147483647, 5)
// run: g(-2147483648, -1)
// run: h(4)
// run: h(65532)
// run: u(4294967295, 1)
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  function f(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return (a + (b - c) - ((a - b) + (c - a)) + (a + b + (c + a)))|0;
  }
  function g(a, b) {
    a = a|0;
    b = b|0;
    var t = 0;
    t = (a + (a + (a + (a - (b - (b + a))))))|0;
    return ((t|0) + ((a + b|0) + (b + a)))|0;
  }
  function h(p) {
    p = p|0;
    H32[(p + (8 - 4) + ((p << 1) - p)) >> 2] = 7;
    return H32[(p + p + 4) >> 2]|0;
  }
  function u(a, b) {
    a = a|0;
    b = b|0;
    return ((a >>> 0) + ((b >>> 0) - (a >>> 0)) + (a >>> 0))|0;
  }
  return { f: f, g: g, h: h, u: u };
}
