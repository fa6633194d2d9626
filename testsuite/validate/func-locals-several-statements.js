// locals may be declared in several var statements after the annotations
// spec: 5.4, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = x|0;
    var a = 0;
    var b = 1.0;
    var c = 2, e = 3.5;
    a = (x + c)|0;
    b = b + e;
    return a|0;
  }
  return f;
}
