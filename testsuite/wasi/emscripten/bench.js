// wasi: 10
// wasi: 1000
// A small C benchmark as Emscripten 1.38 (fastcomp) builds it with -O2,
// NO_FILESYSTEM and SINGLE_FILE, not minified: no Runtime object, static
// data from GLOBAL_BASE 1024 given as a base64 data: URI memory initializer.
// Written by hand in that shape (no emcc here) as a reference for asm2wasm
// --wasi, run as node bench.js N. It counts primes below N*1000 with a
// malloc'ed sieve, runs N*20 n-body steps (Math_sqrt) on bodies from static
// data, a spectral norm of size N/10+10, a sum of pow() (_llvm_pow_f64, the
// runtime's Math.pow), fannkuch(7) and a malloc'ed list, and copies
// 8192+64*N bytes with memcpy (_emscripten_memcpy_big from 8192 bytes on).
// It prints integers only (doubles scaled and truncated) and returns 0.
/*
  #include <stdio.h>
  #include <stdlib.h>
  #include <string.h>
  #include <math.h>

  struct body { double x, y, z, vx, vy, vz, mass; };
  static struct body bodies[5] = { ...five bodies, see the memory initializer... };

  static int sieve(int limit);                 // primes in [2, limit]
  static double energy(void);
  static void advance(double dt);
  static double spectral(int n);               // 10 rounds of AtA
  static int fannkuch(int n, int *checksum);   // returns the max flips

  int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 100;
    printf("n = %d\n", n);
    printf("primes up to %d: %d\n", n * 1000, sieve(n * 1000));
    double e0 = energy();
    for (int i = 0; i < n * 20; i++) advance(0.01);
    double e1 = energy();
    printf("n-body energy %d -> %d (x1e9)\n", (int)(e0 * 1e9), (int)(e1 * 1e9));
    int sn = n / 10 + 10;
    printf("spectral norm(%d) %d (x1e9)\n", sn, (int)(spectral(sn) * 1e9));
    double s = 0;
    for (int i = 0; i < n; i++) s += pow(i / (double)n + 1.0, 1.5);
    printf("sum of powers %d (x1e6)\n", (int)(s * 1e6));
    int ck, flips = fannkuch(7, &ck);
    printf("fannkuch(7) checksum %d, max flips %d\n", ck, flips);
    struct node { int value; struct node *next; } *head = 0;
    for (int i = 0; i < n; i++) { struct node *p = malloc(sizeof *p); p->value = i; p->next = head; head = p; }
    int sum = 0;
    while (head) { struct node *next = head->next; sum += head->value; free(head); head = next; }
    printf("list of %d nodes, sum %d\n", n, sum);
    int size = 8192 + n * 64;
    unsigned char *a = malloc(size), *b = malloc(size);
    for (int i = 0; i < size; i++) a[i] = i * 31 + 7;
    memcpy(b, a, size);
    memcpy(b + 1, a + 100, 500);
    unsigned h = 2166136261u;
    for (int i = 0; i < size; i++) h = (h ^ b[i]) * 16777619u;
    printf("memcpy %d bytes, fnv-1a %x\n", size, h);
    free(a);
    free(b);
    return 0;
  }
*/
var Module = typeof Module !== "undefined" ? Module : {};

// Copy the properties the embedder set on Module, so that they win over the
// defaults chosen below.
var moduleOverrides = {};
var key;
for (key in Module) {
  if (Module.hasOwnProperty(key)) {
    moduleOverrides[key] = Module[key];
  }
}

var ENVIRONMENT_IS_WEB = false;
var ENVIRONMENT_IS_WORKER = false;
var ENVIRONMENT_IS_NODE = false;
var ENVIRONMENT_IS_SHELL = false;

if (Module["ENVIRONMENT"]) {
  if (Module["ENVIRONMENT"] === "WEB") {
    ENVIRONMENT_IS_WEB = true;
  } else if (Module["ENVIRONMENT"] === "WORKER") {
    ENVIRONMENT_IS_WORKER = true;
  } else if (Module["ENVIRONMENT"] === "NODE") {
    ENVIRONMENT_IS_NODE = true;
  } else if (Module["ENVIRONMENT"] === "SHELL") {
    ENVIRONMENT_IS_SHELL = true;
  } else {
    throw new Error("The provided Module['ENVIRONMENT'] value is not valid. It must be one of: WEB|WORKER|NODE|SHELL.");
  }
} else {
  ENVIRONMENT_IS_WEB = typeof window === "object";
  ENVIRONMENT_IS_WORKER = typeof importScripts === "function";
  ENVIRONMENT_IS_NODE = typeof process === "object" && typeof require === "function" && !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_WORKER;
  ENVIRONMENT_IS_SHELL = !ENVIRONMENT_IS_WEB && !ENVIRONMENT_IS_NODE && !ENVIRONMENT_IS_WORKER;
}

Module["arguments"] = [];
Module["thisProgram"] = "./this.program";
Module["quit"] = function(status, toThrow) {
  throw toThrow;
};
Module["preRun"] = [];
Module["postRun"] = [];

if (ENVIRONMENT_IS_NODE) {
  if (!Module["print"]) Module["print"] = function(x) { console.log(x) };
  if (!Module["printErr"]) Module["printErr"] = function(x) { console.warn(x) };

  var nodeFS;
  var nodePath;

  Module["read"] = function shell_read(filename, binary) {
    var ret;
    ret = tryParseAsDataURI(filename);
    if (!ret) {
      if (!nodeFS) nodeFS = require("fs");
      if (!nodePath) nodePath = require("path");
      filename = nodePath["normalize"](filename);
      ret = nodeFS["readFileSync"](filename);
    }
    return binary ? ret : ret.toString();
  };

  Module["readBinary"] = function readBinary(filename) {
    var ret = Module["read"](filename, true);
    if (!ret.buffer) {
      ret = new Uint8Array(ret);
    }
    assert(ret.buffer);
    return ret;
  };

  if (process["argv"].length > 1) {
    Module["thisProgram"] = process["argv"][1].replace(/\\/g, "/");
  }

  Module["arguments"] = process["argv"].slice(2);

  if (typeof module !== "undefined") {
    module["exports"] = Module;
  }

  process["on"]("uncaughtException", function(ex) {
    // an ExitStatus is how exit() unwinds the stack: not an error
    if (!(ex instanceof ExitStatus)) {
      throw ex;
    }
  });
  process["on"]("unhandledRejection", function(reason, p) {
    process["exit"](1);
  });

  Module["quit"] = function(status) {
    process["exit"](status);
  };

  Module["inspect"] = function() { return "[Emscripten Module object]"; };
} else {
  throw new Error("this build runs in Node only");
}

var out = Module["print"] || (typeof console !== "undefined" ? console.log.bind(console) : null);
var err = Module["printErr"] || (typeof console !== "undefined" && console.warn.bind(console) || out);

Module.print = out;
Module.printErr = err;

for (key in moduleOverrides) {
  if (moduleOverrides.hasOwnProperty(key)) {
    Module[key] = moduleOverrides[key];
  }
}
moduleOverrides = undefined;

var STACK_ALIGN = 16;

function staticAlloc(size) {
  var ret = STATICTOP;
  STATICTOP = STATICTOP + size + 15 & -16;
  return ret;
}

function dynamicAlloc(size) {
  var ret = HEAP32[DYNAMICTOP_PTR >> 2];
  var end = ret + size + 15 & -16;
  HEAP32[DYNAMICTOP_PTR >> 2] = end;
  if (end >= TOTAL_MEMORY) {
    var success = enlargeMemory();
    if (!success) {
      HEAP32[DYNAMICTOP_PTR >> 2] = ret;
      return 0;
    }
  }
  return ret;
}

function alignMemory(size, factor) {
  if (!factor) factor = STACK_ALIGN;
  var ret = size = Math.ceil(size / factor) * factor;
  return ret;
}

function getNativeTypeSize(type) {
  switch (type) {
    case "i1": case "i8": return 1;
    case "i16": return 2;
    case "i32": return 4;
    case "i64": return 8;
    case "float": return 4;
    case "double": return 8;
    default: {
      if (type[type.length - 1] === "*") {
        return 4;
      }
      if (type[0] === "i") {
        var bits = parseInt(type.substr(1));
        assert(bits % 8 === 0);
        return bits / 8;
      }
      return 0;
    }
  }
}

var tempRet0 = 0;

var setTempRet0 = function(value) {
  tempRet0 = value;
};

var getTempRet0 = function() {
  return tempRet0;
};

var GLOBAL_BASE = 1024;

var ABORT = 0;
var EXITSTATUS = 0;

function assert(condition, text) {
  if (!condition) {
    abort("Assertion failed: " + text);
  }
}

function setValue(ptr, value, type, noSafe) {
  type = type || "i8";
  if (type.charAt(type.length - 1) === "*") type = "i32";
  switch (type) {
    case "i1": HEAP8[ptr >> 0] = value; break;
    case "i8": HEAP8[ptr >> 0] = value; break;
    case "i16": HEAP16[ptr >> 1] = value; break;
    case "i32": HEAP32[ptr >> 2] = value; break;
    case "float": HEAPF32[ptr >> 2] = value; break;
    case "double": HEAPF64[ptr >> 3] = value; break;
    default: abort("invalid type for setValue: " + type);
  }
}
Module["setValue"] = setValue;

function getValue(ptr, type, noSafe) {
  type = type || "i8";
  if (type.charAt(type.length - 1) === "*") type = "i32";
  switch (type) {
    case "i1": return HEAP8[ptr >> 0];
    case "i8": return HEAP8[ptr >> 0];
    case "i16": return HEAP16[ptr >> 1];
    case "i32": return HEAP32[ptr >> 2];
    case "float": return HEAPF32[ptr >> 2];
    case "double": return HEAPF64[ptr >> 3];
    default: abort("invalid type for getValue: " + type);
  }
  return null;
}
Module["getValue"] = getValue;

var ALLOC_NORMAL = 0;
var ALLOC_STACK = 1;
var ALLOC_STATIC = 2;
var ALLOC_DYNAMIC = 3;
var ALLOC_NONE = 4;
Module["ALLOC_NORMAL"] = ALLOC_NORMAL;
Module["ALLOC_STACK"] = ALLOC_STACK;
Module["ALLOC_STATIC"] = ALLOC_STATIC;
Module["ALLOC_DYNAMIC"] = ALLOC_DYNAMIC;
Module["ALLOC_NONE"] = ALLOC_NONE;

