// a class declaration is not allowed in a module body
// spec: 6.1
// expect: reject
function M(stdlib) {
  "use asm";
  class C {} // error
  function f() {}
  return f;
}
