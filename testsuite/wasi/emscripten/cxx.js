// wasi:
// wasi: exit 3
// wasi: abort
// wasi: abort2
// wasi: big
// A C++ program as Emscripten 1.37 (fastcomp) builds it with -O2 and
// NO_FILESYSTEM, not minified, written by hand in that shape (no emcc here)
// as a reference for asm2wasm --wasi, run as node cxx.js ARGS.
// Its static data (more than 10240 bytes) is given by two allocate() calls,
// the second at Runtime.GLOBAL_BASE+10240. A global constructor runs from
// __ATINIT__ and registers the destructor with ___cxa_atexit; main registers
// a handler with atexit; virtual calls go through FUNCTION_TABLE_vi and one
// through invoke_vi; close() fails (EBADF, set with ___setErrNo) and so does
// fseek on stdout (ESPIPE). Then, by its arguments, main returns 0, calls
// exit(N) (the atexit handlers and the flush still run), abort(), the
// runtime's abort(7) directly, or mallocs more than the heap (enlargeMemory
// aborts). Every abort leaves the open line of stdout unprinted and makes
// Node exit with status 7 (the uncaughtException handler rethrows).
/*
  #include <stdio.h>
  #include <stdlib.h>
  #include <string.h>
  #include <unistd.h>
  #include <errno.h>
  #include <typeinfo>

  // two names for what the compiled code calls in the runtime directly
  extern "C" void emscripten_asm_abort(int);    // env.abort(what)
  extern "C" int emscripten_asm_total_memory(); // env.getTotalMemory()

  struct Logger {
    const char *name;
    int count;
    Logger(const char *n) : name(n), count(0) { printf("Logger(%s) constructed\n", name); }
    ~Logger() { printf("~Logger(%s): %d events\n", name, count); }
  };
  static Logger logger("events");

  struct Shape { virtual void describe() = 0; };
  struct Square : Shape {
    int side;
    Square(int s) : side(s) {}
    void describe() { printf("Square side %d, area %d\n", side, side * side); logger.count++; }
  };
  struct Circle : Shape {
    int radius;
    Circle(int r) : radius(r) {}
    void describe() { printf("Circle radius %d, area ~%d\n", radius, (int)(radius * 3.141592653589793 * radius)); logger.count++; }
  };

  extern const int table[2600];   // ((i * 7919) % 2003) - 1001

  static void bye() { puts("atexit handler: bye"); }

  int main(int argc, char **argv) {
    printf("main: argc=%d\n", argc);
    Shape *shapes[2] = { new Square(3), new Circle(2) };
    for (int i = 0; i < 2; i++) shapes[i]->describe();
    printf("rtti %s %s\n", typeid(*shapes[0]).name(), typeid(*shapes[1]).name());
    try { shapes[1]->describe(); } catch (...) { puts("caught"); }   // through invoke_vi
    printf("invoke_vi returned, __THREW__=%d\n", __THREW__);   // 0, nothing was thrown
    atexit(bye);
    int r = close(9);
    printf("close(9) = %d, errno %d\n", r, errno);
    printf("before fseek, ");
    r = fseek(stdout, 0, SEEK_CUR);
    printf("fseek(stdout) = %d, errno %d\n", r, errno);
    int sum = 0;
    for (int i = 0; i < 2600; i++) sum += table[i] * (i % 7 + 1);
    printf("table checksum %d\n", sum);
    printf("total memory %u\n", emscripten_asm_total_memory());
    delete shapes[0];
    delete shapes[1];
    printf("pending, ");
    if (argc > 1) {
      const char *cmd = argv[1];
      if (!strcmp(cmd, "exit")) {
        int n = argc > 2 ? atoi(argv[2]) : 1;
        fprintf(stderr, "exit(%d)\n", n);
        exit(n);
      } else if (!strcmp(cmd, "abort")) {
        fputs("calling abort()\n", stderr);
        abort();
      } else if (!strcmp(cmd, "abort2")) {
        fputs("calling the runtime's abort(7)\n", stderr);
        emscripten_asm_abort(7);
      } else if (!strcmp(cmd, "big")) {
        fputs("malloc(32 MiB)\n", stderr);
        void *p = malloc(32 << 20);
        printf("got %d\n", p != 0);
      } else {
        fprintf(stderr, "unknown command %s\n", cmd);
      }
    }
    printf("main returns 0 (no newline)");
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

if (ENVIRONMENT_IS_NODE) {
  if (!Module["print"]) Module["print"] = function(x) { console.log(x) };
  if (!Module["printErr"]) Module["printErr"] = function(x) { console.warn(x) };

  var nodeFS;
  var nodePath;

  Module["read"] = function shell_read(filename, binary) {
    if (!nodeFS) nodeFS = require("fs");
    if (!nodePath) nodePath = require("path");
    filename = nodePath["normalize"](filename);
    var ret = nodeFS["readFileSync"](filename);
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

  if (!Module["thisProgram"]) {
    if (process["argv"].length > 1) {
      Module["thisProgram"] = process["argv"][1].replace(/\\/g, "/");
    } else {
      Module["thisProgram"] = "unknown-program";
    }
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

  Module["inspect"] = function() { return "[Emscripten Module object]"; };
} else {
  throw new Error("this build runs in Node only");
}

if (!Module["print"]) Module["print"] = function() {};
if (!Module["printErr"]) Module["printErr"] = Module["print"];
if (!Module["arguments"]) Module["arguments"] = [];
if (!Module["thisProgram"]) Module["thisProgram"] = "./this.program";
if (!Module["quit"]) Module["quit"] = function(status, toThrow) {
  throw toThrow;
};

Module.print = Module["print"];
Module.printErr = Module["printErr"];

Module["preRun"] = [];
Module["postRun"] = [];

for (key in moduleOverrides) {
  if (moduleOverrides.hasOwnProperty(key)) {
    Module[key] = moduleOverrides[key];
  }
}
moduleOverrides = undefined;

var Runtime = {
  setTempRet0: function(value) {
    tempRet0 = value;
    return value;
  },
  getTempRet0: function() {
    return tempRet0;
  },
  stackSave: function() {
    return STACKTOP;
  },
  stackRestore: function(stackTop) {
    STACKTOP = stackTop;
  },
  getNativeTypeSize: function(type) {
    switch (type) {
      case "i1": case "i8": return 1;
      case "i16": return 2;
      case "i32": return 4;
      case "i64": return 8;
      case "float": return 4;
      case "double": return 8;
      default: {
        if (type[type.length - 1] === "*") {
          return Runtime.QUANTUM_SIZE;
        }
        if (type[0] === "i") {
          var bits = parseInt(type.substr(1));
          assert(bits % 8 === 0);
          return bits / 8;
        }
        return 0;
      }
    }
  },
  STACK_ALIGN: 16,
  stackAlloc: function(size) {
    var ret = STACKTOP;
    STACKTOP = STACKTOP + size | 0;
    STACKTOP = STACKTOP + 15 & -16;
    return ret;
  },
  staticAlloc: function(size) {
    var ret = STATICTOP;
    STATICTOP = STATICTOP + size | 0;
    STATICTOP = STATICTOP + 15 & -16;
    return ret;
  },
  dynamicAlloc: function(size) {
    var ret = HEAP32[DYNAMICTOP_PTR >> 2];
    var end = (ret + size + 15 | 0) & -16;
    HEAP32[DYNAMICTOP_PTR >> 2] = end;
    if (end >= TOTAL_MEMORY) {
      var success = enlargeMemory();
      if (!success) {
        HEAP32[DYNAMICTOP_PTR >> 2] = ret;
        return 0;
      }
    }
    return ret;
  },
  alignMemory: function(size, quantum) {
    var ret = size = Math.ceil(size / (quantum ? quantum : 16)) * (quantum ? quantum : 16);
    return ret;
  },
  GLOBAL_BASE: 8,
  QUANTUM_SIZE: 4,
  __dummy__: 0
};

Module["Runtime"] = Runtime;

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
    var allocators = [typeof _malloc === "function" ? _malloc : Runtime.staticAlloc, Runtime.stackAlloc, Runtime.staticAlloc, Runtime.dynamicAlloc];
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
      typeSize = Runtime.getNativeTypeSize(type);
      previousType = type;
    }
    i += typeSize;
  }

  return ret;
}
Module["allocate"] = allocate;

function getMemory(size) {
  if (!staticSealed) return Runtime.staticAlloc(size);
  if (!runtimeInitialized) return Runtime.dynamicAlloc(size);
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

var TOTAL_STACK = Module["TOTAL_STACK"] || 5242880;
var TOTAL_MEMORY = Module["TOTAL_MEMORY"] || 16777216;
if (TOTAL_MEMORY < TOTAL_STACK) Module.printErr("TOTAL_MEMORY should be larger than TOTAL_STACK, was " + TOTAL_MEMORY + "! (TOTAL_STACK=" + TOTAL_STACK + ")");

if (Module["buffer"]) {
  buffer = Module["buffer"];
} else {
  buffer = new ArrayBuffer(TOTAL_MEMORY);
}
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

STATIC_BASE = Runtime.GLOBAL_BASE;

STATICTOP = STATIC_BASE + 12256;
/* global initializers */ __ATINIT__.push({ func: function() { __GLOBAL__sub_I_cxx_cpp() } });

