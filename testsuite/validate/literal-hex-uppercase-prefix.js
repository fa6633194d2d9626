// the 0X prefix is as valid as 0x in an ES5 HexIntegerLiteral
// spec: 6.8.2
// expect: accept
// v8: reject: V8's asm.js scanner reads only the lowercase 0x prefix; ES5's HexIntegerLiteral also allows 0X
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0X10;
    a = 0XfF;
    return a|0;
  }
  return f;
}
