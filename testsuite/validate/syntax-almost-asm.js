// an "almost asm" function is not asm.js: it is skipped, and the file holds no module
// spec: 6.1
// expect: reject
function M(stdlib) {
  "almost asm"; // error
  function f(x) {
    x = x|0;
    return x;
  }
  return f;
}
