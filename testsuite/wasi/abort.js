// wasi: 3
// wasi: -1
// A WASI command that stops through foreign.abort: what it printed before
// stays on stdout, the message goes to stderr, the status is 4.
function Stop(stdlib, foreign, heap) {
  "use asm";
  var print = foreign.print, abort = foreign.abort;
  function main(n) {
    n = n | 0;
    print(n | 0);
    if ((n | 0) < 0) abort(n | 0, 42);
    print((n + 1) | 0);
    return 0;
  }
  return { main: main };
}
