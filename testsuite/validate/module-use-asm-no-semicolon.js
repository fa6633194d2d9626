// the "use asm" directive may end by automatic semicolon insertion
// spec: 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm"
  function f() {
    return 2;
  }
  return f;
}
