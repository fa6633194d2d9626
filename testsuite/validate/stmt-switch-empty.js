// a switch may have no clauses at all
// spec: 6.5.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
    }
    return x|0;
  }
  return f;
}
