// a module written as a property value of an object literal
// spec: 6.1
// expect: accept
// v8: n/a: the module is a property, not a top-level M
var lib = {
  asm: function (stdlib) {
    "use asm";
    function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
    return f;
  }
};
