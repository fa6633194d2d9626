// a negated integer literal is a valid int global initialiser
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var last = -1;
  function f() {
    return last|0;
  }
  return f;
}
