// double % by a literal divisor and of a literal dividend
// run: by2(7.25)
// run: by2(-7.25)
// run: by2(-0)
// run: by2(Infinity)
// run: byhalf(3.3)
// run: byhalf(-1e300)
// run: byzero(3)
// run: from10(3)
// run: from10(-3)
// run: from10(0)
// run: from10(Infinity)
// run: from10(1e-300)
function M(stdlib, foreign, heap) {
  "use asm";
  function by2(a) {
    a = +a;
    return +(a % 2.0);
  }
  function byhalf(a) {
    a = +a;
    return +(a % 0.5);
  }
  function byzero(a) {
    a = +a;
    return +(a % 0.0);
  }
  function from10(b) {
    b = +b;
    return +(10.0 % b);
  }
  return { by2: by2, byhalf: byhalf, byzero: byzero, from10: from10 };
}
