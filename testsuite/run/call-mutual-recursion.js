// mutually recursive functions (even/odd, and a double-valued pair)
// run: even(0)
// run: even(7)
// run: even(100)
// run: odd(7)
// run: odd(-3)
// run: ping(5, 1)
// run: ping(0, 3)
function M(stdlib, foreign, heap) {
  "use asm";
  function even(n) {
    n = n|0;
    if ((n|0) <= 0) return ((n|0) == 0)|0;
    return odd((n - 1)|0)|0;
  }
  function odd(n) {
    n = n|0;
    if ((n|0) <= 0) return 0;
    return even((n - 1)|0)|0;
  }
  function ping(n, d) {
    n = n|0;
    d = +d;
    if ((n|0) == 0) return +d;
    return +pong((n - 1)|0, d * 2.0);
  }
  function pong(n, d) {
    n = n|0;
    d = +d;
    if ((n|0) == 0) return +d;
    return +ping((n - 1)|0, d + 1.0);
  }
  return { even: even, odd: odd, ping: ping, pong: pong };
}
