// a fixnum literal is signed and may be switched on
// spec: 6.5.10, 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var r = 0;
    switch (2) {
      case 2:
        r = 1;
    }
    return r|0;
  }
  return f;
}
