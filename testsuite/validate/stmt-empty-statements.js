// empty statements are ignored anywhere in a function body
// spec: 6.5.3, 4
// expect: accept
function M(stdlib, foreign, heap) {
  "use asm";
  function f(x) {
    x = x|0;
    ;
    if (x) ; else ;
    while (0) ;
    ;;
    return x|0;
  }
  return f;
}
