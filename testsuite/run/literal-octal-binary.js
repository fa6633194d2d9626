// binary, octal and legacy octal literals, and decimals written with a
// leading zero (019 is 19 in sloppy JS): integers in both engines
// run: f()
// run: g(1)
function M(stdlib, foreign, heap) {
  "use asm";
  var B = 0b1111;
  function f() {
    return (0b101 + 0o17 + 017 + B + 0b11 + 0o7 + 019 + (0174095 & 0xffff))|0;
  }
  function g(x) {
    x = x|0;
    return (((x * 0o10)|0) + (x << 0b11))|0;
  }
  return { f: f, g: g };
}
