//! What an Emscripten program's JS glue says of its memory, read without
//! running it (`--wasi` of an Emscripten "fastcomp" program, issue 17).
//!
//! Emscripten 1.37/1.38 (fastcomp) writes a program as one JS file: its
//! runtime (the glue) around one asm.js module, which imports from `env`
//! the values and functions of that runtime. Before the module runs, the
//! glue's top-level statements lay out the memory:
//!
//! ```js
//! STATIC_BASE = Runtime.GLOBAL_BASE;            // 1.38: GLOBAL_BASE
//! STATICTOP = STATIC_BASE + 5360;               // the static data's size
//! __ATINIT__.push({ func: function() { __GLOBAL__sub_I_x() } });
//! allocate([...], "i8", ALLOC_NONE, Runtime.GLOBAL_BASE);   // or memoryInitializer = "x.js.mem"
//! var tempDoublePtr = STATICTOP; STATICTOP += 16;
//! DYNAMICTOP_PTR = allocate(1, "i32", ALLOC_STATIC);         // 1.38: staticAlloc(4)
//! STACK_BASE = STACKTOP = Runtime.alignMemory(STATICTOP);
//! STACK_MAX = STACK_BASE + TOTAL_STACK;
//! DYNAMIC_BASE = Runtime.alignMemory(STACK_MAX);
//! HEAP32[DYNAMICTOP_PTR >> 2] = DYNAMIC_BASE;
//! ```
//!
//! [`layout`] evaluates such statements in order over numbers: literals,
//! the variables they set, `+ - * | & >> <<`, `Module["X"] || N` (a program
//! run as itself sets no `Module` field), `Runtime.X` as `X`, and the
//! runtime's allocators (`staticAlloc`, `alignMemory`, `allocate` with
//! `ALLOC_STATIC` or `ALLOC_NONE`). Anything else leaves the variables it
//! sets unknown. It keeps the static data (the `allocate` arrays, the
//! memory initializer, the words the glue stores), the global constructors
//! of `__ATINIT__`, and the message `abortOnCannotGrowMemory` aborts with.

use std::collections::HashMap;
use std::path::Path;

use swc_common::sync::Lrc;
use swc_common::{FileName, SourceMap};
use swc_ecma_ast as js;
use swc_ecma_parser::{EsSyntax, Syntax, parse_file_as_script};

/// The memory an Emscripten program starts with, as its glue lays it out.
#[derive(Debug, Default)]
pub struct Layout {
    /// The numbers the glue's top level ends with, by variable name:
    /// `STACKTOP`, `STACK_MAX`, `DYNAMICTOP_PTR`, `tempDoublePtr`, ...
    pub values: HashMap<String, i64>,
    /// `TOTAL_MEMORY`: the heap's length.
    pub total_memory: Option<u32>,
    /// Bytes at addresses: the static data and the words the glue stores.
    pub data: Vec<(u32, Vec<u8>)>,
    /// The exports `__ATINIT__` calls, in order (the global constructors).
    pub ctors: Vec<String>,
    /// What `abortOnCannotGrowMemory()` passes to `abort`, when it is a
    /// string the glue spells out.
    pub grow_message: Option<String>,
}

impl Layout {
    /// A value the module imports from `env`, when the glue set it.
    pub fn value(&self, name: &str) -> Option<i32> {
        if name == "ABORT" {
            return Some(0);
        }
        self.values.get(name).map(|&v| v as i32)
    }
}

