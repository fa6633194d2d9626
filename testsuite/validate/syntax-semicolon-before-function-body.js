// a `;` between a function's parameters and its body is a JavaScript syntax error (swc's parser skips it)
// spec: 4
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f() ;{ // error: E0001
    return 1;
  }
  return f;
}
