// a function may not reuse the name of a module parameter
// spec: 6.1
// expect: reject
// v8: accept: V8 lets a module-level declaration shadow a module parameter
function M(stdlib, foreign, heap) {
  "use asm";
  function foreign() { // error
  }
  return foreign;
}
