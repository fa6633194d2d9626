//! The functions `--wasi` writes into a command: helpers over WASI's
//! `fd_write` and `proc_exit`, the glue standing for each import, and
//! `_start` (`docs/wasi.md` says what each does, and why).

use wasm_encoder::{BlockType, Function, InstructionSink, MemArg, ValType};

use super::{ARGS_GET, ARGS_SIZES_GET, FD_WRITE, Glue, PROC_EXIT};

/// Exit status of `foreign.abort`, as `asm2wasm run` gives.
const ABORT_STATUS: i32 = 4;
/// Exit status of Emscripten's `abort`: Node's, for the exception the
/// glue's `uncaughtException` handler throws again.
const EM_ABORT_STATUS: i32 = 7;
/// What Emscripten's `abort` throws after its argument.
const EM_ABORT_TAIL: &str = "). Build with -s ASSERTIONS=1 for more info.\n";
/// errno values (musl's) the syscalls return negated.
const EBADF: i32 = 9;
const ESPIPE: i32 = 29;
/// Bytes of a line an Emscripten program's stdout or stderr holds before
/// writing it out: Emscripten's glue holds a whole line, however long.
const LINE_CAP: i32 = 8192;
/// `atexit` functions kept; more are not called.
const ATEXIT_MAX: i32 = 64;
/// Bytes of the strings the glue writes.
const STRINGS_CAP: usize = 4096;

/// Where the new functions keep their bytes: the page past the heap,
/// whose first byte is the heap's length.
#[derive(Clone, Copy)]
pub(super) struct Scratch(pub(super) u32);

impl Scratch {
    fn at(self, offset: i32) -> i32 {
        self.0 as i32 + offset
    }
    /// The iovec `fd_write` reads (pointer, length).
    fn iovec(self) -> i32 {
        self.at(0)
    }
    /// The count `fd_write` writes.
    fn written(self) -> i32 {
        self.at(8)
    }
    /// The length of the line held for `fd` (1 or 2).
    fn line_len(self) -> i32 {
        self.at(12)
    }
    /// How many `atexit` functions are kept.
    fn atexit_count(self) -> i32 {
        self.at(24)
    }
    /// The end of the digits of an int (11 bytes before it at most), and
    /// one byte to write.
    fn digits_end(self) -> i32 {
        self.at(48)
    }
    /// `args_sizes_get`'s count and size.
    fn arg_sizes(self) -> i32 {
        self.at(56)
    }
    /// The runtime modules' scratch bytes (libm.js's 88, dtoa.js's 16 KiB,
    /// which starts with the digits it writes).
    pub(super) fn runtime(self) -> i32 {
        self.at(64)
    }
    /// The line held for stdout; stderr's follows it.
    fn lines(self) -> i32 {
        self.at(64 + 16384)
    }
    /// The `atexit` functions: (function, argument, has an argument).
    fn atexit(self) -> i32 {
        self.lines() + 2 * LINE_CAP
    }
    /// The strings the glue writes.
    pub(super) fn strings(self) -> i32 {
        self.atexit() + 12 * ATEXIT_MAX
    }
    /// `args_get`'s pointers, then its strings, to the page's end.
    fn args(self) -> i32 {
        self.strings() + STRINGS_CAP as i32
    }
    /// The page's end.
    fn end(self) -> i32 {
        self.at(65536)
    }
}

/// The helpers, after the linked modules' functions, in this order.
#[derive(Clone, Copy)]
pub(super) enum Helper {
    /// `(ptr, len, fd)`: write the bytes.
    Out,
    /// `(x, fd)`: write the int in decimal.
    OutInt,
    /// `(c, fd)`: write the byte.
    OutChar,
    /// `(x: f64, fd)`: write the double as `console.log` does (dtoa.js).
    OutDouble,
    /// `(c, fd)`: Emscripten's `printChar`: hold the byte in the line of
    /// `fd`, and write the line out at a newline or a NUL.
    PutChar,
    /// `(status)`: end the program: an Emscripten program's `atexit`
    /// functions, `fflush(0)` and held lines, then `proc_exit`.
    Exit,
}

