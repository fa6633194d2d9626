// a default parameter value is ES2015, not asm.js
// spec: 5.1
// expect: reject
function M(stdlib) {
  "use asm";
  function f(x = 1) { // error
    x = x|0;
    return x|0;
  }
  return f;
}