// allocate() puts a slab of values in memory. slab is an array of values (or
// a number: that many zero bytes); types is one type for all of them or one
// per byte; allocator is one of the ALLOC_ kinds; ptr is where to write for
// ALLOC_NONE. Returns the address.
function allocate(slab, types, allocator, ptr) {
  var zeroinit, size;
  if (typeof slab === "number") {
    zeroinit = true;
    size = slab;
  } else {
    zeroinit = false;
    size = slab.length;
  }

  var singleType = typeof types === "string" ? types : null;

  var ret;
  if (allocator == ALLOC_NONE) {
    ret = ptr;
  } else {
    var allocators = [typeof _malloc === "function" ? _malloc : staticAlloc, stackAlloc, staticAlloc, dynamicAlloc];
    ret = allocators[allocator === undefined ? ALLOC_STATIC : allocator](Math.max(size, singleType ? 1 : types.length));
  }

  if (zeroinit) {
    var stop;
    ptr = ret;
    assert((ret & 3) == 0);
    stop = ret + (size & ~3);
    for (; ptr < stop; ptr += 4) {
      HEAP32[ptr >> 2] = 0;
    }
    stop = ret + size;
    while (ptr < stop) {
      HEAP8[ptr++ >> 0] = 0;
    }
    return ret;
  }

  if (singleType === "i8") {
    if (slab.subarray || slab.slice) {
      HEAPU8.set(slab, ret);
    } else {
      HEAPU8.set(new Uint8Array(slab), ret);
    }
    return ret;
  }

  var i = 0, type, typeSize, previousType;
  while (i < size) {
    var curr = slab[i];
    type = singleType || types[i];
    if (type === 0) {
      i++;
      continue;
    }
    if (type == "i64") type = "i32";
    setValue(ret + i, curr, type);
    if (previousType !== type) {
      typeSize = getNativeTypeSize(type);
      previousType = type;
    }
    i += typeSize;
  }

  return ret;
}
Module["allocate"] = allocate;

function getMemory(size) {
  if (!staticSealed) return staticAlloc(size);
  if (!runtimeInitialized) return dynamicAlloc(size);
  return _malloc(size);
}
Module["getMemory"] = getMemory;

function Pointer_stringify(ptr, length) {
  if (length === 0 || !ptr) return "";
  // an ASCII-only string can be read char by char; anything else is UTF-8
  var hasUtf = 0;
  var t;
  var i = 0;
  while (1) {
    t = HEAPU8[ptr + i >> 0];
    hasUtf |= t;
    if (t == 0 && !length) break;
    i++;
    if (length && i == length) break;
  }
  if (!length) length = i;

  var ret = "";

  if (hasUtf < 128) {
    var MAX_CHUNK = 1024;
    var curr;
    while (length > 0) {
      curr = String.fromCharCode.apply(String, HEAPU8.subarray(ptr, ptr + Math.min(length, MAX_CHUNK)));
      ret = ret ? ret + curr : curr;
      ptr += MAX_CHUNK;
      length -= MAX_CHUNK;
    }
    return ret;
  }
  return Module["UTF8ToString"](ptr);
}
Module["Pointer_stringify"] = Pointer_stringify;

var UTF8Decoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf8") : undefined;