pub(super) const HELPERS: [Helper; 6] = [
    Helper::Out,
    Helper::OutInt,
    Helper::OutChar,
    Helper::OutDouble,
    Helper::PutChar,
    Helper::Exit,
];

impl Helper {
    pub(super) fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::{F64, I32};
        let params = match self {
            Helper::Out => vec![I32, I32, I32],
            Helper::OutInt | Helper::OutChar | Helper::PutChar => vec![I32, I32],
            Helper::OutDouble => vec![F64, I32],
            Helper::Exit => vec![I32],
        };
        (params, vec![])
    }
}

/// An Emscripten program's exports the runtime calls (new indices).
pub(super) struct Em {
    /// `_fflush`, and whether it returns a value.
    pub(super) fflush: Option<(u32, bool)>,
    pub(super) errno: Option<u32>,
    /// `_malloc`, or `stackAlloc` when there is none: where `argv` goes.
    pub(super) malloc: Option<u32>,
    pub(super) dyncall_v: Option<u32>,
    pub(super) dyncall_vi: Option<u32>,
    pub(super) post_sets: Option<u32>,
    /// The global constructors, in order.
    pub(super) ctors: Vec<u32>,
    /// What `enlargeMemory` aborts with.
    pub(super) grow_message: String,
}

/// What the bodies need.
pub(super) struct Ctx {
    pub(super) scratch: Scratch,
    /// The first helper's index.
    pub(super) helpers: u32,
    /// dtoa.js's `dtoa`, when linked.
    pub(super) dtoa: Option<u32>,
    pub(super) total_memory: i32,
    pub(super) em: Option<Em>,
    /// The strings' bytes, at [`Scratch::strings`].
    pub(super) strings: Vec<u8>,
}

fn mem(align: u32) -> MemArg {
    MemArg { offset: 0, align, memory_index: 0 }
}

const STDOUT: i32 = 1;
const STDERR: i32 = 2;

impl Ctx {
    fn call(&self, s: &mut InstructionSink<'_>, h: Helper) {
        s.call(self.helpers + h as u32);
    }

    /// `text` written on `fd`: from the strings, or byte by byte when short.
    fn out_text(&mut self, s: &mut InstructionSink<'_>, text: &[u8], fd: i32) {
        if text.len() <= 2 {
            for &c in text {
                s.i32_const(i32::from(c)).i32_const(fd);
                self.call(s, Helper::OutChar);
            }
            return;
        }
        let at = self.scratch.strings() + self.strings.len() as i32;
        self.strings.extend_from_slice(text);
        assert!(self.strings.len() <= STRINGS_CAP, "the glue's strings outgrow their space");
        s.i32_const(at).i32_const(text.len() as i32).i32_const(fd);
        self.call(s, Helper::Out);
    }

    /// Local `k` of type `ty`, written as `print` writes it.
    fn out_value(&self, s: &mut InstructionSink<'_>, k: u32, ty: wasmparser::ValType, fd: i32) {
        s.local_get(k).i32_const(fd);
        let h = if ty == wasmparser::ValType::F64 { Helper::OutDouble } else { Helper::OutInt };
        self.call(s, h);
    }

    /// The parameters, written on `fd` as `print` writes them, `sep` between.
    fn out_params(
        &mut self,
        s: &mut InstructionSink<'_>,
        ty: &wasmparser::FuncType,
        sep: &[u8],
        fd: i32,
    ) {
        for (k, &t) in ty.params().iter().enumerate() {
            if k > 0 {
                self.out_text(s, sep, fd);
            }
            self.out_value(s, k as u32, t, fd);
        }
    }

