// % on signed, on unsigned and on doubles
// spec: 6.8.8, 8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b, d) {
    a = a|0;
    b = b|0;
    d = +d;
    a = ((a|0) % (b|0))|0;
    b = ((a>>>0) % (b>>>0))|0;
    d = d % 2.5;
    return +(d + +(a|0));
  }
  return f;
}
