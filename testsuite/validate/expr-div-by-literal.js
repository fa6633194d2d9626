// a fixnum literal divisor is both signed and unsigned
// spec: 6.8.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = ((a|0) / 3)|0;
    return ((a>>>0) / 10)|0;
  }
  return f;
}
