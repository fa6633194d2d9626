// x = +x annotates a double parameter
// spec: 5.1, 6.4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f(x) {
    x = +x;
    return +(x * 2.0);
  }
  return f;
}
