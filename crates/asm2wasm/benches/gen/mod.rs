//! A deterministic generator of one large, valid asm.js module written the way
//! Emscripten writes them (dense, one function per line), for benchmarks.
//!
//! Every construct of asm.js appears: the eight heap views (loads and stores,
//! shifted and constant indices), stdlib imports (Math functions and
//! constants, `Infinity`, `NaN`), foreign functions and values, int, double
//! and float globals, every operator, float32 arithmetic through `fround`,
//! every statement, internal calls (backward and forward), foreign calls,
//! function-table calls, function tables and an export object. Names and
//! constants vary with a seeded xorshift generator; the output is the same on
//! every run.

use std::fmt::Write as _;

mod stmt;

/// xorshift64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// True with probability `pct` percent.
    fn chance(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A value type of a parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ty {
    Int,
    Dbl,
    Flt,
}

/// A return type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ret {
    Int,
    Dbl,
    Flt,
    Void,
}

/// One function signature, shared by all functions of a kind and by its table.
struct Sig {
    table: &'static str,
    table_len: usize,
    ret: Ret,
    params: &'static [Ty],
}

const SIGS: [Sig; 5] = [
    Sig { table: "FUNCTION_TABLE_iii", table_len: 8, ret: Ret::Int, params: &[Ty::Int, Ty::Int] },
    Sig { table: "FUNCTION_TABLE_ddi", table_len: 4, ret: Ret::Dbl, params: &[Ty::Dbl, Ty::Int] },
    Sig { table: "FUNCTION_TABLE_ff", table_len: 4, ret: Ret::Flt, params: &[Ty::Flt] },
    Sig { table: "FUNCTION_TABLE_v", table_len: 8, ret: Ret::Void, params: &[] },
    Sig {
        table: "FUNCTION_TABLE_iidf",
        table_len: 2,
        ret: Ret::Int,
        params: &[Ty::Int, Ty::Dbl, Ty::Flt],
    },
];

