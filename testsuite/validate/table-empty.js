// a function table cannot be empty
// spec: 6.3, 5.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function a(x) {
    x = x|0;
    return (x + 0)|0;
  }
  var t = []; // error
  return a;
}
