// signed int division by constant divisors (positive, negative, powers of two, 1, -1, 0)
// run: by3(7)
// run: by3(-7)
// run: by3(-2147483648)
// run: by3(2147483647)
// run: byneg3(7)
// run: byneg3(-2147483648)
// run: by16(-17)
// run: by16(17)
// run: by16(-2147483648)
// run: byneg1(-2147483648)
// run: byneg1(5)
// run: by1(-5)
// run: by0(12345)
// run: by0(-2147483648)
// run: byintmin(-2147483648)
// run: byintmin(2147483647)
// run: byintmin(-2147483647)
// run: by7(4294967301)
function M(stdlib, foreign, heap) {
  "use asm";
  function by3(a) {
    a = a|0;
    return ((a|0) / 3)|0;
  }
  function byneg3(a) {
    a = a|0;
    return ((a|0) / -3)|0;
  }
  function by16(a) {
    a = a|0;
    return ((a|0) / 16)|0;
  }
  function byneg1(a) {
    a = a|0;
    return ((a|0) / -1)|0;
  }
  function by1(a) {
    a = a|0;
    return ((a|0) / 1)|0;
  }
  function by0(a) {
    a = a|0;
    return ((a|0) / 0)|0;
  }
  function byintmin(a) {
    a = a|0;
    return ((a|0) / -2147483648)|0;
  }
  function by7(a) {
    a = a|0;
    return ((a|0) / 7)|0;
  }
  return { by3: by3, byneg3: byneg3, by16: by16, byneg1: byneg1, by1: by1, by0: by0, byintmin: byintmin, by7: by7 };
}
