// operator precedence and associativity: shifts vs additive, & vs ==, - associates left, nested parens
// run: p1(1, 2, 3)
// run: p1(-1, 31, 1)
// run: p2(6, 3)
// run: p2(7, 3)
// run: p3(100, 10, 1)
// run: p4(2.0, 3.0, 4.0)
// run: p5(0xff, 4)
function M(stdlib, foreign, heap) {
  "use asm";
  function p1(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return (a << b + c) | 0;
  }
  function p2(a, b) {
    a = a|0;
    b = b|0;
    return ((a & b) == 2 | 0) + (a ^ b & 1) | 0;
  }
  function p3(a, b, c) {
    a = a|0;
    b = b|0;
    c = c|0;
    return (a - b - c)|0;
  }
  function p4(a, b, c) {
    a = +a;
    b = +b;
    c = +c;
    return +(a - b * c / a + -b);
  }
  function p5(a, n) {
    a = a|0;
    n = n|0;
    return (a >>> n << n >> 1 ^ -1)|0;
  }
  return { p1: p1, p2: p2, p3: p3, p4: p4, p5: p5 };
}
