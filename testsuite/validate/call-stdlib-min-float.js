// Math.min has no float overload
// spec: 6.9
// expect: reject
// v8: accept: V8 also accepts Math.min and Math.max on float arguments
function M(stdlib, foreign, heap) {
  "use asm";
  var fround = stdlib.Math.fround;

  var min = stdlib.Math.min;
  function f(a, b) {
    a = fround(a);
    b = fround(b);
    return fround(min(a, b)); // error
  }
  return f;
}
