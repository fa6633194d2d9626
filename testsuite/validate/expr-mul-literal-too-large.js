// an int may not be multiplied by a literal of 2^20 or more
// spec: 6.8.8
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return (a * 1048576)|0; // error
  }
  return f;
}