    /// A helper's body.
    pub(super) fn helper(&mut self, h: Helper) -> Function {
        let scratch = self.scratch;
        match h {
            // (ptr, len, fd): one iovec, `fd_write(fd, iovec, 1, written)`.
            Helper::Out => {
                let mut f = Function::new([]);
                let mut s = f.instructions();
                s.i32_const(scratch.iovec()).local_get(0).i32_store(mem(2));
                s.i32_const(scratch.iovec() + 4).local_get(1).i32_store(mem(2));
                s.local_get(2).i32_const(scratch.iovec()).i32_const(1);
                s.i32_const(scratch.written()).call(FD_WRITE).drop().end();
                f
            }
            // (x, fd): its digits backwards from the end, from |x| as an i64.
            Helper::OutInt => {
                let (v, p) = (2, 3);
                let mut f = Function::new([(1, ValType::I64), (1, ValType::I32)]);
                let mut s = f.instructions();
                s.local_get(0).i64_extend_i32_s().local_set(v);
                s.local_get(0).i32_const(0).i32_lt_s().if_(BlockType::Empty);
                s.i64_const(0).local_get(v).i64_sub().local_set(v).end();
                s.i32_const(scratch.digits_end()).local_set(p);
                s.loop_(BlockType::Empty);
                s.local_get(p).i32_const(1).i32_sub().local_tee(p);
                s.local_get(v).i64_const(10).i64_rem_u().i32_wrap_i64().i32_const(48).i32_add();
                s.i32_store8(mem(0));
                s.local_get(v).i64_const(10).i64_div_u().local_tee(v).i64_const(0).i64_ne();
                s.br_if(0).end();
                s.local_get(0).i32_const(0).i32_lt_s().if_(BlockType::Empty);
                s.local_get(p).i32_const(1).i32_sub().local_tee(p).i32_const(45);
                s.i32_store8(mem(0)).end();
                s.local_get(p).i32_const(scratch.digits_end()).local_get(p).i32_sub();
                s.local_get(1);
                self.call(&mut s, Helper::Out);
                s.end();
                f
            }
            // (c, fd)
            Helper::OutChar => {
                let mut f = Function::new([]);
                let mut s = f.instructions();
                s.i32_const(scratch.digits_end()).local_get(0).i32_store8(mem(0));
                s.i32_const(scratch.digits_end()).i32_const(1).local_get(1);
                self.call(&mut s, Helper::Out);
                s.end();
                f
            }
            // (x, fd): dtoa.js writes the text at the runtime scratch bytes.
            Helper::OutDouble => {
                let mut f = Function::new([]);
                let mut s = f.instructions();
                match self.dtoa {
                    Some(dtoa) => {
                        s.i32_const(scratch.runtime()).local_get(0).call(dtoa).local_get(1);
                        self.call(&mut s, Helper::Out);
                    }
                    None => {
                        s.unreachable();
                    }
                }
                s.end();
                f
            }
            Helper::PutChar => self.put_char(),
            Helper::Exit => self.exit(),
        }
    }

    /// `(c, fd)`: Emscripten's `printChar`. A newline or a NUL writes the
    /// held line and a newline; another byte is held (a full line is
    /// written as it is). Other descriptors than 1 and 2 are written to
    /// at once.
    fn put_char(&mut self) -> Function {
        let scratch = self.scratch;
        let (c, fd, buf, at, len) = (0, 1, 2, 3, 4);
        let mut f = Function::new([(3, ValType::I32)]);
        let mut s = f.instructions();
        s.local_get(fd).i32_const(1).i32_sub().i32_const(1).i32_gt_u().if_(BlockType::Empty);
        s.local_get(c).local_get(fd);
        self.call(&mut s, Helper::OutChar);
        s.return_().end();
        // The line's length at LINE_LEN + 4 * fd, its bytes at LINES.
        s.i32_const(scratch.line_len()).local_get(fd).i32_const(2).i32_shl().i32_add();
        s.local_tee(at).i32_load(mem(2)).local_set(len);
        s.i32_const(scratch.lines() - LINE_CAP).local_get(fd).i32_const(LINE_CAP).i32_mul();
        s.i32_add().local_set(buf);
        s.local_get(c).i32_eqz().local_get(c).i32_const(10).i32_eq().i32_or();
        s.if_(BlockType::Empty);
        s.local_get(buf).local_get(len).i32_add().i32_const(10).i32_store8(mem(0));
        s.local_get(buf).local_get(len).i32_const(1).i32_add().local_get(fd);
        self.call(&mut s, Helper::Out);
        s.local_get(at).i32_const(0).i32_store(mem(2));
        s.else_();
        s.local_get(buf).local_get(len).i32_add().local_get(c).i32_store8(mem(0));
        s.local_get(len).i32_const(1).i32_add().local_tee(len);
        s.i32_const(LINE_CAP - 1).i32_eq().if_(BlockType::Empty);
        s.local_get(buf).local_get(len).local_get(fd);
        self.call(&mut s, Helper::Out);
        s.i32_const(0).local_set(len).end();
        s.local_get(at).local_get(len).i32_store(mem(2));
        s.end().end();
        f
    }