// Decodes the NUL-terminated UTF-8 bytes at u8Array[idx...] (a typed array or
// a plain array of byte values) into a JS string.
function UTF8ArrayToString(u8Array, idx) {
  var endPtr = idx;
  while (u8Array[endPtr]) ++endPtr;

  if (endPtr - idx > 16 && u8Array.subarray && UTF8Decoder) {
    return UTF8Decoder.decode(u8Array.subarray(idx, endPtr));
  } else {
    var u0, u1, u2, u3, u4, u5;

    var str = "";
    while (1) {
      u0 = u8Array[idx++];
      if (!u0) return str;
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      u1 = u8Array[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      u2 = u8Array[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u3 = u8Array[idx++] & 63;
        if ((u0 & 248) == 240) {
          u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | u3;
        } else {
          u4 = u8Array[idx++] & 63;
          if ((u0 & 252) == 248) {
            u0 = (u0 & 3) << 24 | u1 << 18 | u2 << 12 | u3 << 6 | u4;
          } else {
            u5 = u8Array[idx++] & 63;
            u0 = (u0 & 1) << 30 | u1 << 24 | u2 << 18 | u3 << 12 | u4 << 6 | u5;
          }
        }
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
  }
}
Module["UTF8ArrayToString"] = UTF8ArrayToString;

function UTF8ToString(ptr) {
  return UTF8ArrayToString(HEAPU8, ptr);
}
Module["UTF8ToString"] = UTF8ToString;

// Encodes str as UTF-8 into outU8Array from outIdx on, writing at most
// maxBytesToWrite bytes including the terminating NUL. Returns the number of
// bytes written, not counting the NUL.
function stringToUTF8Array(str, outU8Array, outIdx, maxBytesToWrite) {
  if (!(maxBytesToWrite > 0)) return 0;
  var startIdx = outIdx;
  var endIdx = outIdx + maxBytesToWrite - 1;
  for (var i = 0; i < str.length; ++i) {
    var u = str.charCodeAt(i);
    if (u >= 55296 && u <= 57343) u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023;
    if (u <= 127) {
      if (outIdx >= endIdx) break;
      outU8Array[outIdx++] = u;
    } else if (u <= 2047) {
      if (outIdx + 1 >= endIdx) break;
      outU8Array[outIdx++] = 192 | u >> 6;
      outU8Array[outIdx++] = 128 | u & 63;
    } else if (u <= 65535) {
      if (outIdx + 2 >= endIdx) break;
      outU8Array[outIdx++] = 224 | u >> 12;
      outU8Array[outIdx++] = 128 | u >> 6 & 63;
      outU8Array[outIdx++] = 128 | u & 63;
    } else if (u <= 2097151) {
      if (outIdx + 3 >= endIdx) break;
      outU8Array[outIdx++] = 240 | u >> 18;
      outU8Array[outIdx++] = 128 | u >> 12 & 63;
      outU8Array[outIdx++] = 128 | u >> 6 & 63;
      outU8Array[outIdx++] = 128 | u & 63;
    } else if (u <= 67108863) {
      if (outIdx + 4 >= endIdx) break;
      outU8Array[outIdx++] = 248 | u >> 24;
      outU8Array[outIdx++] = 128 | u >> 18 & 63;
      outU8Array[outIdx++] = 128 | u >> 12 & 63;
      outU8Array[outIdx++] = 128 | u >> 6 & 63;
      outU8Array[outIdx++] = 128 | u & 63;
    } else {
      if (outIdx + 5 >= endIdx) break;
      outU8Array[outIdx++] = 252 | u >> 30;
      outU8Array[outIdx++] = 128 | u >> 24 & 63;
      outU8Array[outIdx++] = 128 | u >> 18 & 63;
      outU8Array[outIdx++] = 128 | u >> 12 & 63;
      outU8Array[outIdx++] = 128 | u >> 6 & 63;
      outU8Array[outIdx++] = 128 | u & 63;
    }
  }
  outU8Array[outIdx] = 0;
  return outIdx - startIdx;
}
Module["stringToUTF8Array"] = stringToUTF8Array;

// The number of bytes str takes as UTF-8, without a terminating NUL.
function lengthBytesUTF8(str) {
  var len = 0;
  for (var i = 0; i < str.length; ++i) {
    var u = str.charCodeAt(i);
    if (u >= 55296 && u <= 57343) u = 65536 + ((u & 1023) << 10) | str.charCodeAt(++i) & 1023;
    if (u <= 127) {
      ++len;
    } else if (u <= 2047) {
      len += 2;
    } else if (u <= 65535) {
      len += 3;
    } else if (u <= 2097151) {
      len += 4;
    } else if (u <= 67108863) {
      len += 5;
    } else {
      len += 6;
    }
  }
  return len;
}
Module["lengthBytesUTF8"] = lengthBytesUTF8;

function stackTrace() {
  var err = new Error();
  return err.stack ? err.stack.toString() : "(no stack trace available)";
}
Module["stackTrace"] = stackTrace;

var PAGE_SIZE = 16384;
var WASM_PAGE_SIZE = 65536;
var ASMJS_PAGE_SIZE = 16777216;
var MIN_TOTAL_MEMORY = 16777216;

function alignUp(x, multiple) {
  if (x % multiple > 0) {
    x += multiple - x % multiple;
  }
  return x;
}

var HEAP, buffer, HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;

function updateGlobalBuffer(buf) {
  Module["buffer"] = buffer = buf;
}

function updateGlobalBufferViews() {
  Module["HEAP8"] = HEAP8 = new Int8Array(buffer);
  Module["HEAP16"] = HEAP16 = new Int16Array(buffer);
  Module["HEAP32"] = HEAP32 = new Int32Array(buffer);
  Module["HEAPU8"] = HEAPU8 = new Uint8Array(buffer);
  Module["HEAPU16"] = HEAPU16 = new Uint16Array(buffer);
  Module["HEAPU32"] = HEAPU32 = new Uint32Array(buffer);
  Module["HEAPF32"] = HEAPF32 = new Float32Array(buffer);
  Module["HEAPF64"] = HEAPF64 = new Float64Array(buffer);
}

var STATIC_BASE, STATICTOP, staticSealed;
var STACK_BASE, STACKTOP, STACK_MAX;
var DYNAMIC_BASE, DYNAMICTOP_PTR;

STATIC_BASE = STATICTOP = STACK_BASE = STACKTOP = STACK_MAX = DYNAMIC_BASE = DYNAMICTOP_PTR = 0;
staticSealed = false;

function abortOnCannotGrowMemory() {
  abort("Cannot enlarge memory arrays. Either (1) compile with  -s TOTAL_MEMORY=X  with X higher than the current value " + TOTAL_MEMORY + ", (2) compile with  -s ALLOW_MEMORY_GROWTH=1  which allows increasing the size at runtime, or (3) if you want malloc to return NULL (0) instead of this abort, compile with  -s ABORTING_MALLOC=0 ");
}

function enlargeMemory() {
  abortOnCannotGrowMemory();
}

var TOTAL_STACK = Module["TOTAL_STACK"] || 1048576;
var TOTAL_MEMORY = Module["TOTAL_MEMORY"] || 33554432;
if (TOTAL_MEMORY < TOTAL_STACK) err("TOTAL_MEMORY should be larger than TOTAL_STACK, was " + TOTAL_MEMORY + "! (TOTAL_STACK=" + TOTAL_STACK + ")");

buffer = new ArrayBuffer(TOTAL_MEMORY);
Module["buffer"] = buffer;
updateGlobalBufferViews();

function getTotalMemory() {
  return TOTAL_MEMORY;
}

// the runtime reads and writes memory in little-endian order: check it
HEAP32[0] = 1668509029;
HEAP16[1] = 25459;
if (HEAPU8[2] !== 115 || HEAPU8[3] !== 99) throw "Runtime error: expected the system to be little-endian!";

Module["HEAP"] = HEAP;
Module["buffer"] = buffer;
Module["HEAP8"] = HEAP8;
Module["HEAP16"] = HEAP16;
Module["HEAP32"] = HEAP32;
Module["HEAPU8"] = HEAPU8;
Module["HEAPU16"] = HEAPU16;
Module["HEAPU32"] = HEAPU32;
Module["HEAPF32"] = HEAPF32;
Module["HEAPF64"] = HEAPF64;

// Runs each callback of the list, first to last: a function is called with
// no argument; an object {func, arg} calls func with arg, through dynCall_v
// or dynCall_vi when func is a function table index.
function callRuntimeCallbacks(callbacks) {
  while (callbacks.length > 0) {
    var callback = callbacks.shift();
    if (typeof callback == "function") {
      callback();
      continue;
    }
    var func = callback.func;
    if (typeof func === "number") {
      if (callback.arg === undefined) {
        Module["dynCall_v"](func);
      } else {
        Module["dynCall_vi"](func, callback.arg);
      }
    } else {
      func(callback.arg === undefined ? null : callback.arg);
    }
  }
}

var __ATPRERUN__ = [];
var __ATINIT__ = [];
var __ATMAIN__ = [];
var __ATEXIT__ = [];
var __ATPOSTRUN__ = [];

var runtimeInitialized = false;
var runtimeExited = false;

function preRun() {
  if (Module["preRun"]) {
    if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
    while (Module["preRun"].length) {
      addOnPreRun(Module["preRun"].shift());
    }
  }
  callRuntimeCallbacks(__ATPRERUN__);
}

function ensureInitRuntime() {
  if (runtimeInitialized) return;
  runtimeInitialized = true;
  callRuntimeCallbacks(__ATINIT__);
}

function preMain() {
  callRuntimeCallbacks(__ATMAIN__);
}

function exitRuntime() {
  callRuntimeCallbacks(__ATEXIT__);
  runtimeExited = true;
}

function postRun() {
  if (Module["postRun"]) {
    if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
    while (Module["postRun"].length) {
      addOnPostRun(Module["postRun"].shift());
    }
  }
  callRuntimeCallbacks(__ATPOSTRUN__);
}

function addOnPreRun(cb) {
  __ATPRERUN__.unshift(cb);
}
Module["addOnPreRun"] = addOnPreRun;

function addOnInit(cb) {
  __ATINIT__.unshift(cb);
}
Module["addOnInit"] = addOnInit;

function addOnPreMain(cb) {
  __ATMAIN__.unshift(cb);
}
Module["addOnPreMain"] = addOnPreMain;

function addOnExit(cb) {
  __ATEXIT__.unshift(cb);
}
Module["addOnExit"] = addOnExit;

function addOnPostRun(cb) {
  __ATPOSTRUN__.unshift(cb);
}
Module["addOnPostRun"] = addOnPostRun;

// The UTF-8 bytes of stringy as an array, with a terminating NUL unless
// dontAddNull.
function intArrayFromString(stringy, dontAddNull, length) {
  var len = length > 0 ? length : lengthBytesUTF8(stringy) + 1;
  var u8array = new Array(len);
  var numBytesWritten = stringToUTF8Array(stringy, u8array, 0, u8array.length);
  if (dontAddNull) u8array.length = numBytesWritten;
  return u8array;
}
Module["intArrayFromString"] = intArrayFromString;

var Math_abs = Math.abs;
var Math_cos = Math.cos;
var Math_sin = Math.sin;
var Math_tan = Math.tan;
var Math_acos = Math.acos;
var Math_asin = Math.asin;
var Math_atan = Math.atan;
var Math_atan2 = Math.atan2;
var Math_exp = Math.exp;
var Math_log = Math.log;
var Math_sqrt = Math.sqrt;
var Math_ceil = Math.ceil;
var Math_floor = Math.floor;
var Math_pow = Math.pow;
var Math_imul = Math.imul;
var Math_fround = Math.fround;
var Math_round = Math.round;
var Math_min = Math.min;
var Math_clz32 = Math.clz32;
var Math_trunc = Math.trunc;

var runDependencies = 0;
var runDependencyWatcher = null;
var dependenciesFulfilled = null;

Module["preloadedImages"] = {};
Module["preloadedAudios"] = {};

var memoryInitializer = null;

var dataURIPrefix = "data:application/octet-stream;base64,";

function isDataURI(filename) {
  return String.prototype.startsWith ? filename.startsWith(dataURIPrefix) : filename.indexOf(dataURIPrefix) === 0;
}

STATIC_BASE = GLOBAL_BASE;

STATICTOP = STATIC_BASE + 1792;
/* global initializers */ __ATINIT__.push();

memoryInitializer = "data:application/octet-stream;base64,biA9ICVkCgBwcmltZXMgdXAgdG8gJWQ6ICVkCgBuLWJvZHkgZW5lcmd5ICVkIC0+ICVkICh4MWU5KQoAc3BlY3RyYWwgbm9ybSglZCkgJWQgKHgxZTkpCgBzdW0gb2YgcG93ZXJzICVkICh4MWU2KQoAZmFubmt1Y2goNykgY2hlY2tzdW0gJWQsIG1heCBmbGlwcyAlZAoAbGlzdCBvZiAlZCBub2Rlcywgc3VtICVkCgBtZW1jcHkgJWQgYnl0ZXMsIGZudi0xYSAleAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAN5Fvsk8vUNAMzMzMzMz8z8zMzMzMzPTv5qZmZmZmak/mpmZmZmZ2T8zMzMzMzMXQHsUrkfhepS/YTJVMCqpUz8zMzMzMzMPwM3MzMzMzABAmpmZmZmZub+amZmZmZn5vzMzMzMzMwfAexSuR+F6pD83GsBbIEGhPzMzMzMzMx1AmpmZmZmZGUCamZmZmZnJv5qZmZmZmfG/zczMzMzM9D97FK5H4XqEPwFNhA1Pr4Q/AAAAAAAAL8AAAAAAAAA2wM3MzMzMzOw/zczMzMzM7D8zMzMzMzPjv3sUrkfhepS/O99PjZducj8lAC0AKG51bGwpADAxMjM0NTY3ODlhYmNkZWYAAAAAAAUAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAADAAAA8AYAAAAEAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAr/////AAAAAAAAAAAAAAAAAAAAAAUAAAAAAAAAAAAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAAADAAAA+AoAAAAAAAAAAAAAAAAAAAIAAAAAAAAAAAAAAAAAAP//////AAAAAAAAAAAAAAAAAAAAAAgGAABoBgAACAYAAGgG";

/* no memory initializer */
var tempDoublePtr = STATICTOP; STATICTOP += 16;

function copyTempFloat(ptr) {
  HEAP8[tempDoublePtr] = HEAP8[ptr];
  HEAP8[tempDoublePtr + 1] = HEAP8[ptr + 1];
  HEAP8[tempDoublePtr + 2] = HEAP8[ptr + 2];
  HEAP8[tempDoublePtr + 3] = HEAP8[ptr + 3];
}

function copyTempDouble(ptr) {
  HEAP8[tempDoublePtr] = HEAP8[ptr];
  HEAP8[tempDoublePtr + 1] = HEAP8[ptr + 1];
  HEAP8[tempDoublePtr + 2] = HEAP8[ptr + 2];
  HEAP8[tempDoublePtr + 3] = HEAP8[ptr + 3];
  HEAP8[tempDoublePtr + 4] = HEAP8[ptr + 4];
  HEAP8[tempDoublePtr + 5] = HEAP8[ptr + 5];
  HEAP8[tempDoublePtr + 6] = HEAP8[ptr + 6];
  HEAP8[tempDoublePtr + 7] = HEAP8[ptr + 7];
}

  function _emscripten_memcpy_big(dest, src, num) {
      HEAPU8.set(HEAPU8.subarray(src, src + num), dest);
      return dest;
    }

  function ___lock() {}

  function ___unlock() {}

  var ERRNO_CODES = { EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, ENXIO: 6, E2BIG: 7, ENOEXEC: 8, EBADF: 9, ECHILD: 10, EAGAIN: 11, EWOULDBLOCK: 11, ENOMEM: 12, EACCES: 13, EFAULT: 14, EBUSY: 16, EEXIST: 17, EXDEV: 18, ENODEV: 19, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ENFILE: 23, EMFILE: 24, ENOTTY: 25, EFBIG: 27, ENOSPC: 28, ESPIPE: 29, EROFS: 30, EMLINK: 31, EPIPE: 32, EDOM: 33, ERANGE: 34, ENOSYS: 38 };

  function ___setErrNo(value) {
      if (Module["___errno_location"]) HEAP32[Module["___errno_location"]() >> 2] = value;
      return value;
    }

  // The syscalls take their arguments from memory: varargs points at them,
  // one 32-bit word each, and get() reads the next one.
  var SYSCALLS = { varargs: 0, get: function(varargs) {
        SYSCALLS.varargs += 4;
        var ret = HEAP32[SYSCALLS.varargs - 4 >> 2];
        return ret;
      }, getStr: function() {
        var ret = Pointer_stringify(SYSCALLS.get());
        return ret;
      }, get64: function() {
        var low = SYSCALLS.get(), high = SYSCALLS.get();
        if (low >= 0) assert(high === 0);
        else assert(high === -1);
        return low;
      }, getZero: function() {
        assert(SYSCALLS.get() === 0);
      } };

  function ___syscall6(which, varargs) {SYSCALLS.varargs = varargs;
  try {
   // close() fails: without a file system there is no descriptor to close
      var fd = SYSCALLS.get();
      return -ERRNO_CODES.EBADF;
    } catch (e) {
    if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
    return -e.errno;
  }
  }

  function ___syscall54(which, varargs) {SYSCALLS.varargs = varargs;
  try {
   // ioctl() without a file system: every request succeeds and changes nothing
      return 0;
    } catch (e) {
    if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
    return -e.errno;
  }
  }

  function ___syscall140(which, varargs) {SYSCALLS.varargs = varargs;
  try {
   // llseek() fails: the standard streams are the only descriptors, and they do not seek
      var fd = SYSCALLS.get(), offset_high = SYSCALLS.get(), offset_low = SYSCALLS.get(), result = SYSCALLS.get(), whence = SYSCALLS.get();
      if (fd >= 0 && fd <= 2) return -ERRNO_CODES.ESPIPE;
      return -ERRNO_CODES.EBADF;
    } catch (e) {
    if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
    return -e.errno;
  }
  }

  function flush_NO_FILESYSTEM() {
      // what the program's stdio still holds goes out first; then a line left
      // open in printChar's buffers is ended
      var fflush = Module["_fflush"];
      if (fflush) fflush(0);
      var printChar = ___syscall146.printChar;
      if (!printChar) return;
      var buffers = ___syscall146.buffers;
      if (buffers[1].length) printChar(1, 10);
      if (buffers[2].length) printChar(2, 10);
    }
  function ___syscall146(which, varargs) {SYSCALLS.varargs = varargs;
  try {
   // writev() for the standard streams only: bytes are gathered per stream
   // and each line is printed whole, ended by a newline or a NUL byte
      var stream = SYSCALLS.get(), iov = SYSCALLS.get(), iovcnt = SYSCALLS.get();
      var ret = 0;
      if (!___syscall146.buffers) {
        ___syscall146.buffers = [null, [], []];
        ___syscall146.printChar = function(stream, curr) {
          var buffer = ___syscall146.buffers[stream];
          assert(buffer);
          if (curr === 0 || curr === 10) {
            (stream === 1 ? out : err)(UTF8ArrayToString(buffer, 0));
            buffer.length = 0;
          } else {
            buffer.push(curr);
          }
        };
      }
      for (var i = 0; i < iovcnt; i++) {
        var ptr = HEAP32[iov + i * 8 >> 2];
        var len = HEAP32[iov + (i * 8 + 4) >> 2];
        for (var j = 0; j < len; j++) {
          ___syscall146.printChar(stream, HEAPU8[ptr + j]);
        }
        ret += len;
      }
      return ret;
    } catch (e) {
    if (typeof FS === "undefined" || !(e instanceof FS.ErrnoError)) abort(e);
    return -e.errno;
  }
  }
  var _llvm_pow_f64 = Math_pow;
__ATEXIT__.push(flush_NO_FILESYSTEM);;

DYNAMICTOP_PTR = staticAlloc(4);

STACK_BASE = STACKTOP = alignMemory(STATICTOP);

STACK_MAX = STACK_BASE + TOTAL_STACK;

DYNAMIC_BASE = alignMemory(STACK_MAX);

HEAP32[DYNAMICTOP_PTR >> 2] = DYNAMIC_BASE;

staticSealed = true; // seal the static portion of memory


Module.asmGlobalArg = { "Math": Math, "Int8Array": Int8Array, "Int16Array": Int16Array, "Int32Array": Int32Array, "Uint8Array": Uint8Array, "Uint16Array": Uint16Array, "Uint32Array": Uint32Array, "Float32Array": Float32Array, "Float64Array": Float64Array, "NaN": NaN, "Infinity": Infinity };

Module.asmLibraryArg = { "abort": abort, "assert": assert, "enlargeMemory": enlargeMemory, "getTotalMemory": getTotalMemory, "abortOnCannotGrowMemory": abortOnCannotGrowMemory, "___lock": ___lock, "___setErrNo": ___setErrNo, "___syscall140": ___syscall140, "___syscall146": ___syscall146, "___syscall54": ___syscall54, "___syscall6": ___syscall6, "___unlock": ___unlock, "_emscripten_memcpy_big": _emscripten_memcpy_big, "_llvm_pow_f64": _llvm_pow_f64, "DYNAMICTOP_PTR": DYNAMICTOP_PTR, "tempDoublePtr": tempDoublePtr, "ABORT": ABORT, "STACKTOP": STACKTOP, "STACK_MAX": STACK_MAX };
// EMSCRIPTEN_START_ASM
var asm = (function(global, env, buffer) {
"use asm";

  var HEAP8 = new global.Int8Array(buffer);
  var HEAP16 = new global.Int16Array(buffer);
  var HEAP32 = new global.Int32Array(buffer);
  var HEAPU8 = new global.Uint8Array(buffer);
  var HEAPU16 = new global.Uint16Array(buffer);
  var HEAPU32 = new global.Uint32Array(buffer);
  var HEAPF32 = new global.Float32Array(buffer);
  var HEAPF64 = new global.Float64Array(buffer);

  var DYNAMICTOP_PTR = env.DYNAMICTOP_PTR|0;
  var tempDoublePtr = env.tempDoublePtr|0;
  var ABORT = env.ABORT|0;
  var STACKTOP = env.STACKTOP|0;
  var STACK_MAX = env.STACK_MAX|0;

  var __THREW__ = 0;
  var threwValue = 0;
  var setjmpId = 0;
  var undef = 0;
  var nan = global.NaN, inf = global.Infinity;
  var tempInt = 0, tempBigInt = 0, tempBigIntS = 0, tempValue = 0, tempDouble = 0.0;
  var tempRet0 = 0;

  var Math_floor = global.Math.floor;
  var Math_abs = global.Math.abs;
  var Math_sqrt = global.Math.sqrt;
  var Math_pow = global.Math.pow;
  var Math_cos = global.Math.cos;
  var Math_sin = global.Math.sin;
  var Math_tan = global.Math.tan;
  var Math_acos = global.Math.acos;
  var Math_asin = global.Math.asin;
  var Math_atan = global.Math.atan;
  var Math_atan2 = global.Math.atan2;
  var Math_exp = global.Math.exp;
  var Math_log = global.Math.log;
  var Math_ceil = global.Math.ceil;
  var Math_imul = global.Math.imul;
  var Math_min = global.Math.min;
  var Math_max = global.Math.max;
  var Math_clz32 = global.Math.clz32;
  var abort = env.abort;
  var assert = env.assert;
  var enlargeMemory = env.enlargeMemory;
  var getTotalMemory = env.getTotalMemory;
  var abortOnCannotGrowMemory = env.abortOnCannotGrowMemory;
  var ___lock = env.___lock;
  var ___setErrNo = env.___setErrNo;
  var ___syscall140 = env.___syscall140;
  var ___syscall146 = env.___syscall146;
  var ___syscall54 = env.___syscall54;
  var ___syscall6 = env.___syscall6;
  var ___unlock = env.___unlock;
  var _emscripten_memcpy_big = env._emscripten_memcpy_big;
  var _llvm_pow_f64 = env._llvm_pow_f64;
  var tempFloat = 0.0;

// EMSCRIPTEN_START_FUNCS

function stackAlloc(size) {
 size = size|0;
 var ret = 0;
 ret = STACKTOP;
 STACKTOP = STACKTOP + size|0;
 STACKTOP = STACKTOP + 15&-16;
 return ret|0;
}
function stackSave() {
 return STACKTOP|0;
}
function stackRestore(top) {
 top = top|0;
 STACKTOP = top;
}
function establishStackSpace(stackBase, stackMax) {
 stackBase = stackBase|0;
 stackMax = stackMax|0;
 STACKTOP = stackBase;
 STACK_MAX = stackMax;
}

function setThrew(threw, value) {
 threw = threw|0;
 value = value|0;
 if ((__THREW__|0) == 0) {
  __THREW__ = threw;
  threwValue = value;
 }
}

function setTempRet0(value) {
 value = value|0;
 tempRet0 = value;
}
function getTempRet0() {
 return tempRet0|0;
}

function _main($argc, $argv) {
 $argc = $argc|0;
 $argv = $argv|0;
 var $n = 0, $primes = 0, $e0 = 0.0, $e1 = 0.0, $i = 0, $sn = 0, $s = 0.0, $flips = 0, $head = 0, $p = 0, $next = 0, $sum = 0, $size = 0, $a = 0, $b = 0, $h = 0, $ck = 0;
 var $vararg_buffer = 0, $vararg_buffer1 = 0, $vararg_buffer4 = 0, $vararg_buffer7 = 0, $vararg_buffer10 = 0, $vararg_buffer12 = 0, $vararg_buffer15 = 0, $vararg_buffer18 = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 80|0;
 $ck = sp + 72|0;
 $vararg_buffer18 = sp + 64|0;
 $vararg_buffer15 = sp + 56|0;
 $vararg_buffer12 = sp + 48|0;
 $vararg_buffer10 = sp + 40|0;
 $vararg_buffer7 = sp + 32|0;
 $vararg_buffer4 = sp + 24|0;
 $vararg_buffer1 = sp + 16|0;
 $vararg_buffer = sp;
 if (($argc|0) > 1) {
  $n = _atoi(HEAP32[$argv+4>>2]|0)|0;
 } else {
  $n = 100;
 }
 HEAP32[$vararg_buffer>>2] = $n;
 (_printf(1024, $vararg_buffer)|0);
 $primes = _sieve(Math_imul($n, 1000)|0)|0;
 HEAP32[$vararg_buffer1>>2] = Math_imul($n, 1000)|0;
 HEAP32[$vararg_buffer1+4>>2] = $primes;
 (_printf(1032, $vararg_buffer1)|0);
 $e0 = +_energy();
 $i = 0;
 while (1) {
  if (($i|0) >= (Math_imul($n, 20)|0)) break;
  _advance(0.01);
  $i = $i + 1|0;
 }
 $e1 = +_energy();
 HEAP32[$vararg_buffer4>>2] = ~~($e0 * 1.0e9);
 HEAP32[$vararg_buffer4+4>>2] = ~~($e1 * 1.0e9);
 (_printf(1053, $vararg_buffer4)|0);
 $sn = (($n|0) / 10 | 0) + 10|0;
 HEAP32[$vararg_buffer7>>2] = $sn;
 HEAP32[$vararg_buffer7+4>>2] = ~~(+_spectral($sn) * 1.0e9);
 (_printf(1084, $vararg_buffer7)|0);
 $s = 0.0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  $s = $s + +_llvm_pow_f64(+($i|0) / +($n|0) + 1.0, 1.5);
  $i = $i + 1|0;
 }
 HEAP32[$vararg_buffer10>>2] = ~~($s * 1.0e6);
 (_printf(1113, $vararg_buffer10)|0);
 $flips = _fannkuch(7, $ck)|0;
 HEAP32[$vararg_buffer12>>2] = HEAP32[$ck>>2]|0;
 HEAP32[$vararg_buffer12+4>>2] = $flips;
 (_printf(1138, $vararg_buffer12)|0);
 $head = 0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  $p = _malloc(8)|0;
  HEAP32[$p>>2] = $i;
  HEAP32[$p+4>>2] = $head;
  $head = $p;
  $i = $i + 1|0;
 }
 $sum = 0;
 while (1) {
  if (!$head) break;
  $next = HEAP32[$head+4>>2]|0;
  $sum = (HEAP32[$head>>2]|0) + $sum|0;
  _free($head);
  $head = $next;
 }
 HEAP32[$vararg_buffer15>>2] = $n;
 HEAP32[$vararg_buffer15+4>>2] = $sum;
 (_printf(1177, $vararg_buffer15)|0);
 $size = ($n << 6) + 8192|0;
 $a = _malloc($size)|0;
 $b = _malloc($size)|0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($size|0)) break;
  HEAP8[$a + $i>>0] = (Math_imul($i, 31)|0) + 7;
  $i = $i + 1|0;
 }
 _memcpy($b|0, $a|0, $size|0)|0;
 _memcpy($b + 1|0, $a + 100|0, 500)|0;
 $h = -2128831035;
 $i = 0;
 while (1) {
  if (($i|0) >= ($size|0)) break;
  $h = Math_imul(HEAPU8[$b + $i>>0] ^ $h, 16777619)|0;
  $i = $i + 1|0;
 }
 HEAP32[$vararg_buffer18>>2] = $size;
 HEAP32[$vararg_buffer18+4>>2] = $h;
 (_printf(1203, $vararg_buffer18)|0);
 _free($a);
 _free($b);
 STACKTOP = sp;
 return 0;
}
function _sieve($limit) {
 $limit = $limit|0;
 var $flags = 0, $count = 0, $i = 0, $j = 0;
 $flags = _malloc($limit + 1|0)|0;
 _memset($flags|0, 1, $limit + 1|0)|0;
 $count = 0;
 $i = 2;
 while (1) {
  if (($i|0) > ($limit|0)) break;
  if (HEAP8[$flags + $i>>0]|0) {
   $count = $count + 1|0;
   $j = $i << 1;
   while (1) {
    if (($j|0) > ($limit|0)) break;
    HEAP8[$flags + $j>>0] = 0;
    $j = $j + $i|0;
   }
  }
  $i = $i + 1|0;
 }
 _free($flags);
 return $count|0;
}
function _energy() {
 var $e = 0.0, $i = 0, $j = 0, $bi = 0, $bj = 0, $dx = 0.0, $dy = 0.0, $dz = 0.0, $vx = 0.0, $vy = 0.0, $vz = 0.0;
 $e = 0.0;
 $i = 0;
 while (1) {
  $bi = 1232 + (Math_imul($i, 56)|0)|0;
  $vx = +HEAPF64[$bi+24>>3];
  $vy = +HEAPF64[$bi+32>>3];
  $vz = +HEAPF64[$bi+40>>3];
  $e = $e + 0.5 * +HEAPF64[$bi+48>>3] * ($vx * $vx + $vy * $vy + $vz * $vz);
  $j = $i + 1|0;
  while (1) {
   if (($j|0) >= 5) break;
   $bj = 1232 + (Math_imul($j, 56)|0)|0;
   $dx = +HEAPF64[$bi>>3] - +HEAPF64[$bj>>3];
   $dy = +HEAPF64[$bi+8>>3] - +HEAPF64[$bj+8>>3];
   $dz = +HEAPF64[$bi+16>>3] - +HEAPF64[$bj+16>>3];
   $e = $e - +HEAPF64[$bi+48>>3] * +HEAPF64[$bj+48>>3] / +Math_sqrt($dx * $dx + $dy * $dy + $dz * $dz);
   $j = $j + 1|0;
  }
  $i = $i + 1|0;
  if (($i|0) == 5) break;
 }
 return +$e;
}
function _advance($dt) {
 $dt = +$dt;
 var $i = 0, $j = 0, $bi = 0, $bj = 0, $dx = 0.0, $dy = 0.0, $dz = 0.0, $d2 = 0.0, $mag = 0.0, $mi = 0.0, $mj = 0.0;
 $i = 0;
 while (1) {
  $bi = 1232 + (Math_imul($i, 56)|0)|0;
  $mi = +HEAPF64[$bi+48>>3];
  $j = $i + 1|0;
  while (1) {
   if (($j|0) >= 5) break;
   $bj = 1232 + (Math_imul($j, 56)|0)|0;
   $mj = +HEAPF64[$bj+48>>3];
   $dx = +HEAPF64[$bi>>3] - +HEAPF64[$bj>>3];
   $dy = +HEAPF64[$bi+8>>3] - +HEAPF64[$bj+8>>3];
   $dz = +HEAPF64[$bi+16>>3] - +HEAPF64[$bj+16>>3];
   $d2 = $dx * $dx + $dy * $dy + $dz * $dz;
   $mag = $dt / ($d2 * +Math_sqrt($d2));
   HEAPF64[$bi+24>>3] = +HEAPF64[$bi+24>>3] - $dx * $mj * $mag;
   HEAPF64[$bi+32>>3] = +HEAPF64[$bi+32>>3] - $dy * $mj * $mag;
   HEAPF64[$bi+40>>3] = +HEAPF64[$bi+40>>3] - $dz * $mj * $mag;
   HEAPF64[$bj+24>>3] = +HEAPF64[$bj+24>>3] + $dx * $mi * $mag;
   HEAPF64[$bj+32>>3] = +HEAPF64[$bj+32>>3] + $dy * $mi * $mag;
   HEAPF64[$bj+40>>3] = +HEAPF64[$bj+40>>3] + $dz * $mi * $mag;
   $j = $j + 1|0;
  }
  $i = $i + 1|0;
  if (($i|0) == 5) break;
 }
 $i = 0;
 while (1) {
  $bi = 1232 + (Math_imul($i, 56)|0)|0;
  HEAPF64[$bi>>3] = +HEAPF64[$bi>>3] + $dt * +HEAPF64[$bi+24>>3];
  HEAPF64[$bi+8>>3] = +HEAPF64[$bi+8>>3] + $dt * +HEAPF64[$bi+32>>3];
  HEAPF64[$bi+16>>3] = +HEAPF64[$bi+16>>3] + $dt * +HEAPF64[$bi+40>>3];
  $i = $i + 1|0;
  if (($i|0) == 5) break;
 }
 return;
}
function _eval_A($i, $j) {
 $i = $i|0;
 $j = $j|0;
 var $ij = 0;
 $ij = $j + $i|0;
 return +(1.0 / +(((Math_imul($ij + 1|0, $ij)|0) / 2 | 0) + $i + 1|0));
}
function _mul_Av($n, $v, $out) {
 $n = $n|0;
 $v = $v|0;
 $out = $out|0;
 var $i = 0, $j = 0, $sum = 0.0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  $sum = 0.0;
  $j = 0;
  while (1) {
   if (($j|0) >= ($n|0)) break;
   $sum = $sum + +_eval_A($i, $j) * +HEAPF64[$v + ($j << 3)>>3];
   $j = $j + 1|0;
  }
  HEAPF64[$out + ($i << 3)>>3] = $sum;
  $i = $i + 1|0;
 }
 return;
}
function _mul_Atv($n, $v, $out) {
 $n = $n|0;
 $v = $v|0;
 $out = $out|0;
 var $i = 0, $j = 0, $sum = 0.0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  $sum = 0.0;
  $j = 0;
  while (1) {
   if (($j|0) >= ($n|0)) break;
   $sum = $sum + +_eval_A($j, $i) * +HEAPF64[$v + ($j << 3)>>3];
   $j = $j + 1|0;
  }
  HEAPF64[$out + ($i << 3)>>3] = $sum;
  $i = $i + 1|0;
 }
 return;
}
function _mul_AtAv($n, $v, $out, $tmp) {
 $n = $n|0;
 $v = $v|0;
 $out = $out|0;
 $tmp = $tmp|0;
 _mul_Av($n, $v, $tmp);
 _mul_Atv($n, $tmp, $out);
 return;
}
function _spectral($n) {
 $n = $n|0;
 var $u = 0, $v = 0, $tmp = 0, $i = 0, $vBv = 0.0, $vv = 0.0, $vi = 0.0;
 $u = _malloc($n << 3)|0;
 $v = _malloc($n << 3)|0;
 $tmp = _malloc($n << 3)|0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  HEAPF64[$u + ($i << 3)>>3] = 1.0;
  $i = $i + 1|0;
 }
 $i = 0;
 while (1) {
  _mul_AtAv($n, $u, $v, $tmp);
  _mul_AtAv($n, $v, $u, $tmp);
  $i = $i + 1|0;
  if (($i|0) == 10) break;
 }
 $vBv = 0.0;
 $vv = 0.0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  $vi = +HEAPF64[$v + ($i << 3)>>3];
  $vBv = $vBv + +HEAPF64[$u + ($i << 3)>>3] * $vi;
  $vv = $vv + $vi * $vi;
  $i = $i + 1|0;
 }
 _free($u);
 _free($v);
 _free($tmp);
 return +(+Math_sqrt($vBv / $vv));
}
function _fannkuch($n, $checksum) {
 $n = $n|0;
 $checksum = $checksum|0;
 var $perm = 0, $perm1 = 0, $count = 0, $maxflips = 0, $permCount = 0, $sum = 0, $r = 0, $i = 0, $j = 0, $k = 0, $t = 0, $flips = 0, $perm0 = 0, $c = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 192|0;
 $perm = sp;
 $perm1 = sp + 64|0;
 $count = sp + 128|0;
 $i = 0;
 while (1) {
  if (($i|0) >= ($n|0)) break;
  HEAP32[$perm1 + ($i << 2)>>2] = $i;
  $i = $i + 1|0;
 }
 $r = $n;
 L1: while (1) {
  while (1) {
   if (($r|0) == 1) break;
   HEAP32[$count + ($r << 2) + -4>>2] = $r;
   $r = $r + -1|0;
  }
  $i = 0;
  while (1) {
   if (($i|0) >= ($n|0)) break;
   HEAP32[$perm + ($i << 2)>>2] = HEAP32[$perm1 + ($i << 2)>>2]|0;
   $i = $i + 1|0;
  }
  $flips = 0;
  while (1) {
   $k = HEAP32[$perm>>2]|0;
   if (!$k) break;
   $i = 0;
   $j = $k;
   while (1) {
    if (($i|0) >= ($j|0)) break;
    $t = HEAP32[$perm + ($i << 2)>>2]|0;
    HEAP32[$perm + ($i << 2)>>2] = HEAP32[$perm + ($j << 2)>>2]|0;
    HEAP32[$perm + ($j << 2)>>2] = $t;
    $i = $i + 1|0;
    $j = $j + -1|0;
   }
   $flips = $flips + 1|0;
  }
  if (($flips|0) > ($maxflips|0)) $maxflips = $flips;
  if ($permCount & 1) $sum = $sum - $flips|0;
  else $sum = $sum + $flips|0;
  while (1) {
   if (($r|0) == ($n|0)) break L1;
   $perm0 = HEAP32[$perm1>>2]|0;
   $i = 0;
   while (1) {
    if (($i|0) >= ($r|0)) break;
    HEAP32[$perm1 + ($i << 2)>>2] = HEAP32[$perm1 + ($i << 2) + 4>>2]|0;
    $i = $i + 1|0;
   }
   HEAP32[$perm1 + ($r << 2)>>2] = $perm0;
   $c = (HEAP32[$count + ($r << 2)>>2]|0) + -1|0;
   HEAP32[$count + ($r << 2)>>2] = $c;
   if (($c|0) > 0) break;
   $r = $r + 1|0;
  }
  $permCount = $permCount + 1|0;
 }
 HEAP32[$checksum>>2] = $sum;
 STACKTOP = sp;
 return $maxflips|0;
}