/// The layout the glue of `source` sets up, or `None` when `source` has no
/// Emscripten glue (no top-level `STATICTOP = STATIC_BASE + N`). `dir` is
/// the program's directory, where a memory initializer file is read from.
pub fn layout(source: &str, dir: &Path) -> Result<Option<Layout>, String> {
    if !source.contains("STATIC_BASE") {
        return Ok(None);
    }
    let cm: Lrc<SourceMap> = Default::default();
    let text = source.strip_prefix('\u{feff}').unwrap_or(source).to_string();
    let fm = cm.new_source_file(Lrc::new(FileName::Anon), text);
    let mut errors = Vec::new();
    let Ok(script) = parse_file_as_script(
        &fm,
        Syntax::Es(EsSyntax::default()),
        js::EsVersion::latest(),
        None,
        &mut errors,
    ) else {
        return Ok(None);
    };
    // The glue's statements: the file's, or those of a function that holds
    // them (a MODULARIZE build: `var M = function(M) { ...glue... }`).
    let lists = std::iter::once(&script.body[..]).chain(script.body.iter().filter_map(fn_body));
    let Some(mut e) = lists
        .map(|stmts| {
            let mut e = Eval::default();
            stmts.iter().for_each(|s| e.stmt(s));
            e
        })
        .find(|e| e.static_size)
    else {
        return Ok(None);
    };
    if let Some(m) = e.grow_message.take() {
        e.layout.grow_message = e.string(&m);
    }
    let mut layout = e.layout;
    layout.values = e.vars;
    if let Some(init) = e.memory_initializer {
        let base = layout.value("GLOBAL_BASE").ok_or(
            "the glue sets a memory initializer but no GLOBAL_BASE to load it at".to_string(),
        )? as u32;
        let bytes = match init.strip_prefix("data:application/octet-stream;base64,") {
            Some(b64) => data_encoding::BASE64
                .decode(b64.as_bytes())
                .map_err(|err| format!("the glue's memory initializer is not base64: {err}"))?,
            None => {
                let path = dir.join(&init);
                std::fs::read(&path).map_err(|err| {
                    format!(
                        "the memory initializer `{}` (the glue's `memoryInitializer`) cannot be \
                         read: {err}; it belongs beside the program",
                        path.display()
                    )
                })?
            }
        };
        layout.data.insert(0, (base, bytes));
    }
    Ok(Some(layout))
}

/// [`layout`], its `TOTAL_MEMORY` checked as an asm.js heap length.
pub fn program_layout(source: &str, dir: &Path) -> Result<Option<Layout>, String> {
    let layout = layout(source, dir)?;
    if let Some(n) = layout.as_ref().and_then(|l| l.total_memory) {
        crate::parse_heap_size(&n.to_string())
            .map_err(|e| format!("the glue's TOTAL_MEMORY {n}: {e}"))?;
    }
    Ok(layout)
}

#[derive(Default)]
struct Eval {
    vars: HashMap<String, i64>,
    layout: Layout,
    memory_initializer: Option<String>,
    /// `STATICTOP = STATIC_BASE + N` was seen.
    static_size: bool,
    /// What `abortOnCannotGrowMemory` aborts with, evaluated at the end
    /// (the function is declared before `TOTAL_MEMORY` is set).
    grow_message: Option<js::Expr>,
}

impl Eval {
    fn stmt(&mut self, s: &js::Stmt) {
        match s {
            js::Stmt::Decl(js::Decl::Var(v)) => {
                for d in &v.decls {
                    let (js::Pat::Ident(id), Some(init)) = (&d.name, &d.init) else { continue };
                    self.static_size |= is_static_size(&id.id.sym, init);
                    if let (js::Expr::Object(o), "Runtime") = (&**init, &*id.id.sym) {
                        self.runtime_fields(o);
                    }
                    let value = self.expr(init);
                    self.set(&id.id.sym, value);
                }
            }
            js::Stmt::Decl(js::Decl::Fn(f)) if &*f.ident.sym == "abortOnCannotGrowMemory" => {
                self.grow_message(f);
            }
            js::Stmt::Expr(e) => {
                self.expr(&e.expr);
            }
            _ => {}
        }
    }

    /// 1.37's `var Runtime = { ..., GLOBAL_BASE: 8, QUANTUM_SIZE: 4 }`: its
    /// numbers, read as `Runtime.X`.
    fn runtime_fields(&mut self, o: &js::ObjectLit) {
        for p in &o.props {
            if let js::PropOrSpread::Prop(p) = p
                && let js::Prop::KeyValue(kv) = &**p
                && let js::PropName::Ident(k) = &kv.key
                && let js::Expr::Lit(js::Lit::Num(_)) = &*kv.value
            {
                let v = self.expr(&kv.value);
                self.set(&k.sym, v);
            }
        }
    }

    fn set(&mut self, name: &str, value: Option<i64>) {
        match value {
            Some(v) => {
                self.vars.insert(name.to_string(), v);
            }
            None => {
                self.vars.remove(name);
            }
        }
        if name == "TOTAL_MEMORY" {
            self.layout.total_memory = value.and_then(|v| u32::try_from(v).ok());
        }
    }

