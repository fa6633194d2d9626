// an export object must export at least one function
// spec: 6.2
// expect: reject
// spidermonkey: accept: SpiderMonkey accepts an empty export object
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
  }
  return {}; // error
}
