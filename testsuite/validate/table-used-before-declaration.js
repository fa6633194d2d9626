// a function may call through a table declared later, since tables come last
// spec: 6.3, 6.1
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function dispatch(i) {
    i = i|0;
    return ops[i & 1]()|0;
  }
  function zero() {
    return 0;
  }
  function one() {
    return 1;
  }
  var ops = [zero, one];
  return dispatch;
}
