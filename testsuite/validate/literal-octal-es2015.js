// the ES2015 octal form 0o17 is not an ES5 NumericLiteral
// spec: 6.8.2
// expect: reject
// v8: accept: V8 reads the ES2015 octal literal 0o17 as the integer 15; the spec's NumericLiteral is ES5's, which has no such form
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 0o17; // error
    return a|0;
  }
  return f;
}
