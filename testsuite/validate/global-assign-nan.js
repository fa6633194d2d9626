// the imported stdlib.NaN is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var nan = stdlib.NaN;
  function f() {
    nan = 1.0; // error
  }
  return f;
}
