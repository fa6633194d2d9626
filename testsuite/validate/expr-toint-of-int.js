// ~~ is one operator on double or float?, as in V8; on an int it is refused (write ~(~i), or i|0)
// spec: 8.1
// expect: reject
// spidermonkey: accept: SpiderMonkey takes ~~ of an int as two ~
function M(stdlib, foreign, heap) {
  "use asm";
  function f(i) {
    i = i|0;
    return (~~(~i))|0; // error
  }
  return f;
}
