#!/usr/bin/env python3
"""Run a WASI preview1 command in wasm3, a second engine independent of wasmtime.

    scripts/wasi-engine.py APP.wasm [ARGS...]

APP.wasm must be a WASI command: it exports a function `_start` and imports
only functions of `wasi_snapshot_preview1`. It runs in the wasm3 interpreter
(PyPI `pywasm3==0.5.0`, C, built from source by `scripts/install-wasi-engine`
into `$ASM2WASM_TOOLS/wasi-engine`, default `~/.cache/asm2wasm/tools`) with
what `asm2wasm run` gives a command by default (`docs/wasi.md`):

  arguments    the file's name alone (not its directory), then ARGS
  environment  empty
  files        no preopened directory: fd 3 and above are EBADF
  stdin        empty (a read sees its end)
  stdout/err   this process's own, byte for byte, unbuffered
  clocks       the host's (realtime, monotonic, process and thread CPU time)
  random       the host's (os.urandom)

pywasm3's Python API has no WASI of its own (no `link_wasi`), so the WASI
functions are this file's: `args_*`, `environ_*`, `clock_*`, `fd_write`,
`fd_read`, `fd_close`, `fd_fdstat_get`, `fd_filestat_get`, `fd_prestat_*`,
`fd_seek`/`fd_tell`, `proc_exit`, `random_get`, `sched_yield`; every other
preview1 function links (the module loads) and returns ENOSYS (52), or EBADF
(8) for an fd that is not open (every `path_*` call, say). A pointer outside
the memory given to a WASI function traps, as in wasmtime; an unknown clock
id is EINVAL (wasmtime traps on it).

Exit status: the command's `proc_exit` code (its low 8 bits, as for any
process), 0 when `_start` returns, 4 on a trap (message on stderr, as
`asm2wasm run`), 1 when the module cannot be run (not a command, an import
that is not WASI preview1, a malformed binary), 2 on a usage error or when
the engine is not installed.
"""

import os
import struct
import sys
import threading
import time

PACKAGE = "pywasm3==0.5.0"
WASM_STACK = 8 << 20  # wasm3's value stack, bytes
NATIVE_STACK = 512 << 20  # the C stack wasm3's calls recurse on (virtual; touched as used)

# errno values of WASI preview1
SUCCESS, BADF, INVAL, NOSYS, PIPE, SPIPE, IO = 0, 8, 28, 52, 64, 70, 29


def tools_dir():
    base = os.environ.get("ASM2WASM_TOOLS")
    if not base:
        cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(cache, "asm2wasm", "tools")
    return os.path.join(base, "wasi-engine")


def import_engine():
    where = tools_dir()
    sys.path.insert(0, where)
    try:
        import wasm3
    except ImportError as e:
        here = os.path.dirname(os.path.abspath(__file__))
        sys.stderr.write(
            f"error: the WASI engine (wasm3, PyPI package `{PACKAGE}`) is not importable from {where}: {e}\n"
            f"  install it with: {os.path.join(here, 'install-wasi-engine')}\n"
            f"  (or: python3 -m pip install --no-deps --target '{where}' '{PACKAGE}';"
            " it builds from source: needs a C compiler and Python's headers)\n"
        )
        sys.exit(2)
    return wasm3


# ---- reading the module's imports and exports --------------------------------

class BadModule(Exception):
    pass


class Reader:
    def __init__(self, data, pos=0, end=None):
        self.data, self.pos, self.end = data, pos, len(data) if end is None else end

    def byte(self):
        if self.pos >= self.end:
            raise BadModule("unexpected end of the module")
        b = self.data[self.pos]
        self.pos += 1
        return b

    def uleb(self):
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return result

    def name(self):
        n = self.uleb()
        if self.pos + n > self.end:
            raise BadModule("unexpected end of the module")
        s = bytes(self.data[self.pos:self.pos + n])
        self.pos += n
        try:
            return s.decode("utf-8")
        except UnicodeDecodeError:
            raise BadModule("a name is not UTF-8")

    def limits(self):
        flags = self.byte()
        self.uleb()
        if flags & 1:
            self.uleb()


