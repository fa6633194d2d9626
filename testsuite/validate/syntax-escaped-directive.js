// an escaped "use asm" is not the directive
// spec: 6.1
// expect: reject
function M(stdlib) {
  "use\x20asm"; // error
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
