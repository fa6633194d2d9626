// ! on an int gives an int
// spec: 6.8.7, 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = !a;
    return (!(a|0))|0;
  }
  return f;
}