/// The signature kind of function `k`: the first five cover every kind, the
/// rest are scattered by a hash, so a call site knows the signature of a
/// function not yet written (forward references).
fn kind_of(k: usize) -> usize {
    if k < SIGS.len() {
        return k;
    }
    let mut x = (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^= x >> 31;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 29;
    // Fewer float and mixed functions, as in real programs.
    match x % 16 {
        0..=5 => 0,
        6..=8 => 1,
        9..=10 => 2,
        11..=13 => 3,
        _ => 4,
    }
}

const WORDS: &[&str] = &[
    "malloc",
    "free",
    "memcpy",
    "memset",
    "strlen",
    "sqlite3_step",
    "png_read_row",
    "inflate",
    "deflate_slow",
    "vec3_add",
    "mat4_mul",
    "hash_insert",
    "hash_lookup",
    "list_push",
    "btree_split",
    "utf8_decode",
    "lexer_next",
    "parse_expr",
    "emit_op",
    "gc_mark",
    "gc_sweep",
    "physics_step",
    "collide",
    "render_tri",
    "audio_mix",
    "fft_radix2",
    "crc32_update",
    "sha256_block",
    "zip_crc",
    "qsort_cmp",
    "fmt_int",
    "dtoa",
    "atof",
    "rand_next",
];

/// The eight heap views: name, constructor, element shift, kind.
const VIEWS: [(&str, &str, u32, Ty); 8] = [
    ("HEAP8", "Int8Array", 0, Ty::Int),
    ("HEAP16", "Int16Array", 1, Ty::Int),
    ("HEAP32", "Int32Array", 2, Ty::Int),
    ("HEAPU8", "Uint8Array", 0, Ty::Int),
    ("HEAPU16", "Uint16Array", 1, Ty::Int),
    ("HEAPU32", "Uint32Array", 2, Ty::Int),
    ("HEAPF32", "Float32Array", 2, Ty::Flt),
    ("HEAPF64", "Float64Array", 3, Ty::Dbl),
];

const INT_GLOBALS: &[&str] = &[
    "STACKTOP",
    "STACK_MAX",
    "tempDoublePtr",
    "ABORT",
    "__THREW__",
    "threwValue",
    "tempRet0",
    "DYNAMICTOP",
];
const DBL_GLOBALS: &[&str] = &["tempDouble", "Math_PI_2", "accum", "lastTime"];
const FLT_GLOBALS: &[&str] = &["tempFloat", "scaleF", "biasF"];
const FOREIGN_FNS: &[&str] =
    &["abort", "_puts", "_emscripten_log", "___setErrNo", "_clock", "_sbrk"];

/// How many statement templates [`Gen::stmt`] has.
const TEMPLATES: usize = 21;

struct Gen {
    rng: Rng,
    /// Index of the function being written.
    k: usize,
    /// Whether forward references are still allowed (all referenced functions will be written).
    forward: bool,
    /// Highest function index referenced so far.
    max_ref: usize,
    /// Round-robin counter over statement templates, so every template appears early.
    rr: usize,
    // Per function:
    ret: Ret,
    ints: Vec<String>,
    dbls: Vec<String>,
    flts: Vec<String>,
    /// Locals that loops use as counters (never parameters).
    counters: Vec<String>,
    labels: u32,
    /// Nesting of loops (for `continue`) and of loops and switches (for `break`).
    loops: u32,
    breakable: u32,
    /// Labels of the enclosing labelled loops.
    loop_labels: Vec<String>,
}

/// `~a`; parenthesised when `a` starts with `~`, since `~~` is its own
/// operator, which takes no int.
fn bit_not(a: &str) -> String {
    if a.starts_with('~') { format!("~({a})") } else { format!("~{a}") }
}

fn fn_name(k: usize) -> String {
    // The word is a function of k alone, so call sites can name later functions.
    let w = WORDS[(k.wrapping_mul(2_654_435_761) >> 7) % WORDS.len()];
    format!("_{w}_{k}")
}

impl Gen {
    // ---- atoms ----------------------------------------------------------

    /// A small non-negative int literal (fixnum).
    fn small(&mut self) -> String {
        match self.rng.below(4) {
            0 => self.rng.below(8).to_string(),
            1 => (self.rng.below(256)).to_string(),
            2 => (self.rng.below(65536)).to_string(),
            _ => (self.rng.below(1 << 30) * 2).to_string(),
        }
    }

    /// A signed int literal, maybe negative (parenthesised then).
    fn int_lit(&mut self) -> String {
        if self.rng.chance(20) {
            format!("(-{})", 1 + self.rng.below(100_000))
        } else {
            self.small()
        }
    }

    /// A double literal (always with a `.`).
    fn dbl_lit(&mut self) -> String {
        let whole = self.rng.below(1000);
        let frac = *self.rng.pick(&["0", "5", "25", "125", "75", "1", "0625"]);
        if self.rng.chance(15) { format!("(-{whole}.{frac})") } else { format!("{whole}.{frac}") }
    }

    fn int_var(&mut self) -> String {
        if self.rng.chance(85) {
            let i = self.rng.below(self.ints.len());
            self.ints[i].clone()
        } else {
            (*self.rng.pick(INT_GLOBALS)).to_string()
        }
    }

    fn dbl_var(&mut self) -> String {
        if self.rng.chance(85) {
            let i = self.rng.below(self.dbls.len());
            self.dbls[i].clone()
        } else {
            (*self.rng.pick(DBL_GLOBALS)).to_string()
        }
    }

    fn flt_var(&mut self) -> String {
        if self.rng.chance(85) {
            let i = self.rng.below(self.flts.len());
            self.flts[i].clone()
        } else {
            (*self.rng.pick(FLT_GLOBALS)).to_string()
        }
    }

    // ---- heap -----------------------------------------------------------

    /// A pointer expression, to be followed by `>> n` (so it may be intish, unparenthesised `+`).
    fn ptr(&mut self) -> String {
        let v = self.int_var();
        match self.rng.below(4) {
            0 => v,
            1 => format!("{v} + {}", 4 * self.rng.below(64)),
            2 => format!("({v} + {} | 0)", 8 * self.rng.below(32)),
            _ => {
                let w = self.int_var();
                format!("{v} + ({w} << 2)")
            }
        }
    }

    /// The element access of view `v`: `HEAP32[p >> 2]`, `HEAPU8[p]`, `HEAP32[16]`, `HEAPF64[8 >> 3]`.
    fn access(&mut self, v: usize) -> String {
        let (name, _, shift, _) = VIEWS[v];
        match self.rng.below(10) {
            0 => format!("{name}[{}]", self.rng.below(4096)),
            1 => format!("{name}[{} >> {shift}]", (self.rng.below(4096)) << shift),
            _ if shift == 0 && self.rng.chance(50) => {
                let v = self.int_var();
                format!("{name}[{v}]")
            }
            _ => {
                let p = self.ptr();
                format!("{name}[{p} >> {shift}]")
            }
        }
    }

    fn int_view(&mut self) -> usize {
        self.rng.below(6)
    }

    // ---- calls ----------------------------------------------------------

    /// A function of kind `kind` to call: near this one, before or (while allowed) a little after.
    fn callee(&mut self, kind: usize) -> String {
        let lo = self.k.saturating_sub(60);
        let hi = if self.forward { self.k + 4 } else { self.k.saturating_sub(1) };
        for _ in 0..12 {
            if hi < lo {
                break;
            }
            let j = lo + self.rng.below(hi - lo + 1);
            if kind_of(j) == kind && (j <= self.k || self.forward) {
                self.max_ref = self.max_ref.max(j);
                return fn_name(j);
            }
        }
        self.max_ref = self.max_ref.max(kind);
        fn_name(kind)
    }

    fn args(&mut self, kind: usize, d: u32) -> String {
        let mut out = Vec::new();
        for &t in SIGS[kind].params {
            out.push(match t {
                Ty::Int => self.int_(d),
                Ty::Dbl => self.dbl(d),
                Ty::Flt => self.flt(d),
            });
        }
        out.join(", ")
    }

    /// The callee text of a call of kind `kind`: a function or a table element.
    fn call(&mut self, kind: usize, d: u32) -> String {
        let args = self.args(kind, d.saturating_sub(1));
        if self.rng.chance(20) {
            let sig = &SIGS[kind];
            let i = self.int_var();
            let idx = if self.rng.chance(50) { i } else { format!("{i} + {}", self.rng.below(16)) };
            format!("{}[{idx} & {}]({args})", sig.table, sig.table_len - 1)
        } else {
            let f = self.callee(kind);
            format!("{f}({args})")
        }
    }

    /// Arguments for a foreign function: `extern`, that is signed or double.
    fn foreign_args(&mut self, d: u32) -> String {
        let n = self.rng.below(3);
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(if self.rng.chance(55) { self.signed(d) } else { self.dbl(d) });
        }
        out.join(", ")
    }

    // ---- int expressions ---------------------------------------------------

    /// An expression of type `signed`, parenthesised unless atomic.
    fn signed(&mut self, d: u32) -> String {
        if d == 0 {
            return match self.rng.below(3) {
                0 => self.int_lit(),
                _ => {
                    let v = self.int_var();
                    format!("({v} | 0)")
                }
            };
        }
        let e = d - 1;
        match self.rng.below(20) {
            0 => self.int_lit(),
            1 | 2 => {
                let x = self.intish(e);
                format!("({x} | 0)")
            }
            3 => {
                let (a, b) = (self.intish(e), self.intish(e));
                format!("({a} & {b})")
            }
            4 => {
                let (a, b) = (self.intish(e), self.intish(e));
                format!("({a} ^ {b})")
            }
            5 => {
                let (a, b) = (self.intish(e), self.intish(e));
                format!("({a} | {b})")
            }
            6 => {
                let a = self.intish(e);
                format!("({a} << {})", self.rng.below(32))
            }
            7 => {
                let a = self.intish(e);
                format!("({a} >> {})", self.rng.below(32))
            }
            8 => {
                let a = self.intish(e);
                format!("({})", bit_not(&a))
            }
            9 => {
                let a = self.dbl(e);
                format!("(~~{a})")
            }
            10 => {
                let a = self.flt(e);
                format!("(~~{a})")
            }
            11 => {
                let (a, b) = (self.int_(e), self.int_(e));
                format!("(Math_imul({a}, {b}) | 0)")
            }
            12 => {
                let a = self.int_(e);
                format!("(Math_clz32({a}) | 0)")
            }
            13 => {
                let a = self.signed(e);
                format!("(Math_abs({a}) | 0)")
            }
            14 => {
                let (a, b) = (self.signed(e), self.signed(e));
                let f = if self.rng.chance(50) { "Math_min" } else { "Math_max" };
                format!("({f}({a}, {b}) | 0)")
            }
            15 | 16 => {
                let kind = if self.rng.chance(70) { 0 } else { 4 };
                let c = self.call(kind, e);
                format!("({c} | 0)")
            }
            17 => {
                let f = *self.rng.pick(FOREIGN_FNS);
                let a = self.foreign_args(e);
                format!("({f}({a}) | 0)")
            }
            _ => {
                let v = self.int_view();
                let a = self.access(v);
                format!("({a} | 0)")
            }
        }
    }

    /// An expression of type `unsigned`.
    fn unsigned(&mut self, d: u32) -> String {
        let a = self.intish(d.saturating_sub(1));
        if self.rng.chance(70) {
            format!("({a} >>> 0)")
        } else {
            format!("({a} >>> {})", 1 + self.rng.below(31))
        }
    }

    /// A comparison (type `int`).
    fn compare(&mut self, d: u32) -> String {
        let op = *self.rng.pick(&["<", "<=", ">", ">=", "==", "!="]);
        let (a, b) = match self.rng.below(5) {
            0 | 1 => (self.signed(d), self.signed(d)),
            2 => (self.unsigned(d), self.unsigned(d)),
            3 => (self.dbl(d), self.dbl(d)),
            _ => (self.flt(d), self.flt(d)),
        };
        format!("({a} {op} {b})")
    }

    /// An expression of type `int` (or a subtype).
    fn int_(&mut self, d: u32) -> String {
        if d == 0 || self.rng.chance(35) {
            return if self.rng.chance(50) { self.int_var() } else { self.signed(d) };
        }
        let e = d - 1;
        match self.rng.below(6) {
            0 | 1 => self.compare(e),
            2 => {
                let a = self.int_(e);
                format!("(!{a})")
            }
            3 => {
                let (c, a, b) = (self.int_(e), self.int_(e), self.int_(e));
                format!("({c} ? {a} : {b})")
            }
            4 => self.unsigned(e),
            _ => self.signed(d),
        }
    }

    /// An expression of type `intish` (or a subtype).
    fn intish(&mut self, d: u32) -> String {
        if d == 0 || self.rng.chance(40) {
            return self.int_(d);
        }
        let e = d - 1;
        match self.rng.below(8) {
            0 | 1 => {
                // An additive chain, Emscripten style: `a + b - c + 4`.
                let n = 2 + self.rng.below(4);
                let mut s = self.int_(e);
                for _ in 1..n {
                    let op = if self.rng.chance(60) { "+" } else { "-" };
                    let t = self.int_(e);
                    write!(s, " {op} {t}").unwrap();
                }
                format!("({s})")
            }
            2 => {
                let a = self.int_(e);
                let n = 1 + self.rng.below((1 << 20) - 1);
                if self.rng.chance(50) { format!("({a} * {n})") } else { format!("({n} * {a})") }
            }
            3 => {
                // `-0` is the double negative zero (both engines): negate
                // anything but a bare 0.
                let a = self.int_(e);
                if a == "0" { "(-1)".to_string() } else { format!("(-{a})") }
            }
            4 => {
                let (a, b) = (self.signed(e), self.signed(e));
                let op = if self.rng.chance(50) { "/" } else { "%" };
                format!("({a} {op} {b})")
            }
            5 => {
                let (a, b) = (self.unsigned(e), self.unsigned(e));
                let op = if self.rng.chance(50) { "/" } else { "%" };
                format!("({a} {op} {b})")
            }
            _ => {
                let v = self.int_view();
                self.access(v)
            }
        }
    }

    // ---- double expressions -------------------------------------------------

    /// An expression of type `double`, parenthesised unless atomic.
    fn dbl(&mut self, d: u32) -> String {
        if d == 0 {
            return match self.rng.below(6) {
                0 => self.dbl_lit(),
                1 => (*self.rng.pick(&["Math_PI", "inf", "nan"])).to_string(),
                _ => self.dbl_var(),
            };
        }
        let e = d - 1;
        match self.rng.below(22) {
            0 => self.dbl_lit(),
            1 | 2 => self.dbl_var(),
            3 => {
                let a = self.signed(e);
                format!("(+{a})")
            }
            4 => {
                let a = self.unsigned(e);
                format!("(+{a})")
            }
            5 => {
                let a = self.flt(e);
                format!("(+{a})")
            }
            6..=9 => {
                let (a, b) = (self.dbl(e), self.dbl(e));
                let op = *self.rng.pick(&["+", "-", "*", "/", "%"]);
                format!("({a} {op} {b})")
            }
            10 => {
                let a = self.dbl(e);
                format!("(-{a})")
            }
            11 | 12 => {
                let f = *self.rng.pick(&[
                    "Math_sin",
                    "Math_cos",
                    "Math_sqrt",
                    "Math_abs",
                    "Math_floor",
                    "Math_ceil",
                    "Math_exp",
                    "Math_log",
                ]);
                let a = self.dbl(e);
                format!("(+{f}({a}))")
            }
            13 => {
                let f = *self.rng.pick(&["Math_pow", "Math_atan2", "Math_min", "Math_max"]);
                let (a, b) = (self.dbl(e), self.dbl(e));
                format!("(+{f}({a}, {b}))")
            }
            14 | 15 => {
                let c = self.call(1, e);
                format!("(+{c})")
            }
            16 => {
                let f = *self.rng.pick(FOREIGN_FNS);
                let a = self.foreign_args(e);
                format!("(+{f}({a}))")
            }
            17 => {
                let (c, a, b) = (self.int_(e), self.dbl(e), self.dbl(e));
                format!("({c} ? {a} : {b})")
            }
            18 => {
                let a = self.access(6);
                format!("(+{a})")
            }
            _ => {
                let a = self.access(7);
                format!("(+{a})")
            }
        }
    }

    // ---- float expressions --------------------------------------------------

    /// An expression of type `float`, parenthesised unless atomic.
    fn flt(&mut self, d: u32) -> String {
        if d == 0 {
            return if self.rng.chance(30) {
                let l = if self.rng.chance(50) { self.dbl_lit() } else { self.small() };
                format!("Math_fround({l})")
            } else {
                self.flt_var()
            };
        }
        let e = d - 1;
        match self.rng.below(14) {
            0 | 1 => self.flt_var(),
            2..=4 => {
                let (a, b) = (self.flt(e), self.flt(e));
                let op = *self.rng.pick(&["+", "-", "*", "/"]);
                format!("Math_fround({a} {op} {b})")
            }
            5 => {
                let a = self.flt(e);
                format!("Math_fround(-{a})")
            }
            6 => {
                let a = self.dbl(e);
                format!("Math_fround({a})")
            }
            7 => {
                let a = if self.rng.chance(50) { self.signed(e) } else { self.unsigned(e) };
                format!("Math_fround({a})")
            }
            8 => {
                let a = self.access(6);
                format!("Math_fround({a})")
            }
            9 => {
                let f = *self.rng.pick(&["Math_sqrt", "Math_abs", "Math_floor", "Math_ceil"]);
                let a = self.flt(e);
                format!("Math_fround({f}({a}))")
            }
            10 | 11 => {
                let c = self.call(2, e);
                format!("Math_fround({c})")
            }
            12 => {
                let (c, a, b) = (self.int_(e), self.flt(e), self.flt(e));
                format!("({c} ? {a} : {b})")
            }
            _ => {
                let l = self.dbl_lit();
                format!("Math_fround({l})")
            }
        }
    }
}

