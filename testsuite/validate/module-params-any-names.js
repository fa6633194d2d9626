// the three module parameters may have any identifier names
// spec: 6.1
// expect: accept
function M(glob, env, buffer) {
  "use asm";
  var exp = glob.Math.exp;
  var notify = env.notify;
  var F64 = new glob.Float64Array(buffer);
  function f() {
    F64[1] = +exp(1.0);
    notify(+F64[1]);
  }
  return f;
}
