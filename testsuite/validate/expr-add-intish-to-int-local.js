// a sum is intish and cannot be assigned to an int local without |0
// spec: 6.8.6, 6.8.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    a = a + b; // error
    return a|0;
  }
  return f;
}
