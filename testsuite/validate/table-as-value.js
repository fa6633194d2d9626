// a function table cannot be used as a value
// spec: 6.8, 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
  }
  function f() {
    var x = 0;
    x = t|0; // error
    return x|0;
  }
  var t = [a];
  return f;
}
