// the ES2015 binary form 0b101 is the integer 5 in both engines; the spec (ES5 literals) refuses it
// spec: 6.8.2
// expect: accept
// strict: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 0b101;
    return a|0;
  }
  return f;
}
