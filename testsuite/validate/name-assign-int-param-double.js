// an int parameter cannot be assigned a double
// spec: 3.2, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a) {
    a = a|0;
    a = 1.5; // error
    return a|0;
  }
  return f;
}