    fn get(&self, name: &str) -> Option<i64> {
        self.vars.get(name).copied()
    }

    /// `STATICTOP`'s bump of `staticAlloc(size)`: the old top.
    fn static_alloc(&mut self, size: Option<i64>) -> Option<i64> {
        let (top, size) = (self.get("STATICTOP"), size);
        let new = top.zip(size).map(|(t, s)| (t + s + 15) & -16);
        self.set("STATICTOP", new);
        top
    }

    /// The value of `e`, after its effects.
    fn expr(&mut self, e: &js::Expr) -> Option<i64> {
        use js::Expr;
        match e {
            Expr::Lit(js::Lit::Num(n)) => {
                (n.value.fract() == 0.0 && n.value.abs() < 9e15).then_some(n.value as i64)
            }
            Expr::Paren(p) => self.expr(&p.expr),
            Expr::Ident(id) => self.get(&id.sym),
            Expr::Member(m) => match (&*m.obj, &m.prop) {
                (Expr::Ident(o), js::MemberProp::Ident(p)) if &*o.sym == "Runtime" => {
                    self.get(&p.sym)
                }
                _ => None,
            },
            Expr::Seq(s) => s.exprs.iter().map(|x| self.expr(x)).last().flatten(),
            Expr::Unary(u) if u.op == js::UnaryOp::Minus => self.expr(&u.arg).map(|v| -v),
            Expr::Bin(b) => {
                if b.op == js::BinaryOp::LogicalOr && is_module_field(&b.left) {
                    return self.expr(&b.right);
                }
                let (l, r) = (self.expr(&b.left)?, self.expr(&b.right)?);
                binary(b.op, l, r)
            }
            Expr::Assign(a) => self.assign(a),
            Expr::Call(c) => self.call(c),
            _ => None,
        }
    }

    fn assign(&mut self, a: &js::AssignExpr) -> Option<i64> {
        use js::{AssignOp, AssignTarget, SimpleAssignTarget};
        let target = match &a.left {
            AssignTarget::Simple(t) => t,
            AssignTarget::Pat(_) => return None,
        };
        match target {
            SimpleAssignTarget::Ident(id) => {
                let name = &*id.id.sym;
                if name == "memoryInitializer" {
                    if let js::Expr::Lit(js::Lit::Str(s)) = &*a.right {
                        self.memory_initializer = Some(s.value.to_string_lossy().into_owned());
                    }
                    return None;
                }
                self.static_size |= a.op == AssignOp::Assign && is_static_size(name, &a.right);
                let value = self.expr(&a.right);
                let value = match a.op {
                    AssignOp::Assign => value,
                    AssignOp::AddAssign => self.get(name).zip(value).map(|(x, y)| x + y),
                    _ => None,
                };
                self.set(name, value);
                value
            }
            // `HEAP32[p >> 2] = v`, `HEAP16[1] = v`: bytes of the initial memory.
            SimpleAssignTarget::Member(m) => {
                let value = self.expr(&a.right);
                if a.op == AssignOp::Assign
                    && let Some((at, size)) = self.element(m)
                    && let Some(v) = value
                {
                    self.layout.data.push((at, (v as i32).to_le_bytes()[..size].to_vec()));
                }
                value
            }
            _ => None,
        }
    }

    /// The address and size of `HEAPn[p >> k]` or `HEAPn[i]`.
    fn element(&mut self, m: &js::MemberExpr) -> Option<(u32, usize)> {
        let js::Expr::Ident(view) = &*m.obj else { return None };
        let size: usize = match &*view.sym {
            "HEAP8" | "HEAPU8" => 1,
            "HEAP16" | "HEAPU16" => 2,
            "HEAP32" | "HEAPU32" => 4,
            _ => return None,
        };
        let js::MemberProp::Computed(c) = &m.prop else { return None };
        let at = match &*c.expr {
            js::Expr::Bin(b) if b.op == js::BinaryOp::RShift => {
                let (p, k) = (self.expr(&b.left)?, self.expr(&b.right)?);
                (1i64 << k == size as i64).then_some(p & !(size as i64 - 1))?
            }
            e => self.expr(e)? * size as i64,
        };
        Some((u32::try_from(at).ok()?, size))
    }

