// a function that is also a function table element can be exported
// spec: 6.2, 6.3
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function f() {
    return 1;
  }
  function g() {
    return 2;
  }
  function pick(i) {
    i = i|0;
    return t[i & 1]()|0;
  }
  var t = [f, g];
  return { f: f, pick: pick };
}