function _malloc($bytes) {
 $bytes = $bytes|0;
 var $need = 0, $prev = 0, $p = 0, $size = 0, $next = 0, $rest = 0, $call = 0;
 if ($bytes >>> 0 > 2147483584) {
  HEAP32[(___errno_location()|0)>>2] = 12;
  return 0;
 }
 $need = $bytes + 15&-8;
 if ($need >>> 0 < 16) $need = 16;
 $prev = 0;
 $p = HEAP32[441]|0;
 while (1) {
  if (!$p) break;
  $size = HEAP32[$p>>2]|0;
  $next = HEAP32[$p+4>>2]|0;
  if ($size >>> 0 >= $need >>> 0) {
   if (($size - $need|0) >>> 0 >= 32) {
    $rest = $p + $need|0;
    HEAP32[$rest>>2] = $size - $need;
    HEAP32[$rest+4>>2] = $next;
    HEAP32[$p>>2] = $need;
    $next = $rest;
   }
   if (!$prev) HEAP32[441] = $next;
   else HEAP32[$prev+4>>2] = $next;
   HEAP32[$p+4>>2] = 0;
   return $p + 8|0;
  }
  $prev = $p;
  $p = $next;
 }
 $need = $need + 15&-16;
 $call = _sbrk($need|0)|0;
 if (($call|0) == -1) return 0;
 HEAP32[$call>>2] = $need;
 HEAP32[$call+4>>2] = 0;
 return $call + 8|0;
}
function _free($mem) {
 $mem = $mem|0;
 var $p = 0;
 if (!$mem) return;
 $p = $mem + -8|0;
 HEAP32[$p+4>>2] = HEAP32[441]|0;
 HEAP32[441] = $p;
 return;
}
function _sbrk(increment) {
 increment = increment|0;
 var oldTop = 0, newTop = 0;
 increment = increment + 15&-16;
 oldTop = HEAP32[DYNAMICTOP_PTR>>2]|0;
 newTop = oldTop + increment|0;
 if ((increment|0) > 0 & (newTop|0) < (oldTop|0) | (newTop|0) < 0) {
  abortOnCannotGrowMemory()|0;
  ___setErrNo(12);
  return -1;
 }
 HEAP32[DYNAMICTOP_PTR>>2] = newTop;
 if ((newTop|0) > (getTotalMemory()|0)) {
  if ((enlargeMemory()|0) == 0) {
   HEAP32[DYNAMICTOP_PTR>>2] = oldTop;
   ___setErrNo(12);
   return -1;
  }
 }
 return oldTop|0;
}
function _memcpy(dest, src, num) {
 dest = dest|0;
 src = src|0;
 num = num|0;
 var ret = 0, end = 0, wordEnd = 0;
 if ((num|0) >= 8192) {
  return _emscripten_memcpy_big(dest|0, src|0, num|0)|0;
 }
 ret = dest|0;
 end = dest + num|0;
 if ((dest&3) == (src&3)) {
  while (dest & 3) {
   if ((dest|0) >= (end|0)) return ret|0;
   HEAP8[dest>>0] = HEAP8[src>>0]|0;
   dest = dest + 1|0;
   src = src + 1|0;
  }
  wordEnd = end & -4;
  while ((dest|0) < (wordEnd|0)) {
   HEAP32[dest>>2] = HEAP32[src>>2]|0;
   dest = dest + 4|0;
   src = src + 4|0;
  }
 }
 while ((dest|0) < (end|0)) {
  HEAP8[dest>>0] = HEAP8[src>>0]|0;
  dest = dest + 1|0;
  src = src + 1|0;
 }
 return ret|0;
}
function _memset(ptr, value, num) {
 ptr = ptr|0;
 value = value|0;
 num = num|0;
 var end = 0, wordEnd = 0, value4 = 0;
 end = ptr + num|0;
 value = value & 255;
 if ((num|0) >= 16) {
  while (ptr & 3) {
   HEAP8[ptr>>0] = value;
   ptr = ptr + 1|0;
  }
  wordEnd = end & -4;
  value4 = value | value << 8 | value << 16 | value << 24;
  while ((ptr|0) < (wordEnd|0)) {
   HEAP32[ptr>>2] = value4;
   ptr = ptr + 4|0;
  }
 }
 while ((ptr|0) < (end|0)) {
  HEAP8[ptr>>0] = value;
  ptr = ptr + 1|0;
 }
 return end - num|0;
}
function _strlen($s) {
 $s = $s|0;
 var $p = 0;
 $p = $s;
 while (1) {
  if (!(HEAP8[$p>>0]|0)) break;
  $p = $p + 1|0;
 }
 return $p - $s|0;
}
function ___errno_location() {
 return 1752|0;
}
function ___syscall_ret($r) {
 $r = $r|0;
 if ($r >>> 0 > 4294963200) {
  HEAP32[(___errno_location()|0)>>2] = 0 - $r;
  return -1;
 }
 return $r|0;
}
function ___ofl_lock() {
 ___lock(1756|0);
 return 1760|0;
}
function ___ofl_unlock() {
 ___unlock(1756|0);
 return;
}
function ___stdio_close($f) {
 $f = $f|0;
 var $vararg_buffer = 0, $call = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 HEAP32[$vararg_buffer>>2] = HEAP32[$f+60>>2]|0;
 $call = ___syscall6(6, $vararg_buffer|0)|0;
 $call = ___syscall_ret($call)|0;
 STACKTOP = sp;
 return $call|0;
}
function ___stdio_write($f, $buf, $len) {
 $f = $f|0;
 $buf = $buf|0;
 $len = $len|0;
 var $iovs = 0, $iov = 0, $iovcnt = 0, $rem = 0, $cnt = 0, $first = 0, $base = 0, $ret = 0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 32|0;
 $vararg_buffer = sp;
 $iovs = sp + 16|0;
 $base = HEAP32[$f+28>>2]|0;
 $first = (HEAP32[$f+20>>2]|0) - $base|0;
 HEAP32[$iovs>>2] = $base;
 HEAP32[$iovs+4>>2] = $first;
 HEAP32[$iovs+8>>2] = $buf;
 HEAP32[$iovs+12>>2] = $len;
 $rem = $first + $len|0;
 $iov = $iovs;
 $iovcnt = 2;
 while (1) {
  HEAP32[$vararg_buffer>>2] = HEAP32[$f+60>>2]|0;
  HEAP32[$vararg_buffer+4>>2] = $iov;
  HEAP32[$vararg_buffer+8>>2] = $iovcnt;
  $cnt = ___syscall146(146, $vararg_buffer|0)|0;
  $cnt = ___syscall_ret($cnt)|0;
  if (($cnt|0) == ($rem|0)) {
   $base = HEAP32[$f+44>>2]|0;
   HEAP32[$f+16>>2] = $base + (HEAP32[$f+48>>2]|0);
   HEAP32[$f+28>>2] = $base;
   HEAP32[$f+20>>2] = $base;
   $ret = $len;
   break;
  }
  if (($cnt|0) < 0) {
   HEAP32[$f+16>>2] = 0;
   HEAP32[$f+28>>2] = 0;
   HEAP32[$f+20>>2] = 0;
   HEAP32[$f>>2] = HEAP32[$f>>2] | 32;
   if (($iovcnt|0) == 2) $ret = 0;
   else $ret = $len - (HEAP32[$iov+4>>2]|0)|0;
   break;
  }
  $rem = $rem - $cnt|0;
  $first = HEAP32[$iov+4>>2]|0;
  if ($cnt >>> 0 > $first >>> 0) {
   $cnt = $cnt - $first|0;
   $iov = $iov + 8|0;
   $iovcnt = $iovcnt + -1|0;
   $first = HEAP32[$iov+4>>2]|0;
  }
  HEAP32[$iov>>2] = (HEAP32[$iov>>2]|0) + $cnt;
  HEAP32[$iov+4>>2] = $first - $cnt;
 }
 STACKTOP = sp;
 return $ret|0;
}
function ___stdout_write($f, $buf, $len) {
 $f = $f|0;
 $buf = $buf|0;
 $len = $len|0;
 var $wsz = 0, $call = 0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 32|0;
 $vararg_buffer = sp;
 $wsz = sp + 16|0;
 HEAP32[$f+36>>2] = 5;
 if ((HEAP32[$f>>2] & 64) == 0) {
  HEAP32[$vararg_buffer>>2] = HEAP32[$f+60>>2]|0;
  HEAP32[$vararg_buffer+4>>2] = 21523;
  HEAP32[$vararg_buffer+8>>2] = $wsz;
  if (___syscall54(54, $vararg_buffer|0)|0) {
   HEAP8[$f+75>>0] = -1;
  }
 }
 $call = ___stdio_write($f, $buf, $len)|0;
 STACKTOP = sp;
 return $call|0;
}
function ___stdio_seek($f, $off, $whence) {
 $f = $f|0;
 $off = $off|0;
 $whence = $whence|0;
 var $result = 0, $call = 0, $ret = 0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 32|0;
 $vararg_buffer = sp;
 $result = sp + 24|0;
 HEAP32[$vararg_buffer>>2] = HEAP32[$f+60>>2]|0;
 HEAP32[$vararg_buffer+4>>2] = $off >> 31;
 HEAP32[$vararg_buffer+8>>2] = $off;
 HEAP32[$vararg_buffer+12>>2] = $result;
 HEAP32[$vararg_buffer+16>>2] = $whence;
 $call = ___syscall140(140, $vararg_buffer|0)|0;
 if ((___syscall_ret($call)|0) < 0) {
  HEAP32[$result>>2] = -1;
  $ret = -1;
 } else {
  $ret = HEAP32[$result>>2]|0;
 }
 STACKTOP = sp;
 return $ret|0;
}
function ___towrite($f) {
 $f = $f|0;
 var $mode = 0, $flags = 0, $buf = 0;
 $mode = HEAP8[$f+74>>0]|0;
 HEAP8[$f+74>>0] = $mode + 255 | $mode;
 $flags = HEAP32[$f>>2]|0;
 if ($flags & 8) {
  HEAP32[$f>>2] = $flags | 32;
  return -1;
 }
 HEAP32[$f+8>>2] = 0;
 HEAP32[$f+4>>2] = 0;
 $buf = HEAP32[$f+44>>2]|0;
 HEAP32[$f+28>>2] = $buf;
 HEAP32[$f+20>>2] = $buf;
 HEAP32[$f+16>>2] = $buf + (HEAP32[$f+48>>2]|0);
 return 0;
}
function ___fwritex($s, $l, $f) {
 $s = $s|0;
 $l = $l|0;
 $f = $f|0;
 var $i = 0, $n = 0, $wpos = 0;
 if ((HEAP32[$f+16>>2]|0) == 0) {
  if (___towrite($f)|0) return 0;
 }
 $wpos = HEAP32[$f+20>>2]|0;
 if ($l >>> 0 > ((HEAP32[$f+16>>2]|0) - $wpos|0) >>> 0) {
  $n = FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, $s|0, $l|0)|0;
  return $n|0;
 }
 $i = 0;
 if ((HEAP8[$f+75>>0]|0) > -1) {
  $i = $l;
  while (1) {
   if (!$i) break;
   if ((HEAP8[$s + $i + -1>>0]|0) == 10) break;
   $i = $i + -1|0;
  }
  if ($i) {
   $n = FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, $s|0, $i|0)|0;
   if ($n >>> 0 < $i >>> 0) return $n|0;
   $s = $s + $i|0;
   $l = $l - $i|0;
   $wpos = HEAP32[$f+20>>2]|0;
  }
 }
 _memcpy($wpos|0, $s|0, $l|0)|0;
 HEAP32[$f+20>>2] = (HEAP32[$f+20>>2]|0) + $l;
 return $l + $i|0;
}
function _fwrite($src, $size, $nmemb, $f) {
 $src = $src|0;
 $size = $size|0;
 $nmemb = $nmemb|0;
 $f = $f|0;
 var $l = 0, $k = 0;
 $l = Math_imul($nmemb, $size)|0;
 if (!$size) $nmemb = 0;
 $k = ___fwritex($src, $l, $f)|0;
 if (($k|0) == ($l|0)) return $nmemb|0;
 return ($k>>>0) / ($size>>>0) | 0;
}
function _fputs($s, $f) {
 $s = $s|0;
 $f = $f|0;
 var $l = 0;
 $l = _strlen($s)|0;
 return ((_fwrite($s, 1, $l, $f)|0) == ($l|0)) + -1|0;
}
function ___overflow($f, $_c) {
 $f = $f|0;
 $_c = $_c|0;
 var $c = 0, $wpos = 0, $ret = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $c = sp;
 HEAP8[$c>>0] = $_c;
 do {
  if ((HEAP32[$f+16>>2]|0) == 0) {
   if (___towrite($f)|0) {
    $ret = -1;
    break;
   }
  }
  $wpos = HEAP32[$f+20>>2]|0;
  if ($wpos >>> 0 < (HEAP32[$f+16>>2]|0) >>> 0) {
   if (($_c & 255|0) != (HEAP8[$f+75>>0]|0)) {
    HEAP32[$f+20>>2] = $wpos + 1;
    HEAP8[$wpos>>0] = $_c;
    $ret = $_c & 255;
    break;
   }
  }
  if ((FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, $c|0, 1)|0) != 1) {
   $ret = -1;
   break;
  }
  $ret = HEAPU8[$c>>0]|0;
 } while (0);
 STACKTOP = sp;
 return $ret|0;
}
function _fputc($c, $f) {
 $c = $c|0;
 $f = $f|0;
 var $wpos = 0;
 if (($c & 255|0) != (HEAP8[$f+75>>0]|0)) {
  $wpos = HEAP32[$f+20>>2]|0;
  if ($wpos >>> 0 < (HEAP32[$f+16>>2]|0) >>> 0) {
   HEAP32[$f+20>>2] = $wpos + 1;
   HEAP8[$wpos>>0] = $c;
   return $c & 255|0;
  }
 }
 return ___overflow($f, $c)|0;
}
function _putchar($c) {
 $c = $c|0;
 return _fputc($c, HEAP32[434]|0)|0;
}
function _puts($s) {
 $s = $s|0;
 var $out = 0, $r = 0;
 $out = HEAP32[434]|0;
 $r = 0;
 if ((_fputs($s, $out)|0) < 0) $r = -1;
 else if ((_fputc(10, $out)|0) < 0) $r = -1;
 return $r|0;
}
function ___fflush_unlocked($f) {
 $f = $f|0;
 if ((HEAP32[$f+20>>2]|0) != (HEAP32[$f+28>>2]|0)) {
  FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, 0, 0)|0;
  if ((HEAP32[$f+20>>2]|0) == 0) return -1;
 }
 if ((HEAP32[$f+4>>2]|0) != (HEAP32[$f+8>>2]|0)) {
  FUNCTION_TABLE_iiii[HEAP32[$f+40>>2] & 7]($f|0, (HEAP32[$f+4>>2]|0) - (HEAP32[$f+8>>2]|0)|0, 1)|0;
 }
 HEAP32[$f+16>>2] = 0;
 HEAP32[$f+28>>2] = 0;
 HEAP32[$f+20>>2] = 0;
 HEAP32[$f+8>>2] = 0;
 HEAP32[$f+4>>2] = 0;
 return 0;
}
function _fflush($f) {
 $f = $f|0;
 var $r = 0, $p = 0;
 if ($f) {
  $r = ___fflush_unlocked($f)|0;
  return $r|0;
 }
 $r = 0;
 if (HEAP32[436]|0) {
  $r = ___fflush_unlocked(HEAP32[436]|0)|0;
 }
 if (HEAP32[437]|0) {
  $r = ___fflush_unlocked(HEAP32[437]|0)|0 | $r;
 }
 $p = HEAP32[(___ofl_lock()|0)>>2]|0;
 while (1) {
  if (!$p) break;
  if ((HEAP32[$p+20>>2]|0) != (HEAP32[$p+28>>2]|0)) {
   $r = ___fflush_unlocked($p)|0 | $r;
  }
  $p = HEAP32[$p+56>>2]|0;
 }
 ___ofl_unlock();
 return $r|0;
}
function _fseek($f, $off, $whence) {
 $f = $f|0;
 $off = $off|0;
 $whence = $whence|0;
 if (($whence|0) == 1) {
  $off = $off - (HEAP32[$f+8>>2]|0) + (HEAP32[$f+4>>2]|0)|0;
 }
 if ((HEAP32[$f+20>>2]|0) != (HEAP32[$f+28>>2]|0)) {
  FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, 0, 0)|0;
  if ((HEAP32[$f+20>>2]|0) == 0) return -1;
 }
 HEAP32[$f+16>>2] = 0;
 HEAP32[$f+28>>2] = 0;
 HEAP32[$f+20>>2] = 0;
 if ((FUNCTION_TABLE_iiii[HEAP32[$f+40>>2] & 7]($f|0, $off|0, $whence|0)|0) < 0) return -1;
 HEAP32[$f+8>>2] = 0;
 HEAP32[$f+4>>2] = 0;
 HEAP32[$f>>2] = HEAP32[$f>>2] & -17;
 return 0;
}
function _out($f, $s, $l) {
 $f = $f|0;
 $s = $s|0;
 $l = $l|0;
 if ((HEAP32[$f>>2] & 32) == 0) {
  ___fwritex($s, $l, $f)|0;
 }
 return;
}
function _pad($f, $c, $w, $l, $fl) {
 $f = $f|0;
 $c = $c|0;
 $w = $w|0;
 $l = $l|0;
 $fl = $fl|0;
 var $n = 0, $pad = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 64|0;
 $pad = sp;
 if (($fl & 3 | ($l|0) >= ($w|0)) == 0) {
  $n = $w - $l|0;
  _memset($pad|0, $c|0, ($n >>> 0 > 64 ? 64 : $n)|0)|0;
  while (1) {
   if ($n >>> 0 < 64) break;
   _out($f, $pad, 64);
   $n = $n + -64|0;
  }
  _out($f, $pad, $n);
 }
 STACKTOP = sp;
 return;
}
function _fmt_u($x, $s) {
 $x = $x|0;
 $s = $s|0;
 while (1) {
  $s = $s + -1|0;
  HEAP8[$s>>0] = (($x>>>0) % 10 | 0) + 48;
  $x = ($x>>>0) / 10 | 0;
  if (!$x) break;
 }
 return $s|0;
}
function _fmt_x($x, $s) {
 $x = $x|0;
 $s = $s|0;
 while (1) {
  $s = $s + -1|0;
  HEAP8[$s>>0] = HEAP8[1523 + ($x & 15)>>0]|0;
  $x = $x >>> 4;
  if (!$x) break;
 }
 return $s|0;
}
function _printf_core($f, $fmt, $ap) {
 $f = $f|0;
 $fmt = $fmt|0;
 $ap = $ap|0;
 var $c = 0, $s = 0, $cnt = 0, $fl = 0, $w = 0, $arg = 0, $v = 0, $a = 0, $z = 0, $pl = 0, $len = 0, $buf = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 32|0;
 $buf = sp;
 $cnt = 0;
 L1: while (1) {
  $s = $fmt;
  while (1) {
   $c = HEAP8[$fmt>>0]|0;
   if (($c|0) == 0 | ($c|0) == 37) break;
   $fmt = $fmt + 1|0;
  }
  if (($fmt|0) != ($s|0)) {
   _out($f, $s, $fmt - $s|0);
   $cnt = $cnt + $fmt - $s|0;
  }
  if (!$c) break;
  $fmt = $fmt + 1|0;
  $fl = 0;
  while (1) {
   $c = HEAP8[$fmt>>0]|0;
   if (($c|0) == 45) $fl = $fl | 1;
   else if (($c|0) == 48) $fl = $fl | 2;
   else break;
   $fmt = $fmt + 1|0;
  }
  $w = 0;
  while (1) {
   $c = HEAP8[$fmt>>0]|0;
   if (($c + -48|0) >>> 0 >= 10) break;
   $w = $c + -48 + (Math_imul($w, 10)|0)|0;
   $fmt = $fmt + 1|0;
  }
  $fmt = $fmt + 1|0;
  $z = $buf + 24|0;
  $a = $z;
  $pl = 0;
  if (($c|0) != 37) {
   $arg = HEAP32[$ap>>2]|0;
   $v = HEAP32[$arg>>2]|0;
   HEAP32[$ap>>2] = $arg + 4;
  }
  switch ($c|0) {
  case 37:  {
   _out($f, 1512, 1);
   $cnt = $cnt + 1|0;
   continue L1;
   break;
  }
  case 105: case 100:  {
   if (($v|0) < 0) {
    $v = 0 - $v|0;
    $pl = 1;
   }
   $a = _fmt_u($v, $z)|0;
   break;
  }
  case 117:  {
   $a = _fmt_u($v, $z)|0;
   break;
  }
  case 120:  {
   $a = _fmt_x($v, $z)|0;
   break;
  }
  case 99:  {
   $a = $z + -1|0;
   HEAP8[$a>>0] = $v;
   $fl = $fl & -3;
   break;
  }
  case 115:  {
   $a = $v ? $v : 1516;
   $z = $a + (_strlen($a)|0)|0;
   $fl = $fl & -3;
   break;
  }
  default: {
   $cnt = -1;
   break L1;
  }
  }
  $len = $z - $a|0;
  if ($fl & 1) $fl = $fl & -3;
  if (($w|0) < ($pl + $len|0)) $w = $pl + $len|0;
  _pad($f, 32, $w, $pl + $len|0, $fl);
  if ($pl) _out($f, 1514, 1);
  _pad($f, 48, $w, $pl + $len|0, $fl ^ 2);
  _out($f, $a, $len);
  _pad($f, 32, $w, $pl + $len|0, $fl ^ 1);
  $cnt = $cnt + $w|0;
 }
 STACKTOP = sp;
 return $cnt|0;
}
function _vfprintf($f, $fmt, $ap) {
 $f = $f|0;
 $fmt = $fmt|0;
 $ap = $ap|0;
 var $ap2 = 0, $internal = 0, $saved = 0, $ret = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 96|0;
 $internal = sp;
 $ap2 = sp + 80|0;
 HEAP32[$ap2>>2] = HEAP32[$ap>>2]|0;
 $saved = 0;
 if ((HEAP32[$f+48>>2]|0) == 0) {
  $saved = HEAP32[$f+44>>2]|0;
  HEAP32[$f+44>>2] = $internal;
  HEAP32[$f+48>>2] = 80;
  HEAP32[$f+28>>2] = 0;
  HEAP32[$f+20>>2] = 0;
  HEAP32[$f+16>>2] = 0;
 }
 if ((HEAP32[$f+16>>2]|0) == 0) {
  if (___towrite($f)|0) $ret = -1;
  else $ret = _printf_core($f, $fmt, $ap2)|0;
 } else {
  $ret = _printf_core($f, $fmt, $ap2)|0;
 }
 if ($saved) {
  FUNCTION_TABLE_iiii[HEAP32[$f+36>>2] & 7]($f|0, 0, 0)|0;
  if ((HEAP32[$f+20>>2]|0) == 0) $ret = -1;
  HEAP32[$f+44>>2] = $saved;
  HEAP32[$f+48>>2] = 0;
  HEAP32[$f+16>>2] = 0;
  HEAP32[$f+28>>2] = 0;
  HEAP32[$f+20>>2] = 0;
 }
 if (HEAP32[$f>>2] & 32) $ret = -1;
 STACKTOP = sp;
 return $ret|0;
}
function _fprintf($f, $fmt, $varargs) {
 $f = $f|0;
 $fmt = $fmt|0;
 $varargs = $varargs|0;
 var $ap = 0, $call = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $ap = sp;
 HEAP32[$ap>>2] = $varargs;
 $call = _vfprintf($f, $fmt, $ap)|0;
 STACKTOP = sp;
 return $call|0;
}
function _printf($fmt, $varargs) {
 $fmt = $fmt|0;
 $varargs = $varargs|0;
 var $ap = 0, $call = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $ap = sp;
 HEAP32[$ap>>2] = $varargs;
 $call = _vfprintf(HEAP32[434]|0, $fmt, $ap)|0;
 STACKTOP = sp;
 return $call|0;
}
function _atoi($s) {
 $s = $s|0;
 var $c = 0, $n = 0, $neg = 0;
 while (1) {
  $c = HEAP8[$s>>0]|0;
  if (!(($c|0) == 32 | ($c + -9|0) >>> 0 < 5)) break;
  $s = $s + 1|0;
 }
 if (($c|0) == 45) {
  $neg = 1;
  $s = $s + 1|0;
 } else if (($c|0) == 43) {
  $s = $s + 1|0;
 }
 while (1) {
  $c = HEAP8[$s>>0]|0;
  if (($c + -48|0) >>> 0 >= 10) break;
  $n = 48 - $c + (Math_imul($n, 10)|0)|0;
  $s = $s + 1|0;
 }
 return ($neg ? $n : 0 - $n|0)|0;
}
function runPostSets() {
}