    fn call(&mut self, c: &js::CallExpr) -> Option<i64> {
        let js::Callee::Expr(callee) = &c.callee else { return None };
        let name = match &**callee {
            js::Expr::Ident(id) => id.sym.to_string(),
            js::Expr::Member(m) => match (&*m.obj, &m.prop) {
                (js::Expr::Ident(o), js::MemberProp::Ident(p)) => format!("{}.{}", o.sym, p.sym),
                _ => return None,
            },
            _ => return None,
        };
        let args: Vec<&js::Expr> = c.args.iter().map(|a| &*a.expr).collect();
        match name.as_str() {
            "staticAlloc" | "Runtime.staticAlloc" if args.len() == 1 => {
                let size = self.expr(args[0]);
                self.static_alloc(size)
            }
            "alignMemory" | "Runtime.alignMemory" if !args.is_empty() => {
                let size = self.expr(args[0])?;
                let q = match args.get(1) {
                    Some(q) => self.expr(q)?,
                    None => 16,
                };
                (q > 0).then(|| (size + q - 1) / q * q)
            }
            "allocate" if args.len() == 4 || args.len() == 3 => self.allocate(&args),
            "__ATINIT__.push" | "__ATINIT__.unshift" => {
                let mut found: Vec<String> = args.iter().filter_map(|a| ctor(a)).collect();
                if name.ends_with("unshift") {
                    found.append(&mut self.layout.ctors);
                    self.layout.ctors = found;
                } else {
                    self.layout.ctors.extend(found);
                }
                None
            }
            _ => None,
        }
    }

    /// `allocate(slab, types, allocator[, ptr])` with `ALLOC_NONE` (bytes at
    /// `ptr`) or `ALLOC_STATIC` (from `STATICTOP`).
    fn allocate(&mut self, args: &[&js::Expr]) -> Option<i64> {
        let allocator = match args[2] {
            js::Expr::Ident(id) => id.sym.to_string(),
            js::Expr::Member(m) => match &m.prop {
                js::MemberProp::Ident(p) => p.sym.to_string(),
                _ => return None,
            },
            _ => return None,
        };
        let bytes: Option<Vec<u8>> = match args[0] {
            js::Expr::Array(a) => {
                let i8 = matches!(args[1], js::Expr::Lit(js::Lit::Str(s)) if s.value.as_str() == Some("i8"));
                if !i8 {
                    return None;
                }
                a.elems
                    .iter()
                    .map(|e| match e.as_ref().map(|e| &*e.expr) {
                        Some(js::Expr::Lit(js::Lit::Num(n))) => Some(n.value as i64 as u8),
                        Some(js::Expr::Unary(u)) if u.op == js::UnaryOp::Minus => match &*u.arg {
                            js::Expr::Lit(js::Lit::Num(n)) => Some((-n.value) as i64 as u8),
                            _ => None,
                        },
                        _ => None,
                    })
                    .collect()
            }
            _ => None,
        };
        match allocator.as_str() {
            "ALLOC_NONE" => {
                let at = self.expr(args.get(3)?)?;
                self.layout.data.push((u32::try_from(at).ok()?, bytes?));
                Some(at)
            }
            "ALLOC_STATIC" => {
                let size = match &bytes {
                    Some(b) => Some(b.len() as i64),
                    None => self.expr(args[0]),
                };
                let at = self.static_alloc(size.map(|s| s.max(1)))?;
                if let Some(b) = bytes {
                    self.layout.data.push((u32::try_from(at).ok()?, b));
                }
                Some(at)
            }
            _ => None,
        }
    }

    /// `function abortOnCannotGrowMemory() { abort("..." + TOTAL_MEMORY + "...") }`
    fn grow_message(&mut self, f: &js::FnDecl) {
        let Some(body) = &f.function.body else { return };
        let [js::Stmt::Expr(e)] = &body.stmts[..] else { return };
        let js::Expr::Call(c) = &*e.expr else { return };
        if let ([arg], js::Callee::Expr(callee)) = (&c.args[..], &c.callee)
            && matches!(&**callee, js::Expr::Ident(id) if &*id.sym == "abort")
        {
            self.grow_message = Some((*arg.expr).clone());
        }
    }

