// a module may take only the stdlib parameter
// spec: 6.1
// expect: accept
function M(stdlib) {
  "use asm";
  var floor = stdlib.Math.floor;
  function f(x) {
    x = +x;
    return +floor(x);
  }
  return f;
}
