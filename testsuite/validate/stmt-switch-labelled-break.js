// a labelled switch left by a labelled break from a nested loop
// spec: 6.5.9, 6.5.10
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    sw: switch (x|0) {
      case 0:
        while (1) {
          x = (x + 1)|0;
          if ((x|0) > 4) break sw;
        }
      case 1:
        x = 0;
    }
    return x|0;
  }
  return f;
}
