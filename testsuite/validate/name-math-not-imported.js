// Math must be reached through stdlib at module level, not used directly
// spec: 3.3, 5.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    return +Math.sqrt(d); // error
  }
  return f;
}
