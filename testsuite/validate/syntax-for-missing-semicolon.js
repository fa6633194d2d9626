// a for header missing a `;` is a JavaScript syntax error (swc's parser takes it without one)
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(k) {
    k = k|0;
    var i = 0;
    for (i = 0; (i|0) < (k|0) i = (i + 1)|0) { // error: E0001
    }
    return i|0;
  }
  return f;
}
