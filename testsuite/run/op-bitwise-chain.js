// four or more operands of one of & | ^ are combined as a balanced tree;
// the value and the order of the operands' side effects must not change
// run: order(7)
// run: parens(-1)
// run: parens(305419896)
// run: parens(-2147483648)
// run: assigns(3)
// run: assigns(-559038737)
// run: zeros(-1)
// run: zeros(1234567)
// run: masks(-1)
// run: masks(-305419896)
// run: andZero(-1)
// run: andZero(1234567)
// run: table(0)
// run: table(-889275714)
// run: word(1030, 1)
// run: word(1029, 256)
// run: word(65533, 2)
// run: word(-1, 4)
function M(stdlib, foreign, heap) {
  "use asm";
  var a = foreign.a;
  var b = foreign.b;
  var HU8 = new stdlib.Uint8Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  // The calls show in the foreign trace, in source order.
  function order(x) {
    x = x|0;
    return (a(x|0)|0) ^ (b((x + 1)|0)|0) ^ (a((x + 2)|0)|0) ^ (b((x + 3)|0)|0) ^ (a((x + 4)|0)|0);
  }
  // Parenthesised to the right, and mixed.
  function parens(x) {
    x = x|0;
    return ((x ^ ((x >>> 3) ^ ((x << 5) ^ (x ^ 12345)))) & ((x | 7) & ((x >> 2) & (-1 & x)))) |
      (((x & 1) | ((x & 4) | (x & 64))) | ((x & 1024) | (x >>> 31)));
  }
  // Assignments inside the operands happen left to right.
  function assigns(x) {
    x = x|0;
    var y = 0;
    y = x;
    return (y = (y + 1)|0) ^ (y = y << 3) ^ (y ^ x) ^ (y = (y - 5)|0) ^ y;
  }
  // `|0` and `^0` inside a chain only retype.
  function zeros(x) {
    x = x|0;
    return (((x | 0) ^ (x >>> 4) ^ 0) ^ ((x << 7) | 0) ^ (x ^ 0) ^ 99)|0;
  }
  function masks(x) {
    x = x|0;
    return x & (x >>> 1) & -8 & (x | 65535) & (x ^ 21845) & 2147483647;
  }
  // `x & 0` is an operand like any other in a `&` chain.
  function andZero(x) {
    x = x|0;
    return ((x & 0) & (x >>> 1) & x & -1) | (x & 65535 & (x | 3) & 255 & x);
  }
  // A word read byte by byte (one load when in bounds) inside a longer `|`;
  // a small function's body, which a guard covers.
  function word(p, flag) {
    p = p|0;
    flag = flag|0;
    return HU8[p] | HU8[(p + 1)|0] << 8 | HU8[(p + 2)|0] << 16 | HU8[(p + 3)|0] << 24 | flag | (flag << 9);
  }
  // Four table loads combined, as a CRC slicing by four does.
  function table(c) {
    c = c|0;
    var i = 0;
    for (i = 0; (i|0) < 1024; i = (i + 1)|0) H32[(1024 + (i << 2)) >> 2] = imul(i, -1640531535)|0;
    for (i = 0; (i|0) < 8; i = (i + 1)|0)
      c = H32[(4096 + ((c & 255) << 2)) >> 2] ^ H32[(3072 + (((c >>> 8) & 255) << 2)) >> 2] ^
          H32[(2048 + (((c >>> 16) & 255) << 2)) >> 2] ^ H32[(1024 + ((c >>> 24) << 2)) >> 2] ^ i;
    return c|0;
  }
  return { order: order, parens: parens, assigns: assigns, zeros: zeros, masks: masks, andZero: andZero, word: word, table: table };
}
