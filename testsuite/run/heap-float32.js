// Float32Array: storing a double rounds it to float32 (huge -> Infinity, tiny -> 0), loads widen back
// run: rt(0.1)
// run: rt(-0)
// run: rt(16777217)
// run: rt(1e300)
// run: rt(-1e300)
// run: rt(5e-324)
// run: rt(1e-45)
// run: rt(3.4028235677973366e38)
// run: rt(NaN)
// run: rt(Infinity)
// run: bits(1)
// run: bits(-2)
// run: bits(0.1)
// run: bits(-0)
// run: fst(2.5)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  var I32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  function rt(d) {
    d = +d;
    F32[4] = d;
    return +F32[4];
  }
  function bits(d) {
    d = +d;
    F32[5] = d;
    return I32[5]|0;
  }
  function fst(d) {
    d = +d;
    var f = fround(0);
    f = fround(d);
    F32[6] = f;
    F32[7] = fround(f + fround(1));
    return +(+F32[6] + +F32[7]);
  }
  return { rt: rt, bits: bits, fst: fst };
}
