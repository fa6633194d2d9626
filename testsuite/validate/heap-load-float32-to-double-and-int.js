// a float? load converts to double with + and to signed with ~~
// spec: 6.10, 8.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  var HF32 = new stdlib.Float32Array(heap);

  function f(i) {
    i = i|0;
    var d = 0.0;
    d = +HF32[i >> 2];
    i = ~~HF32[i >> 2];
    return +(d + +(i|0));
  }
  return f;
}