    /// A string of literals and known numbers joined by `+`.
    fn string(&mut self, e: &js::Expr) -> Option<String> {
        match e {
            js::Expr::Lit(js::Lit::Str(s)) => Some(s.value.to_string_lossy().into_owned()),
            js::Expr::Paren(p) => self.string(&p.expr),
            js::Expr::Bin(b) if b.op == js::BinaryOp::Add => {
                Some(self.string(&b.left)? + &self.string(&b.right)?)
            }
            js::Expr::Ident(id) => Some(self.get(&id.sym)?.to_string()),
            _ => None,
        }
    }
}

/// The body of a top-level function: `function M() {...}`,
/// `var M = function() {...}`, `M = function() {...}`.
fn fn_body(s: &js::Stmt) -> Option<&[js::Stmt]> {
    fn body(e: &js::Expr) -> Option<&[js::Stmt]> {
        match e {
            js::Expr::Fn(f) => f.function.body.as_ref().map(|b| &b.stmts[..]),
            _ => None,
        }
    }
    match s {
        js::Stmt::Decl(js::Decl::Fn(f)) => f.function.body.as_ref().map(|b| &b.stmts[..]),
        js::Stmt::Decl(js::Decl::Var(v)) => v.decls.iter().find_map(|d| body(d.init.as_deref()?)),
        js::Stmt::Expr(e) => match &*e.expr {
            js::Expr::Assign(a) => body(&a.right),
            _ => None,
        },
        _ => None,
    }
}

/// `STATICTOP = STATIC_BASE + N`: where the glue says how big the static
/// data is, the mark of Emscripten's glue.
fn is_static_size(name: &str, value: &js::Expr) -> bool {
    name == "STATICTOP"
        && matches!(value, js::Expr::Bin(b) if b.op == js::BinaryOp::Add
            && matches!(&*b.left, js::Expr::Ident(l) if &*l.sym == "STATIC_BASE")
            && matches!(&*b.right, js::Expr::Lit(js::Lit::Num(_))))
}

/// `Module["X"]` or `Module.X`.
fn is_module_field(e: &js::Expr) -> bool {
    matches!(e, js::Expr::Member(m) if matches!(&*m.obj, js::Expr::Ident(o) if &*o.sym == "Module"))
}

fn binary(op: js::BinaryOp, l: i64, r: i64) -> Option<i64> {
    use js::BinaryOp::*;
    let (a, b) = (l as i32, r as i32);
    Some(match op {
        Add => l + r,
        Sub => l - r,
        Mul => l.checked_mul(r)?,
        BitOr => i64::from(a | b),
        BitAnd => i64::from(a & b),
        RShift => i64::from(a >> (b & 31)),
        LShift => i64::from(a.wrapping_shl(b as u32 & 31)),
        _ => return None,
    })
}

