// a bare foreign.f imports a foreign function
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var print = foreign.print;
  function f(x) {
    x = x|0;
    print(x|0);
  }
  return f;
}
