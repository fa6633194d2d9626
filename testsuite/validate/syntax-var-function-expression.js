// a module bound with var to a function expression
// spec: 6.1
// expect: accept
var M = function (stdlib) {
  "use asm";
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
};
