// the ES2015 binary form 0b101 is not an ES5 NumericLiteral
// spec: 6.8.2
// expect: reject
// v8: accept: V8 reads the ES2015 binary literal 0b101 as the integer 5; the spec's NumericLiteral is ES5's, which has no binary form
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    var a = 0;
    a = 0b101; // error
    return a|0;
  }
  return f;
}