function dynCall_ii(index,a1) {
 index = index|0;
 a1=a1|0;
 return FUNCTION_TABLE_ii[index&1](a1|0)|0;
}


function dynCall_iiii(index,a1,a2,a3) {
 index = index|0;
 a1=a1|0; a2=a2|0; a3=a3|0;
 return FUNCTION_TABLE_iiii[index&7](a1|0,a2|0,a3|0)|0;
}

function b0(p0) {
 p0 = p0|0; abort(0);return 0;
}
function b1(p0,p1,p2) {
 p0 = p0|0;p1 = p1|0;p2 = p2|0; abort(1);return 0;
}

// EMSCRIPTEN_END_FUNCS


  var FUNCTION_TABLE_ii = [b0,___stdio_close];
  var FUNCTION_TABLE_iiii = [b1,b1,___stdout_write,___stdio_seek,b1,___stdio_write,b1,b1];


  return { ___errno_location: ___errno_location, _fflush: _fflush, _free: _free, _main: _main, _malloc: _malloc, _memcpy: _memcpy, _memset: _memset, _sbrk: _sbrk, establishStackSpace: establishStackSpace, getTempRet0: getTempRet0, runPostSets: runPostSets, setTempRet0: setTempRet0, setThrew: setThrew, stackAlloc: stackAlloc, stackRestore: stackRestore, stackSave: stackSave, dynCall_ii: dynCall_ii, dynCall_iiii: dynCall_iiii };
})
// EMSCRIPTEN_END_ASM
(Module.asmGlobalArg, Module.asmLibraryArg, buffer);

