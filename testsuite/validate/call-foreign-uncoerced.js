// a foreign call in an assignment needs a |0 or + coercion
// spec: 6.9
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";

  var ext = foreign.ext;
  function f() {
    var x = 0;
    x = ext(); // error
    return x|0;
  }
  return f;
}
