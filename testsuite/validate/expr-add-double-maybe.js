// + needs two doubles: a Float64Array load is only double?
// spec: 6.8.9, 8.2
// expect: reject
// spidermonkey: accept: SpiderMonkey gives + the type (double?, double?) -> double, as the spec gives -
function M(stdlib, foreign, heap) {
  "use asm";
  var HF64 = new stdlib.Float64Array(heap);
  function f(i) {
    i = i|0;
    var d = 0.0;
    d = HF64[i >> 3] + 1.0; // error
    return +d;
  }
  return f;
}
