// void functions that fall off the end (or return early with `return;`) yield undefined to JS; their effects persist
// run: nothing(1)
// run: early(0)
// run: get(0)
// run: early(5)
// run: get(0)
// run: viacall(3)
// run: get(0)
// run: empty()
function M(stdlib, foreign, heap) {
  "use asm";
  var g = 0;
  function nothing(x) {
    x = x|0;
  }
  function early(x) {
    x = x|0;
    if ((x|0) == 0) return;
    g = x;
  }
  function viacall(x) {
    x = x|0;
    early((x + 100)|0);
    nothing(x);
    return g|0;
  }
  function get(x) {
    x = x|0;
    return g|0;
  }
  function empty() {
  }
  return { nothing: nothing, early: early, viacall: viacall, get: get, empty: empty };
}
