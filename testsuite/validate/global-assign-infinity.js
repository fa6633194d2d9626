// the imported stdlib.Infinity is immutable
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var inf = stdlib.Infinity;
  function f() {
    inf = 0.0; // error
  }
  return f;
}
