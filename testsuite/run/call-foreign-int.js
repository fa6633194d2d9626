// foreign function calls with int arguments, results coerced with |0 (the call trace is compared)
// run: one(5)
// run: one(-2147483648)
// run: one(2147483648)
// run: two(3, -4)
// run: none(0)
// run: twice(7)
// run: uarg(-1)
// run: uarg(-2147483648)
function M(stdlib, foreign, heap) {
  "use asm";
  var ext = foreign.ext;
  var ext2 = foreign.ext2;
  var ext0 = foreign.ext0;
  function one(x) {
    x = x|0;
    return ext(x|0)|0;
  }
  function two(a, b) {
    a = a|0;
    b = b|0;
    return (ext2(a|0, b|0)|0) + 1|0;
  }
  function none(x) {
    x = x|0;
    return ext0()|0;
  }
  function twice(x) {
    x = x|0;
    return ext((ext((x + 1)|0)|0) * 2|0)|0;
  }
  function uarg(x) {
    x = x|0;
    return ext(+(x>>>0))|0;
  }
  return { one: one, two: two, none: none, twice: twice, uarg: uarg };
}
