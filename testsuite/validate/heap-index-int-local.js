// only heap views can be indexed, not an int local
// spec: 6.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return a[0]|0; // error
  }
  return f;
}
