// no variable may be named arguments
// spec: 4
// expect: reject
// v8: accept: V8 does not refuse a variable named arguments
function M(stdlib, foreign, heap) {
  "use asm";
  function f(arguments) { // error
    arguments = arguments|0;
    return arguments|0;
  }
  return f;
}
