// Math.clz32 takes an int
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var clz32 = stdlib.Math.clz32;
  function f(a) {
    a = a|0;
    return clz32(a)|0;
  }
  return f;
}