    /// `(status)`: what Emscripten's `exit` runs (the `atexit` functions,
    /// newest first, then its flush: `fflush(0)` and the held lines), then
    /// `proc_exit`. A hand-written module's commands only exit.
    fn exit(&mut self) -> Function {
        let scratch = self.scratch;
        let (status, n, e) = (0, 1, 2);
        let mut f = Function::new([(2, ValType::I32)]);
        let mut s = f.instructions();
        if let Some(em) = &self.em {
            s.block(BlockType::Empty).loop_(BlockType::Empty);
            s.i32_const(scratch.atexit_count()).i32_load(mem(2)).local_tee(n).i32_eqz().br_if(1);
            s.i32_const(scratch.atexit_count()).local_get(n).i32_const(1).i32_sub();
            s.local_tee(n).i32_store(mem(2));
            s.i32_const(scratch.atexit()).local_get(n).i32_const(12).i32_mul().i32_add();
            s.local_set(e);
            s.local_get(e).i32_load(MemArg { offset: 8, ..mem(2) }).if_(BlockType::Empty);
            match em.dyncall_vi {
                Some(vi) => {
                    s.local_get(e).i32_load(mem(2));
                    s.local_get(e).i32_load(MemArg { offset: 4, ..mem(2) }).call(vi);
                }
                None => {
                    s.unreachable();
                }
            }
            s.else_();
            match em.dyncall_v {
                Some(v) => {
                    s.local_get(e).i32_load(mem(2)).call(v);
                }
                None => {
                    s.unreachable();
                }
            }
            s.end().br(0).end().end();
            if let Some((fflush, result)) = em.fflush {
                s.i32_const(0).call(fflush);
                if result {
                    s.drop();
                }
            }
            for fd in [STDOUT, STDERR] {
                s.i32_const(scratch.line_len() + 4 * fd).i32_load(mem(2)).if_(BlockType::Empty);
                s.i32_const(10).i32_const(fd);
                self.call(&mut s, Helper::PutChar);
                s.end();
            }
        }
        s.local_get(status).call(PROC_EXIT).end();
        f
    }

