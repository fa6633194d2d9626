// A small stack-machine bytecode interpreter, as a hand-tuned library of 2014
// would ship it, with two dispatchers over the same code: `run`, one big
// `switch` with the machine's registers in locals, and `runTable`, a function
// table of opcode handlers with the registers in the heap. `init(which, n)`
// assembles one of four built-in programs into the heap (primes below n by
// trial division with calls, a sieve in the machine's memory, recursive fib,
// Collatz chain lengths) and returns its entry point.
// `asm2wasm examples/interp.js -o interp.wasm`.
// heap: 1048576
// run: main(1000)
// run: main(0)
// run: main(2)
// run: main(100)
// run: main(-3)
// run: init(0, 50)
// run: run(43, 100000)
// run: lastSteps()
// run: runTable(43, 100000)
// run: lastSteps()
// run: init(2, 15)
// run: run(28, 1000000)
// run: runTable(28, 1000000)
// run: run(28, 1000)
// run: runTable(28, 1000)
// run: lastSteps()
// run: init(3, 30)
// run: run(0, 100000)
// run: runTable(0, 100000)
// run: clearMemory(500)
// run: init(1, 500)
// run: run(0, 1000000)
// run: clearMemory(500)
// run: runTable(0, 1000000)
// run: init(7, 1)
// run: run(0, 10)
// run: runTable(0, 10)
// run: main(3000)
// bench: main(5000)
function M(stdlib, foreign, heap) {
  "use asm";

  var H32 = new stdlib.Int32Array(heap);
  var imul = stdlib.Math.imul;
  var log = foreign.log;

  // The memory map (byte offsets); never assigned. H32[4 .. 8] are the
  // registers of the table-driven machine: sp, fp, csp, result, steps.
  var CODE = 4096;         // 0x01000: code words; pc counts words from here
  var STACK = 65536;       // 0x10000: the operand stack, growing up
  var STACK_END = 131072;
  var CSTACK = 131072;     // 0x20000: call frames of (return pc, caller's fp)
  var CSTACK_END = 196608;
  var VMEM = 262144;       // 0x40000: the machine's memory, VMEM_MASK + 1 words
  var VMEM_MASK = 131071;
  var ERROR = -2147483647; // a run that hit its step limit or overflowed

  // The opcodes. Operands follow the opcode word.
  var HALT = 0, PUSH = 1, POP = 2, DUP = 3, SWAP = 4, OVER = 5;
  var ADD = 6, SUB = 7, MUL = 8, DIV = 9, MOD = 10, NEG = 11;
  var LT = 12, LE = 13, EQ = 14, NE = 15, GT = 16, GE = 17;
  var JMP = 18, JZ = 19, JNZ = 20, LOAD = 21, STORE = 22;
  var CALL = 23, RET = 24, ENTER = 25, LDM = 26, STM = 27;
  var PRINT = 28, AND = 29, INCL = 30, NOT = 31;

  // ---- the switch dispatcher ----------------------------------------------

  // Run from word `entry` for at most `limit` instructions. Returns the top
  // of the stack at HALT or at the outermost RET, ERROR otherwise.
  function run(entry, limit) {
    entry = entry | 0;
    limit = limit | 0;
    var pc = 0, ip = 0, sp = 0, fp = 0, csp = 0, a = 0, b = 0, steps = 0, result = 0;
    pc = entry;
    sp = STACK;
    fp = STACK;
    csp = CSTACK;
    result = ERROR;
    loop: while ((steps | 0) < (limit | 0)) {
      steps = (steps + 1) | 0;
      ip = (CODE + (pc << 2)) | 0;
      switch (H32[ip >> 2] | 0) {
        case 0: // HALT
          result = H32[(sp - 4) >> 2] | 0;
          break loop;
        case 1: // PUSH k
          H32[sp >> 2] = H32[(ip + 4) >> 2];
          sp = (sp + 4) | 0;
          pc = (pc + 2) | 0;
          continue loop;
        case 2: // POP
          sp = (sp - 4) | 0;
          break;
        case 3: // DUP
          H32[sp >> 2] = H32[(sp - 4) >> 2];
          sp = (sp + 4) | 0;
          break;
        case 4: // SWAP
          a = H32[(sp - 8) >> 2] | 0;
          H32[(sp - 8) >> 2] = H32[(sp - 4) >> 2];
          H32[(sp - 4) >> 2] = a;
          break;
        case 5: // OVER
          H32[sp >> 2] = H32[(sp - 8) >> 2];
          sp = (sp + 4) | 0;
          break;
        case 6: case 7: case 8: case 9: case 10:
        case 12: case 13: case 14: case 15: case 16: case 17: case 29:
          // The binary operators: a op b, where b was pushed last.
          sp = (sp - 4) | 0;
          b = H32[sp >> 2] | 0;
          a = H32[(sp - 4) >> 2] | 0;
          switch (H32[ip >> 2] | 0) {
            case 6: a = (a + b) | 0; break;
            case 7: a = (a - b) | 0; break;
            case 8: a = imul(a, b) | 0; break;
            case 9: a = ((a | 0) / (b | 0)) | 0; break;
            case 10: a = ((a | 0) % (b | 0)) | 0; break;
            case 12: a = (a | 0) < (b | 0); break;
            case 13: a = (a | 0) <= (b | 0); break;
            case 14: a = (a | 0) == (b | 0); break;
            case 15: a = (a | 0) != (b | 0); break;
            case 16: a = (a | 0) > (b | 0); break;
            case 17: a = (a | 0) >= (b | 0); break;
            default: a = a & b;
          }
          H32[(sp - 4) >> 2] = a;
          break;
        case 11: // NEG
          H32[(sp - 4) >> 2] = -(H32[(sp - 4) >> 2] | 0) | 0;
          break;
        case 31: // NOT
          H32[(sp - 4) >> 2] = !(H32[(sp - 4) >> 2] | 0);
          break;
        case 18: // JMP a
          pc = H32[(ip + 4) >> 2] | 0;
          continue loop;
        case 19: // JZ a
        case 20: // JNZ a
          sp = (sp - 4) | 0;
          a = (H32[sp >> 2] | 0) != 0;
          b = (H32[ip >> 2] | 0) == 20;
          if ((a | 0) == (b | 0)) pc = H32[(ip + 4) >> 2] | 0;
          else pc = (pc + 2) | 0;
          continue loop;
        case 21: // LOAD i
          H32[sp >> 2] = H32[(fp + (H32[(ip + 4) >> 2] << 2)) >> 2];
          sp = (sp + 4) | 0;
          pc = (pc + 2) | 0;
          continue loop;
        case 22: // STORE i
          sp = (sp - 4) | 0;
          H32[(fp + (H32[(ip + 4) >> 2] << 2)) >> 2] = H32[sp >> 2];
          pc = (pc + 2) | 0;
          continue loop;
        case 23: // CALL a n: the n arguments on the stack become locals 0 .. n-1
          if ((csp | 0) >= (CSTACK_END | 0)) break loop;
          H32[csp >> 2] = (pc + 3) | 0;
          H32[(csp + 4) >> 2] = fp;
          csp = (csp + 8) | 0;
          fp = (sp - (H32[(ip + 8) >> 2] << 2)) | 0;
          pc = H32[(ip + 4) >> 2] | 0;
          continue loop;
        case 24: // RET: pop the frame, leave the return value in its place
          a = H32[(sp - 4) >> 2] | 0;
          if ((csp | 0) == (CSTACK | 0)) {
            result = a;
            break loop;
          }
          csp = (csp - 8) | 0;
          pc = H32[csp >> 2] | 0;
          sp = fp;
          fp = H32[(csp + 4) >> 2] | 0;
          H32[sp >> 2] = a;
          sp = (sp + 4) | 0;
          continue loop;
        case 25: // ENTER k: k more zeroed locals
          a = H32[(ip + 4) >> 2] | 0;
          if ((((sp + (a << 2)) | 0) > (STACK_END | 0)) | ((a | 0) < 0)) break loop;
          while ((a | 0) > 0) {
            H32[sp >> 2] = 0;
            sp = (sp + 4) | 0;
            a = (a - 1) | 0;
          }
          pc = (pc + 2) | 0;
          continue loop;
        case 26: // LDM: addr -> mem[addr]
          a = H32[(sp - 4) >> 2] & VMEM_MASK;
          H32[(sp - 4) >> 2] = H32[(VMEM + (a << 2)) >> 2];
          break;
        case 27: // STM: value addr -> (mem[addr] = value)
          a = H32[(sp - 4) >> 2] & VMEM_MASK;
          H32[(VMEM + (a << 2)) >> 2] = H32[(sp - 8) >> 2];
          sp = (sp - 8) | 0;
          break;
        case 28: // PRINT
          sp = (sp - 4) | 0;
          log(H32[sp >> 2] | 0);
          break;
        case 30: // INCL i k: local i += k
          a = (fp + (H32[(ip + 4) >> 2] << 2)) | 0;
          H32[a >> 2] = ((H32[a >> 2] | 0) + (H32[(ip + 8) >> 2] | 0)) | 0;
          pc = (pc + 3) | 0;
          continue loop;
        default:
          break loop;
      }
      // The one-word instructions end here.
      pc = (pc + 1) | 0;
    }
    H32[8] = steps;
    return result | 0;
  }

  // ---- the table dispatcher -----------------------------------------------

  function word(pc) {
    pc = pc | 0;
    return H32[(CODE + (pc << 2)) >> 2] | 0;
  }
  function push(v) {
    v = v | 0;
    var sp = 0;
    sp = H32[4] | 0;
    H32[sp >> 2] = v;
    H32[4] = (sp + 4) | 0;
  }
  function pop() {
    var sp = 0;
    sp = ((H32[4] | 0) - 4) | 0;
    H32[4] = sp;
    return H32[sp >> 2] | 0;
  }
  function peek() {
    return H32[((H32[4] | 0) - 4) >> 2] | 0;
  }
  function poke(v) {
    v = v | 0;
    H32[((H32[4] | 0) - 4) >> 2] = v;
  }
  function local(i) {
    i = i | 0;
    return ((H32[5] | 0) + (i << 2)) | 0;
  }

  // Each handler takes the pc of its instruction and returns the next pc;
  // -1 halts with the result in H32[7], -2 is an error.
  function opHalt(pc) { pc = pc | 0; H32[7] = peek() | 0; return -1; }
  function opPush(pc) { pc = pc | 0; push(word((pc + 1) | 0) | 0); return (pc + 2) | 0; }
  function opPop(pc) { pc = pc | 0; pop() | 0; return (pc + 1) | 0; }
  function opDup(pc) { pc = pc | 0; push(peek() | 0); return (pc + 1) | 0; }
  function opSwap(pc) {
    pc = pc | 0;
    var a = 0, b = 0;
    b = pop() | 0;
    a = peek() | 0;
    poke(b);
    push(a);
    return (pc + 1) | 0;
  }
  function opOver(pc) { pc = pc | 0; push(H32[((H32[4] | 0) - 8) >> 2] | 0); return (pc + 1) | 0; }
  function opAdd(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke(((peek() | 0) + b) | 0); return (pc + 1) | 0; }
  function opSub(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke(((peek() | 0) - b) | 0); return (pc + 1) | 0; }
  function opMul(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke(imul(peek() | 0, b) | 0); return (pc + 1) | 0; }
  function opDiv(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke(((peek() | 0) / (b | 0)) | 0); return (pc + 1) | 0; }
  function opMod(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke(((peek() | 0) % (b | 0)) | 0); return (pc + 1) | 0; }
  function opNeg(pc) { pc = pc | 0; poke(-(peek() | 0) | 0); return (pc + 1) | 0; }
  function opLt(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) < (b | 0)); return (pc + 1) | 0; }
  function opLe(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) <= (b | 0)); return (pc + 1) | 0; }
  function opEq(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) == (b | 0)); return (pc + 1) | 0; }
  function opNe(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) != (b | 0)); return (pc + 1) | 0; }
  function opGt(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) > (b | 0)); return (pc + 1) | 0; }
  function opGe(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) >= (b | 0)); return (pc + 1) | 0; }
  function opJmp(pc) { pc = pc | 0; return word((pc + 1) | 0) | 0; }
  function opJz(pc) {
    pc = pc | 0;
    if (pop() | 0) return (pc + 2) | 0;
    return word((pc + 1) | 0) | 0;
  }
  function opJnz(pc) {
    pc = pc | 0;
    if (pop() | 0) return word((pc + 1) | 0) | 0;
    return (pc + 2) | 0;
  }
  function opLoad(pc) {
    pc = pc | 0;
    push(H32[(local(word((pc + 1) | 0) | 0) | 0) >> 2] | 0);
    return (pc + 2) | 0;
  }
  function opStore(pc) {
    pc = pc | 0;
    var v = 0;
    v = pop() | 0;
    H32[(local(word((pc + 1) | 0) | 0) | 0) >> 2] = v;
    return (pc + 2) | 0;
  }
  function opCall(pc) {
    pc = pc | 0;
    var csp = 0;
    csp = H32[6] | 0;
    if ((csp | 0) >= (CSTACK_END | 0)) return -2;
    H32[csp >> 2] = (pc + 3) | 0;
    H32[(csp + 4) >> 2] = H32[5];
    H32[6] = (csp + 8) | 0;
    H32[5] = ((H32[4] | 0) - ((word((pc + 2) | 0) | 0) << 2)) | 0;
    return word((pc + 1) | 0) | 0;
  }
  function opRet(pc) {
    pc = pc | 0;
    var v = 0, csp = 0;
    v = peek() | 0;
    csp = H32[6] | 0;
    if ((csp | 0) == (CSTACK | 0)) {
      H32[7] = v;
      return -1;
    }
    csp = (csp - 8) | 0;
    H32[6] = csp;
    H32[4] = H32[5];
    H32[5] = H32[(csp + 4) >> 2];
    push(v);
    return H32[csp >> 2] | 0;
  }
  function opEnter(pc) {
    pc = pc | 0;
    var k = 0;
    k = word((pc + 1) | 0) | 0;
    if (((((H32[4] | 0) + (k << 2)) | 0) > (STACK_END | 0)) | ((k | 0) < 0)) return -2;
    for (; (k | 0) > 0; k = (k - 1) | 0) push(0);
    return (pc + 2) | 0;
  }
  function opLdm(pc) {
    pc = pc | 0;
    poke(H32[(VMEM + (((peek() | 0) & VMEM_MASK) << 2)) >> 2] | 0);
    return (pc + 1) | 0;
  }
  function opStm(pc) {
    pc = pc | 0;
    var addr = 0;
    addr = (pop() | 0) & VMEM_MASK;
    H32[(VMEM + (addr << 2)) >> 2] = pop() | 0;
    return (pc + 1) | 0;
  }
  function opPrint(pc) { pc = pc | 0; log(pop() | 0); return (pc + 1) | 0; }
  function opAnd(pc) { pc = pc | 0; var b = 0; b = pop() | 0; poke((peek() | 0) & b); return (pc + 1) | 0; }
  function opIncl(pc) {
    pc = pc | 0;
    var at = 0;
    at = local(word((pc + 1) | 0) | 0) | 0;
    H32[at >> 2] = ((H32[at >> 2] | 0) + (word((pc + 2) | 0) | 0)) | 0;
    return (pc + 3) | 0;
  }
  function opNot(pc) { pc = pc | 0; poke(!(peek() | 0)); return (pc + 1) | 0; }

  // The same contract as run().
  function runTable(entry, limit) {
    entry = entry | 0;
    limit = limit | 0;
    var pc = 0, op = 0, steps = 0;
    H32[4] = STACK;
    H32[5] = STACK;
    H32[6] = CSTACK;
    H32[7] = ERROR;
    pc = entry;
    while (((pc | 0) >= 0) & ((steps | 0) < (limit | 0))) {
      steps = (steps + 1) | 0;
      op = word(pc) | 0;
      // Unknown opcodes stop the machine, as run()'s `default` does.
      if ((op >>> 0) > 31) {
        pc = -2;
        break;
      }
      pc = ops[op & 31](pc) | 0;
    }
    H32[8] = steps;
    if ((pc | 0) != -1) return ERROR | 0;
    return H32[7] | 0;
  }

  function lastSteps() {
    return H32[8] | 0;
  }

  // ---- the assembler ------------------------------------------------------

  function e1(p, op) {
    p = p | 0;
    op = op | 0;
    H32[(CODE + (p << 2)) >> 2] = op;
    return (p + 1) | 0;
  }
  function e2(p, op, x) {
    p = p | 0;
    op = op | 0;
    x = x | 0;
    H32[(CODE + (p << 2)) >> 2] = op;
    H32[(CODE + (p << 2) + 4) >> 2] = x;
    return (p + 2) | 0;
  }
  function e3(p, op, x, y) {
    p = p | 0;
    op = op | 0;
    x = x | 0;
    y = y | 0;
    H32[(CODE + (p << 2)) >> 2] = op;
    H32[(CODE + (p << 2) + 4) >> 2] = x;
    H32[(CODE + (p << 2) + 8) >> 2] = y;
    return (p + 3) | 0;
  }
  // Point the operand of the jump at word `at` (the jump's pc) at `target`.
  function patch(at, target) {
    at = at | 0;
    target = target | 0;
    H32[(CODE + (at << 2) + 4) >> 2] = target;
  }

  // Zero the first n words of the machine's memory.
  function clearMemory(n) {
    n = n | 0;
    var i = 0;
    if ((n | 0) > ((VMEM_MASK + 1) | 0)) n = (VMEM_MASK + 1) | 0;
    for (i = 0; (i | 0) < (n | 0); i = (i + 1) | 0) H32[(VMEM + (i << 2)) >> 2] = 0;
  }

  // Program 0: count the primes below n by trial division, in a function
  // isPrime(k) called for each k. Returns count * 1000003 + a hash of them.
  function asmPrimes(n) {
    n = n | 0;
    var p = 0, f = 0, top = 0, j1 = 0, j2 = 0, j3 = 0, entry = 0;
    // isPrime(k): locals k, d
    f = p;
    p = e2(p, ENTER, 1) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e1(p, LT) | 0;
    j1 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, PUSH, 0) | 0;
    p = e1(p, RET) | 0;
    patch(j1, p);
    p = e2(p, PUSH, 2) | 0;
    p = e2(p, STORE, 1) | 0;
    top = p;
    p = e2(p, LOAD, 1) | 0;
    p = e1(p, DUP) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, GT) | 0;
    j2 = p;
    p = e2(p, JNZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, LOAD, 1) | 0;
    p = e1(p, MOD) | 0;
    j3 = p;
    p = e2(p, JZ, 0) | 0;
    p = e3(p, INCL, 1, 1) | 0;
    p = e2(p, JMP, top) | 0;
    patch(j2, p);
    p = e2(p, PUSH, 1) | 0;
    p = e1(p, RET) | 0;
    patch(j3, p);
    p = e2(p, PUSH, 0) | 0;
    p = e1(p, RET) | 0;
    // main: locals i, count, hash
    entry = p;
    p = e2(p, ENTER, 3) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e2(p, STORE, 0) | 0;
    top = p;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, n) | 0;
    p = e1(p, LT) | 0;
    j1 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e3(p, CALL, f, 1) | 0;
    j2 = p;
    p = e2(p, JZ, 0) | 0;
    p = e3(p, INCL, 1, 1) | 0;
    p = e2(p, LOAD, 2) | 0;
    p = e2(p, PUSH, 31) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, STORE, 2) | 0;
    patch(j2, p);
    p = e3(p, INCL, 0, 1) | 0;
    p = e2(p, JMP, top) | 0;
    patch(j1, p);
    p = e2(p, LOAD, 1) | 0;
    p = e1(p, DUP) | 0;
    p = e1(p, PRINT) | 0;
    p = e2(p, PUSH, 1000003) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, LOAD, 2) | 0;
    p = e1(p, ADD) | 0;
    p = e1(p, HALT) | 0;
    return entry | 0;
  }

  // Program 1: the sieve of Eratosthenes below n in the machine's memory
  // (which must be zero); returns the number of primes.
  function asmSieve(n) {
    n = n | 0;
    var p = 0, outer = 0, inner = 0, j1 = 0, j2 = 0, j3 = 0;
    p = e2(p, ENTER, 3) | 0; // i, j, count
    p = e2(p, PUSH, 2) | 0;
    p = e2(p, STORE, 0) | 0;
    outer = p;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, DUP) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, PUSH, n) | 0;
    p = e1(p, LT) | 0;
    j1 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, LDM) | 0;
    j2 = p;
    p = e2(p, JNZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, DUP) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, STORE, 1) | 0;
    inner = p;
    p = e2(p, LOAD, 1) | 0;
    p = e2(p, PUSH, n) | 0;
    p = e1(p, LT) | 0;
    j3 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, PUSH, 1) | 0;
    p = e2(p, LOAD, 1) | 0;
    p = e1(p, STM) | 0;
    p = e2(p, LOAD, 1) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, STORE, 1) | 0;
    p = e2(p, JMP, inner) | 0;
    patch(j2, p);
    patch(j3, p);
    p = e3(p, INCL, 0, 1) | 0;
    p = e2(p, JMP, outer) | 0;
    patch(j1, p);
    // Count the unmarked cells in [2, n).
    p = e2(p, PUSH, 2) | 0;
    p = e2(p, STORE, 0) | 0;
    outer = p;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, n) | 0;
    p = e1(p, GE) | 0;
    j1 = p;
    p = e2(p, JNZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, LDM) | 0;
    p = e1(p, NOT) | 0;
    p = e2(p, LOAD, 2) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, STORE, 2) | 0;
    p = e3(p, INCL, 0, 1) | 0;
    p = e2(p, JMP, outer) | 0;
    patch(j1, p);
    p = e2(p, LOAD, 2) | 0;
    p = e1(p, DUP) | 0;
    p = e1(p, PRINT) | 0;
    p = e1(p, HALT) | 0;
    return 0;
  }

  // Program 2: fib(n) by the doubly recursive definition.
  function asmFib(n) {
    n = n | 0;
    var p = 0, f = 0, j1 = 0, entry = 0;
    f = p;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e1(p, LT) | 0;
    j1 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e1(p, RET) | 0;
    patch(j1, p);
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, 1) | 0;
    p = e1(p, SUB) | 0;
    p = e3(p, CALL, f, 1) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e1(p, SUB) | 0;
    p = e3(p, CALL, f, 1) | 0;
    p = e1(p, ADD) | 0;
    p = e1(p, RET) | 0;
    entry = p;
    p = e2(p, PUSH, n) | 0;
    p = e3(p, CALL, f, 1) | 0;
    p = e1(p, HALT) | 0;
    return entry | 0;
  }

  // Program 3: the total length of the Collatz chains of 1 .. n, folded with
  // a few constant expressions that check the machine's JS semantics
  // (5 / 0 is 0, -7 % 3 is -1).
  function asmCollatz(n) {
    n = n | 0;
    var p = 0, outer = 0, inner = 0, even = 0, j1 = 0, j2 = 0, j3 = 0, j4 = 0;
    p = e2(p, ENTER, 3) | 0; // i, x, total
    p = e2(p, PUSH, 1) | 0;
    p = e2(p, STORE, 0) | 0;
    outer = p;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, PUSH, n) | 0;
    p = e1(p, LE) | 0;
    j1 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, LOAD, 0) | 0;
    p = e2(p, STORE, 1) | 0;
    inner = p;
    p = e2(p, LOAD, 1) | 0;
    p = e2(p, PUSH, 1) | 0;
    p = e1(p, NE) | 0;
    j2 = p;
    p = e2(p, JZ, 0) | 0;
    p = e2(p, LOAD, 1) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e1(p, MOD) | 0;
    p = e2(p, PUSH, 0) | 0;
    p = e1(p, EQ) | 0;
    j3 = p;
    p = e2(p, JNZ, 0) | 0;
    p = e2(p, LOAD, 1) | 0; // odd: x = 3x + 1
    p = e2(p, PUSH, 3) | 0;
    p = e1(p, MUL) | 0;
    p = e2(p, PUSH, 1) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, STORE, 1) | 0;
    j4 = p;
    p = e2(p, JMP, 0) | 0;
    even = p; // even: x = x / 2
    patch(j3, even);
    p = e2(p, LOAD, 1) | 0;
    p = e2(p, PUSH, 2) | 0;
    p = e1(p, DIV) | 0;
    p = e2(p, STORE, 1) | 0;
    patch(j4, p);
    p = e3(p, INCL, 2, 1) | 0;
    p = e2(p, JMP, inner) | 0;
    patch(j2, p);
    p = e3(p, INCL, 0, 1) | 0;
    p = e2(p, JMP, outer) | 0;
    patch(j1, p);
    // [t] -> [t, 7, t] -> [t, 7t] -> [7t, t] -> [6t] -> [-6t]
    p = e2(p, LOAD, 2) | 0;
    p = e2(p, PUSH, 7) | 0;
    p = e1(p, OVER) | 0;
    p = e1(p, MUL) | 0;
    p = e1(p, SWAP) | 0;
    p = e1(p, SUB) | 0;
    p = e1(p, NEG) | 0;
    p = e2(p, PUSH, 42) | 0;
    p = e1(p, POP) | 0;
    p = e2(p, PUSH, 5) | 0;
    p = e2(p, PUSH, 0) | 0;
    p = e1(p, DIV) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, PUSH, -7) | 0;
    p = e2(p, PUSH, 3) | 0;
    p = e1(p, MOD) | 0;
    p = e1(p, ADD) | 0;
    p = e2(p, PUSH, 255) | 0;
    p = e1(p, AND) | 0;
    p = e2(p, LOAD, 2) | 0;
    p = e2(p, PUSH, 256) | 0;
    p = e1(p, MUL) | 0;
    p = e1(p, ADD) | 0;
    p = e1(p, HALT) | 0;
    return 0;
  }

  // Assemble program `which` for size n at CODE; returns its entry pc, or
  // -1 for an unknown program (whose code is a lone invalid opcode).
  function init(which, n) {
    which = which | 0;
    n = n | 0;
    switch (which | 0) {
      case 0: return asmPrimes(n) | 0;
      case 1: return asmSieve(n) | 0;
      case 2: return asmFib(n) | 0;
      case 3: return asmCollatz(n) | 0;
      default: break;
    }
    e1(0, 99) | 0;
    return 0;
  }

  // Run each program under both dispatchers on a size derived from n; the
  // checksum covers results and step counts. A disagreement is logged.
  function main(n) {
    n = n | 0;
    var which = 0, size = 0, entry = 0, r1 = 0, r2 = 0, s1 = 0, s2 = 0, h = 0;
    if ((n | 0) < 0) n = 0;
    if ((n | 0) > (VMEM_MASK | 0)) n = VMEM_MASK;
    h = 17;
    for (which = 0; (which | 0) < 4; which = (which + 1) | 0) {
      switch (which | 0) {
        case 2: size = (10 + (((n | 0) % 13) | 0)) | 0; break; // fib: exponential
        case 3: size = (n >> 1) | 0; break;            // Collatz: chains
        default: size = n;
      }
      clearMemory(size);
      entry = init(which, size) | 0;
      r1 = run(entry, 2147483647) | 0;
      s1 = lastSteps() | 0;
      clearMemory(size);
      r2 = runTable(entry, 2147483647) | 0;
      s2 = lastSteps() | 0;
      if (((r1 | 0) != (r2 | 0)) | ((s1 | 0) != (s2 | 0))) log(which | 0, r1 | 0, r2 | 0);
      h = (imul(h ^ r1, 16777619) + s1) | 0;
      h = imul(h ^ r2, 16777619) ^ s2;
    }
    return h | 0;
  }

  var ops = [
    opHalt, opPush, opPop, opDup, opSwap, opOver, opAdd, opSub,
    opMul, opDiv, opMod, opNeg, opLt, opLe, opEq, opNe,
    opGt, opGe, opJmp, opJz, opJnz, opLoad, opStore, opCall,
    opRet, opEnter, opLdm, opStm, opPrint, opAnd, opIncl, opNot
  ];

  return {
    main: main,
    init: init,
    run: run,
    runTable: runTable,
    lastSteps: lastSteps,
    clearMemory: clearMemory
  };
}
if (typeof module !== "undefined") module.exports = M;
