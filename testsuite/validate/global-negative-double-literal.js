// a negated double literal is a valid double global initialiser
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var low = -2.5;
  function f() {
    return +low;
  }
  return f;
}
