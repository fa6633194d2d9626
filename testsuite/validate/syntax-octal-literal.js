// a legacy octal literal is not asm.js
// spec: 4
// expect: reject
// v8: accept: V8 reads the legacy octal 017 (ES5 Annex B) as the integer 15; the spec's NumericLiteral is ES5's own, which has no octal form
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    x = 017; // error
    return x|0;
  }
  return f;
}
