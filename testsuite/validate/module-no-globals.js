// a module may have no global declarations and no function tables
// spec: 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function one() {
    return 1;
  }
  function two() {
    return ((one()|0) + 1)|0;
  }
  return two;
}
