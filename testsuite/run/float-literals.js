// fround of double literals in float expressions: literals are rounded to float32 once
// run: tenth(0)
// run: third(0)
// run: big(0)
// run: tiny(0)
// run: mix(2)
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;
  function tenth(x) {
    x = x|0;
    return +fround(0.1);
  }
  function third(x) {
    x = x|0;
    return fround(fround(1) / fround(3));
  }
  function big(x) {
    x = x|0;
    return fround(fround(3.0e38) + fround(3.0e38));
  }
  function tiny(x) {
    x = x|0;
    return fround(fround(1.0e-45) * fround(0.5));
  }
  function mix(x) {
    x = x|0;
    return +(+fround(0.3) - 0.3) * +(x|0);
  }
  return { tenth: tenth, third: third, big: big, tiny: tiny, mix: mix };
}
