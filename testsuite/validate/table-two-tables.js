// two tables with different signatures may coexist
// spec: 6.3, 5.6
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function i1() {
    return 1;
  }
  function i2() {
    return 2;
  }
  function d1() {
    return 1.5;
  }
  function call(k) {
    k = k|0;
    var d = 0.0;
    d = +dt[k & 0]();
    return ((it[k & 1]()|0) + ~~d)|0;
  }
  var it = [i1, i2];
  var dt = [d1];
  return call;
}
