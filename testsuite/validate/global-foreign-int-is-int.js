// a foreign.x|0 global has type int, so unary + cannot convert it directly
// spec: 5.5, 6.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var n = foreign.n|0;
  function f() {
    return +n; // error
  }
  return f;
}
