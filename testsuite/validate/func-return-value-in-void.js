// a value return in a function whose last statement is not a return (a void function)
// spec: 5.2, 6.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var g = 0;
  function f(x) {
    x = x|0;
    if (x) {
      return 1; // error
    }
    g = x;
  }
  return f;
}
