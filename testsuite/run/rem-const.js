// int remainder by constants, signed and unsigned, including literal 0, -1 and powers of two
// run: s8(-17)
// run: s8(17)
// run: s8(-2147483648)
// run: sneg8(-17)
// run: sneg1(-2147483648)
// run: sneg1(7)
// run: s0(123)
// run: s0(-2147483648)
// run: s10(-2147483647)
// run: s10(1e300)
// run: u8(-17)
// run: u10(-1)
// run: u0(-1)
// run: utop(-1)
// run: utop(2147483647)
function M(stdlib, foreign, heap) {
  "use asm";
  function s8(a) {
    a = a|0;
    return ((a|0) % 8)|0;
  }
  function sneg8(a) {
    a = a|0;
    return ((a|0) % -8)|0;
  }
  function sneg1(a) {
    a = a|0;
    return ((a|0) % -1)|0;
  }
  function s0(a) {
    a = a|0;
    return ((a|0) % 0)|0;
  }
  function s10(a) {
    a = a|0;
    return ((a|0) % 10)|0;
  }
  function u8(a) {
    a = a|0;
    return ((a>>>0) % 8)|0;
  }
  function u10(a) {
    a = a|0;
    return ((a>>>0) % 10)|0;
  }
  function u0(a) {
    a = a|0;
    return ((a>>>0) % 0)|0;
  }
  function utop(a) {
    a = a|0;
    return ((a>>>0) % 2147483648)|0;
  }
  return { s8: s8, sneg8: sneg8, sneg1: sneg1, s0: s0, s10: s10, u8: u8, u10: u10, u0: u0, utop: utop };
}
