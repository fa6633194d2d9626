// the update of a for loop is validated: an intish value cannot be assigned to an int local
// spec: 6.5.6, 6.8.6
// expect: reject
function M(stdlib, foreign, heap) {
  "use asm";
  function f(n) {
    n = n|0;
    var i = 0;
    for (i = 0; (i|0) < (n|0); i = i + 1) { // error
    }
    return i|0;
  }
  return f;
}
