// ~~ truncates a double or a float to signed
// spec: 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function f(d, a) {
    d = +d;
    a = fround(a);
    var i = 0;
    i = ~~d;
    i = (i + ~~a)|0;
    return (i + ~~(d * 2.0))|0;
  }
  return f;
}
