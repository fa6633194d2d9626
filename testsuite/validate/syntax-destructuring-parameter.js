// a destructuring parameter is ES2015, not asm.js
// spec: 5.1
// expect: reject
function M(stdlib) {
  "use asm";
  function f({ x }) { // error
    return 0;
  }
  return f;
}
