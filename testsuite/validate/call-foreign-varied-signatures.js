// a foreign function may be called with different argument and return types at different sites
// spec: 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  function f(x) {
    x = x|0;
    var i = 0, d = 0.0;
    i = ext(x|0)|0;
    d = +ext(1.5, 2.5);
    ext();
    return +(d + +(i|0));
  }
  return f;
}
