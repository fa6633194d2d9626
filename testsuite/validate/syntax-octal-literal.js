// a legacy octal literal 017 is the integer 15 in both engines; the spec refuses it
// spec: 4
// expect: accept
// strict: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = 017;
    return x|0;
  }
  return f;
}
