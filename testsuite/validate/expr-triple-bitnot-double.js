// ~~~d reads as ~~(~d), and ~ does not take a double
// spec: 8.1
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    var i = 0;
    i = ~~~d; // error
    return i|0;
  }
  return f;
}
