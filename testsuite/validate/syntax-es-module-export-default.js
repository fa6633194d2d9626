// a file that only parses as an ES module (export default) is parsed as a module
// spec: 6.1
// expect: accept
// v8: n/a: Node vm scripts cannot hold export declarations
// spidermonkey: n/a: the shell runs a file as a script, where `export` is a syntax error
export default function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    return (x + 1)|0;
  }
  return f;
}