/// One valid asm.js module `Bench(stdlib, foreign, heap)` of at least
/// `target_bytes` bytes. The same text for the same target, always.
pub fn generate(target_bytes: usize) -> String {
    let mut out = String::with_capacity(target_bytes + (1 << 16));
    out.push_str("// Generated by asm2wasm's benchmark generator.\n");
    out.push_str("function Bench(stdlib, foreign, heap) {\n \"use asm\";\n");
    for (name, ctor, _, _) in VIEWS {
        writeln!(out, " var {name} = new stdlib.{ctor}(heap);").unwrap();
    }
    for f in [
        "sin", "cos", "sqrt", "abs", "floor", "ceil", "min", "max", "imul", "clz32", "fround",
        "pow", "atan2", "exp", "log",
    ] {
        writeln!(out, " var Math_{f} = stdlib.Math.{f};").unwrap();
    }
    out.push_str(" var Math_PI = stdlib.Math.PI;\n var inf = stdlib.Infinity, nan = stdlib.NaN;\n");
    for f in FOREIGN_FNS {
        writeln!(out, " var {f} = foreign.{f};").unwrap();
    }
    // Int globals: from the foreign object and from literals.
    for (i, g) in INT_GLOBALS.iter().enumerate() {
        if i % 2 == 0 {
            writeln!(out, " var {g} = foreign.{g} | 0;").unwrap();
        } else {
            writeln!(out, " var {g} = {};", i * 8).unwrap();
        }
    }
    out.push_str(" var tempDouble = +foreign.tempDouble, Math_PI_2 = 1.5707963267948966, accum = -1.0, lastTime = 0.0;\n");
    out.push_str(
        " var tempFloat = Math_fround(0), scaleF = Math_fround(1.5), biasF = Math_fround(-2);\n",
    );

    let mut g = Gen {
        rng: Rng(0x2545_F491_4F6C_DD1D),
        k: 0,
        forward: true,
        max_ref: 0,
        rr: 0,
        ret: Ret::Void,
        ints: Vec::new(),
        dbls: Vec::new(),
        flts: Vec::new(),
        counters: Vec::new(),
        labels: 0,
        loops: 0,
        breakable: 0,
        loop_labels: Vec::new(),
    };
    loop {
        let done = out.len() >= target_bytes;
        if done {
            g.forward = false;
        }
        if done && g.k > g.max_ref && g.k >= 2 * SIGS.len() && g.rr >= TEMPLATES {
            break;
        }
        g.function(&mut out);
        g.k += 1;
    }
    let count = g.k;

    // Function tables: each filled with functions of its signature.
    let mut by_kind: Vec<Vec<usize>> = vec![Vec::new(); SIGS.len()];
    for k in 0..count {
        by_kind[kind_of(k)].push(k);
    }
    for (kind, sig) in SIGS.iter().enumerate() {
        let members = &by_kind[kind];
        let elems: Vec<String> =
            (0..sig.table_len).map(|_| fn_name(members[g.rng.below(members.len())])).collect();
        writeln!(out, " var {} = [{}];", sig.table, elems.join(", ")).unwrap();
    }

    // Exports: the first function of each kind and every 16th.
    let exports: Vec<String> = (0..count)
        .filter(|k| *k < SIGS.len() || k % 16 == 0)
        .map(|k| format!("{0}: {0}", fn_name(k)))
        .collect();
    writeln!(out, " return {{ {} }};\n}}", exports.join(", ")).unwrap();
    out
}
