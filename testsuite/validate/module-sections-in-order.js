// globals, functions, function tables and the export, in this order
// spec: 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  var total = 0;
  function double(x) {
    x = x|0;
    return imul(x, 2)|0;
  }
  function triple(x) {
    x = x|0;
    return imul(x, 3)|0;
  }
  function apply(i, x) {
    i = i|0;
    x = x|0;
    total = ops[i & 1](x)|0;
    return total|0;
  }
  var ops = [double, triple];
  return apply;
}
