// a generator function cannot be an asm.js module
// spec: 6.1
// expect: reject
// v8: n/a: a generator is not a module V8 would instantiate
function* M(stdlib) { // error
  "use asm";
  function f() {}
  return f;
}
