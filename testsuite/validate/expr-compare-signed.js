// every comparison operator on two signed values gives an int
// spec: 6.8.11, 6.8.12
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(a, b) {
    a = a|0;
    b = b|0;
    var r = 0;
    r = (a|0) < (b|0);
    r = (r + ((a|0) <= (b|0)))|0;
    r = (r + ((a|0) > (b|0)))|0;
    r = (r + ((a|0) >= (b|0)))|0;
    r = (r + ((a|0) == (b|0)))|0;
    r = (r + ((a|0) != (b|0)))|0;
    return r|0;
  }
  return f;
}
