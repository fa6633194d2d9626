// arguments is not bound in an asm.js function
// spec: 3.3, 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    return arguments|0; // error
  }
  return f;
}