def imports_and_exports(data):
    """([(module, name, kind)], {export name: kind}); kinds: 0 func, 1 table, 2 memory, 3 global."""
    if data[:8] != b"\0asm\1\0\0\0":
        raise BadModule("not a wasm binary module (version 1)")
    imports, exports = [], {}
    r = Reader(data, 8)
    while r.pos < r.end:
        sid = r.byte()
        size = r.uleb()
        end = r.pos + size
        if end > r.end:
            raise BadModule("a section runs past the end of the module")
        s = Reader(data, r.pos, end)
        if sid == 2:
            for _ in range(s.uleb()):
                mod, name, kind = s.name(), s.name(), s.byte()
                if kind == 0:
                    s.uleb()
                elif kind == 1:
                    s.byte()
                    s.limits()
                elif kind == 2:
                    s.limits()
                elif kind == 3:
                    s.byte()
                    s.byte()
                else:
                    raise BadModule(f"import {mod}.{name} of unknown kind {kind}")
                imports.append((mod, name, kind))
        elif sid == 7:
            for _ in range(s.uleb()):
                name, kind = s.name(), s.byte()
                s.uleb()
                exports[name] = kind
        r.pos = end
    return imports, exports


# ---- WASI preview1 -----------------------------------------------------------

# name: wasm3 signature (i = i32, I = i64, v = no result)
PREVIEW1 = {
    "args_get": "i(ii)", "args_sizes_get": "i(ii)",
    "environ_get": "i(ii)", "environ_sizes_get": "i(ii)",
    "clock_res_get": "i(ii)", "clock_time_get": "i(iIi)",
    "fd_advise": "i(iIIi)", "fd_allocate": "i(iII)", "fd_close": "i(i)", "fd_datasync": "i(i)",
    "fd_fdstat_get": "i(ii)", "fd_fdstat_set_flags": "i(ii)", "fd_fdstat_set_rights": "i(iII)",
    "fd_filestat_get": "i(ii)", "fd_filestat_set_size": "i(iI)", "fd_filestat_set_times": "i(iIIi)",
    "fd_pread": "i(iiiIi)", "fd_prestat_get": "i(ii)", "fd_prestat_dir_name": "i(iii)",
    "fd_pwrite": "i(iiiIi)", "fd_read": "i(iiii)", "fd_readdir": "i(iiiIi)", "fd_renumber": "i(ii)",
    "fd_seek": "i(iIii)", "fd_sync": "i(i)", "fd_tell": "i(ii)", "fd_write": "i(iiii)",
    "path_create_directory": "i(iii)", "path_filestat_get": "i(iiiii)",
    "path_filestat_set_times": "i(iiiiIIi)", "path_link": "i(iiiiiii)",
    "path_open": "i(iiiiiIIii)", "path_readlink": "i(iiiiii)", "path_remove_directory": "i(iii)",
    "path_rename": "i(iiiiii)", "path_symlink": "i(iiiii)", "path_unlink_file": "i(iii)",
    "poll_oneoff": "i(iiii)", "proc_exit": "v(i)", "proc_raise": "i(i)", "sched_yield": "i()",
    "random_get": "i(ii)",
    "sock_accept": "i(iii)", "sock_recv": "i(iiiiii)", "sock_send": "i(iiiii)", "sock_shutdown": "i(ii)",
}

FILETYPE_CHARACTER_DEVICE = 2
RIGHTS_FD_READ, RIGHTS_FD_WRITE = 1 << 1, 1 << 6
CLOCKS = {0: time.time_ns, 1: time.monotonic_ns, 2: time.process_time_ns, 3: time.thread_time_ns}
CLOCK_NAMES = {0: "time", 1: "monotonic", 2: "process_time", 3: "thread_time"}


