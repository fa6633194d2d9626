// unsigned int division by constant divisors, including 0, 2^31 and 2^32-1
// run: by3(-1)
// run: by3(7)
// run: by3(-2147483648)
// run: by16(-1)
// run: by16(-17)
// run: by0(-1)
// run: by0(5)
// run: bytop(-1)
// run: bytop(-2147483648)
// run: bytop(2147483647)
// run: bymax(-1)
// run: bymax(-2)
// run: bymax(1)
function M(stdlib, foreign, heap) {
  "use asm";
  function by3(a) {
    a = a|0;
    return ((a>>>0) / 3)|0;
  }
  function by16(a) {
    a = a|0;
    return ((a>>>0) / 16)|0;
  }
  function by0(a) {
    a = a|0;
    return ((a>>>0) / 0)|0;
  }
  function bytop(a) {
    a = a|0;
    return ((a>>>0) / 2147483648)|0;
  }
  function bymax(a) {
    a = a|0;
    return ((a>>>0) / 4294967295)|0;
  }
  return { by3: by3, by16: by16, by0: by0, bytop: bytop, bymax: bymax };
}
