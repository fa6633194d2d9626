// Appended to examples/hash.js, this makes it a program for index.html:
// it allocates the heap, links the module and records what it computes.
var heap = new ArrayBuffer(65536);
var hashLib = M(window, {}, heap);
var bytes = new Uint8Array(heap);
results.push([hashLib.selfTest(), hashLib.main(1000), hashLib.fnv1a(0, 64), hashLib.mix(-2147483648),
  bytes[100], bytes[4000]].join(' '));