    /// The body standing for an import of type `ty`.
    pub(super) fn glue_body(&mut self, g: Glue, ty: &wasmparser::FuncType) -> Function {
        let scratch = self.scratch;
        let n = ty.params().len() as u32;
        let mut f = Function::new([(8, ValType::I32)]);
        let mut s = f.instructions();
        // Its own locals, after the parameters.
        let local = |k: u32| n + k;
        match g {
            Glue::Print => {
                self.out_params(&mut s, ty, b" ", STDOUT);
                s.i32_const(10).i32_const(STDOUT);
                self.call(&mut s, Helper::OutChar);
            }
            Glue::PrintString => {
                // The length: up to the first NUL or the heap's end.
                let len = local(0);
                s.block(BlockType::Empty).loop_(BlockType::Empty);
                s.local_get(0).local_get(len).i32_add().i32_const(scratch.0 as i32);
                s.i32_ge_u().br_if(1);
                s.local_get(0).local_get(len).i32_add().i32_load8_u(mem(0)).i32_eqz().br_if(1);
                s.local_get(len).i32_const(1).i32_add().local_set(len).br(0);
                s.end().end();
                s.local_get(0).local_get(len).i32_const(STDOUT);
                self.call(&mut s, Helper::Out);
                s.i32_const(10).i32_const(STDOUT);
                self.call(&mut s, Helper::OutChar);
            }
            Glue::Abort => {
                self.out_text(&mut s, b"error: foreign.abort(", STDERR);
                self.out_params(&mut s, ty, b", ", STDERR);
                self.out_text(&mut s, b") was called\n", STDERR);
                s.i32_const(ABORT_STATUS).call(PROC_EXIT);
            }
            Glue::Math(_) => unreachable!("`Math` is libm.js's"),
            // `abort(what)`: `what` on stdout and stderr, then what it throws.
            Glue::EmAbort => {
                if n == 1 {
                    for fd in [STDOUT, STDERR] {
                        self.out_value(&mut s, 0, ty.params()[0], fd);
                        self.out_text(&mut s, b"\n", fd);
                    }
                    self.out_text(&mut s, b"abort(", STDERR);
                    self.out_value(&mut s, 0, ty.params()[0], STDERR);
                } else {
                    self.out_text(&mut s, b"abort(", STDERR);
                }
                self.out_text(&mut s, EM_ABORT_TAIL.as_bytes(), STDERR);
                s.i32_const(EM_ABORT_STATUS).call(PROC_EXIT);
            }
            Glue::GrowAbort => {
                let message = self.em.as_ref().map_or(String::new(), |e| e.grow_message.clone());
                let line = format!("{message}\n");
                self.out_text(&mut s, line.as_bytes(), STDOUT);
                self.out_text(&mut s, line.as_bytes(), STDERR);
                let thrown = format!(
                    "abort({}{EM_ABORT_TAIL}",
                    serde_json::to_string(&message).unwrap_or_default()
                );
                self.out_text(&mut s, thrown.as_bytes(), STDERR);
                s.i32_const(EM_ABORT_STATUS).call(PROC_EXIT);
            }
            Glue::TotalMemory => {
                s.i32_const(self.total_memory);
            }
            Glue::SetErrNo => {
                if let Some(errno) = self.em.as_ref().and_then(|e| e.errno) {
                    s.call(errno).local_get(0).i32_store(mem(2));
                }
            }
            Glue::Zero => {}
            Glue::Close | Glue::Seek if ty.results().is_empty() => {}
            Glue::Close => {
                s.i32_const(-EBADF);
            }
            Glue::Seek => {
                s.local_get(1).i32_load(mem(2)).i32_const(2).i32_le_u();
                s.if_(BlockType::Result(ValType::I32)).i32_const(-ESPIPE);
                s.else_().i32_const(-EBADF).end();
            }
            Glue::Writev => self.writev(&mut s, n),
            Glue::MemcpyBig => {
                // memmove: forwards when the destination is below the source.
                let i = local(0);
                s.local_get(0).local_get(1).i32_le_u().if_(BlockType::Empty);
                s.block(BlockType::Empty).loop_(BlockType::Empty);
                s.local_get(i).local_get(2).i32_ge_u().br_if(1);
                s.local_get(0).local_get(i).i32_add();
                s.local_get(1).local_get(i).i32_add().i32_load8_u(mem(0)).i32_store8(mem(0));
                s.local_get(i).i32_const(1).i32_add().local_set(i).br(0);
                s.end().end();
                s.else_();
                s.local_get(2).local_set(i);
                s.block(BlockType::Empty).loop_(BlockType::Empty);
                s.local_get(i).i32_eqz().br_if(1);
                s.local_get(i).i32_const(1).i32_sub().local_set(i);
                s.local_get(0).local_get(i).i32_add();
                s.local_get(1).local_get(i).i32_add().i32_load8_u(mem(0)).i32_store8(mem(0));
                s.br(0).end().end();
                s.end();
            }
            Glue::Exit => {
                s.local_get(0);
                self.call(&mut s, Helper::Exit);
            }
            Glue::AtExit => {
                let (count, e) = (local(0), local(1));
                s.i32_const(scratch.atexit_count()).i32_load(mem(2)).local_tee(count);
                s.i32_const(ATEXIT_MAX).i32_lt_u().if_(BlockType::Empty);
                s.i32_const(scratch.atexit()).local_get(count).i32_const(12).i32_mul().i32_add();
                s.local_tee(e).local_get(0).i32_store(mem(2));
                let with_arg = n >= 2;
                s.local_get(e);
                if with_arg {
                    s.local_get(1);
                } else {
                    s.i32_const(0);
                }
                s.i32_store(MemArg { offset: 4, ..mem(2) });
                s.local_get(e)
                    .i32_const(i32::from(with_arg))
                    .i32_store(MemArg { offset: 8, ..mem(2) });
                s.i32_const(scratch.atexit_count()).local_get(count).i32_const(1).i32_add();
                s.i32_store(mem(2)).end();
            }
            Glue::Invoke(target, drops) => {
                for k in 0..n {
                    s.local_get(k);
                }
                s.call(target);
                if drops {
                    s.drop();
                }
                s.end();
                return f;
            }
        }
        // Whatever the result: `___setErrNo` gives its argument, `memcpy`
        // its destination, the rest 0.
        match ty.results() {
            [] => {}
            [wasmparser::ValType::F64] => {
                s.f64_const(0.0.into());
            }
            _ if matches!(g, Glue::SetErrNo | Glue::MemcpyBig) => {
                s.local_get(0);
            }
            _ if matches!(g, Glue::Close | Glue::Seek | Glue::TotalMemory) => {}
            _ if matches!(g, Glue::Writev) => {
                s.local_get(local(6));
            }
            _ => {
                s.i32_const(0);
            }
        }
        s.end();
        f
    }

