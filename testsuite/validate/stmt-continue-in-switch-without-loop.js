// a switch is not a loop: continue inside a switch needs an enclosing loop
// spec: 6.5.8, 6.5.10
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 1:
        continue; // error
    }
    return x|0;
  }
  return f;
}
