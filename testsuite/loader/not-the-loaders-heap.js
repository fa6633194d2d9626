// A program whose heap reaches the module through a helper function, which
// the loader does not follow: through the loader, the call of `Counter`
// must fail with what to change (tests/loader.rs).
function Counter(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  function bump(n) {
    n = n | 0;
    H32[0] = (H32[0] | 0) + n;
    return H32[0] | 0;
  }
  return { bump: bump };
}
function makeHeap() {
  return new ArrayBuffer(65536);
}
var counter = Counter(globalThis, {}, makeHeap());
console.log(counter.bump(2), counter.bump(3));