    /// `___syscall146(which, varargs)`: writev of `[fd, iov, iovcnt]` at
    /// `varargs`, each byte through [`Helper::PutChar`]; the count of
    /// bytes in local 6 after the parameters.
    fn writev(&mut self, s: &mut InstructionSink<'_>, n: u32) {
        let (fd, iov, cnt, ptr, len, j, ret) = (n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6);
        s.local_get(1).i32_load(mem(2)).local_set(fd);
        s.local_get(1).i32_load(MemArg { offset: 4, ..mem(2) }).local_set(iov);
        s.local_get(1).i32_load(MemArg { offset: 8, ..mem(2) }).local_set(cnt);
        s.block(BlockType::Empty).loop_(BlockType::Empty);
        s.local_get(cnt).i32_const(0).i32_le_s().br_if(1);
        s.local_get(iov).i32_load(mem(2)).local_set(ptr);
        s.local_get(iov).i32_load(MemArg { offset: 4, ..mem(2) }).local_tee(len);
        s.local_get(ret).i32_add().local_set(ret);
        s.i32_const(0).local_set(j);
        s.block(BlockType::Empty).loop_(BlockType::Empty);
        s.local_get(j).local_get(len).i32_ge_u().br_if(1);
        s.local_get(ptr).local_get(j).i32_add().i32_load8_u(mem(0)).local_get(fd);
        self.call(s, Helper::PutChar);
        s.local_get(j).i32_const(1).i32_add().local_set(j).br(0);
        s.end().end();
        s.local_get(iov).i32_const(8).i32_add().local_set(iov);
        s.local_get(cnt).i32_const(1).i32_sub().local_set(cnt).br(0);
        s.end().end();
    }

