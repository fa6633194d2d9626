// every Math function of the asm.js stdlib can be imported
// spec: 5.5, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var acos = stdlib.Math.acos;
  var asin = stdlib.Math.asin;
  var atan = stdlib.Math.atan;
  var cos = stdlib.Math.cos;
  var sin = stdlib.Math.sin;
  var tan = stdlib.Math.tan;
  var ceil = stdlib.Math.ceil;
  var floor = stdlib.Math.floor;
  var exp = stdlib.Math.exp;
  var log = stdlib.Math.log;
  var sqrt = stdlib.Math.sqrt;
  var abs = stdlib.Math.abs;
  var atan2 = stdlib.Math.atan2;
  var pow = stdlib.Math.pow;
  var imul = stdlib.Math.imul;
  var fround = stdlib.Math.fround;
  var min = stdlib.Math.min;
  var max = stdlib.Math.max;
  var clz32 = stdlib.Math.clz32;
  function f() {
  }
  return f;
}
