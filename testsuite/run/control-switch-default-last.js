// switch whose default (last, V8 requires it last) is reached both by fall-through and directly; no-default switch
// run: sw(1)
// run: sw(2)
// run: sw(3)
// run: sw(0)
// run: nodef(1)
// run: nodef(2)
// run: nodef(3)
// run: empty(5)
function M(stdlib, foreign, heap) {
  "use asm";
  function sw(x) {
    x = x|0;
    var r = 0;
    switch (x|0) {
      case 1: r = 1; break;
      case 2: r = 2;
      default: r = ((r * 3)|0) + 1|0;
    }
    return r|0;
  }
  function nodef(x) {
    x = x|0;
    var r = 7;
    switch (x|0) {
      case 1: r = 1; break;
      case 2: r = 2;
    }
    return r|0;
  }
  function empty(x) {
    x = x|0;
    switch (x|0) {
    }
    return x|0;
  }
  return { sw: sw, nodef: nodef, empty: empty };
}
