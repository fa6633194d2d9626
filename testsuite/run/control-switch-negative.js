// switch over a dense range of negative case values -5..-1 plus 0
// run: sw(-6)
// run: sw(-5)
// run: sw(-4)
// run: sw(-3)
// run: sw(-2)
// run: sw(-1)
// run: sw(0)
// run: sw(1)
// run: sw(-2147483648)
// run: sw(4294967295)
function M(stdlib, foreign, heap) {
  "use asm";
  function sw(x) {
    x = x|0;
    switch (x|0) {
      case -5: return 50;
      case -3: return 30;
      case -4: return 40;
      case -1: return 10;
      case -2: return 20;
      case 0: return 0;
    }
    return -99;
  }
  return { sw: sw };
}
