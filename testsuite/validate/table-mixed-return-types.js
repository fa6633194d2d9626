// all functions in a table must have the same return type
// spec: 6.3, 5.6
// expect: reject
// v8: accept: V8 does not check a function table that no function calls through
function M(stdlib, foreign, heap) {
  "use asm";

  function a() {
    return 0;
  }
  function b() {
    return 0.0;
  }
  var t = [a, b]; // error
  return a;
}
