// an export object that repeats a key exports the last value under it, as
// JS keeps the last property value; the other keys are untouched
// run: a()
// run: b()
// run: c()
function M(stdlib, foreign, heap) {
  "use asm";
  function f() {
    return 1;
  }
  function g() {
    return 2;
  }
  function h() {
    return 3;
  }
  return { a: f, b: f, a: g, c: h, a: h, c: g };
}
