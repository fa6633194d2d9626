// a stray empty statement is not allowed in the module body
// spec: 6.1
// expect: reject
// spidermonkey: accept: SpiderMonkey skips an empty statement in the module body
function M(stdlib, foreign, heap) {
  "use asm";
  var a = 0;
  ; // error
  function f() {
  }
  return f;
}
