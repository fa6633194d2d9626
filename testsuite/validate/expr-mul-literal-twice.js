// a product by a literal is intish, so it cannot be multiplied again without |0
// spec: 6.8.8, 2.1.7
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return (a * 3 * 3)|0; // error
  }
  return f;
}
