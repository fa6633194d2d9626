// the "use asm" directive may be written with single quotes
// spec: 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  'use asm';
  function f() {
    return 1;
  }
  return f;
}