var ___errno_location = Module["___errno_location"] = asm["___errno_location"];
var _fflush = Module["_fflush"] = asm["_fflush"];
var _free = Module["_free"] = asm["_free"];
var _main = Module["_main"] = asm["_main"];
var _malloc = Module["_malloc"] = asm["_malloc"];
var _memcpy = Module["_memcpy"] = asm["_memcpy"];
var _memset = Module["_memset"] = asm["_memset"];
var _sbrk = Module["_sbrk"] = asm["_sbrk"];
var establishStackSpace = Module["establishStackSpace"] = asm["establishStackSpace"];
var getTempRet0 = Module["getTempRet0"] = asm["getTempRet0"];
var runPostSets = Module["runPostSets"] = asm["runPostSets"];
var setTempRet0 = Module["setTempRet0"] = asm["setTempRet0"];
var setThrew = Module["setThrew"] = asm["setThrew"];
var stackAlloc = Module["stackAlloc"] = asm["stackAlloc"];
var stackRestore = Module["stackRestore"] = asm["stackRestore"];
var stackSave = Module["stackSave"] = asm["stackSave"];
var dynCall_ii = Module["dynCall_ii"] = asm["dynCall_ii"];
var dynCall_iiii = Module["dynCall_iiii"] = asm["dynCall_iiii"];
Module["asm"] = asm;

