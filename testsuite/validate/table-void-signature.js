// a table of void functions is called as a statement
// spec: 6.3, 5.6, 6.9
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  var counter = 0;
  function up() {
    counter = (counter + 1)|0;
  }
  function down() {
    counter = (counter - 1)|0;
  }
  function call(i) {
    i = i|0;
    t[i & 1]();
  }
  var t = [up, down];
  return call;
}
