// a table call's index is evaluated before its arguments, as JS evaluates
// the callee `t[i & m]` first: an argument that changes what the index
// reads (a global, a local, the heap), and an index that calls a function,
// keep JS's order
// run: global(0)
// run: global(1)
// run: call(0)
// run: call(3)
// run: mem(0)
// run: mem(1)
// run: local(0)
// run: local(1)
// run: pure(0)
// run: pure(1)
function M(stdlib, foreign, heap) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap);
  var log = foreign.log;
  var g = 0;
  function a(x) {
    x = x|0;
    log(1, x|0);
    return (x + 10)|0;
  }
  function b(x) {
    x = x|0;
    log(2, x|0);
    return (x + 20)|0;
  }
  function setg(v) {
    v = v|0;
    g = v;
    return v|0;
  }
  function pick(v) {
    v = v|0;
    log(3, v|0);
    return v|0;
  }
  function global(v) {
    v = v|0;
    g = v;
    return tab[g & 1](setg((v + 1)|0)|0)|0;
  }
  function call(v) {
    v = v|0;
    return tab[(pick(v)|0) & 1](pick((v + 1)|0)|0)|0;
  }
  function mem(v) {
    v = v|0;
    H32[0] = v;
    return tab[H32[0] & 1]((H32[0] = (v + 1)|0)|0)|0;
  }
  function local(v) {
    v = v|0;
    var i = 0;
    i = v;
    return tab[i & 1]((i = (i + 1)|0)|0)|0;
  }
  function pure(v) {
    v = v|0;
    return tab[v & 1]((v + 1)|0)|0;
  }
  var tab = [a, b];
  return { global: global, call: call, mem: mem, local: local, pure: pure };
}
