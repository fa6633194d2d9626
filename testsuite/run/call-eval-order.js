// arguments and binary operands are evaluated left to right; side effects show in the foreign trace
// run: args(1)
// run: ops(1)
// run: idx(2)
// run: cmp(5)
function M(stdlib, foreign, heap) {
  "use asm";
  var a = foreign.a;
  var b = foreign.b;
  var c = foreign.c;
  var H32 = new stdlib.Int32Array(heap);
  function sub3(x, y, z) {
    x = x|0;
    y = y|0;
    z = z|0;
    return (((x - y)|0) - z)|0;
  }
  function args(x) {
    x = x|0;
    return sub3(a(x|0)|0, b((x + 1)|0)|0, c((x + 2)|0)|0)|0;
  }
  function ops(x) {
    x = x|0;
    return ((a(x|0)|0) - (b((x * 10)|0)|0) | 0) ^ (c(7)|0);
  }
  function idx(x) {
    x = x|0;
    H32[(a(x << 2)|0) >> 2] = b(99)|0;
    return H32[(c(x << 2)|0) >> 2]|0;
  }
  function cmp(x) {
    x = x|0;
    return ((+a(x|0) < +b(3)) ? (c(1)|0) : (c(2)|0))|0;
  }
  return { args: args, ops: ops, idx: idx, cmp: cmp };
}