class Exit(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


class Trap(Exception):
    """A pointer or size the command gave is outside its memory: a trap, as in
    wasmtime and in wasm3's own WASI (not EFAULT)."""


class Wasi:
    def __init__(self, runtime, args, stdout_fd, stderr_fd):
        self.rt = runtime
        self.args = [a.encode() + b"\0" for a in args]
        self.env = []
        # wasm fd -> host fd (None: stdin, empty)
        self.fds = {0: None, 1: stdout_fd, 2: stderr_fd}

    # memory
    def mem(self):
        m = self.rt.get_memory(0)
        if m is None:
            raise Trap("the command has no memory")
        return m

    @staticmethod
    def check(m, ptr, n):
        if ptr < 0 or ptr + n > len(m):
            raise Trap(f"pointer out of bounds: {n} bytes at {ptr}, memory of {len(m)} bytes")

    def get(self, m, ptr, n):
        self.check(m, ptr, n)
        return bytes(m[ptr:ptr + n])

    def put(self, m, ptr, data):
        self.check(m, ptr, len(data))
        m[ptr:ptr + len(data)] = data

    def u32(self, m, ptr):
        self.check(m, ptr, 4)
        return struct.unpack_from("<I", m, ptr)[0]

    def put_u32(self, m, ptr, v):
        self.put(m, ptr, struct.pack("<I", v & 0xFFFFFFFF))

    def put_u64(self, m, ptr, v):
        self.put(m, ptr, struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF))

    def iovs(self, m, ptr, n):
        return [(self.u32(m, ptr + 8 * i), self.u32(m, ptr + 8 * i + 4)) for i in range(n)]

    # args and environment
    def strings_sizes(self, strings, count_ptr, size_ptr):
        m = self.mem()
        self.put_u32(m, count_ptr, len(strings))
        self.put_u32(m, size_ptr, sum(len(s) for s in strings))
        return SUCCESS

    def strings_get(self, strings, ptrs, buf):
        m = self.mem()
        for s in strings:
            self.put_u32(m, ptrs, buf)
            self.put(m, buf, s)
            ptrs += 4
            buf += len(s)
        return SUCCESS

    def args_sizes_get(self, a, b):
        return self.strings_sizes(self.args, a, b)

    def args_get(self, a, b):
        return self.strings_get(self.args, a, b)

    def environ_sizes_get(self, a, b):
        return self.strings_sizes(self.env, a, b)

    def environ_get(self, a, b):
        return self.strings_get(self.env, a, b)

    # clocks, random, process
    def clock_res_get(self, clock, ptr):
        if clock not in CLOCK_NAMES:
            return INVAL
        res = time.get_clock_info(CLOCK_NAMES[clock]).resolution
        self.put_u64(self.mem(), ptr, max(1, round(res * 1e9)))
        return SUCCESS

    def clock_time_get(self, clock, _precision, ptr):
        if clock not in CLOCKS:
            return INVAL
        self.put_u64(self.mem(), ptr, CLOCKS[clock]())
        return SUCCESS

    def random_get(self, ptr, n):
        self.put(self.mem(), ptr, os.urandom(n))
        return SUCCESS

    def proc_exit(self, code):
        raise Exit(code & 0xFFFFFFFF)

    def sched_yield(self):
        return SUCCESS

    # file descriptors: only 0, 1, 2
    def fd_write(self, fd, iovs, n, nwritten):
        if fd not in self.fds:
            return BADF
        host = self.fds[fd]
        m = self.mem()
        data = b"".join(self.get(m, p, l) for p, l in self.iovs(m, iovs, n))
        if host is None:
            return BADF
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(host, view):]
        except BrokenPipeError:
            return PIPE
        except OSError:
            return IO
        self.put_u32(m, nwritten, len(data))
        return SUCCESS

    def fd_read(self, fd, iovs, n, nread):
        if fd not in self.fds:
            return BADF
        if self.fds[fd] is not None:
            return BADF
        m = self.mem()
        self.iovs(m, iovs, n)
        self.put_u32(m, nread, 0)  # stdin is empty
        return SUCCESS

    def fd_close(self, fd):
        if fd not in self.fds:
            return BADF
        del self.fds[fd]
        return SUCCESS

    def fd_fdstat_get(self, fd, ptr):
        if fd not in self.fds:
            return BADF
        rights = RIGHTS_FD_READ if self.fds[fd] is None else RIGHTS_FD_WRITE
        self.put(self.mem(), ptr, struct.pack("<BxHxxxxQQ", FILETYPE_CHARACTER_DEVICE, 0, rights, 0))
        return SUCCESS

    def fd_filestat_get(self, fd, ptr):
        if fd not in self.fds:
            return BADF
        # dev, ino, filetype, nlink, size, atim, mtim, ctim
        self.put(self.mem(), ptr, struct.pack("<QQBxxxxxxxQQQQQ", 0, 0, FILETYPE_CHARACTER_DEVICE, 1, 0, 0, 0, 0))
        return SUCCESS

    def fd_seek(self, fd, _offset, _whence, _ptr):
        return BADF if fd not in self.fds else SPIPE

    def fd_tell(self, fd, _ptr):
        return BADF if fd not in self.fds else SPIPE

    def fd_prestat_get(self, fd, _ptr):
        return BADF  # no preopened directory

    def fd_prestat_dir_name(self, fd, _ptr, _len):
        return BADF

    def unsupported(self, name):
        takes_fd = name.startswith(("fd_", "path_", "sock_"))

        def call(*args):
            if takes_fd and (args[0] & 0xFFFFFFFF) not in self.fds:
                return BADF
            return NOSYS

        return call

    def host_function(self, name):
        method = getattr(self, name, None)
        if method is None:
            return self.unsupported(name)
        # wasm3 hands integers over signed: pointers, sizes and codes are unsigned
        masks = [0xFFFFFFFF if t == "i" else 0xFFFFFFFFFFFFFFFF for t in PREVIEW1[name][2:-1]]

        def call(*args):
            return method(*[a & mask for a, mask in zip(args, masks)])

        return call


