// numeric separators (1_000) are not part of an ES5 NumericLiteral
// spec: 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 1_000; // error
    return a|0;
  }
  return f;
}
