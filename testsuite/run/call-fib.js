// recursive fibonacci (int, wrapping past 2^31) and a double version
// run: fib(0)
// run: fib(1)
// run: fib(10)
// run: fib(25)
// run: fib(-5)
// run: fibd(30)
// run: fibw(50)
// run: fibw(100)
function M(stdlib, foreign, heap) {
  "use asm";
  function fib(n) {
    n = n|0;
    if ((n|0) < 2) return n|0;
    return ((fib((n - 1)|0)|0) + (fib((n - 2)|0)|0))|0;
  }
  function fibd(n) {
    n = n|0;
    if ((n|0) < 2) return +(n|0);
    return +(+fibd((n - 1)|0) + +fibd((n - 2)|0));
  }
  function fibw(n) {
    n = n|0;
    var a = 0, b = 1, t = 0;
    while ((n|0) > 0) {
      t = (a + b)|0;
      a = b;
      b = t;
      n = (n - 1)|0;
    }
    return a|0;
  }
  return { fib: fib, fibd: fibd, fibw: fibw };
}
