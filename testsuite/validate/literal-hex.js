// hexadecimal integer literals, up to 0xFFFFFFFF
// spec: 6.8.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0xff;
    a = 0x7fffffff;
    a = 0xFFFFFFFF;
    return a|0;
  }
  return f;
}
