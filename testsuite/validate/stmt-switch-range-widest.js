// the largest and smallest cases may differ by 2^31 - 1
// spec: 6.5.10
// expect: accept
// spidermonkey: reject: SpiderMonkey compiles a switch to a jump table of at most 10^6 entries
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    switch (x|0) {
      case 0:
        return 1;
      case 2147483647:
        return 2;
    }
    switch (x|0) {
      case -2147483648:
        return 3;
      case -1:
        return 4;
    }
    return 0;
  }
  return f;
}