    /// `_start` of a hand-written module: the entry, given the command's
    /// arguments as ints; its int result the exit status, or printed.
    pub(super) fn start(
        &mut self,
        entry: u32,
        ty: &wasmparser::FuncType,
        print_result: bool,
    ) -> Function {
        let scratch = self.scratch;
        let n = ty.params().len() as i32;
        // Locals: the argument's string, its value (as an i64), a byte, its
        // sign, then the values, one per parameter.
        let (p, v, c, neg, values) = (0, 1, 2, 3, 4);
        let mut f = Function::new([
            (1, ValType::I32),
            (1, ValType::I64),
            (2, ValType::I32),
            (n as u32, ValType::I32),
        ]);
        let mut s = f.instructions();
        use BlockType::Empty;
        // The count must be the parameters' (and the name), and the strings
        // must fit in the page.
        s.i32_const(scratch.arg_sizes()).i32_const(scratch.arg_sizes() + 4);
        s.call(ARGS_SIZES_GET).drop();
        s.i32_const(scratch.arg_sizes()).i32_load(mem(2)).i32_const(n + 1).i32_ne();
        s.i32_const(scratch.arg_sizes() + 4).i32_load(mem(2));
        s.i32_const(scratch.end() - scratch.args() - 4 * (n + 1)).i32_gt_u().i32_or();
        s.if_(Empty);
        self.usage(&mut s, n);
        s.end();
        s.i32_const(scratch.args()).i32_const(scratch.args() + 4 * (n + 1)).call(ARGS_GET).drop();
        for k in 0..n {
            // The string of argument k + 1: `-`? digits, NUL.
            s.i32_const(scratch.args() + 4 * (k + 1)).i32_load(mem(2)).local_set(p);
            s.i64_const(0).local_set(v);
            s.local_get(p).i32_load8_u(mem(0)).i32_const(45).i32_eq().local_tee(neg);
            s.local_get(p).i32_add().local_set(p);
            // No digit at all is not an int.
            s.local_get(p).i32_load8_u(mem(0)).i32_eqz().if_(Empty);
            self.usage(&mut s, n);
            s.end();
            s.block(Empty).loop_(Empty);
            s.local_get(p).i32_load8_u(mem(0)).local_tee(c).i32_eqz().br_if(1);
            s.local_get(c).i32_const(48).i32_sub().i32_const(9).i32_gt_u();
            s.local_get(v).i64_const(0xffff_ffff).i64_gt_u().i32_or().if_(Empty);
            self.usage(&mut s, n);
            s.end();
            s.local_get(v).i64_const(10).i64_mul();
            s.local_get(c).i32_const(48).i32_sub().i64_extend_i32_u().i64_add().local_set(v);
            s.local_get(p).i32_const(1).i32_add().local_set(p).br(0);
            s.end().end();
            // Within `-2^31 ..= 2^32 - 1`.
            s.local_get(neg).if_(Empty);
            s.i64_const(0).local_get(v).i64_sub().local_set(v).end();
            s.local_get(v).i64_const(-(1 << 31)).i64_lt_s();
            s.local_get(v).i64_const(0xffff_ffff).i64_gt_s().i32_or().if_(Empty);
            self.usage(&mut s, n);
            s.end();
            s.local_get(v).i32_wrap_i64().local_set(values + k as u32);
        }
        for k in 0..n {
            s.local_get(values + k as u32);
        }
        s.call(entry);
        match (ty.results(), print_result) {
            ([], _) => {}
            ([t], true) => {
                let h =
                    if *t == wasmparser::ValType::F64 { Helper::OutDouble } else { Helper::OutInt };
                s.i32_const(STDOUT);
                self.call(&mut s, h);
                s.i32_const(10).i32_const(STDOUT);
                self.call(&mut s, Helper::OutChar);
            }
            _ => {
                s.call(PROC_EXIT);
            }
        }
        s.end();
        f
    }

    /// `usage: the command takes N int argument(s)` on stderr, status 2.
    fn usage(&mut self, s: &mut InstructionSink<'_>, n: i32) {
        let text = if n == 0 {
            "usage: the command takes no arguments\n".to_string()
        } else {
            format!("usage: the command takes {n} int argument(s)\n")
        };
        self.out_text(s, text.as_bytes(), STDERR);
        s.i32_const(2).call(PROC_EXIT);
    }

