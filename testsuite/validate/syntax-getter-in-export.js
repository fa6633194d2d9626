// a getter in the export object is not asm.js
// spec: 6.2
// expect: reject
function M(stdlib) {
  "use asm";
  function f() {}
  return { get f() { return 1; } }; // error
}
