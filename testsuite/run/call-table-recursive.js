// functions called through a table recurse through the same table (factorial via indirect calls)
// run: fact(0)
// run: fact(5)
// run: fact(12)
// run: fact(13)
// run: fact(-1)
function M(stdlib, foreign, heap) {
  "use asm";
  var imul = stdlib.Math.imul;
  function base(n) {
    n = n|0;
    return 1;
  }
  function step(n) {
    n = n|0;
    return imul(n, tbl[((n|0) > 1) & 1]((n - 1)|0)|0)|0;
  }
  function fact(n) {
    n = n|0;
    return tbl[((n|0) > 0) & 1](n)|0;
  }
  var tbl = [base, step];
  return { fact: fact };
}
