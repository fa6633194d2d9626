// a module nested inside an ordinary function is still found
// spec: 6.1
// expect: accept
// v8: n/a: the module is not at top level
function outer() {
  var unrelated = [1, 2, 3].map(function (v) { return v * 2; });
  function Inner(stdlib) {
    "use asm";
    function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
    return f;
  }
  return Inner;
}
