// no variable may be named eval
// spec: 4
// expect: reject
// v8: accept: V8 does not refuse a variable named eval
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var eval = 0; // error
    return eval|0;
  }
  return f;
}
