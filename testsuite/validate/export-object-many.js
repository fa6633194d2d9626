// an export object may list several functions
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function add(a, b) {
    a = a|0;
    b = b|0;
    return (a + b)|0;
  }
  function neg(a) {
    a = +a;
    return +(-a);
  }
  function nop() {
  }
  return { add: add, neg: neg, nop: nop };
}
