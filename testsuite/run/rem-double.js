// double % is fmod: the result takes the sign of the dividend, |result| < |divisor|
// run: fmod(7.5, 2)
// run: fmod(-7.5, 2)
// run: fmod(7.5, -2)
// run: fmod(-7.5, -2)
// run: fmod(6, 3)
// run: fmod(-6, 3)
// run: fmod(5.25, 0.5)
// run: fmod(0.3, 0.1)
// run: fmod(-0.3, 0.1)
// run: fmod(1, 3)
// run: fmod(4294967301, 4294967296)
// run: fmod(-2147483648, 7)
function M(stdlib, foreign, heap) {
  "use asm";
  function fmod(a, b) {
    a = +a;
    b = +b;
    return +(a % b);
  }
  return { fmod: fmod };
}
