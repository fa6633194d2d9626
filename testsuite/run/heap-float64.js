// Float64Array: storing a float widens it exactly; doubles round-trip including -0 and subnormals
// run: rt(0.1)
// run: rt(-0)
// run: rt(5e-324)
// run: rt(1e300)
// run: rt(-Infinity)
// run: fl(0.1)
// run: fl(1e300)
// run: fl(16777217)
// run: fl(-0)
// run: hi(1)
// run: hi(-0)
// run: hi(5e-324)
// run: lo(5e-324)
// run: lo(0.1)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var I32 = new stdlib.Int32Array(heap);
  var F64 = new stdlib.Float64Array(heap);
  function rt(d) {
    d = +d;
    F64[2] = d;
    return +F64[2];
  }
  function fl(d) {
    d = +d;
    F64[3] = fround(d);
    return +F64[3];
  }
  function hi(d) {
    d = +d;
    F64[4] = d;
    return I32[9]|0;
  }
  function lo(d) {
    d = +d;
    F64[4] = d;
    return I32[8]|0;
  }
  return { rt: rt, fl: fl, hi: hi, lo: lo };
}