# ---- running -----------------------------------------------------------------

def die(status, message):
    sys.stderr.write(f"wasi-engine: {message}\n")
    sys.exit(status)


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: wasi-engine.py APP.wasm [ARGS...]\n")
        sys.exit(0 if len(argv) >= 2 else 2)
    path, args = argv[1], argv[2:]
    wasm3 = import_engine()
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        die(1, f"cannot read {path}: {e.strerror}")

    try:
        imports, exports = imports_and_exports(data)
    except BadModule as e:
        die(1, f"{path}: {e}")
    if exports.get("_start") != 0:
        die(1, f"{path}: not a WASI command: no exported function `_start`")
    for mod, name, kind in imports:
        if mod != "wasi_snapshot_preview1" or kind != 0 or name not in PREVIEW1:
            what = "function" if kind == 0 else ("table", "memory", "global")[kind - 1]
            die(1, f"{path}: imports {what} `{mod}.{name}`, which is not a WASI preview1 function")

    # wasm3 prints a backtrace to the C stderr on a trap; the command's own stderr
    # goes to a copy of fd 2, and fd 2 is silenced while the command runs.
    stdout_fd = 1
    stderr_fd = os.dup(2)
    outcome = {}

    def run():
        try:
            env = wasm3.Environment()
            rt = env.new_runtime(WASM_STACK)
            mod = env.parse_module(data)
            rt.load(mod)
            wasi = Wasi(rt, [os.path.basename(path)] + args, stdout_fd, stderr_fd)
            for mod_name, name, _ in imports:
                mod.link_function(mod_name, name, PREVIEW1[name], wasi.host_function(name))
            start = rt.find_function("_start")
        except RuntimeError as e:
            outcome["error"] = (1, f"{path}: cannot instantiate: {e}")
            return
        try:
            start()
            outcome["exit"] = 0
        except Exit as e:
            outcome["exit"] = e.code & 0xFF
        except Trap as e:
            outcome["error"] = (4, f"trap: {e}")
        except RuntimeError as e:
            message = str(e)
            if message.startswith("[trap]"):
                outcome["error"] = (4, f"trap: {message[len('[trap]'):].strip()}")
            else:
                outcome["error"] = (1, f"{path}: {message}")
        except BaseException as e:  # a bug of this file: report it after fd 2 is back
            outcome["bug"] = e

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    try:
        threading.stack_size(NATIVE_STACK)
        thread = threading.Thread(target=run, name="wasm3")
        thread.start()
        thread.join()
    finally:
        os.dup2(stderr_fd, 2)
        os.close(devnull)
    if "bug" in outcome:
        raise outcome["bug"]
    if "error" in outcome:
        die(*outcome["error"])
    sys.exit(outcome["exit"])


if __name__ == "__main__":
    main(sys.argv)
