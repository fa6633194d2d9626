// 4294967295 is an unsigned literal and cannot be compared with a signed value
// spec: 6.8.12, 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    if ((a|0) == 4294967295) return 1; // error
    return 0;
  }
  return f;
}