runPostSets();

if (memoryInitializer) {
  if (!isDataURI(memoryInitializer)) {
    throw "this build carries its memory initializer inline";
  }
  if (ENVIRONMENT_IS_NODE || ENVIRONMENT_IS_SHELL) {
    var data = Module["readBinary"](memoryInitializer);
    HEAPU8.set(data, GLOBAL_BASE);
  }
}

// An exception that exit() throws to stop the program where it is.
function ExitStatus(status) {
  this.name = "ExitStatus";
  this.message = "Program terminated with exit(" + status + ")";
  this.status = status;
}
ExitStatus.prototype = new Error();
ExitStatus.prototype.constructor = ExitStatus;

var initialStackTop;
var calledMain = false;

dependenciesFulfilled = function runCaller() {
  if (!Module["calledRun"]) run();
  if (!Module["calledRun"]) dependenciesFulfilled = runCaller;
};

Module["callMain"] = Module.callMain = function callMain(args) {
  args = args || [];

  ensureInitRuntime();

  initialStackTop = stackSave();

  var argc = args.length + 1;
  function pad() {
    for (var i = 0; i < 4 - 1; i++) {
      argv.push(0);
    }
  }
  var argv = [allocate(intArrayFromString(Module["thisProgram"]), "i8", ALLOC_NORMAL)];
  pad();
  for (var i = 0; i < argc - 1; i = i + 1) {
    argv.push(allocate(intArrayFromString(args[i]), "i8", ALLOC_NORMAL));
    pad();
  }
  argv.push(0);
  argv = allocate(argv, "i32", ALLOC_NORMAL);

  try {
    var ret = Module["_main"](argc, argv, 0);

    // main returned: exit with its value, running the atexit callbacks
    exit(ret, true);
  } catch (e) {
    if (e instanceof ExitStatus) {
      // exit() was called: it has done its work already
      return;
    } else if (e == "SimulateInfiniteLoop") {
      Module["noExitRuntime"] = true;
      return;
    } else {
      var toLog = e;
      if (e && typeof e === "object" && e.stack) {
        toLog = [e, e.stack];
      }
      err("exception thrown: " + toLog);
      Module["quit"](1, e);
    }
  } finally {
    calledMain = true;
  }
};

