// a register-machine bytecode VM (4-byte instructions, signed 8/16-bit immediates, int and float32 registers) dispatched through a table of 32 handlers, running assembled programs
// run: exec(0, 5)
// run: exec(0, -3)
// run: exec(0, 0)
// run: lastSteps()
// run: exec(1, 300)
// run: exec(1, 1)
// run: exec(1, 4000)
// run: lastSteps()
// run: exec(2, 2000)
// run: exec(2, 50000)
// run: exec(3, 1000)
// run: exec(3, 0)
// run: exec(7, 1)
function M(stdlib, foreign, heap) {
  "use asm";

  var U8 = new stdlib.Uint8Array(heap);
  var I8 = new stdlib.Int8Array(heap);
  var I16 = new stdlib.Int16Array(heap);
  var H32 = new stdlib.Int32Array(heap);
  var F32 = new stdlib.Float32Array(heap);
  var fround = stdlib.Math.fround;
  var sqrt = stdlib.Math.sqrt;
  var imul = stdlib.Math.imul;
  var trap = foreign.trap;

  // The memory map (byte offsets).
  var CODE = 0;           // instructions: op, a, then b and c or a 16-bit immediate
  var CODE_END = 4096;
  var REGS = 4096;        // 16 int32 registers; r0 reads as 0
  var FREGS = 4160;       // 16 float32 registers
  var RSTACK = 4224;      // 64 return addresses
  var MEM = 8192;         // the machine's memory, MEM_MASK + 1 bytes
  var MEM_MASK = 8191;
  var LIMIT = 500000;
  var ERROR = -2147483647;

  // Opcodes.
  var HALT = 0, LI = 1, LUI = 2, ADD = 3, SUB = 4, MUL = 5, DIVS = 6, DIVU = 7;
  var REMS = 8, FTOI = 9, AND = 10, OR = 11, XOR = 12, SHL = 13, SHR = 14, SHRU = 15;
  var ADDI = 16, BLT = 17, BLTU = 18, BNE = 19, JMP = 20, CALL = 21, RET = 22, LDB = 23;
  var LDBU = 24, STB = 25, LDH = 26, STH = 27, FCVT = 28, FADD = 29, FMUL = 30, FSQRT = 31;

  var result = 0;
  var rsp = 0;
  var steps = 0;
  var here = 0;
  var seed = 1;

  // ---- decoding and registers ---------------------------------------------------------

  function ra(pc) { pc = pc | 0; return U8[(pc + 1) | 0] & 15; }
  function rb(pc) { pc = pc | 0; return U8[(pc + 2) | 0] & 15; }
  function rc(pc) { pc = pc | 0; return U8[(pc + 3) | 0] & 15; }
  function imm8(pc) { pc = pc | 0; return I8[(pc + 3) | 0] | 0; }
  function imm16(pc) { pc = pc | 0; return I16[(pc + 2) >> 1] | 0; }

  function get(r) {
    r = r | 0;
    return H32[(REGS + (r << 2)) >> 2] | 0;
  }
  function put(r, v) {
    r = r | 0;
    v = v | 0;
    if (r) H32[(REGS + (r << 2)) >> 2] = v;
  }
  function fget(r) {
    r = r | 0;
    return fround(F32[(FREGS + (r << 2)) >> 2]);
  }
  function fput(r, v) {
    r = r | 0;
    v = fround(v);
    F32[(FREGS + (r << 2)) >> 2] = v;
  }
  function addr(pc) {
    pc = pc | 0;
    return (MEM + (((get(rb(pc) | 0) | 0) + (imm8(pc) | 0)) & MEM_MASK)) | 0;
  }
  function next(pc) { pc = pc | 0; return (pc + 4) | 0; }

  // ---- the handlers: each returns the next pc, or -1 to stop ----------------------------

  function opHalt(pc) { pc = pc | 0; result = get(ra(pc) | 0) | 0; return -1; }
  function opLi(pc) { pc = pc | 0; put(ra(pc) | 0, imm16(pc) | 0); return next(pc) | 0; }
  function opLui(pc) {
    pc = pc | 0;
    var a = 0;
    a = ra(pc) | 0;
    put(a, ((imm16(pc) | 0) << 16) | ((get(a) | 0) & 65535));
    return next(pc) | 0;
  }
  function opAdd(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) + (get(rc(pc) | 0) | 0)) | 0); return next(pc) | 0; }
  function opSub(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) - (get(rc(pc) | 0) | 0)) | 0); return next(pc) | 0; }
  function opMul(pc) { pc = pc | 0; put(ra(pc) | 0, imul(get(rb(pc) | 0) | 0, get(rc(pc) | 0) | 0) | 0); return next(pc) | 0; }
  // JS semantics through asm.js: x / 0 is 0, INT_MIN / -1 wraps to INT_MIN.
  function opDivs(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) / (get(rc(pc) | 0) | 0)) | 0); return next(pc) | 0; }
  function opDivu(pc) { pc = pc | 0; put(ra(pc) | 0, (((get(rb(pc) | 0) | 0) >>> 0) / ((get(rc(pc) | 0) | 0) >>> 0)) | 0); return next(pc) | 0; }
  function opRems(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) % (get(rc(pc) | 0) | 0)) | 0); return next(pc) | 0; }
  // ToInt32 of a float: NaN is 0, large values wrap.
  function opFtoi(pc) { pc = pc | 0; put(ra(pc) | 0, ~~fround(fget(rb(pc) | 0))); return next(pc) | 0; }
  function opAnd(pc) { pc = pc | 0; put(ra(pc) | 0, (get(rb(pc) | 0) | 0) & (get(rc(pc) | 0) | 0)); return next(pc) | 0; }
  function opOr(pc) { pc = pc | 0; put(ra(pc) | 0, get(rb(pc) | 0) | 0 | (get(rc(pc) | 0) | 0)); return next(pc) | 0; }
  function opXor(pc) { pc = pc | 0; put(ra(pc) | 0, (get(rb(pc) | 0) | 0) ^ (get(rc(pc) | 0) | 0)); return next(pc) | 0; }
  function opShl(pc) { pc = pc | 0; put(ra(pc) | 0, (get(rb(pc) | 0) | 0) << (get(rc(pc) | 0) | 0)); return next(pc) | 0; }
  function opShr(pc) { pc = pc | 0; put(ra(pc) | 0, (get(rb(pc) | 0) | 0) >> (get(rc(pc) | 0) | 0)); return next(pc) | 0; }
  function opShru(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) >>> (get(rc(pc) | 0) | 0)) | 0); return next(pc) | 0; }
  function opAddi(pc) { pc = pc | 0; put(ra(pc) | 0, ((get(rb(pc) | 0) | 0) + (imm8(pc) | 0)) | 0); return next(pc) | 0; }
  function opBlt(pc) {
    pc = pc | 0;
    if ((get(ra(pc) | 0) | 0) < (get(rb(pc) | 0) | 0)) return (pc + 4 + ((imm8(pc) | 0) << 2)) | 0;
    return next(pc) | 0;
  }
  function opBltu(pc) {
    pc = pc | 0;
    if (((get(ra(pc) | 0) | 0) >>> 0) < ((get(rb(pc) | 0) | 0) >>> 0)) return (pc + 4 + ((imm8(pc) | 0) << 2)) | 0;
    return next(pc) | 0;
  }
  function opBne(pc) {
    pc = pc | 0;
    if ((get(ra(pc) | 0) | 0) != (get(rb(pc) | 0) | 0)) return (pc + 4 + ((imm8(pc) | 0) << 2)) | 0;
    return next(pc) | 0;
  }
  function opJmp(pc) { pc = pc | 0; return (pc + 4 + ((imm16(pc) | 0) << 2)) | 0; }
  function opCall(pc) {
    pc = pc | 0;
    if ((rsp | 0) >= 64) {
      trap(pc | 0);
      result = ERROR;
      return -1;
    }
    H32[(RSTACK + (rsp << 2)) >> 2] = (pc + 4) | 0;
    rsp = (rsp + 1) | 0;
    return (pc + 4 + ((imm16(pc) | 0) << 2)) | 0;
  }
  function opRet(pc) {
    pc = pc | 0;
    if (!rsp) {
      result = get(1) | 0;
      return -1;
    }
    rsp = (rsp - 1) | 0;
    return H32[(RSTACK + (rsp << 2)) >> 2] | 0;
  }
  function opLdb(pc) { pc = pc | 0; put(ra(pc) | 0, I8[addr(pc) | 0] | 0); return next(pc) | 0; }
  function opLdbu(pc) { pc = pc | 0; put(ra(pc) | 0, U8[addr(pc) | 0] | 0); return next(pc) | 0; }
  function opStb(pc) { pc = pc | 0; U8[addr(pc) | 0] = get(ra(pc) | 0) | 0; return next(pc) | 0; }
  function opLdh(pc) { pc = pc | 0; put(ra(pc) | 0, I16[(addr(pc) | 0) >> 1] | 0); return next(pc) | 0; }
  function opSth(pc) { pc = pc | 0; I16[(addr(pc) | 0) >> 1] = get(ra(pc) | 0) | 0; return next(pc) | 0; }
  function opFcvt(pc) { pc = pc | 0; fput(ra(pc) | 0, fround(get(rb(pc) | 0) | 0)); return next(pc) | 0; }
  function opFadd(pc) { pc = pc | 0; fput(ra(pc) | 0, fround(fround(fget(rb(pc) | 0)) + fround(fget(rc(pc) | 0)))); return next(pc) | 0; }
  function opFmul(pc) { pc = pc | 0; fput(ra(pc) | 0, fround(fround(fget(rb(pc) | 0)) * fround(fget(rc(pc) | 0)))); return next(pc) | 0; }
  function opFsqrt(pc) { pc = pc | 0; fput(ra(pc) | 0, fround(sqrt(fround(fget(rb(pc) | 0))))); return next(pc) | 0; }

  // Run from pc 0 until a halt, the step limit or a pc outside the code.
  function run() {
    var pc = 0, i = 0;
    for (i = 0; (i | 0) < 16; i = (i + 1) | 0) {
      H32[(REGS + (i << 2)) >> 2] = 0;
      F32[(FREGS + (i << 2)) >> 2] = fround(0);
    }
    rsp = 0;
    steps = 0;
    result = ERROR;
    while ((pc | 0) >= 0) {
      if (((pc | 0) >= (CODE_END | 0)) | ((steps | 0) >= (LIMIT | 0))) {
        result = ERROR;
        break;
      }
      steps = (steps + 1) | 0;
      pc = ops[U8[(CODE + pc) | 0] & 31](pc) | 0;
    }
    return result | 0;
  }

  // ---- the assembler -------------------------------------------------------------------

  function e(op, a, b, c) {
    op = op | 0;
    a = a | 0;
    b = b | 0;
    c = c | 0;
    U8[here] = op;
    U8[(here + 1) | 0] = a;
    U8[(here + 2) | 0] = b;
    U8[(here + 3) | 0] = c;
    here = (here + 4) | 0;
    return (here - 4) | 0;
  }
  function ei(op, a, imm) {
    op = op | 0;
    a = a | 0;
    imm = imm | 0;
    U8[here] = op;
    U8[(here + 1) | 0] = a;
    I16[(here + 2) >> 1] = imm;
    here = (here + 4) | 0;
    return (here - 4) | 0;
  }
  // The 8-bit (branch) or 16-bit (jump, call) offset of the instruction at
  // `at` to reach `target`.
  function patch8(at, target) {
    at = at | 0;
    target = target | 0;
    I8[(at + 3) | 0] = (target - at - 4) >> 2;
  }
  function patch16(at, target) {
    at = at | 0;
    target = target | 0;
    I16[(at + 2) >> 1] = (target - at - 4) >> 2;
  }

  // Program 0: divisions, remainders and shifts over a table of eight words
  // (the last is n) in every pairing, hashed.
  function asmArith(n) {
    n = n | 0;
    var outer = 0, inner = 0;
    H32[MEM >> 2] = 0;
    H32[(MEM + 4) >> 2] = 1;
    H32[(MEM + 8) >> 2] = -1;
    H32[(MEM + 12) >> 2] = 7;
    H32[(MEM + 16) >> 2] = -7;
    H32[(MEM + 20) >> 2] = -2147483648;
    H32[(MEM + 24) >> 2] = 2147483647;
    H32[(MEM + 28) >> 2] = n;
    ei(LI, 1, 0) | 0;
    ei(LI, 2, 17) | 0;
    ei(LI, 14, 16) | 0;
    ei(LI, 13, -1) | 0;
    e(SHRU, 13, 13, 14) | 0;
    ei(LI, 12, 32) | 0;
    ei(LI, 9, 31) | 0;
    outer = ei(LI, 3, 0) | 0;
    inner = e(LDH, 4, 1, 0) | 0;
    e(AND, 4, 4, 13) | 0;
    e(LDH, 5, 1, 2) | 0;
    e(SHL, 5, 5, 14) | 0;
    e(OR, 4, 4, 5) | 0;
    e(LDH, 6, 3, 0) | 0;
    e(AND, 6, 6, 13) | 0;
    e(LDH, 7, 3, 2) | 0;
    e(SHL, 7, 7, 14) | 0;
    e(OR, 6, 6, 7) | 0;
    e(DIVS, 8, 4, 6) | 0;
    e(MUL, 2, 2, 9) | 0;
    e(ADD, 2, 2, 8) | 0;
    e(REMS, 8, 4, 6) | 0;
    e(XOR, 2, 2, 8) | 0;
    e(DIVU, 8, 4, 6) | 0;
    e(ADD, 2, 2, 8) | 0;
    e(SHR, 8, 4, 6) | 0;
    e(XOR, 2, 2, 8) | 0;
    e(ADDI, 3, 3, 4) | 0;
    patch8(e(BLT, 3, 12, 0) | 0, inner);
    e(ADDI, 1, 1, 4) | 0;
    patch8(e(BLT, 1, 12, 0) | 0, outer);
    e(HALT, 2, 0, 0) | 0;
  }

  // Program 1: bubble sort of n signed bytes at machine address 64.
  function asmSort(n) {
    n = n | 0;
    var outer = 0, inner = 0, swap = 0, skip = 0, j = 0;
    ei(LI, 10, 64) | 0;
    ei(LI, 11, n) | 0;
    e(ADD, 11, 10, 11) | 0;
    e(ADDI, 11, 11, -1) | 0;
    outer = e(ADD, 1, 10, 0) | 0;
    ei(LI, 5, 0) | 0;
    skip = e(BLT, 1, 11, 0) | 0;
    j = ei(JMP, 0, 0) | 0;
    inner = e(LDB, 2, 1, 0) | 0;
    patch8(skip, inner);
    e(LDB, 3, 1, 1) | 0;
    swap = e(BLT, 3, 2, 0) | 0;
    skip = ei(JMP, 0, 0) | 0;
    patch8(swap, e(STB, 3, 1, 0) | 0);
    e(STB, 2, 1, 1) | 0;
    ei(LI, 5, 1) | 0;
    patch16(skip, e(ADDI, 1, 1, 1) | 0);
    patch8(e(BLT, 1, 11, 0) | 0, inner);
    patch16(j, e(BNE, 5, 0, 0) | 0);
    patch8((here - 4) | 0, outer);
    e(HALT, 5, 0, 0) | 0;
  }

  // Program 2: float32 sums of square roots of 1 .. n, truncations of
  // large, NaN and squared values.
  function asmFloat(n) {
    n = n | 0;
    var loop = 0;
    ei(LI, 1, 1) | 0;
    ei(LI, 2, n & 65535) | 0;
    ei(LUI, 2, n >> 16) | 0;
    e(ADDI, 2, 2, 1) | 0;
    e(FCVT, 1, 0, 0) | 0;
    loop = e(FCVT, 2, 1, 0) | 0;
    e(FSQRT, 3, 2, 0) | 0;
    e(FADD, 1, 1, 3) | 0;
    e(FMUL, 4, 3, 3) | 0;
    e(FTOI, 4, 4, 0) | 0;
    e(ADD, 5, 5, 4) | 0;
    e(ADDI, 1, 1, 1) | 0;
    patch8(e(BLT, 1, 2, 0) | 0, loop);
    ei(LI, 6, 1000) | 0;
    e(FCVT, 6, 6, 0) | 0;
    e(FMUL, 7, 1, 6) | 0;
    e(FTOI, 7, 7, 0) | 0;
    e(XOR, 7, 7, 5) | 0;
    ei(LI, 8, -1) | 0;
    e(FCVT, 8, 8, 0) | 0;
    e(FSQRT, 8, 8, 0) | 0;
    e(FTOI, 9, 8, 0) | 0;
    e(ADD, 7, 7, 9) | 0;
    e(FMUL, 9, 1, 1) | 0;
    e(FMUL, 9, 9, 6) | 0;
    e(FTOI, 9, 9, 0) | 0;
    e(ADD, 7, 7, 9) | 0;
    e(HALT, 7, 0, 0) | 0;
  }

  // Program 3: a loop calling mix(i), which calls square; r1 is the sum.
  function asmCalls(n) {
    n = n | 0;
    var loop = 0, mix = 0, square = 0, c1 = 0, c2 = 0, j = 0, done = 0;
    ei(LI, 6, 0) | 0;
    ei(LI, 7, n) | 0;
    ei(LI, 1, 0) | 0;
    done = e(BLT, 6, 7, 0) | 0;
    j = ei(JMP, 0, 0) | 0;
    loop = ei(LI, 8, 0x7f4a) | 0;
    patch8(done, loop);
    ei(LUI, 8, -25033) | 0;
    c1 = ei(CALL, 0, 0) | 0;
    e(ADD, 1, 1, 3) | 0;
    e(ADDI, 6, 6, 1) | 0;
    patch8(e(BLT, 6, 7, 0) | 0, loop);
    patch16(j, e(RET, 0, 0, 0) | 0);
    // mix: r3 = (i * r8) ^ (square(i) >>> 3)
    mix = e(MUL, 3, 6, 8) | 0;
    patch16(c1, mix);
    c2 = ei(CALL, 0, 0) | 0;
    ei(LI, 9, 3) | 0;
    e(SHRU, 4, 4, 9) | 0;
    e(XOR, 3, 3, 4) | 0;
    e(RET, 0, 0, 0) | 0;
    // square: r4 = i * i - i
    square = e(MUL, 4, 6, 6) | 0;
    patch16(c2, square);
    e(SUB, 4, 4, 6) | 0;
    e(RET, 0, 0, 0) | 0;
  }

  function rnd() {
    seed = (imul(seed, 1103515245) + 12345) | 0;
    return (seed >>> 16) | 0;
  }

  // Assemble program k for argument n and run it.
  function exec(k, n) {
    k = k | 0;
    n = n | 0;
    var i = 0, r = 0, h = 0;
    for (i = 0; (i | 0) < (CODE_END | 0); i = (i + 4) | 0) H32[(CODE + i) >> 2] = 0;
    here = CODE;
    switch (k | 0) {
      case 0: asmArith(n); break;
      case 1:
        if ((n | 0) < 1) n = 1;
        if ((n | 0) > 8000) n = 8000;
        seed = n;
        for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) U8[(MEM + 64 + i) | 0] = rnd() | 0;
        asmSort(n);
        break;
      case 2: asmFloat(n); break;
      case 3: asmCalls(n); break;
      default: e(HALT, 0, 0, 0) | 0;
    }
    r = run() | 0;
    if (((k | 0) == 1) & ((r | 0) == 0)) {
      // Check the order (signed bytes) and hash the sorted bytes.
      h = -2128831035;
      for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) {
        if (((i | 0) > 0) & ((I8[(MEM + 64 + i - 1) | 0] | 0) > (I8[(MEM + 64 + i) | 0] | 0))) return -1;
        h = imul(h ^ (U8[(MEM + 64 + i) | 0] | 0), 16777619) | 0;
      }
      return h | 0;
    }
    return r | 0;
  }

  function lastSteps() {
    return steps | 0;
  }

  var ops = [
    opHalt, opLi, opLui, opAdd, opSub, opMul, opDivs, opDivu,
    opRems, opFtoi, opAnd, opOr, opXor, opShl, opShr, opShru,
    opAddi, opBlt, opBltu, opBne, opJmp, opCall, opRet, opLdb,
    opLdbu, opStb, opLdh, opSth, opFcvt, opFadd, opFmul, opFsqrt
  ];

  return { exec: exec, lastSteps: lastSteps };
}
