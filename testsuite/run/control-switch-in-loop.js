// switch inside a loop: continue inside a case continues the loop, break only leaves the switch
// run: run(0)
// run: run(10)
// run: run(25)
// run: lab(10)
function M(stdlib, foreign, heap) {
  "use asm";
  function run(n) {
    n = n|0;
    var i = 0, s = 0;
    for (i = 0; (i|0) < (n|0); i = (i + 1)|0) {
      switch ((i|0) % 5|0) {
        case 0: continue;
        case 1: s = (s + 1)|0; break;
        case 2: s = (s + 10)|0;
        case 3: s = (s + 100)|0; break;
        default: s = (s + 1000)|0;
      }
      s = (s + 10000)|0;
    }
    return s|0;
  }
  function lab(n) {
    n = n|0;
    var i = 0, s = 0;
    loop: while (1) {
      i = (i + 1)|0;
      switch (i & 3) {
        case 0: if ((i|0) > (n|0)) break loop; break;
        case 1: continue loop;
        default: s = (s + i)|0;
      }
      s = (s + 1)|0;
    }
    return s|0;
  }
  return { run: run, lab: lab };
}