/// The export a `__ATINIT__` entry calls: `{ func: function() { NAME() } }`
/// or `function() { NAME() }`.
fn ctor(e: &js::Expr) -> Option<String> {
    let f = match e {
        js::Expr::Object(o) => o.props.iter().find_map(|p| match p {
            js::PropOrSpread::Prop(p) => match &**p {
                js::Prop::KeyValue(kv)
                    if matches!(&kv.key, js::PropName::Ident(k) if &*k.sym == "func") =>
                {
                    Some(&*kv.value)
                }
                _ => None,
            },
            js::PropOrSpread::Spread(_) => None,
        })?,
        e => e,
    };
    let f = match f {
        js::Expr::Paren(p) => &*p.expr,
        f => f,
    };
    let body = match f {
        js::Expr::Fn(f) => f.function.body.as_ref()?,
        _ => return None,
    };
    let [js::Stmt::Expr(s)] = &body.stmts[..] else { return None };
    let js::Expr::Call(c) = &*s.expr else { return None };
    match &c.callee {
        js::Callee::Expr(callee) => match &**callee {
            js::Expr::Ident(id) if c.args.is_empty() => Some(id.sym.to_string()),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(src: &str) -> Layout {
        layout(src, Path::new(".")).unwrap().expect("glue")
    }

    #[test]
    fn emscripten_137_layout() {
        let l = eval(
            r#"var Runtime = { staticAlloc: function(s) {}, GLOBAL_BASE: 8, QUANTUM_SIZE: 4 };
            function abortOnCannotGrowMemory() { abort("cannot grow past " + TOTAL_MEMORY + "!") }
            var STATIC_BASE, STATICTOP, staticSealed;
            STATIC_BASE = STATICTOP = 0;
            var TOTAL_STACK = Module["TOTAL_STACK"] || 5242880;
            var TOTAL_MEMORY = Module["TOTAL_MEMORY"] || 16777216;
            STATIC_BASE = Runtime.GLOBAL_BASE;
            STATICTOP = STATIC_BASE + 1000;
            __ATINIT__.push({ func: (function() { __GLOBAL__sub_I_a() }) }, { func: function() { __GLOBAL__sub_I_b() } });
            allocate([1, 2, 255, -1], "i8", ALLOC_NONE, Runtime.GLOBAL_BASE);
            allocate([7], "i8", ALLOC_NONE, Runtime.GLOBAL_BASE + 512);
            var tempDoublePtr = STATICTOP; STATICTOP += 16;
            DYNAMICTOP_PTR = allocate(1, "i32", ALLOC_STATIC);
            STACK_BASE = STACKTOP = Runtime.alignMemory(STATICTOP);
            STACK_MAX = STACK_BASE + TOTAL_STACK;
            DYNAMIC_BASE = Runtime.alignMemory(STACK_MAX);
            HEAP32[DYNAMICTOP_PTR >> 2] = DYNAMIC_BASE;
            HEAP32[0] = 1668509029; HEAP16[1] = 25459;"#,
        );
        assert_eq!(l.value("tempDoublePtr"), Some(1008));
        assert_eq!(l.value("DYNAMICTOP_PTR"), Some(1024));
        assert_eq!(l.value("STACKTOP"), Some(1040));
        assert_eq!(l.value("STACK_MAX"), Some(1040 + 5242880));
        assert_eq!(l.value("ABORT"), Some(0));
        assert_eq!(l.total_memory, Some(16777216));
        assert_eq!(l.ctors, ["__GLOBAL__sub_I_a", "__GLOBAL__sub_I_b"]);
        assert_eq!(
            l.data,
            [
                (8, vec![1, 2, 255, 255]),
                (520, vec![7]),
                (1024, (1040 + 5242880i32).to_le_bytes().to_vec()),
                (0, 1668509029i32.to_le_bytes().to_vec()),
                (2, 25459i16.to_le_bytes().to_vec()),
            ]
        );
        assert_eq!(l.grow_message.as_deref(), Some("cannot grow past 16777216!"));
    }

    #[test]
    fn emscripten_138_layout_and_base64() {
        let l = eval(
            r#"var GLOBAL_BASE = 1024;
            var TOTAL_STACK = Module["TOTAL_STACK"] || 65536;
            var STATIC_BASE = GLOBAL_BASE, STATICTOP = STATIC_BASE + 40;
            memoryInitializer = "data:application/octet-stream;base64,AQID";
            var tempDoublePtr = STATICTOP; STATICTOP += 16;
            DYNAMICTOP_PTR = staticAlloc(4);
            STACK_BASE = STACKTOP = alignMemory(STATICTOP);
            STACK_MAX = STACK_BASE + TOTAL_STACK;"#,
        );
        assert_eq!(l.data[0], (1024, vec![1, 2, 3]));
        assert_eq!(l.value("tempDoublePtr"), Some(1064));
        assert_eq!(l.value("DYNAMICTOP_PTR"), Some(1080));
        assert_eq!(l.value("STACKTOP"), Some(1088));
        assert_eq!(l.value("STACK_MAX"), Some(1088 + 65536));
        assert_eq!(l.total_memory, None);
    }

    #[test]
    fn modularized_glue() {
        let l = eval(
            "var M = function(M) { var GLOBAL_BASE = 8; var STATIC_BASE = GLOBAL_BASE, \
             STATICTOP = STATIC_BASE + 8; STACKTOP = alignMemory(STATICTOP); return M; };",
        );
        assert_eq!(l.value("STACKTOP"), Some(16));
    }

    #[test]
    fn no_glue() {
        assert!(
            layout("function M() { 'use asm'; return {}; }", Path::new(".")).unwrap().is_none()
        );
        assert!(layout("var STATIC_BASE = 8;", Path::new(".")).unwrap().is_none());
        let missing = layout(
            "var GLOBAL_BASE = 8; STATICTOP = STATIC_BASE + 4; memoryInitializer = \"nope.mem\";",
            Path::new("/nonexistent"),
        );
        assert!(missing.unwrap_err().contains("nope.mem"));
    }
}
