// moderately deep recursion (thousands of frames) with int and double accumulators
// run: depth(0)
// run: depth(1000)
// run: depth(5000)
// run: sumd(3000)
function M(stdlib, foreign, heap) {
  "use asm";
  function depth(n) {
    n = n|0;
    if ((n|0) <= 0) return 0;
    return (depth((n - 1)|0)|0) + 1|0;
  }
  function sumd(n) {
    n = n|0;
    if ((n|0) <= 0) return 0.0;
    return +(+(n|0) * 0.5 + +sumd((n - 1)|0));
  }
  return { depth: depth, sumd: sumd };
}
