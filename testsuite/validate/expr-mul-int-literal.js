// an int times a small integer literal, on either side, is intish
// spec: 6.8.8
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = (a * 3)|0;
    a = (-7 * a)|0;
    return (1048575 * a)|0;
  }
  return f;
}
