// a table element must be a function of the module, not a foreign import
// spec: 6.3
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  function a() {
  }
  var t = [a, ext]; // error
  return a;
}
