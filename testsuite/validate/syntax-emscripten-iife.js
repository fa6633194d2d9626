// the module as an argument of an IIFE assigned to Module["asm"], as Emscripten emits it
// spec: 6.1
// expect: accept
// v8: n/a: the module has no top-level name M; it is instantiated by the IIFE
var Module = {};
Module["asm"] = (function (global, env, buffer) {
  "use asm";
  var HEAP32 = new global.Int32Array(buffer);
  function f(x) {
    x = x|0;
    return HEAP32[x >> 2]|0;
  }
  return { f: f };
})({ Int32Array: Int32Array }, {}, new ArrayBuffer(65536));
