// empty statements, empty blocks, loops that never run and if without effect
// run: f(0)
// run: f(1)
// run: f(-1)
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    ;
    {}
    { ; { } }
    while (0) x = 99;
    for (; 0; ) x = 98;
    if (x) {} else {}
    if (0) x = 97;
    do {} while (0);
    return x|0;
  }
  return { f: f };
}