/* memory initializer */ allocate([101,118,101,110,116,115,0,76,111,103,103,101,114,40,37,115,41,32,99,111,110,115,116,114,117,99,116,101,100,10,0,126,76,111,103,103,101,114,40,37,115,41,58,32,37,100,32,101,118,101,110,116,115,10,0,109,97,105,110,58,32,97,114,103,99,61,37,100,10,0,83,113,117,97,114,101,32,115,105,100,101,32,37,100,44,32,97,114,101,97,32,37,100,10,0,67,105,114,99,108,101,32,114,97,100,105,117,115,32,37,100,44,32,97,114,101,97,32,126,37,100,10,0,114,116,116,105,32,37,115,32,37,115,10,0,99,97,117,103,104,116,0,105,110,118,111,107,101,95,118,105,32,114,101,116,117,114,110,101,100,44,32,95,95,84,72,82,69,87,95,95,61,37,100,10,0,97,116,101,120,105,116,32,104,97,110,100,108,101,114,58,32,98,121,101,0,99,108,111,115,101,40,57,41,32,61,32,37,100,44,32,101,114,114,110,111,32,37,100,10,0,98,101,102,111,114,101,32,102,115,101,101,107,44,32,0,102,115,101,101,107,40,115,116,100,111,117,116,41,32,61,32,37,100,44,32,101,114,114,110,111,32,37,100,10,0,116,97,98,108,101,32,99,104,101,99,107,115,117,109,32,37,100,10,0,116,111,116,97,108,32,109,101,109,111,114,121,32,37,117,10,0,112,101,110,100,105,110,103,44,32,0,101,120,105,116,0,101,120,105,116,40,37,100,41,10,0,97,98,111,114,116,0,99,97,108,108,105,110,103,32,97,98,111,114,116,40,41,10,0,97,98,111,114,116,50,0,99,97,108,108,105,110,103,32,116,104,101,32,114,117,110,116,105,109,101,39,115,32,97,98,111,114,116,40,55,41,10,0,98,105,103,0,109,97,108,108,111,99,40,51,50,32,77,105,66,41,10,0,103,111,116,32,37,100,10,0,117,110,107,110,111,119,110,32,99,111,109,109,97,110,100,32,37,115,10,0,109,97,105,110,32,114,101,116,117,114,110,115,32,48,32,40,110,111,32,110,101,119,108,105,110,101,41,0,53,83,104,97,112,101,0,54,83,113,117,97,114,101,0,54,67,105,114,99,108,101,0,0,0,0,0,217,1,0,0,0,0,0,0,224,1,0,0,240,1,0,0,0,0,0,0,232,1,0,0,240,1,0,0,0,0,0,0,248,1,0,0,1,0,0,0,0,0,0,0,4,2,0,0,2,0,0,0,23,252,255,255,141,3,0,0,48,3,0,0,211,2,0,0,118,2,0,0,25,2,0,0,188,1,0,0,95,1,0,0,2,1,0,0,165,0,0,0,72,0,0,0,235,255,255,255,142,255,255,255,49,255,255,255,212,254,255,255,119,254,255,255,26,254,255,255,189,253,255,255,96,253,255,255,3,253,255,255,166,252,255,255,73,252,255,255,191,3,0,0,98,3,0,0,5,3,0,0,168,2,0,0,75,2,0,0,238,1,0,0,145,1,0,0,52,1,0,0,215,0,0,0,122,0,0,0,29,0,0,0,192,255,255,255,99,255,255,255,6,255,255,255,169,254,255,255,76,254,255,255,239,253,255,255,146,253,255,255,53,253,255,255,216,252,255,255,123,252,255,255,30,252,255,255,148,3,0,0,55,3,0,0,218,2,0,0,125,2,0,0,32,2,0,0,195,1,0,0,102,1,0,0,9,1,0,0,172,0,0,0,79,0,0,0,242,255,255,255,149,255,255,255,56,255,255,255,219,254,255,255,126,254,255,255,33,254,255,255,196,253,255,255,103,253,255,255,10,253,255,255,173,252,255,255,80,252,255,255,198,3,0,0,105,3,0,0,12,3,0,0,175,2,0,0,82,2,0,0,245,1,0,0,152,1,0,0,59,1,0,0,222,0,0,0,129,0,0,0,36,0,0,0,199,255,255,255,106,255,255,255,13,255,255,255,176,254,255,255,83,254,255,255,246,253,255,255,153,253,255,255,60,253,255,255,223,252,255,255,130,252,255,255,37,252,255,255,155,3,0,0,62,3,0,0,225,2,0,0,132,2,0,0,39,2,0,0,202,1,0,0,109,1,0,0,16,1,0,0,179,0,0,0,86,0,0,0,249,255,255,255,156,255,255,255,63,255,255,255,226,254,255,255,133,254,255,255,40,254,255,255,203,253,255,255,110,253,255,255,17,253,255,255,180,252,255,255,87,252,255,255,205,3,0,0,112,3,0,0,19,3,0,0,182,2,0,0,89,2,0,0,252,1,0,0,159,1,0,0,66,1,0,0,229,0,0,0,136,0,0,0,43,0,0,0,206,255,255,255,113,255,255,255,20,255,255,255,183,254,255,255,90,254,255,255,253,253,255,255,160,253,255,255,67,253,255,255,230,252,255,255,137,252,255,255,44,252,255,255,162,3,0,0,69,3,0,0,232,2,0,0,139,2,0,0,46,2,0,0,209,1,0,0,116,1,0,0,23,1,0,0,186,0,0,0,93,0,0,0,0,0,0,0,163,255,255,255,70,255,255,255,233,254,255,255,140,254,255,255,47,254,255,255,210,253,255,255,117,253,255,255,24,253,255,255,187,252,255,255,94,252,255,255,212,3,0,0,119,3,0,0,26,3,0,0,189,2,0,0,96,2,0,0,3,2,0,0,166,1,0,0,73,1,0,0,236,0,0,0,143,0,0,0,50,0,0,0,213,255,255,255,120,255,255,255,27,255,255,255,190,254,255,255,97,254,255,255,4,254,255,255,167,253,255,255,74,253,255,255,237,252,255,255,144,252,255,255,51,252,255,255,169,3,0,0,76,3,0,0,239,2,0,0,146,2,0,0,53,2,0,0,216,1,0,0,123,1,0,0,30,1,0,0,193,0,0,0,100,0,0,0,7,0,0,0,170,255,255,255,77,255,255,255,240,254,255,255,147,254,255,255,54,254,255,255,217,253,255,255,124,253,255,255,31,253,255,255,194,252,255,255,101,252,255,255,219,3,0,0,126,3,0,0,33,3,0,0,196,2,0,0,103,2,0,0,10,2,0,0,173,1,0,0,80,1,0,0,243,0,0,0,150,0,0,0,57,0,0,0,220,255,255,255,127,255,255,255,34,255,255,255,197,254,255,255,104,254,255,255,11,254,255,255,174,253,255,255,81,253,255,255,244,252,255,255,151,252,255,255,58,252,255,255,176,3,0,0,83,3,0,0,246,2,0,0,153,2,0,0,60,2,0,0,223,1,0,0,130,1,0,0,37,1,0,0,200,0,0,0,107,0,0,0,14,0,0,0,177,255,255,255,84,255,255,255,247,254,255,255,154,254,255,255,61,254,255,255,224,253,255,255,131,253,255,255,38,253,255,255,201,252,255,255,108,252,255,255,226,3,0,0,133,3,0,0,40,3,0,0,203,2,0,0,110,2,0,0,17,2,0,0,180,1,0,0,87,1,0,0,250,0,0,0,157,0,0,0,64,0,0,0,227,255,255,255,134,255,255,255,41,255,255,255,204,254,255,255,111,254,255,255,18,254,255,255,181,253,255,255,88,253,255,255,251,252,255,255,158,252,255,255,65,252,255,255,183,3,0,0,90,3,0,0,253,2,0,0,160,2,0,0,67,2,0,0,230,1,0,0,137,1,0,0,44,1,0,0,207,0,0,0,114,0,0,0,21,0,0,0,184,255,255,255,91,255,255,255,254,254,255,255,161,254,255,255,68,254,255,255,231,253,255,255,138,253,255,255,45,253,255,255,208,252,255,255,115,252,255,255,233,3,0,0,140,3,0,0,47,3,0,0,210,2,0,0,117,2,0,0,24,2,0,0,187,1,0,0,94,1,0,0,1,1,0,0,164,0,0,0,71,0,0,0,234,255,255,255,141,255,255,255,48,255,255,255,211,254,255,255,118,254,255,255,25,254,255,255,188,253,255,255,95,253,255,255,2,253,255,255,165,252,255,255,72,252,255,255,190,3,0,0,97,3,0,0,4,3,0,0,167,2,0,0,74,2,0,0,237,1,0,0,144,1,0,0,51,1,0,0,214,0,0,0,121,0,0,0,28,0,0,0,191,255,255,255,98,255,255,255,5,255,255,255,168,254,255,255,75,254,255,255,238,253,255,255,145,253,255,255,52,253,255,255,215,252,255,255,122,252,255,255,29,252,255,255,147,3,0,0,54,3,0,0,217,2,0,0,124,2,0,0,31,2,0,0,194,1,0,0,101,1,0,0,8,1,0,0,171,0,0,0,78,0,0,0,241,255,255,255,148,255,255,255,55,255,255,255,218,254,255,255,125,254,255,255,32,254,255,255,195,253,255,255,102,253,255,255,9,253,255,255,172,252,255,255,79,252,255,255,197,3,0,0,104,3,0,0,11,3,0,0,174,2,0,0,81,2,0,0,244,1,0,0,151,1,0,0,58,1,0,0,221,0,0,0,128,0,0,0,35,0,0,0,198,255,255,255,105,255,255,255,12,255,255,255,175,254,255,255,82,254,255,255,245,253,255,255,152,253,255,255,59,253,255,255,222,252,255,255,129,252,255,255,36,252,255,255,154,3,0,0,61,3,0,0,224,2,0,0,131,2,0,0,38,2,0,0,201,1,0,0,108,1,0,0,15,1,0,0,178,0,0,0,85,0,0,0,248,255,255,255,155,255,255,255,62,255,255,255,225,254,255,255,132,254,255,255,39,254,255,255,202,253,255,255,109,253,255,255,16,253,255,255,179,252,255,255,86,252,255,255,204,3,0,0,111,3,0,0,18,3,0,0,181,2,0,0,88,2,0,0,251,1,0,0,158,1,0,0,65,1,0,0,228,0,0,0,135,0,0,0,42,0,0,0,205,255,255,255,112,255,255,255,19,255,255,255,182,254,255,255,89,254,255,255,252,253,255,255,159,253,255,255,66,253,255,255,229,252,255,255,136,252,255,255,43,252,255,255,161,3,0,0,68,3,0,0,231,2,0,0,138,2,0,0,45,2,0,0,208,1,0,0,115,1,0,0,22,1,0,0,185,0,0,0,92,0,0,0,255,255,255,255,162,255,255,255,69,255,255,255,232,254,255,255,139,254,255,255,46,254,255,255,209,253,255,255,116,253,255,255,23,253,255,255,186,252,255,255,93,252,255,255,211,3,0,0,118,3,0,0,25,3,0,0,188,2,0,0,95,2,0,0,2,2,0,0,165,1,0,0,72,1,0,0,235,0,0,0,142,0,0,0,49,0,0,0,212,255,255,255,119,255,255,255,26,255,255,255,189,254,255,255,96,254,255,255,3,254,255,255,166,253,255,255,73,253,255,255,236,252,255,255,143,252,255,255,50,252,255,255,168,3,0,0,75,3,0,0,238,2,0,0,145,2,0,0,52,2,0,0,215,1,0,0,122,1,0,0,29,1,0,0,192,0,0,0,99,0,0,0,6,0,0,0,169,255,255,255,76,255,255,255,239,254,255,255,146,254,255,255,53,254,255,255,216,253,255,255,123,253,255,255,30,253,255,255,193,252,255,255,100,252,255,255,218,3,0,0,125,3,0,0,32,3,0,0,195,2,0,0,102,2,0,0,9,2,0,0,172,1,0,0,79,1,0,0,242,0,0,0,149,0,0,0,56,0,0,0,219,255,255,255,126,255,255,255,33,255,255,255,196,254,255,255,103,254,255,255,10,254,255,255,173,253,255,255,80,253,255,255,243,252,255,255,150,252,255,255,57,252,255,255,175,3,0,0,82,3,0,0,245,2,0,0,152,2,0,0,59,2,0,0,222,1,0,0,129,1,0,0,36,1,0,0,199,0,0,0,106,0,0,0,13,0,0,0,176,255,255,255,83,255,255,255,246,254,255,255,153,254,255,255,60,254,255,255,223,253,255,255,130,253,255,255,37,253,255,255,200,252,255,255,107,252,255,255,225,3,0,0,132,3,0,0,39,3,0,0,202,2,0,0,109,2,0,0,16,2,0,0,179,1,0,0,86,1,0,0,249,0,0,0,156,0,0,0,63,0,0,0,226,255,255,255,133,255,255,255,40,255,255,255,203,254,255,255,110,254,255,255,17,254,255,255,180,253,255,255,87,253,255,255,250,252,255,255,157,252,255,255,64,252,255,255,182,3,0,0,89,3,0,0,252,2,0,0,159,2,0,0,66,2,0,0,229,1,0,0,136,1,0,0,43,1,0,0,206,0,0,0,113,0,0,0,20,0,0,0,183,255,255,255,90,255,255,255,253,254,255,255,160,254,255,255,67,254,255,255,230,253,255,255,137,253,255,255,44,253,255,255,207,252,255,255,114,252,255,255,232,3,0,0,139,3,0,0,46,3,0,0,209,2,0,0,116,2,0,0,23,2,0,0,186,1,0,0,93,1,0,0,0,1,0,0,163,0,0,0,70,0,0,0,233,255,255,255,140,255,255,255,47,255,255,255,210,254,255,255,117,254,255,255,24,254,255,255,187,253,255,255,94,253,255,255,1,253,255,255,164,252,255,255,71,252,255,255,189,3,0,0,96,3,0,0,3,3,0,0,166,2,0,0,73,2,0,0,236,1,0,0,143,1,0,0,50,1,0,0,213,0,0,0,120,0,0,0,27,0,0,0,190,255,255,255,97,255,255,255,4,255,255,255,167,254,255,255,74,254,255,255,237,253,255,255,144,253,255,255,51,253,255,255,214,252,255,255,121,252,255,255,28,252,255,255,146,3,0,0,53,3,0,0,216,2,0,0,123,2,0,0,30,2,0,0,193,1,0,0,100,1,0,0,7,1,0,0,170,0,0,0,77,0,0,0,240,255,255,255,147,255,255,255,54,255,255,255,217,254,255,255,124,254,255,255,31,254,255,255,194,253,255,255,101,253,255,255,8,253,255,255,171,252,255,255,78,252,255,255,196,3,0,0,103,3,0,0,10,3,0,0,173,2,0,0,80,2,0,0,243,1,0,0,150,1,0,0,57,1,0,0,220,0,0,0,127,0,0,0,34,0,0,0,197,255,255,255,104,255,255,255,11,255,255,255,174,254,255,255,81,254,255,255,244,253,255,255,151,253,255,255,58,253,255,255,221,252,255,255,128,252,255,255,35,252,255,255,153,3,0,0,60,3,0,0,223,2,0,0,130,2,0,0,37,2,0,0,200,1,0,0,107,1,0,0,14,1,0,0,177,0,0,0,84,0,0,0,247,255,255,255,154,255,255,255,61,255,255,255,224,254,255,255,131,254,255,255,38,254,255,255,201,253,255,255,108,253,255,255,15,253,255,255,178,252,255,255,85,252,255,255,203,3,0,0,110,3,0,0,17,3,0,0,180,2,0,0,87,2,0,0,250,1,0,0,157,1,0,0,64,1,0,0,227,0,0,0,134,0,0,0,41,0,0,0,204,255,255,255,111,255,255,255,18,255,255,255,181,254,255,255,88,254,255,255,251,253,255,255,158,253,255,255,65,253,255,255,228,252,255,255,135,252,255,255,42,252,255,255,160,3,0,0,67,3,0,0,230,2,0,0,137,2,0,0,44,2,0,0,207,1,0,0,114,1,0,0,21,1,0,0,184,0,0,0,91,0,0,0,254,255,255,255,161,255,255,255,68,255,255,255,231,254,255,255,138,254,255,255,45,254,255,255,208,253,255,255,115,253,255,255,22,253,255,255,185,252,255,255,92,252,255,255,210,3,0,0,117,3,0,0,24,3,0,0,187,2,0,0,94,2,0,0,1,2,0,0,164,1,0,0,71,1,0,0,234,0,0,0,141,0,0,0,48,0,0,0,211,255,255,255,118,255,255,255,25,255,255,255,188,254,255,255,95,254,255,255,2,254,255,255,165,253,255,255,72,253,255,255,235,252,255,255,142,252,255,255,49,252,255,255,167,3,0,0,74,3,0,0,237,2,0,0,144,2,0,0,51,2,0,0,214,1,0,0,121,1,0,0,28,1,0,0,191,0,0,0,98,0,0,0,5,0,0,0,168,255,255,255,75,255,255,255,238,254,255,255,145,254,255,255,52,254,255,255,215,253,255,255,122,253,255,255,29,253,255,255,192,252,255,255,99,252,255,255,217,3,0,0,124,3,0,0,31,3,0,0,194,2,0,0,101,2,0,0,8,2,0,0,171,1,0,0,78,1,0,0,241,0,0,0,148,0,0,0,55,0,0,0,218,255,255,255,125,255,255,255,32,255,255,255,195,254,255,255,102,254,255,255,9,254,255,255,172,253,255,255,79,253,255,255,242,252,255,255,149,252,255,255,56,252,255,255,174,3,0,0,81,3,0,0,244,2,0,0,151,2,0,0,58,2,0,0,221,1,0,0,128,1,0,0,35,1,0,0,198,0,0,0,105,0,0,0,12,0,0,0,175,255,255,255,82,255,255,255,245,254,255,255,152,254,255,255,59,254,255,255,222,253,255,255,129,253,255,255,36,253,255,255,199,252,255,255,106,252,255,255,224,3,0,0,131,3,0,0,38,3,0,0,201,2,0,0,108,2,0,0,15,2,0,0,178,1,0,0,85,1,0,0,248,0,0,0,155,0,0,0,62,0,0,0,225,255,255,255,132,255,255,255,39,255,255,255,202,254,255,255,109,254,255,255,16,254,255,255,179,253,255,255,86,253,255,255,249,252,255,255,156,252,255,255,63,252,255,255,181,3,0,0,88,3,0,0,251,2,0,0,158,2,0,0,65,2,0,0,228,1,0,0,135,1,0,0,42,1,0,0,205,0,0,0,112,0,0,0,19,0,0,0,182,255,255,255,89,255,255,255,252,254,255,255,159,254,255,255,66,254,255,255,229,253,255,255,136,253,255,255,43,253,255,255,206,252,255,255,113,252,255,255,231,3,0,0,138,3,0,0,45,3,0,0,208,2,0,0,115,2,0,0,22,2,0,0,185,1,0,0,92,1,0,0,255,0,0,0,162,0,0,0,69,0,0,0,232,255,255,255,139,255,255,255,46,255,255,255,209,254,255,255,116,254,255,255,23,254,255,255,186,253,255,255,93,253,255,255,0,253,255,255,163,252,255,255,70,252,255,255,188,3,0,0,95,3,0,0,2,3,0,0,165,2,0,0,72,2,0,0,235,1,0,0,142,1,0,0,49,1,0,0,212,0,0,0,119,0,0,0,26,0,0,0,189,255,255,255,96,255,255,255,3,255,255,255,166,254,255,255,73,254,255,255,236,253,255,255,143,253,255,255,50,253,255,255,213,252,255,255,120,252,255,255,27,252,255,255,145,3,0,0,52,3,0,0,215,2,0,0,122,2,0,0,29,2,0,0,192,1,0,0,99,1,0,0,6,1,0,0,169,0,0,0,76,0,0,0,239,255,255,255,146,255,255,255,53,255,255,255,216,254,255,255,123,254,255,255,30,254,255,255,193,253,255,255,100,253,255,255,7,253,255,255,170,252,255,255,77,252,255,255,195,3,0,0,102,3,0,0,9,3,0,0,172,2,0,0,79,2,0,0,242,1,0,0,149,1,0,0,56,1,0,0,219,0,0,0,126,0,0,0,33,0,0,0,196,255,255,255,103,255,255,255,10,255,255,255,173,254,255,255,80,254,255,255,243,253,255,255,150,253,255,255,57,253,255,255,220,252,255,255,127,252,255,255,34,252,255,255,152,3,0,0,59,3,0,0,222,2,0,0,129,2,0,0,36,2,0,0,199,1,0,0,106,1,0,0,13,1,0,0,176,0,0,0,83,0,0,0,246,255,255,255,153,255,255,255,60,255,255,255,223,254,255,255,130,254,255,255,37,254,255,255,200,253,255,255,107,253,255,255,14,253,255,255,177,252,255,255,84,252,255,255,202,3,0,0,109,3,0,0,16,3,0,0,179,2,0,0,86,2,0,0,249,1,0,0,156,1,0,0,63,1,0,0,226,0,0,0,133,0,0,0,40,0,0,0,203,255,255,255,110,255,255,255,17,255,255,255,180,254,255,255,87,254,255,255,250,253,255,255,157,253,255,255,64,253,255,255,227,252,255,255,134,252,255,255,41,252,255,255,159,3,0,0,66,3,0,0,229,2,0,0,136,2,0,0,43,2,0,0,206,1,0,0,113,1,0,0,20,1,0,0,183,0,0,0,90,0,0,0,253,255,255,255,160,255,255,255,67,255,255,255,230,254,255,255,137,254,255,255,44,254,255,255,207,253,255,255,114,253,255,255,21,253,255,255,184,252,255,255,91,252,255,255,209,3,0,0,116,3,0,0,23,3,0,0,186,2,0,0,93,2,0,0,0,2,0,0,163,1,0,0,70,1,0,0,233,0,0,0,140,0,0,0,47,0,0,0,210,255,255,255,117,255,255,255,24,255,255,255,187,254,255,255,94,254,255,255,1,254,255,255,164,253,255,255,71,253,255,255,234,252,255,255,141,252,255,255,48,252,255,255,166,3,0,0,73,3,0,0,236,2,0,0,143,2,0,0,50,2,0,0,213,1,0,0,120,1,0,0,27,1,0,0,190,0,0,0,97,0,0,0,4,0,0,0,167,255,255,255,74,255,255,255,237,254,255,255,144,254,255,255,51,254,255,255,214,253,255,255,121,253,255,255,28,253,255,255,191,252,255,255,98,252,255,255,216,3,0,0,123,3,0,0,30,3,0,0,193,2,0,0,100,2,0,0,7,2,0,0,170,1,0,0,77,1,0,0,240,0,0,0,147,0,0,0,54,0,0,0,217,255,255,255,124,255,255,255,31,255,255,255,194,254,255,255,101,254,255,255,8,254,255,255,171,253,255,255,78,253,255,255,241,252,255,255,148,252,255,255,55,252,255,255,173,3,0,0,80,3,0,0,243,2,0,0,150,2,0,0,57,2,0,0,220,1,0,0,127,1,0,0,34,1,0,0,197,0,0,0,104,0,0,0,11,0,0,0,174,255,255,255,81,255,255,255,244,254,255,255,151,254,255,255,58,254,255,255,221,253,255,255,128,253,255,255,35,253,255,255,198,252,255,255,105,252,255,255,223,3,0,0,130,3,0,0,37,3,0,0,200,2,0,0,107,2,0,0,14,2,0,0,177,1,0,0,84,1,0,0,247,0,0,0,154,0,0,0,61,0,0,0,224,255,255,255,131,255,255,255,38,255,255,255,201,254,255,255,108,254,255,255,15,254,255,255,178,253,255,255,85,253,255,255,248,252,255,255,155,252,255,255,62,252,255,255,180,3,0,0,87,3,0,0,250,2,0,0,157,2,0,0,64,2,0,0,227,1,0,0,134,1,0,0,41,1,0,0,204,0,0,0,111,0,0,0,18,0,0,0,181,255,255,255,88,255,255,255,251,254,255,255,158,254,255,255,65,254,255,255,228,253,255,255,135,253,255,255,42,253,255,255,205,252,255,255,112,252,255,255,230,3,0,0,137,3,0,0,44,3,0,0,207,2,0,0,114,2,0,0,21,2,0,0,184,1,0,0,91,1,0,0,254,0,0,0,161,0,0,0,68,0,0,0,231,255,255,255,138,255,255,255,45,255,255,255,208,254,255,255,115,254,255,255,22,254,255,255,185,253,255,255,92,253,255,255,255,252,255,255,162,252,255,255,69,252,255,255,187,3,0,0,94,3,0,0,1,3,0,0,164,2,0,0,71,2,0,0,234,1,0,0,141,1,0,0,48,1,0,0,211,0,0,0,118,0,0,0,25,0,0,0,188,255,255,255,95,255,255,255,2,255,255,255,165,254,255,255,72,254,255,255,235,253,255,255,142,253,255,255,49,253,255,255,212,252,255,255,119,252,255,255,26,252,255,255,144,3,0,0,51,3,0,0,214,2,0,0,121,2,0,0,28,2,0,0,191,1,0,0,98,1,0,0,5,1,0,0,168,0,0,0,75,0,0,0,238,255,255,255,145,255,255,255,52,255,255,255,215,254,255,255,122,254,255,255,29,254,255,255,192,253,255,255,99,253,255,255,6,253,255,255,169,252,255,255,76,252,255,255,194,3,0,0,101,3,0,0,8,3,0,0,171,2,0,0,78,2,0,0,241,1,0,0,148,1,0,0,55,1,0,0,218,0,0,0,125,0,0,0,32,0,0,0,195,255,255,255,102,255,255,255,9,255,255,255,172,254,255,255,79,254,255,255,242,253,255,255,149,253,255,255,56,253,255,255,219,252,255,255,126,252,255,255,33,252,255,255,151,3,0,0,58,3,0,0,221,2,0,0,128,2,0,0,35,2,0,0,198,1,0,0,105,1,0,0,12,1,0,0,175,0,0,0,82,0,0,0,245,255,255,255,152,255,255,255,59,255,255,255,222,254,255,255,129,254,255,255,36,254,255,255,199,253,255,255,106,253,255,255,13,253,255,255,176,252,255,255,83,252,255,255,201,3,0,0,108,3,0,0,15,3,0,0,178,2,0,0,85,2,0,0,248,1,0,0,155,1,0,0,62,1,0,0,225,0,0,0,132,0,0,0,39,0,0,0,202,255,255,255,109,255,255,255,16,255,255,255,179,254,255,255,86,254,255,255,249,253,255,255,156,253,255,255,63,253,255,255,226,252,255,255,133,252,255,255,40,252,255,255,158,3,0,0,65,3,0,0,228,2,0,0,135,2,0,0,42,2,0,0,205,1,0,0,112,1,0,0,19,1,0,0,182,0,0,0,89,0,0,0,252,255,255,255,159,255,255,255,66,255,255,255,229,254,255,255,136,254,255,255,43,254,255,255,206,253,255,255,113,253,255,255,20,253,255,255,183,252,255,255,90,252,255,255,208,3,0,0,115,3,0,0,22,3,0,0,185,2,0,0,92,2,0,0,255,1,0,0,162,1,0,0,69,1,0,0,232,0,0,0,139,0,0,0,46,0,0,0,209,255,255,255,116,255,255,255,23,255,255,255,186,254,255,255,93,254,255,255,0,254,255,255,163,253,255,255,70,253,255,255,233,252,255,255,140,252,255,255,47,252,255,255,165,3,0,0,72,3,0,0,235,2,0,0,142,2,0,0,49,2,0,0,212,1,0,0,119,1,0,0,26,1,0,0,189,0,0,0,96,0,0,0,3,0,0,0,166,255,255,255,73,255,255,255,236,254,255,255,143,254,255,255,50,254,255,255,213,253,255,255,120,253,255,255,27,253,255,255,190,252,255,255,97,252,255,255,215,3,0,0,122,3,0,0,29,3,0,0,192,2,0,0,99,2,0,0,6,2,0,0,169,1,0,0,76,1,0,0,239,0,0,0,146,0,0,0,53,0,0,0,216,255,255,255,123,255,255,255,30,255,255,255,193,254,255,255,100,254,255,255,7,254,255,255,170,253,255,255,77,253,255,255,240,252,255,255,147,252,255,255,54,252,255,255,172,3,0,0,79,3,0,0,242,2,0,0,149,2,0,0,56,2,0,0,219,1,0,0,126,1,0,0,33,1,0,0,196,0,0,0,103,0,0,0,10,0,0,0,173,255,255,255,80,255,255,255,243,254,255,255,150,254,255,255,57,254,255,255,220,253,255,255,127,253,255,255,34,253,255,255,197,252,255,255,104,252,255,255,222,3,0,0,129,3,0,0,36,3,0,0,199,2,0,0,106,2,0,0,13,2,0,0,176,1,0,0,83,1,0,0,246,0,0,0,153,0,0,0,60,0,0,0,223,255,255,255,130,255,255,255,37,255,255,255,200,254,255,255,107,254,255,255,14,254,255,255,177,253,255,255,84,253,255,255,247,252,255,255,154,252,255,255,61,252,255,255,179,3,0,0,86,3,0,0,249,2,0,0,156,2,0,0,63,2,0,0,226,1,0,0,133,1,0,0,40,1,0,0,203,0,0,0,110,0,0,0,17,0,0,0,180,255,255,255,87,255,255,255,250,254,255,255,157,254,255,255,64,254,255,255,227,253,255,255,134,253,255,255,41,253,255,255,204,252,255,255,111,252,255,255,229,3,0,0,136,3,0,0,43,3,0,0,206,2,0,0,113,2,0,0,20,2,0,0,183,1,0,0,90,1,0,0,253,0,0,0,160,0,0,0,67,0,0,0,230,255,255,255,137,255,255,255,44,255,255,255,207,254,255,255,114,254,255,255,21,254,255,255,184,253,255,255,91,253,255,255,254,252,255,255,161,252,255,255,68,252,255,255,186,3,0,0,93,3,0,0,0,3,0,0,163,2,0,0,70,2,0,0,233,1,0,0,140,1,0,0,47,1,0,0,210,0,0,0,117,0,0,0,24,0,0,0,187,255,255,255,94,255,255,255,1,255,255,255,164,254,255,255,71,254,255,255,234,253,255,255,141,253,255,255,48,253,255,255,211,252,255,255,118,252,255,255,25,252,255,255,143,3,0,0,50,3,0,0,213,2,0,0,120,2,0,0,27,2,0,0,190,1,0,0,97,1,0,0,4,1,0,0,167,0,0,0,74,0,0,0,237,255,255,255,144,255,255,255,51,255,255,255,214,254,255,255,121,254,255,255,28,254,255,255,191,253,255,255,98,253,255,255,5,253,255,255,168,252,255,255,75,252,255,255,193,3,0,0,100,3,0,0,7,3,0,0,170,2,0,0,77,2,0,0,240,1,0,0,147,1,0,0,54,1,0,0,217,0,0,0,124,0,0,0,31,0,0,0,194,255,255,255,101,255,255,255,8,255,255,255,171,254,255,255,78,254,255,255,241,253,255,255,148,253,255,255,55,253,255,255,218,252,255,255,125,252,255,255,32,252,255,255,150,3,0,0,57,3,0,0,220,2,0,0,127,2,0,0,34,2,0,0,197,1,0,0,104,1,0,0,11,1,0,0,174,0,0,0,81,0,0,0,244,255,255,255,151,255,255,255,58,255,255,255,221,254,255,255,128,254,255,255,35,254,255,255,198,253,255,255,105,253,255,255,12,253,255,255,175,252,255,255,82,252,255,255,200,3,0,0,107,3,0,0,14,3,0,0,177,2,0,0,84,2,0,0,247,1,0,0,154,1,0,0,61,1,0,0,224,0,0,0,131,0,0,0,38,0,0,0,201,255,255,255,108,255,255,255,15,255,255,255,178,254,255,255,85,254,255,255,248,253,255,255,155,253,255,255,62,253,255,255,225,252,255,255,132,252,255,255,39,252,255,255,157,3,0,0,64,3,0,0,227,2,0,0,134,2,0,0,41,2,0,0,204,1,0,0,111,1,0,0,18,1,0,0,181,0,0,0,88,0,0,0,251,255,255,255,158,255,255,255,65,255,255,255,228,254,255,255,135,254,255,255,42,254,255,255,205,253,255,255,112,253,255,255,19,253,255,255,182,252,255,255,89,252,255,255,207,3,0,0,114,3,0,0,21,3,0,0,184,2,0,0,91,2,0,0,254,1,0,0,161,1,0,0,68,1,0,0,231,0,0,0,138,0,0,0,45,0,0,0,208,255,255,255,115,255,255,255,22,255,255,255,185,254,255,255,92,254,255,255,255,253,255,255,162,253,255,255,69,253,255,255,232,252,255,255,139,252,255,255,46,252,255,255,164,3,0,0,71,3,0,0,234,2,0,0,141,2,0,0,48,2,0,0,211,1,0,0,118,1,0,0,25,1,0,0,188,0,0,0,95,0,0,0,2,0,0,0,165,255,255,255,72,255,255,255,235,254,255,255,142,254,255,255,49,254,255,255,212,253,255,255,119,253,255,255,26,253,255,255,189,252,255,255,96,252,255,255,214,3,0,0,121,3,0,0,28,3,0,0,191,2,0,0,98,2,0,0,5,2,0,0,168,1,0,0,75,1,0,0,238,0,0,0,145,0,0,0,52,0,0,0,215,255,255,255,122,255,255,255,29,255,255,255,192,254,255,255,99,254,255,255,6,254,255,255,169,253,255,255,76,253,255,255,239,252,255,255,146,252,255,255,53,252,255,255,171,3,0,0,78,3,0,0,241,2,0,0,148,2,0,0,55,2,0,0,218,1,0,0,125,1,0,0,32,1,0,0,195,0,0,0,102,0,0,0,9,0,0,0,172,255,255,255,79,255,255,255,242,254,255,255,149,254,255,255,56,254,255,255,219,253,255,255,126,253,255,255,33,253,255,255,196,252,255,255,103,252,255,255,221,3,0,0,128,3,0,0,35,3,0,0,198,2,0,0,105,2,0,0,12,2,0,0,175,1,0,0,82,1,0,0,245,0,0,0,152,0,0,0,59,0,0,0,222,255,255,255,129,255,255,255,36,255,255,255,199,254,255,255,106,254,255,255,13,254,255,255,176,253,255,255,83,253,255,255,246,252,255,255,153,252,255,255,60,252,255,255,178,3,0,0,85,3,0,0,248,2,0,0,155,2,0,0,62,2,0,0,225,1,0,0,132,1,0,0,39,1,0,0,202,0,0,0,109,0,0,0,16,0,0,0,179,255,255,255,86,255,255,255,249,254,255,255,156,254,255,255,63,254,255,255,226,253,255,255,133,253,255,255,40,253,255,255,203,252,255,255,110,252,255,255,228,3,0,0,135,3,0,0,42,3,0,0,205,2,0,0,112,2,0,0,19,2,0,0,182,1,0,0,89,1,0,0,252,0,0,0,159,0,0,0,66,0,0,0,229,255,255,255,136,255,255,255,43,255,255,255,206,254,255,255,113,254,255,255,20,254,255,255,183,253,255,255,90,253,255,255,253,252,255,255,160,252,255,255,67,252,255,255,185,3,0,0,92,3,0,0,255,2,0,0,162,2,0,0,69,2,0,0,232,1,0,0,139,1,0,0,46,1,0,0,209,0,0,0,116,0,0,0,23,0,0,0,186,255,255,255,93,255,255,255,0,255,255,255,163,254,255,255,70,254,255,255,233,253,255,255,140,253,255,255,47,253,255,255,210,252,255,255,117,252,255,255,24,252,255,255,142,3,0,0,49,3,0,0,212,2,0,0,119,2,0,0,26,2,0,0,189,1,0,0,96,1,0,0,3,1,0,0,166,0,0,0,73,0,0,0,236,255,255,255,143,255,255,255,50,255,255,255,213,254,255,255,120,254,255,255,27,254,255,255,190,253,255,255,97,253,255,255,4,253,255,255,167,252,255,255,74,252,255,255,192,3,0,0,99,3,0,0,6,3,0,0,169,2,0,0,76,2,0,0,239,1,0,0,146,1,0,0,53,1,0,0,216,0,0,0,123,0,0,0,30,0,0,0,193,255,255,255,100,255,255,255,7,255,255,255,170,254,255,255,77,254,255,255,240,253,255,255,147,253,255,255,54,253,255,255,217,252,255,255,124,252,255,255,31,252,255,255,149,3,0,0,56,3,0,0,219,2,0,0,126,2,0,0,33,2,0,0,196,1,0,0,103,1,0,0,10,1,0,0,173,0,0,0,80,0,0,0,243,255,255,255,150,255,255,255,57,255,255,255,220,254,255,255,127,254,255,255,34,254,255,255,197,253,255,255,104,253,255,255,11,253,255,255,174,252,255,255,81,252,255,255,199,3,0,0,106,3,0,0,13,3,0,0,176,2,0,0,83,2,0,0,246,1,0,0,153,1,0,0,60,1,0,0,223,0,0,0,130,0,0,0,37,0,0,0,200,255,255,255,107,255,255,255,14,255,255,255,177,254,255,255,84,254,255,255,247,253,255,255,154,253,255,255,61,253,255,255,224,252,255,255,131,252,255,255,38,252,255,255,156,3,0,0,63,3,0,0,226,2,0,0,133,2,0,0,40,2,0,0,203,1,0,0,110,1,0,0,17,1,0,0,180,0,0,0,87,0,0,0,250,255,255,255,157,255,255,255,64,255,255,255,227,254,255,255,134,254,255,255,41,254,255,255,204,253,255,255,111,253,255,255,18,253,255,255,181,252,255,255,88,252,255,255,206,3,0,0,113,3,0,0,20,3,0,0,183,2,0,0,90,2,0,0,253,1,0,0,160,1,0,0,67,1,0,0,230,0,0,0,137,0,0,0,44,0,0,0,207,255,255,255,114,255,255,255,21,255,255,255,184,254,255,255,91,254,255,255,254,253,255,255,161,253,255,255,68,253,255,255,231,252,255,255,138,252,255,255,45,252,255,255,163,3,0,0,70,3,0,0,233,2,0,0,140,2,0,0,47,2,0,0,210,1,0,0,117,1,0,0,24,1,0,0,187,0,0,0,94,0,0,0,1,0,0,0,164,255,255,255,71,255,255,255,234,254,255,255,141,254,255,255,48,254,255,255,211,253,255,255,118,253,255,255,25,253,255,255,188,252,255,255,95,252,255,255,213,3,0,0,120,3,0,0,27,3,0,0,190,2,0,0,97,2,0,0,4,2,0,0,167,1,0,0,74,1,0,0,237,0,0,0,144,0,0,0,51,0,0,0,214,255,255,255,121,255,255,255,28,255,255,255,191,254,255,255,98,254,255,255,5,254,255,255,168,253,255,255,75,253,255,255,238,252,255,255,145,252,255,255,52,252,255,255,170,3,0,0,77,3,0,0,240,2,0,0,147,2,0,0,54,2,0,0,217,1,0,0,124,1,0,0,31,1,0,0,194,0,0,0,101,0,0,0,8,0,0,0,171,255,255,255,78,255,255,255,241,254,255,255,148,254,255,255,55,254,255,255,218,253,255,255,125,253,255,255,32,253,255,255,195,252,255,255,102,252,255,255,220,3,0,0,127,3,0,0,34,3,0,0,197,2,0,0,104,2,0,0,11,2,0,0,174,1,0,0,81,1,0,0,244,0,0,0,151,0,0,0,58,0,0,0,221,255,255,255,128,255,255,255,35,255,255,255,198,254,255,255,105,254,255,255,12,254,255,255,175,253,255,255,82,253,255,255,245,252,255,255,152,252,255,255,59,252,255,255,177,3,0,0,84,3,0,0,247,2,0,0,154,2,0,0,61,2,0,0,224,1,0,0,131,1,0,0,38,1,0,0,201,0,0,0,108,0,0,0,15,0,0,0,178,255,255,255,85,255,255,255,248,254,255,255,155,254,255,255,62,254,255,255,225,253,255,255,132,253,255,255,39,253,255,255,202,252,255,255,109,252,255,255,227,3,0,0,134,3,0,0,41,3,0,0,204,2,0,0,111,2,0,0,18,2,0,0,181,1,0,0,88,1,0,0,251,0,0,0,158,0,0,0,65,0,0,0,228,255,255,255,135,255,255,255,42,255,255,255,205,254,255,255,112,254,255,255,19,254,255,255,182,253,255,255,89,253,255,255,252,252,255,255,159,252,255,255,66,252,255,255,184,3,0,0,91,3,0,0,254,2,0,0,161,2,0,0,68,2,0,0,231,1,0,0,138,1,0,0,45,1,0,0,208,0,0,0,115,0,0,0,22,0,0,0,185,255,255,255,92,255,255,255,255,254,255,255,162,254,255,255,69,254,255,255,232,253,255,255,139,253,255,255,46,253,255,255,209,252,255,255,116,252,255,255,23,252,255,255,141,3,0,0,48,3,0,0,211,2,0,0,118,2,0,0,25,2,0,0,188,1,0,0,95,1,0,0,2,1,0,0,165,0,0,0,72,0,0,0,235,255,255,255,142,255,255,255,49,255,255,255,212,254,255,255,119,254,255,255,26,254,255,255,189,253,255,255,96,253,255,255,3,253,255,255,166,252,255,255,73,252,255,255,191,3,0,0,98,3,0,0,5,3,0,0,168,2,0,0,75,2,0,0,238,1,0,0,145,1,0,0,52,1,0,0,215,0,0,0,122,0,0,0,29,0,0,0,192,255,255,255,99,255,255,255,6,255,255,255,169,254,255,255,76,254,255,255,239,253,255,255,146,253,255,255,53,253,255,255,216,252,255,255,123,252,255,255,30,252,255,255,148,3,0,0,55,3,0,0,218,2,0,0,125,2,0,0,32,2,0,0,195,1,0,0,102,1,0,0,9,1,0,0,172,0,0,0,79,0,0,0,242,255,255,255,149,255,255,255,56,255,255,255,219,254,255,255,126,254,255,255,33,254,255,255,196,253,255,255,103,253,255,255,10,253,255,255,173,252,255,255,80,252,255,255,198,3,0,0,105,3,0,0,12,3,0,0,175,2,0,0,82,2,0,0,245,1,0,0,152,1,0,0,59,1,0,0,222,0,0,0,129,0,0,0,36,0,0,0,199,255,255,255,106,255,255,255,13,255,255,255,176,254,255,255,83,254,255,255,246,253,255,255,153,253,255,255,60,253,255,255,223,252,255,255,130,252,255,255,37,252,255,255,155,3,0,0,62,3,0,0,225,2,0,0,132,2,0,0,39,2,0,0,202,1,0,0,109,1,0,0,16,1,0,0,179,0,0,0,86,0,0,0,249,255,255,255,156,255,255,255,63,255,255,255,226,254,255,255,133,254,255,255,40,254,255,255,203,253,255,255,110,253,255,255,17,253,255,255,180,252,255,255,87,252,255,255,205,3,0,0,112,3,0,0,19,3,0,0,182,2,0,0,89,2,0,0,252,1,0,0,159,1,0,0,66,1,0,0,229,0,0,0,136,0,0,0,43,0,0,0,206,255,255,255,113,255,255,255,20,255,255,255,183,254,255,255,90,254,255,255,253,253,255,255,160,253,255,255,67,253,255,255,230,252,255,255,137,252,255,255,44,252,255,255,162,3,0,0,69,3,0,0,232,2,0,0,139,2,0,0,46,2,0,0,209,1,0,0,116,1,0,0,23,1,0,0,186,0,0,0,93,0,0,0,0,0,0,0,163,255,255,255,70,255,255,255,233,254,255,255,140,254,255,255,47,254,255,255,210,253,255,255,117,253,255,255,24,253,255,255,187,252,255,255,94,252,255,255,212,3,0,0,119,3,0,0,26,3,0,0,189,2,0,0,96,2,0,0,3,2,0,0,166,1,0,0,73,1,0,0,236,0,0,0,143,0,0,0,50,0,0,0,213,255,255,255,120,255,255,255,27,255,255,255,190,254,255,255,97,254,255,255,4,254,255,255,167,253,255,255,74,253,255,255,237,252,255,255,144,252,255,255,51,252,255,255,169,3,0,0,76,3,0,0,239,2,0,0,146,2,0,0,53,2,0,0,216,1,0,0,123,1,0,0,30,1,0,0,193,0,0,0,100,0,0,0,7,0,0,0,170,255,255,255,77,255,255,255,240,254,255,255,147,254,255,255,54,254,255,255,217,253,255,255,124,253,255,255,31,253,255,255,194,252,255,255,101,252,255,255,219,3,0,0,126,3,0,0,33,3,0,0,196,2,0,0,103,2,0,0,10,2,0,0,173,1,0,0,80,1,0,0,243,0,0,0,150,0,0,0,57,0,0,0,220,255,255,255,127,255,255,255,34,255,255,255,197,254,255,255,104,254,255,255,11,254,255,255,174,253,255,255,81,253,255,255,244,252,255,255,151,252,255,255,58,252,255,255,176,3,0,0,83,3,0,0,246,2,0,0,153,2,0,0,60,2,0,0,223,1,0,0,130,1,0,0,37,1,0,0,200,0,0,0,107,0,0,0,14,0,0,0,177,255,255,255,84,255,255,255,247,254,255,255,154,254,255,255,61,254,255,255,224,253,255,255,131,253,255,255,38,253,255,255,201,252,255,255,108,252,255,255,226,3,0,0,133,3,0,0,40,3,0,0,203,2,0,0,110,2,0,0,17,2,0,0,180,1,0,0,87,1,0,0,250,0,0,0,157,0,0,0,64,0,0,0,227,255,255,255,134,255,255,255,41,255,255,255,204,254,255,255,111,254,255,255,18,254,255,255,181,253,255,255,88,253,255,255,251,252,255,255,158,252,255,255,65,252,255,255,183,3,0,0,90,3,0,0,253,2,0,0,160,2,0,0,67,2,0,0,230,1,0,0,137,1,0,0,44,1,0,0,207,0,0,0,114,0,0,0,21,0,0,0,184,255,255,255,91,255,255,255,254,254,255,255,161,254,255,255,68,254,255,255,231,253,255,255,138,253,255,255,45,253,255,255,208,252,255,255,115,252,255,255,233,3,0,0,140,3,0,0,47,3,0,0,210,2,0,0,117,2,0,0,24,2,0,0,187,1,0,0,94,1,0,0,1,1,0,0,164,0,0,0,71,0,0,0,234,255,255,255,141,255,255,255,48,255,255,255,211,254,255,255,118,254,255,255,25,254,255,255,188,253,255,255,95,253,255,255,2,253,255,255,165,252,255,255,72,252,255,255,190,3,0,0,97,3,0,0,4,3,0,0,167,2,0,0,74,2,0,0,237,1,0,0,144,1,0,0,51,1,0,0,214,0,0,0,121,0,0,0,28,0,0,0,191,255,255,255,98,255,255,255,5,255,255,255,168,254,255,255,75,254,255,255,238,253,255,255,145,253,255,255,52,253,255,255,215,252,255,255,122,252,255,255,29,252,255,255,147,3,0,0,54,3,0,0,217,2,0,0,124,2,0,0,31,2,0,0,194,1,0,0,101,1,0,0,8,1,0,0,171,0,0,0,78,0,0,0,241,255,255,255,148,255,255,255,55,255,255,255,218,254,255,255,125,254,255,255,32,254,255,255,195,253,255,255,102,253,255,255,9,253,255,255,172,252,255,255,79,252,255,255,197,3,0,0,104,3,0,0,11,3,0,0,174,2,0,0,81,2,0,0,244,1,0,0,151,1,0,0,58,1,0,0,221,0,0,0,128,0,0,0,35,0,0,0,198,255,255,255,105,255,255,255,12,255,255,255,175,254,255,255,82,254,255,255,245,253,255,255,152,253,255,255,59,253,255,255,222,252,255,255,129,252,255,255,36,252,255,255,154,3,0,0,61,3,0,0,224,2,0,0,131,2,0,0,38,2,0,0,201,1,0,0,108,1,0,0,15,1,0,0,178,0,0,0,85,0,0,0,248,255,255,255,155,255,255,255,62,255,255,255,225,254,255,255,132,254,255,255,39,254,255,255,202,253,255,255,109,253,255,255,16,253,255,255,179,252,255,255,86,252,255,255,204,3,0,0,111,3,0,0,18,3,0,0,181,2,0,0,88,2,0,0,251,1,0,0,158,1,0,0,65,1,0,0,228,0,0,0,135,0,0,0,42,0,0,0,205,255,255,255,112,255,255,255,19,255,255,255,182,254,255,255,89,254,255,255,252,253,255,255,159,253,255,255,66,253,255,255,229,252,255,255,136,252,255,255,43,252,255,255,161,3,0,0,68,3,0,0,231,2,0,0,138,2,0,0,45,2,0,0,208,1,0,0,115,1,0,0,22,1,0,0,185,0,0,0,92,0,0,0,255,255,255,255], "i8", ALLOC_NONE, Runtime.GLOBAL_BASE);
allocate([162,255,255,255,69,255,255,255,232,254,255,255,139,254,255,255,46,254,255,255,209,253,255,255,116,253,255,255,23,253,255,255,186,252,255,255,93,252,255,255,211,3,0,0,118,3,0,0,25,3,0,0,188,2,0,0,95,2,0,0,2,2,0,0,165,1,0,0,72,1,0,0,235,0,0,0,142,0,0,0,49,0,0,0,212,255,255,255,119,255,255,255,26,255,255,255,189,254,255,255,96,254,255,255,3,254,255,255,166,253,255,255,73,253,255,255,236,252,255,255,143,252,255,255,50,252,255,255,168,3,0,0,75,3,0,0,238,2,0,0,145,2,0,0,52,2,0,0,215,1,0,0,122,1,0,0,29,1,0,0,192,0,0,0,99,0,0,0,6,0,0,0,169,255,255,255,76,255,255,255,239,254,255,255,146,254,255,255,53,254,255,255,216,253,255,255,123,253,255,255,30,253,255,255,193,252,255,255,100,252,255,255,218,3,0,0,125,3,0,0,32,3,0,0,195,2,0,0,102,2,0,0,9,2,0,0,172,1,0,0,79,1,0,0,242,0,0,0,149,0,0,0,56,0,0,0,219,255,255,255,126,255,255,255,33,255,255,255,196,254,255,255,103,254,255,255,10,254,255,255,173,253,255,255,80,253,255,255,243,252,255,255,150,252,255,255,57,252,255,255,175,3,0,0,82,3,0,0,245,2,0,0,152,2,0,0,59,2,0,0,222,1,0,0,129,1,0,0,36,1,0,0,199,0,0,0,106,0,0,0,13,0,0,0,176,255,255,255,83,255,255,255,246,254,255,255,153,254,255,255,60,254,255,255,223,253,255,255,130,253,255,255,37,253,255,255,200,252,255,255,107,252,255,255,225,3,0,0,132,3,0,0,39,3,0,0,202,2,0,0,109,2,0,0,16,2,0,0,179,1,0,0,86,1,0,0,249,0,0,0,156,0,0,0,63,0,0,0,226,255,255,255,133,255,255,255,40,255,255,255,203,254,255,255,110,254,255,255,17,254,255,255,180,253,255,255,87,253,255,255,250,252,255,255,157,252,255,255,64,252,255,255,182,3,0,0,89,3,0,0,252,2,0,0,159,2,0,0,66,2,0,0,229,1,0,0,136,1,0,0,43,1,0,0,206,0,0,0,113,0,0,0,20,0,0,0,183,255,255,255,90,255,255,255,253,254,255,255,160,254,255,255,67,254,255,255,230,253,255,255,137,253,255,255,44,253,255,255,207,252,255,255,114,252,255,255,232,3,0,0,139,3,0,0,46,3,0,0,209,2,0,0,116,2,0,0,23,2,0,0,186,1,0,0,93,1,0,0,0,1,0,0,163,0,0,0,70,0,0,0,233,255,255,255,140,255,255,255,47,255,255,255,210,254,255,255,117,254,255,255,24,254,255,255,187,253,255,255,94,253,255,255,1,253,255,255,164,252,255,255,71,252,255,255,189,3,0,0,96,3,0,0,3,3,0,0,166,2,0,0,73,2,0,0,236,1,0,0,143,1,0,0,50,1,0,0,213,0,0,0,120,0,0,0,27,0,0,0,190,255,255,255,97,255,255,255,4,255,255,255,167,254,255,255,37,0,45,0,40,110,117,108,108,41,0,48,49,50,51,52,53,54,55,56,57,97,98,99,100,101,102,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,3,0,0,0,216,43,0,0,0,4,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,10,255,255,255,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,5,0,0,0,3,0,0,0,224,47,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,0,0,0,0,0,0,0,0,0,0,0,0,0,0,255,255,255,255,255,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,232,42,0,0,72,43,0,0,232,42,0,0,72,43], "i8", ALLOC_NONE, Runtime.GLOBAL_BASE+10240);

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
            (stream === 1 ? Module["print"] : Module["printErr"])(UTF8ArrayToString(buffer, 0));
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
  function __exit(status) {
      // _exit(), and exit() too: the runtime's exit runs the atexit callbacks
      Module["exit"](status);
    }
  function _exit(status) {
      __exit(status);
    }

  function _abort() {
      Module["abort"]();
    }

  function _atexit(func, arg) {
      __ATEXIT__.unshift({ func: func, arg: arg });
    }
  function ___cxa_atexit() {
  return _atexit.apply(null, arguments)
  }

