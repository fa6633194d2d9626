// dense switch over 0..9 (a jump table): every case, below, above and far outside the range
// run: sw(0)
// run: sw(1)
// run: sw(5)
// run: sw(9)
// run: sw(10)
// run: sw(-1)
// run: sw(2147483647)
// run: sw(-2147483648)
// run: sw(4294967296)
// run: sw(4294967299)
function M(stdlib, foreign, heap) {
  "use asm";
  function sw(x) {
    x = x|0;
    switch (x|0) {
      case 0: return 100;
      case 1: return 101;
      case 2: return 102;
      case 3: return 103;
      case 4: return 104;
      case 5: return 105;
      case 6: return 106;
      case 7: return 107;
      case 8: return 108;
      case 9: return 109;
      default: return -1;
    }
    return 0;
  }
  return { sw: sw };
}
