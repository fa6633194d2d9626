// a module that returns a single function instead of an object of exports
// run: f(3)
// run: f(-2147483648)
// run: f(4294967301)
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    return ((x * 3)|0) + 1|0;
  }
  return f;
}
