// a conditional with int arms (signed, unsigned, literal) is int
// spec: 6.8.16
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(c, a) {
    c = c|0;
    a = a|0;
    a = c ? a|0 : 5;
    a = (a|0) > 3 ? a>>>0 : a|0;
    return (c ? a : 0)|0;
  }
  return f;
}
