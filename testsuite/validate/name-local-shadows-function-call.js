// a local that shadows a function cannot be called
// spec: 3.3, 6.9
// expect: reject
// spidermonkey: accept: SpiderMonkey resolves a call to a module function, ignoring a local of the same name
function M(stdlib, foreign, heap) {
  "use asm";
  function g() {
    return 1;
  }
  function f() {
    var g = 0;
    return g()|0; // error
  }
  return f;
}
