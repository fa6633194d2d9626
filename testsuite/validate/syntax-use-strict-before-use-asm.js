// "use asm" must be the first statement: another directive before it makes the module invalid
// spec: 6.1
// expect: reject
function M(stdlib) {
  "use strict";
  "use asm"; // error
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
