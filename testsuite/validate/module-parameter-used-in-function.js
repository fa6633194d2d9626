// a module parameter cannot be used as a value inside a function
// spec: 6.1, 5.5
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var x = 0;
    x = heap|0; // error
    return x|0;
  }
  return f;
}
