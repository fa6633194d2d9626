// a function table of four int functions selected by i & 3 (negative and huge indices mask too)
// run: call(0, 10)
// run: call(1, 10)
// run: call(2, 10)
// run: call(3, 10)
// run: call(4, 10)
// run: call(-1, 10)
// run: call(-2147483648, 10)
// run: call(2147483647, 10)
// run: call(4294967301, 10)
function M(stdlib, foreign, heap) {
  "use asm";
  function f0(x) {
    x = x|0;
    return (x + 1)|0;
  }
  function f1(x) {
    x = x|0;
    return (x * 2)|0;
  }
  function f2(x) {
    x = x|0;
    return (-x)|0;
  }
  function f3(x) {
    x = x|0;
    return (x ^ 0x55)|0;
  }
  function call(i, x) {
    i = i|0;
    x = x|0;
    return tbl[i & 3](x)|0;
  }
  var tbl = [f0, f1, f2, f3];
  return { call: call };
}
