// all functions in a table must have the same parameter types
// spec: 6.3, 5.6
// expect: reject
// v8: accept: V8 does not check a function table that no function calls through
function M(stdlib, foreign, heap) {
  "use asm";

  function a(x) {
    x = x|0;
    return 0;
  }
  function b(x) {
    x = +x;
    return 0;
  }
  var t = [a, b]; // error
  return a;
}
