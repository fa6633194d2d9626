// a module may take no parameters at all
// spec: 6.1
// expect: accept
function M() {
  "use asm";
  var counter = 0;
  function tick() {
    counter = (counter + 1)|0;
    return counter|0;
  }
  return tick;
}
