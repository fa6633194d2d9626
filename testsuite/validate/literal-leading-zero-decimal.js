// a decimal literal written with a leading zero (019, 08) is read as decimal by both engines, as sloppy JS does; the spec (ES5 literals) refuses it
// spec: 6.8.2
// expect: accept
// strict: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    return ((x & 0174095) + 019 + 08)|0;
  }
  return f;
}
