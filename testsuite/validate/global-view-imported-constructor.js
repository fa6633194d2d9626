// a view may be built with a typed array constructor imported from stdlib
// spec: 5.5, 6.1
// expect: accept
// v8: reject: V8 does not accept importing a typed array constructor (stdlib.Int32Array) as a global
function M(stdlib, foreign, heap) {
  "use asm";

  var I32 = stdlib.Int32Array;
  var H = new I32(heap);
  function f(i) {
    i = i|0;
    return H[i >> 2]|0;
  }
  return f;
}
