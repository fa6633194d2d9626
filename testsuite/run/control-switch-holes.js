// switch over a range with holes (0..20, several values missing) starting at an offset
// run: sw(10)
// run: sw(11)
// run: sw(12)
// run: sw(15)
// run: sw(20)
// run: sw(21)
// run: sw(9)
// run: sw(30)
// run: sw(-10)
function M(stdlib, foreign, heap) {
  "use asm";
  function sw(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 10: r = 1; break;
      case 12: r = 2; break;
      case 13: r = 3; break;
      case 17: r = 4; break;
      case 20: r = 5; break;
      case 30: r = 6; break;
      default: r = -1;
    }
    return r|0;
  }
  return { sw: sw };
}
