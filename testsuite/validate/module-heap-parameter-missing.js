// a view needs the heap parameter, which this module does not declare
// spec: 6.1, 5.5
// expect: reject
function M(stdlib, foreign) {
  "use asm";
  var H32 = new stdlib.Int32Array(heap); // error
  function f() {
  }
  return f;
}
