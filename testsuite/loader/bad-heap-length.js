// A heap of 100000 bytes, which is no asm.js heap length (V8 does not link
// the module as asm.js, and runs it as plain JS): through the loader, the
// call of `Counter` must fail saying so (tests/loader.rs).
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
var heap = new ArrayBuffer(100000);
var counter = Counter(globalThis, {}, heap);
console.log(counter.bump(2), counter.bump(3));
