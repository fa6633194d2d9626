// ~(~~d): the parentheses make ~~ apply to the double first, then ~ to the signed result; ~(~i) is two ~
// spec: 8.1
// expect: accept
// spidermonkey: reject: SpiderMonkey pairs ~ from the outermost whatever the parentheses, reading ~(~~d) as ~~(~d), a ~ on a double
function M(stdlib, foreign, heap) {
  "use asm";
  function f(d) {
    d = +d;
    var i = 0;
    i = ~(~~d);
    i = ~(~(~~d));
    return (~(~i))|0;
  }
  return f;
}
