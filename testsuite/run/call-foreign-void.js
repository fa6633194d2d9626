// foreign calls as statements (result unused) interleaved with internal state; the trace keeps the order
// run: log3(1)
// run: log3(-2147483648)
// run: loop(4)
// run: loop(0)
// run: cond(1)
// run: cond(0)
function M(stdlib, foreign, heap) {
  "use asm";
  var log = foreign.log;
  var logd = foreign.logd;
  var n = 0;
  function log3(x) {
    x = x|0;
    log(x|0);
    logd(+(x|0) * 0.5);
    log((x + 1)|0);
    n = (n + 1)|0;
    return n|0;
  }
  function loop(k) {
    k = k|0;
    var i = 0;
    for (i = 0; (i|0) < (k|0); i = (i + 1)|0) {
      log(i|0);
    }
  }
  function cond(x) {
    x = x|0;
    if (x) log(100);
    else logd(-0.0);
    return x|0;
  }
  return { log3: log3, loop: loop, cond: cond };
}
