// d|0 is not a double-to-int conversion in asm.js: use ~~d
// spec: 6.8.15
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    return d|0; // error
  }
  return f;
}
