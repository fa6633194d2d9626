// ~~ needs a double or float?: a Float64Array load (double?) needs + first
// spec: 8.1, 6.10
// expect: reject
// spidermonkey: accept: SpiderMonkey takes ~~ of a double? (a Float64Array load)
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(i) {
    i = i|0;
    i = ~~HF64[i >> 3]; // error
    return i|0;
  }
  return f;
}
