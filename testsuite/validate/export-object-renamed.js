// export names need not match the function names
// spec: 6.2
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";

  function internalName() {
    return 3;
  }
  return { publicName: internalName };
}