var ___dso_handle = STATICTOP; STATICTOP += 16;;
var __ZTVN10__cxxabiv117__class_type_infoE = allocate([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0], "i8", ALLOC_STATIC);
var __ZTVN10__cxxabiv120__si_class_type_infoE = allocate([0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0], "i8", ALLOC_STATIC);
__ATEXIT__.push(flush_NO_FILESYSTEM);;

DYNAMICTOP_PTR = allocate(1, "i32", ALLOC_STATIC);

STACK_BASE = STACKTOP = Runtime.alignMemory(STATICTOP);

STACK_MAX = STACK_BASE + TOTAL_STACK;

DYNAMIC_BASE = Runtime.alignMemory(STACK_MAX);

HEAP32[DYNAMICTOP_PTR >> 2] = DYNAMIC_BASE;

staticSealed = true; // seal the static portion of memory

function invoke_vi(index,a1) {
  try {
    Module["dynCall_vi"](index,a1);
  } catch(e) {
    if (typeof e !== "number" && e !== "longjmp") throw e;
    Module["setThrew"](1, 0);
  }
}


Module.asmGlobalArg = { "Math": Math, "Int8Array": Int8Array, "Int16Array": Int16Array, "Int32Array": Int32Array, "Uint8Array": Uint8Array, "Uint16Array": Uint16Array, "Uint32Array": Uint32Array, "Float32Array": Float32Array, "Float64Array": Float64Array, "NaN": NaN, "Infinity": Infinity };

