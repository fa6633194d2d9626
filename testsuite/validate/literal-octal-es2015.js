// the ES2015 octal form 0o17 is the integer 15 in both engines; the spec (ES5 literals) refuses it
// spec: 6.8.2
// expect: accept
// strict: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 0o17;
    return a|0;
  }
  return f;
}
