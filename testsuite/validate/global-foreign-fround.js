// fround(foreign.x) is not an import form; fround only takes a literal here
// spec: 5.5, 6.1
// expect: reject
// spidermonkey: accept: SpiderMonkey imports a float foreign value with fround(foreign.x)
function M(stdlib, foreign, heap) {
  "use asm";

  var fround = stdlib.Math.fround;
  var x = fround(foreign.x); // error
  function f() {
  }
  return f;
}
