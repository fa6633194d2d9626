// globals are declared with var; const is not part of asm.js
// spec: 6.1
// expect: reject
// v8: accept: V8 accepts module-level const declarations as an extension (constants usable like literals)
function M(stdlib, foreign, heap) {
  "use asm";
  const limit = 10; // error
  function f() {
    return limit|0;
  }
  return f;
}
