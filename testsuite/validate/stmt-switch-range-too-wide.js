// cases -1 and 2147483647 differ by 2^31, one too many
// spec: 6.5.10
// expect: reject
// v8: accept: V8 does not check that the case values span less than 2^31
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) { case -1: return 1; case 2147483647: return 2; } // error
    return 0;
  }
  return f;
}
