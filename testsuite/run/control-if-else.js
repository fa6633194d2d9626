// if / else if / else chains on ints, doubles and comparisons with NaN
// run: sign(5)
// run: sign(-5)
// run: sign(0)
// run: sign(-2147483648)
// run: dsign(-0)
// run: dsign(NaN)
// run: dsign(-1e-300)
// run: dsign(Infinity)
// run: nested(0, 0)
// run: nested(0, 1)
// run: nested(1, 0)
// run: nested(-1, -1)
function M(stdlib, foreign, heap) {
  "use asm";
  function sign(x) {
    x = x|0;
    var r = 0;
    if ((x|0) > 0) r = 1;
    else if ((x|0) < 0) r = -1;
    else r = 0;
    return r|0;
  }
  function dsign(x) {
    x = +x;
    if (x > 0.0) {
      return 1;
    } else {
      if (x < 0.0) {
        return -1;
      }
      if (x == 0.0) {
        return 0;
      }
    }
    return 99;
  }
  function nested(a, b) {
    a = a|0;
    b = b|0;
    if (a) {
      if (b) return 3;
      return 2;
    } else if (b) {
      return 1;
    }
    return 0;
  }
  return { sign: sign, dsign: dsign, nested: nested };
}
