// a module may take stdlib, foreign and heap
// spec: 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var sqrt = stdlib.Math.sqrt;
  var log = foreign.log;
  var H32 = new stdlib.Int32Array(heap);
  function f(x) {
    x = +x;
    H32[0] = ~~+sqrt(x);
    log(H32[0]|0);
  }
  return f;
}
