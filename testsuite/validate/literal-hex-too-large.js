// 0x100000000 is 2^32 and too large
// spec: 6.8.2
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 0x100000000; // error
    return a|0;
  }
  return f;
}
