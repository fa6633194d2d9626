// stdlib imports, foreign imports, views and literals may be declared in any order among the globals
// spec: 6.1, 5.5
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  var H8 = new stdlib.Int8Array(heap);
  var b = +foreign.b;
  var pi = stdlib.Math.PI;
  var c = 1.5;
  var d = foreign.d|0;
  var cos = stdlib.Math.cos;
  function f() {
    a = d;
    c = b + pi + +cos(c);
    H8[0] = a;
  }
  return f;
}
