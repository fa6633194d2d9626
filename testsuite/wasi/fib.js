// wasi:
// A WASI command from asm.js: a string from the heap, a table of
// Fibonacci numbers, the int extremes, and fib(10) as the exit status.
function Fib(stdlib, foreign, heap) {
  "use asm";
  var H8 = new stdlib.Uint8Array(heap);
  var print = foreign.print, printString = foreign.printString;
  function fib(n) {
    n = n | 0;
    var a = 0, b = 1, t = 0;
    while ((n | 0) > 0) { t = (a + b) | 0; a = b; b = t; n = (n - 1) | 0; }
    return a | 0;
  }
  function main() {
    var i = 0;
    H8[100] = 104; H8[101] = 105; H8[102] = 33;
    printString(100);
    for (i = 0; (i | 0) < 48; i = (i + 1) | 0) print(i | 0, fib(i) | 0);
    print(-2147483648, 2147483647, 0, -1);
    // The heap's last byte, not NUL-terminated: printed up to the heap's end.
    H8[65535] = 122;
    printString(65535);
    printString(65536);
    return fib(10) | 0;
  }
  return { main: main, fib: fib };
}
