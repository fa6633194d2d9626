// -0 is the double literal negative zero in both engines: it cannot be assigned to an int (`var a = -0` still declares an int 0)
// spec: 6.8.2, 6.8.7, 5.4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = -0;
    a = -0; // error
    return a|0;
  }
  return f;
}
