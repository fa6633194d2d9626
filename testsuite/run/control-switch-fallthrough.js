// switch fall-through: cases without break run into the next ones, down into default
// run: sw(0)
// run: sw(1)
// run: sw(2)
// run: sw(3)
// run: sw(4)
// run: sw(5)
// run: sw(-1)
// run: grouped(1)
// run: grouped(2)
// run: grouped(3)
// run: grouped(7)
function M(stdlib, foreign, heap) {
  "use asm";
  function sw(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 0: r = (r + 1)|0;
      case 1: r = (r + 10)|0;
      case 2: r = (r + 100)|0; break;
      case 3: r = (r + 1000)|0;
      case 4:
      default: r = (r + 10000)|0;
    }
    return r|0;
  }
  function grouped(x) {
    x = x|0;
    switch (x|0) {
      case 1:
      case 2:
      case 3: {
        x = (x + 100)|0;
        break;
      }
      default:
        x = -x|0;
    }
    return x|0;
  }
  return { sw: sw, grouped: grouped };
}
