// a foreign import needs the foreign parameter, which this module does not declare
// spec: 6.1, 5.5
// expect: reject
function M(stdlib) {
  "use asm";
  var log = foreign.log; // error
  function f() {
  }
  return f;
}
