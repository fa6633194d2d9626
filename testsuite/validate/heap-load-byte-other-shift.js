// i >> 1 is a signed value, so it is a valid unshifted byte index
// spec: 6.10
// expect: accept
// spidermonkey: reject: SpiderMonkey takes a byte-view index shifted only by 0 ("shift amount must be 0")
function M(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Int8Array(heap);

  function f(i) {
    i = i|0;
    return H8[i >> 1]|0;
  }
  return f;
}
