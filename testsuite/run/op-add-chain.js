// chains of int + and - wrap modulo 2^32 only at the final |0 (intermediate sums are exact up to 2^53)
// run: sum4(2147483647, 2147483647, 2147483647, 2147483647)
// run: sum4(-2147483648, -2147483648, -2147483648, -2147483648)
// run: sum4(2147483647, 1, -1, 1)
// run: sum4(0, 0, 0, 0)
// run: mixed(-2147483648, 2147483647, -2147483648)
// run: mixed(1, 2, 3)
// run: usum(-1, -1)
// run: usum(-2147483648, -2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  function sum4(a, b, c, d) {
    a = a|0;
    b = b|0;
    c = c|0;
    d = d|0;
    return (a + b + c + d)|0;
  }
  function mixed(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return (a - b + c - 7 + 2147483647)|0;
  }
  function usum(a, b) {
    a = a|0;
    b = b|0;
    return ((a>>>0) + (b>>>0))|0;
  }
  return { sum4: sum4, mixed: mixed, usum: usum };
}
