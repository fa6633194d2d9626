// a function exported as `memory` keeps that name; the translation then
// exports its memory as `asm2wasm:memory` (docs/abi.md), which the runner
// finds by its kind, so the heap is still compared
// run: memory(5)
// run: load()
// run: memory(-1)
// run: load()
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  function store(x) {
    x = x|0;
    H32[2] = x;
    return (x + 1)|0;
  }
  function load() {
    return H32[2]|0;
  }
  return { memory: store, load: load };
}