Module.asmLibraryArg = { "abort": abort, "assert": assert, "enlargeMemory": enlargeMemory, "getTotalMemory": getTotalMemory, "abortOnCannotGrowMemory": abortOnCannotGrowMemory, "invoke_vi": invoke_vi, "___cxa_atexit": ___cxa_atexit, "___lock": ___lock, "___setErrNo": ___setErrNo, "___syscall140": ___syscall140, "___syscall146": ___syscall146, "___syscall54": ___syscall54, "___syscall6": ___syscall6, "___unlock": ___unlock, "_abort": _abort, "_atexit": _atexit, "_emscripten_memcpy_big": _emscripten_memcpy_big, "_exit": _exit, "___dso_handle": ___dso_handle, "__ZTVN10__cxxabiv117__class_type_infoE": __ZTVN10__cxxabiv117__class_type_infoE, "__ZTVN10__cxxabiv120__si_class_type_infoE": __ZTVN10__cxxabiv120__si_class_type_infoE, "DYNAMICTOP_PTR": DYNAMICTOP_PTR, "tempDoublePtr": tempDoublePtr, "ABORT": ABORT, "STACKTOP": STACKTOP, "STACK_MAX": STACK_MAX };
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

  var STACKTOP = env.STACKTOP|0;
  var STACK_MAX = env.STACK_MAX|0;
  var DYNAMICTOP_PTR = env.DYNAMICTOP_PTR|0;
  var tempDoublePtr = env.tempDoublePtr|0;
  var ABORT = env.ABORT|0;
  var ___dso_handle = env.___dso_handle|0;
  var __ZTVN10__cxxabiv117__class_type_infoE = env.__ZTVN10__cxxabiv117__class_type_infoE|0;
  var __ZTVN10__cxxabiv120__si_class_type_infoE = env.__ZTVN10__cxxabiv120__si_class_type_infoE|0;

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
  var invoke_vi = env.invoke_vi;
  var ___cxa_atexit = env.___cxa_atexit;
  var ___lock = env.___lock;
  var ___setErrNo = env.___setErrNo;
  var ___syscall140 = env.___syscall140;
  var ___syscall146 = env.___syscall146;
  var ___syscall54 = env.___syscall54;
  var ___syscall6 = env.___syscall6;
  var ___unlock = env.___unlock;
  var _abort = env._abort;
  var _atexit = env._atexit;
  var _emscripten_memcpy_big = env._emscripten_memcpy_big;
  var _exit = env._exit;
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