    /// `_start` of an Emscripten program, as its glue's `run` and
    /// `callMain`: `runPostSets`, the global constructors, the arguments
    /// copied into `_malloc`'d memory (`argv[0]` is the runtime's name of
    /// the command), `_main(argc, argv, 0)`, then `exit` with its result.
    pub(super) fn start_emscripten(&mut self, entry: u32, ty: &wasmparser::FuncType) -> Function {
        let scratch = self.scratch;
        let em = self.em.as_ref().expect("an Emscripten program");
        let (post_sets, ctors, malloc) = (em.post_sets, em.ctors.clone(), em.malloc);
        let (argc, i, p, len, dst, argv, k) = (0, 1, 2, 3, 4, 5, 6);
        let mut f = Function::new([(7, ValType::I32)]);
        let mut s = f.instructions();
        use BlockType::Empty;
        if let Some(post) = post_sets {
            s.call(post);
        }
        for c in ctors {
            s.call(c);
        }
        s.i32_const(scratch.arg_sizes()).i32_const(scratch.arg_sizes() + 4);
        s.call(ARGS_SIZES_GET).drop();
        s.i32_const(scratch.arg_sizes()).i32_load(mem(2)).local_tee(argc);
        s.i32_const(4).i32_mul().i32_const(scratch.arg_sizes() + 4).i32_load(mem(2)).i32_add();
        s.i32_const(scratch.end() - scratch.args()).i32_gt_u().if_(Empty);
        self.out_text(&mut s, b"error: the command's arguments are too long\n", STDERR);
        s.i32_const(2).call(PROC_EXIT);
        s.end();
        s.i32_const(scratch.args()).i32_const(scratch.args()).local_get(argc).i32_const(4);
        s.i32_mul().i32_add().call(ARGS_GET).drop();
        if let Some(malloc) = malloc {
            // Each string into the program's memory, its pointer in place.
            s.block(Empty).loop_(Empty);
            s.local_get(i).local_get(argc).i32_ge_u().br_if(1);
            s.i32_const(scratch.args()).local_get(i).i32_const(4).i32_mul().i32_add();
            s.i32_load(mem(2)).local_set(p);
            s.i32_const(0).local_set(len);
            s.block(Empty).loop_(Empty);
            s.local_get(p).local_get(len).i32_add().i32_load8_u(mem(0)).i32_eqz().br_if(1);
            s.local_get(len).i32_const(1).i32_add().local_set(len).br(0);
            s.end().end();
            s.local_get(len).i32_const(1).i32_add().call(malloc).local_set(dst);
            s.i32_const(0).local_set(k);
            s.block(Empty).loop_(Empty);
            s.local_get(dst).local_get(k).i32_add();
            s.local_get(p).local_get(k).i32_add().i32_load8_u(mem(0)).i32_store8(mem(0));
            s.local_get(k).local_get(len).i32_ge_u().br_if(1);
            s.local_get(k).i32_const(1).i32_add().local_set(k).br(0);
            s.end().end();
            s.i32_const(scratch.args()).local_get(i).i32_const(4).i32_mul().i32_add();
            s.local_get(dst).i32_store(mem(2));
            s.local_get(i).i32_const(1).i32_add().local_set(i).br(0);
            s.end().end();
            // The pointers, then a null (`callMain` allocates 4 * argc + 1).
            s.local_get(argc).i32_const(4).i32_mul().i32_const(1).i32_add().call(malloc);
            s.local_set(argv);
            s.i32_const(0).local_set(i);
            s.block(Empty).loop_(Empty);
            s.local_get(i).local_get(argc).i32_ge_u().br_if(1);
            s.local_get(argv).local_get(i).i32_const(4).i32_mul().i32_add();
            s.i32_const(scratch.args()).local_get(i).i32_const(4).i32_mul().i32_add();
            s.i32_load(mem(2)).i32_store(mem(2));
            s.local_get(i).i32_const(1).i32_add().local_set(i).br(0);
            s.end().end();
            s.local_get(argv).local_get(argc).i32_const(4).i32_mul().i32_add();
            s.i32_const(0).i32_store(mem(2));
        }
        // `main()`, `main(argc, argv)` or `main(argc, argv, envp)`.
        let params = ty.params().len() as u32;
        for local in [argc, argv].into_iter().take(params.min(2) as usize) {
            s.local_get(local);
        }
        if params == 3 {
            s.i32_const(0);
        }
        s.call(entry);
        if ty.results().is_empty() {
            s.i32_const(0);
        }
        self.call(&mut s, Helper::Exit);
        s.end();
        f
    }
}
