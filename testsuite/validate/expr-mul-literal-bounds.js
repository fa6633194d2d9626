// literal factors up to 2^20 - 1 in magnitude are allowed
// spec: 6.8.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = (a * 1048575)|0;
    return (a * -1048575)|0;
  }
  return f;
}