function run(args) {
  args = args || Module["arguments"];

  if (runDependencies > 0) {
    return;
  }

  preRun();

  if (runDependencies > 0) return;
  if (Module["calledRun"]) return;

  function doRun() {
    if (Module["calledRun"]) return;
    Module["calledRun"] = true;

    if (ABORT) return;

    ensureInitRuntime();

    preMain();

    if (Module["onRuntimeInitialized"]) Module["onRuntimeInitialized"]();

    if (Module["_main"] && shouldRunNow) Module["callMain"](args);

    postRun();
  }

  doRun();
}
Module["run"] = Module.run = run;

function exit(status, implicit) {
  if (implicit && Module["noExitRuntime"] && status === 0) {
    return;
  }

  if (Module["noExitRuntime"]) {
  } else {
    ABORT = true;
    EXITSTATUS = status;
    STACKTOP = initialStackTop;

    exitRuntime();

    if (Module["onExit"]) Module["onExit"](status);
  }

  Module["quit"](status, new ExitStatus(status));
}
Module["exit"] = Module.exit = exit;

function abort(what) {
  if (Module["onAbort"]) {
    Module["onAbort"](what);
  }

  if (what !== undefined) {
    Module.print(what);
    Module.printErr(what);
    what = JSON.stringify(what)
  } else {
    what = "";
  }

  ABORT = true;
  EXITSTATUS = 1;

  throw "abort(" + what + "). Build with -s ASSERTIONS=1 for more info.";
}
Module["abort"] = Module.abort = abort;

if (Module["preInit"]) {
  if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
  while (Module["preInit"].length > 0) {
    Module["preInit"].pop()();
  }
}

var shouldRunNow = true;
if (Module["noInitialRun"]) {
  shouldRunNow = false;
}

run();

// Decodes base64 text into a Uint8Array (Node's Buffer does it when present).
function decodeBase64(input) {
  var keyStr = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
  var output = [];
  var chr1, chr2, chr3;
  var enc1, enc2, enc3, enc4;
  var i = 0;
  input = input.replace(/[^A-Za-z0-9\+\/\=]/g, "");
  while (i < input.length) {
    enc1 = keyStr.indexOf(input.charAt(i++));
    enc2 = keyStr.indexOf(input.charAt(i++));
    enc3 = keyStr.indexOf(input.charAt(i++));
    enc4 = keyStr.indexOf(input.charAt(i++));
    chr1 = enc1 << 2 | enc2 >> 4;
    chr2 = (enc2 & 15) << 4 | enc3 >> 2;
    chr3 = (enc3 & 3) << 6 | enc4;
    output.push(chr1);
    if (enc3 !== 64) output.push(chr2);
    if (enc4 !== 64) output.push(chr3);
  }
  return new Uint8Array(output);
}

function intArrayFromBase64(s) {
  if (typeof ENVIRONMENT_IS_NODE === "boolean" && ENVIRONMENT_IS_NODE) {
    var buf = Buffer.from(s, "base64");
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return decodeBase64(s);
}

// The bytes of a data: URI of our prefix, or undefined for anything else.
function tryParseAsDataURI(filename) {
  if (!isDataURI(filename)) {
    return;
  }
  return intArrayFromBase64(filename.slice(dataURIPrefix.length));
}