function __ZN6Square8describeEv($this) {
 $this = $this|0;
 var $side = 0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 $side = HEAP32[$this+4>>2]|0;
 HEAP32[$vararg_buffer>>2] = $side;
 HEAP32[$vararg_buffer+4>>2] = Math_imul($side, $side)|0;
 (_printf(78, $vararg_buffer)|0);
 HEAP32[2799] = (HEAP32[2799]|0) + 1;
 STACKTOP = sp;
 return;
}
function __ZN6Circle8describeEv($this) {
 $this = $this|0;
 var $radius = 0, $conv = 0.0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 $radius = HEAP32[$this+4>>2]|0;
 $conv = +($radius|0);
 HEAP32[$vararg_buffer>>2] = $radius;
 HEAP32[$vararg_buffer+4>>2] = ~~($conv * 3.141592653589793 * $conv);
 (_printf(103, $vararg_buffer)|0);
 HEAP32[2799] = (HEAP32[2799]|0) + 1;
 STACKTOP = sp;
 return;
}
function __ZN6LoggerD2Ev($this) {
 $this = $this|0;
 var $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 HEAP32[$vararg_buffer>>2] = HEAP32[$this>>2]|0;
 HEAP32[$vararg_buffer+4>>2] = HEAP32[$this+4>>2]|0;
 (_printf(39, $vararg_buffer)|0);
 STACKTOP = sp;
 return;
}
function __Z3byev() {
 (_puts(184)|0);
 return;
}
function _main($argc, $argv) {
 $argc = $argc|0;
 $argv = $argv|0;
 var $call = 0, $call1 = 0, $i = 0, $obj = 0, $threw = 0, $r = 0, $sum = 0, $cmd = 0, $n = 0, $shapes = 0, $vararg_buffer = 0, $vararg_buffer1 = 0, $vararg_buffer4 = 0, $vararg_buffer6 = 0, $vararg_buffer9 = 0, $vararg_buffer12 = 0, $vararg_buffer14 = 0, $vararg_buffer16 = 0, $vararg_buffer18 = 0, $vararg_buffer20 = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 96|0;
 $vararg_buffer20 = sp + 80|0;
 $vararg_buffer18 = sp + 72|0;
 $vararg_buffer16 = sp + 64|0;
 $vararg_buffer14 = sp + 56|0;
 $vararg_buffer12 = sp + 48|0;
 $vararg_buffer9 = sp + 40|0;
 $vararg_buffer6 = sp + 32|0;
 $vararg_buffer4 = sp + 24|0;
 $vararg_buffer1 = sp + 16|0;
 $vararg_buffer = sp + 8|0;
 $shapes = sp;
 HEAP32[$vararg_buffer>>2] = $argc;
 (_printf(63, $vararg_buffer)|0);
 $call = __Znwj(8)|0;
 HEAP32[$call>>2] = 536;
 HEAP32[$call+4>>2] = 3;
 HEAP32[$shapes>>2] = $call;
 $call1 = __Znwj(8)|0;
 HEAP32[$call1>>2] = 548;
 HEAP32[$call1+4>>2] = 2;
 HEAP32[$shapes+4>>2] = $call1;
 $i = 0;
 while (1) {
  $obj = HEAP32[$shapes + ($i << 2)>>2]|0;
  FUNCTION_TABLE_vi[HEAP32[HEAP32[$obj>>2]>>2] & 3]($obj|0);
  $i = $i + 1|0;
  if (($i|0) == 2) break;
 }
 HEAP32[$vararg_buffer1>>2] = HEAP32[(HEAP32[(HEAP32[$call>>2]|0) + -4>>2]|0) + 4>>2]|0;
 HEAP32[$vararg_buffer1+4>>2] = HEAP32[(HEAP32[(HEAP32[$call1>>2]|0) + -4>>2]|0) + 4>>2]|0;
 (_printf(131, $vararg_buffer1)|0);
 __THREW__ = 0;
 invoke_vi(HEAP32[HEAP32[$call1>>2]>>2]|0, $call1|0);
 $threw = __THREW__;
 __THREW__ = 0;
 if ($threw & 1) {
  (_puts(143)|0);
 }
 HEAP32[$vararg_buffer4>>2] = $threw;
 (_printf(150, $vararg_buffer4)|0);
 (_atexit(1)|0);
 $r = _close(9)|0;
 HEAP32[$vararg_buffer6>>2] = $r;
 HEAP32[$vararg_buffer6+4>>2] = HEAP32[(___errno_location()|0)>>2]|0;
 (_printf(204, $vararg_buffer6)|0);
 (_printf(229, $vararg_buffer9)|0);
 $r = _fseek(HEAP32[2794]|0, 0, 1)|0;
 HEAP32[$vararg_buffer9>>2] = $r;
 HEAP32[$vararg_buffer9+4>>2] = HEAP32[(___errno_location()|0)>>2]|0;
 (_printf(244, $vararg_buffer9)|0);
 $sum = 0;
 $i = 0;
 while (1) {
  $sum = (Math_imul(HEAP32[552 + ($i << 2)>>2]|0, (($i|0) % 7 | 0) + 1|0)|0) + $sum|0;
  $i = $i + 1|0;
  if (($i|0) == 2600) break;
 }
 HEAP32[$vararg_buffer12>>2] = $sum;
 (_printf(274, $vararg_buffer12)|0);
 HEAP32[$vararg_buffer14>>2] = getTotalMemory()|0;
 (_printf(293, $vararg_buffer14)|0);
 __ZdlPv($call);
 __ZdlPv($call1);
 (_printf(310, $vararg_buffer16)|0);
 do {
  if (($argc|0) > 1) {
   $cmd = HEAP32[$argv+4>>2]|0;
   if (!(_strcmp($cmd, 320)|0)) {
    if (($argc|0) > 2) $n = _atoi(HEAP32[$argv+8>>2]|0)|0;
    else $n = 1;
    HEAP32[$vararg_buffer18>>2] = $n;
    (_fprintf(HEAP32[2795]|0, 325, $vararg_buffer18)|0);
    _exit($n|0);
    break;
   }
   if (!(_strcmp($cmd, 335)|0)) {
    (_fputs(341, HEAP32[2795]|0)|0);
    _abort();
    break;
   }
   if (!(_strcmp($cmd, 358)|0)) {
    (_fputs(365, HEAP32[2795]|0)|0);
    abort(7);
    break;
   }
   if (!(_strcmp($cmd, 397)|0)) {
    (_fputs(401, HEAP32[2795]|0)|0);
    HEAP32[$vararg_buffer20>>2] = (_malloc(33554432)|0) != 0;
    (_printf(417, $vararg_buffer20)|0);
    break;
   }
   HEAP32[$vararg_buffer18>>2] = $cmd;
   (_fprintf(HEAP32[2795]|0, 425, $vararg_buffer18)|0);
  }
 } while (0);
 (_printf(445, $vararg_buffer16)|0);
 STACKTOP = sp;
 return 0;
}
function ___cxx_global_var_init() {
 var $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 HEAP32[2798] = 8;
 HEAP32[2799] = 0;
 HEAP32[$vararg_buffer>>2] = 8;
 (_printf(15, $vararg_buffer)|0);
 (___cxa_atexit(3, 11192|0, ___dso_handle|0)|0);
 STACKTOP = sp;
 return;
}
function __GLOBAL__sub_I_cxx_cpp() {
 ___cxx_global_var_init();
 return;
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
 $p = HEAP32[2803]|0;
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
   if (!$prev) HEAP32[2803] = $next;
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
 HEAP32[$p+4>>2] = HEAP32[2803]|0;
 HEAP32[2803] = $p;
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
 return 11200|0;
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
 ___lock(11204|0);
 return 11208|0;
}
function ___ofl_unlock() {
 ___unlock(11204|0);
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
 return _fputc($c, HEAP32[2794]|0)|0;
}
function _puts($s) {
 $s = $s|0;
 var $out = 0, $r = 0;
 $out = HEAP32[2794]|0;
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
 if (HEAP32[2796]|0) {
  $r = ___fflush_unlocked(HEAP32[2796]|0)|0;
 }
 if (HEAP32[2797]|0) {
  $r = ___fflush_unlocked(HEAP32[2797]|0)|0 | $r;
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
  HEAP8[$s>>0] = HEAP8[10963 + ($x & 15)>>0]|0;
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
   _out($f, 10952, 1);
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
   $a = $v ? $v : 10956;
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
  if ($pl) _out($f, 10954, 1);
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
 $call = _vfprintf(HEAP32[2794]|0, $fmt, $ap)|0;
 STACKTOP = sp;
 return $call|0;
}
function _close($fd) {
 $fd = $fd|0;
 var $r = 0, $vararg_buffer = 0, sp = 0;
 sp = STACKTOP;
 STACKTOP = STACKTOP + 16|0;
 $vararg_buffer = sp;
 HEAP32[$vararg_buffer>>2] = $fd;
 $r = ___syscall6(6, $vararg_buffer|0)|0;
 if (($r|0) == -4) $r = 0;
 if ($r >>> 0 > 4294963200) {
  ___setErrNo(0 - $r|0);
  $r = -1;
 }
 STACKTOP = sp;
 return $r|0;
}
function _strcmp($l, $r) {
 $l = $l|0;
 $r = $r|0;
 var $a = 0, $b = 0;
 while (1) {
  $a = HEAP8[$l>>0]|0;
  $b = HEAP8[$r>>0]|0;
  if (($a|0) != ($b|0) | ($a|0) == 0) break;
  $l = $l + 1|0;
  $r = $r + 1|0;
 }
 return ($a & 255) - ($b & 255)|0;
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
function __Znwj($size) {
 $size = $size|0;
 var $p = 0;
 $p = _malloc(($size|0) == 0 ? 1 : $size)|0;
 if (!$p) _abort();
 return $p|0;
}
function __ZdlPv($p) {
 $p = $p|0;
 _free($p);
 return;
}
function runPostSets() {
 HEAP32[124] = __ZTVN10__cxxabiv117__class_type_infoE + 8;
 HEAP32[126] = __ZTVN10__cxxabiv120__si_class_type_infoE + 8;
 HEAP32[129] = __ZTVN10__cxxabiv120__si_class_type_infoE + 8;
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


function dynCall_v(index) {
 index = index|0;

 FUNCTION_TABLE_v[index&1]();
}


function dynCall_vi(index,a1) {
 index = index|0;
 a1=a1|0;
 FUNCTION_TABLE_vi[index&3](a1|0);
}

function b0(p0) {
 p0 = p0|0; abort(0);return 0;
}
function b1(p0,p1,p2) {
 p0 = p0|0;p1 = p1|0;p2 = p2|0; abort(1);return 0;
}
function b2(p0) {
 p0 = p0|0; abort(2);
}
function b3() {
 ; abort(3);
}

// EMSCRIPTEN_END_FUNCS


  var FUNCTION_TABLE_ii = [b0,___stdio_close];
  var FUNCTION_TABLE_iiii = [b1,b1,___stdout_write,___stdio_seek,b1,___stdio_write,b1,b1];
  var FUNCTION_TABLE_v = [b3,__Z3byev];
  var FUNCTION_TABLE_vi = [b2,__ZN6Square8describeEv,__ZN6Circle8describeEv,__ZN6LoggerD2Ev];


  return { __GLOBAL__sub_I_cxx_cpp: __GLOBAL__sub_I_cxx_cpp, ___errno_location: ___errno_location, _fflush: _fflush, _free: _free, _main: _main, _malloc: _malloc, _memcpy: _memcpy, _memset: _memset, _sbrk: _sbrk, establishStackSpace: establishStackSpace, getTempRet0: getTempRet0, runPostSets: runPostSets, setTempRet0: setTempRet0, setThrew: setThrew, stackAlloc: stackAlloc, stackRestore: stackRestore, stackSave: stackSave, dynCall_ii: dynCall_ii, dynCall_iiii: dynCall_iiii, dynCall_v: dynCall_v, dynCall_vi: dynCall_vi };
})
// EMSCRIPTEN_END_ASM
(Module.asmGlobalArg, Module.asmLibraryArg, buffer);

var __GLOBAL__sub_I_cxx_cpp = Module["__GLOBAL__sub_I_cxx_cpp"] = asm["__GLOBAL__sub_I_cxx_cpp"];
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
var dynCall_v = Module["dynCall_v"] = asm["dynCall_v"];
var dynCall_vi = Module["dynCall_vi"] = asm["dynCall_vi"];
Runtime.stackAlloc = Module["stackAlloc"];
Runtime.stackSave = Module["stackSave"];
Runtime.stackRestore = Module["stackRestore"];
Runtime.establishStackSpace = Module["establishStackSpace"];
Runtime.setTempRet0 = Module["setTempRet0"];
Runtime.getTempRet0 = Module["getTempRet0"];

Module["asm"] = asm;

runPostSets();

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

  initialStackTop = Runtime.stackSave();

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
      Module.printErr("exception thrown: " + toLog);
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
  if (implicit && Module["noExitRuntime"]) {
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

  if (ENVIRONMENT_IS_NODE) {
    process["exit"](status);
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
