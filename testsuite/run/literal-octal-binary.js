// binary, octal and legacy octal literals: integers in both engines
// run: f()
// run: g(1)
function M(stdlib, foreign, heap) {
  "use asm";
  var B = 0b1111;
  function f() {
    return (0b101 + 0o17 + 017 + B + 0b11 + 0o7)|0;
  }
  function g(x) {
    x = x|0;
    return (((x * 0o10)|0) + (x << 0b11))|0;
  }
  return { f: f, g: g };
}
