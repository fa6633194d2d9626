// parentheses around the index, its operand and the shift amount are meaningless
// spec: 6.10, 4
// expect: accept
// v8: reject: V8 requires the index to be written e >> n with a bare literal n; parentheses around the whole index or the shift amount are refused
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);

  function f(i) {
    i = i|0;
    return H32[((i) >> (2))]|0;
  }
  return f;
}
