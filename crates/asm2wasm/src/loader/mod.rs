//! The JS loader (`asm2wasm program.js --emit js -o out.js`): the whole
//! program, with each asm.js module function replaced by one that
//! instantiates the module's WebAssembly translation on the program's own
//! heap, so that the program runs on wasm unchanged (`docs/loader.md`).
//!
//! In: the program's text, and per `"use asm"` module its span, exports and
//! wasm (translated with an imported memory, `docs/abi.md`). Out: the text
//! with a small runtime first (`runtime.js`), each module function's body
//! replaced by a call of the runtime's `link`, each recognised heap
//! allocation (`new ArrayBuffer(n)` whose buffer reaches a module's third
//! argument) replaced by a call of its allocator, and the program wrapped
//! in `if (asm2wasmLoader.start()) { ... }` (in a browser the first run of
//! the script only compiles, asynchronously). Everything else is kept byte
//! for byte.
//!
//! ```
//! let program = "function M(stdlib, foreign, heap) { \"use asm\"; function f() { return 1; } return f; }\n\
//!                var f = M(this, {}, new ArrayBuffer(65536));\n";
//! let report = asm2wasm::with_big_stack({
//!     let p = program.to_string();
//!     move || asm2wasm::check_source("p.js", p)
//! });
//! let modules = asm2wasm::loader::translate(&report, &asm2wasm::codegen::Options::default()).unwrap();
//! let out = asm2wasm::loader::emit(program, &modules, &asm2wasm::loader::Placement::Inline).unwrap();
//! assert!(out.js.contains("asm2wasmLoader.heap(65536)"));
//! assert_eq!(out.allocations.len(), 1);
//! ```

use std::collections::HashSet;

use swc_common::{BytePos, FileName, SourceMap, Spanned, sync::Lrc};
use swc_ecma_ast as js;
use swc_ecma_parser::{EsSyntax, Syntax, parse_file_as_module, parse_file_as_script};
use swc_ecma_visit::{Visit, VisitWith};

use crate::FileReport;
use crate::codegen;
use crate::syntax::Span;

/// The runtime every output starts with; `/*MODULES*/` and `/*PROGRAM*/`
/// are filled in.
const RUNTIME: &str = include_str!("runtime.js");

/// One asm.js module of the program and its translation.
#[derive(Clone, Debug)]
pub struct Translated {
    /// Its display name (`asm`, `Module["asm"]`).
    pub name: String,
    /// The module function, in the program's text.
    pub span: Span,
    /// How many parameters it declares (`stdlib, foreign, heap`: 3).
    pub params: usize,
    /// The asm.js export names, in order.
    pub exports: Vec<String>,
    /// `return f`: the module returns the function itself.
    pub single: bool,
    /// The wasm, with an imported memory.
    pub wasm: Vec<u8>,
}

/// Where the output finds each module's wasm.
#[derive(Clone, Debug)]
pub enum Placement {
    /// Base64 in the script itself (`--inline`).
    Inline,
    /// One file per module, named relative to the script (beside it).
    Files(Vec<String>),
}

/// What [`emit`] rewrote for the heap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Allocation {
    /// The allocation's span in the input program.
    pub span: Span,
    /// What it was: `new ArrayBuffer(TOTAL_MEMORY)`.
    pub text: String,
    /// The variable or property it is stored in (`buffer`, `heap`).
    pub target: String,
}

/// The output of [`emit`].
#[derive(Clone, Debug)]
pub struct Emitted {
    /// The program with the loader.
    pub js: String,
    /// Every heap allocation rewritten to the loader's allocator.
    pub allocations: Vec<Allocation>,
}

/// Translate every module of a valid file for the loader: `opts` with an
/// imported memory, whatever it said.
pub fn translate(
    report: &FileReport,
    opts: &codegen::Options,
) -> Result<Vec<Translated>, codegen::Error> {
    let opts = codegen::Options { import_memory: true, ..opts.clone() };
    (0..report.modules.len())
        .map(|i| {
            let m = &report.modules[i];
            let typed = m.typed.as_ref().expect("the loader translates a valid file");
            Ok(Translated {
                name: m.name.clone(),
                span: m.span,
                params: typed.params.len(),
                exports: typed.exports.iter().map(|e| e.0.clone()).collect(),
                single: typed.single_export,
                wasm: report.translate(i, &opts)?,
            })
        })
        .collect()
}

/// The program with the loader: see the module documentation. Fails when
/// the program does not parse, or a module's span is not a function of it.
pub fn emit(
    program: &str,
    modules: &[Translated],
    placement: &Placement,
) -> Result<Emitted, String> {
    let parsed = Analysis::of(program, modules)?;
    // The edits, in text order: module bodies, then allocations (which never
    // lie inside a module, whose code cannot allocate).
    let mut edits: Vec<(Span, String)> = Vec::new();
    for (i, (m, body)) in modules.iter().zip(&parsed.bodies).enumerate() {
        let body = body.ok_or_else(|| {
            format!("internal error: module `{}` is not a function of the program", m.name)
        })?;
        edits.push((
            body,
            format!(
                "{{ return asm2wasmLoader.link({i}, arguments[0], arguments[1], arguments[2], {}); }}",
                m.params
            ),
        ));
    }
    let mut allocations = Vec::new();
    for a in &parsed.allocations {
        let arg = &program[a.arg.lo as usize..a.arg.hi as usize];
        let replacement = match &a.view {
            None => format!("asm2wasmLoader.heap({arg})"),
            Some(view) => format!(
                "asm2wasmLoader.typed({}, {arg})",
                &program[view.lo as usize..view.hi as usize]
            ),
        };
        edits.push((a.span, replacement));
        allocations.push(Allocation {
            span: a.span,
            text: program[a.span.lo as usize..a.span.hi as usize].to_string(),
            target: a.target.clone(),
        });
    }
    edits.sort_by_key(|e| e.0.lo);
    let mut body = String::with_capacity(program.len() + 256);
    let mut at = parsed.body_start;
    for (span, text) in &edits {
        if (span.lo as usize) < at {
            return Err("internal error: overlapping loader edits".to_string());
        }
        body.push_str(&program[at..span.lo as usize]);
        body.push_str(text);
        at = span.hi as usize;
    }
    body.push_str(&program[at..]);

    let mut js = String::with_capacity(body.len() + 4096);
    // A `#!` line and a directive prologue ("use strict") stay first.
    js.push_str(&program[..parsed.body_start]);
    if !js.is_empty() && !js.ends_with('\n') {
        js.push('\n');
    }
    let runtime = RUNTIME
        .replace("/*MODULES*/", &descriptors(modules, placement))
        .replace("/*PROGRAM*/", &format!("\"{}\"", program_id(modules)));
    js.push_str(&runtime);
    js.push_str("if (asm2wasmLoader.start()) {\n");
    js.push_str(&body);
    if !body.ends_with('\n') {
        js.push('\n');
    }
    js.push_str("}\n");
    Ok(Emitted { js, allocations })
}

/// The runtime's table of modules, as a JS array literal (JSON, which is
/// one): name, exports, whether `return f` exports one function, and the
/// wasm's file or its bytes in base64.
fn descriptors(modules: &[Translated], placement: &Placement) -> String {
    let list: Vec<serde_json::Value> = modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut d =
                serde_json::json!({ "name": m.name, "exports": m.exports, "single": m.single });
            match placement {
                Placement::Inline => d["base64"] = data_encoding::BASE64.encode(&m.wasm).into(),
                Placement::Files(files) => d["file"] = files[i].clone().into(),
            }
            d
        })
        .collect();
    serde_json::to_string_pretty(&list).expect("strings and booleans are JSON")
}

/// An id for the program's modules (FNV-1a of their bytes), which a browser
/// page's cache of compiled modules is keyed by.
fn program_id(modules: &[Translated]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for m in modules {
        for &b in &m.wasm {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// A heap allocation to rewrite.
#[derive(Debug)]
struct Site {
    /// The whole `new ArrayBuffer(n)` (or `new Uint32Array(n)`).
    span: Span,
    /// Its argument.
    arg: Span,
    /// The constructor, for a typed array allocating its own buffer.
    view: Option<Span>,
    /// Where it is stored.
    target: String,
}

/// What the program's syntax tree says.
struct Analysis {
    /// Each module function's body (`{ ... }`), in module order.
    bodies: Vec<Option<Span>>,
    allocations: Vec<Site>,
    /// Where the program proper starts: after a `#!` line and a directive
    /// prologue, which stay before the runtime.
    body_start: usize,
}

impl Analysis {
    fn of(program: &str, modules: &[Translated]) -> Result<Analysis, String> {
        // swc drops a byte order mark; parse what follows it and add its length.
        let bom = if program.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let cm: Lrc<SourceMap> = Default::default();
        let fm = cm.new_source_file(Lrc::new(FileName::Anon), program[bom..].to_string());
        let base = fm.start_pos;
        let syntax = Syntax::Es(EsSyntax::default());
        let target = js::EsVersion::latest();
        let mut errors = Vec::new();
        let stmts: Vec<js::Stmt> =
            match parse_file_as_script(&fm, syntax, target, None, &mut errors) {
                Ok(script) => script.body,
                Err(e) => match parse_file_as_module(&fm, syntax, target, None, &mut errors) {
                    Ok(module) => {
                        module.body.into_iter().filter_map(js::ModuleItem::stmt).collect::<Vec<_>>()
                    }
                    Err(_) => return Err(format!("the program does not parse: {:?}", e.kind())),
                },
            };
        let at = |p: BytePos| (p - base).0 + bom as u32;
        let span = |s: swc_common::Span| Span::new(at(s.lo), at(s.hi));

        let mut calls = Calls {
            modules: modules.iter().map(|m| (m.span, last_name(&m.name))).collect(),
            span: &span,
            bodies: vec![None; modules.len()],
            heap_names: HashSet::new(),
            view_names: HashSet::new(),
            direct: Vec::new(),
        };
        for s in &stmts {
            s.visit_with(&mut calls);
        }
        let mut sites = Sites {
            modules: modules.iter().map(|m| m.span).collect(),
            heap_names: &calls.heap_names,
            view_names: &calls.view_names,
            span: &span,
            target: None,
            found: calls.direct.drain(..).collect(),
        };
        for s in &stmts {
            s.visit_with(&mut sites);
        }
        let mut allocations = sites.found;
        allocations.sort_by_key(|a| a.span.lo);
        allocations.dedup_by_key(|a| a.span.lo);

        // The prologue: `#!...` and leading string-literal directives.
        let mut body_start = if program[bom..].starts_with("#!") {
            program.find('\n').map_or(program.len(), |n| n + 1)
        } else {
            bom
        };
        for s in &stmts {
            match s {
                js::Stmt::Expr(e) if matches!(&*e.expr, js::Expr::Lit(js::Lit::Str(_))) => {
                    body_start = (at(e.span.hi) as usize).max(body_start);
                }
                _ => break,
            }
        }
        Ok(Analysis { bodies: calls.bodies, allocations, body_start })
    }
}

/// The last name of `a.b["c"]`, `a.b.c` or `c`: `c`.
fn last_name(name: &str) -> String {
    let name = name.trim();
    if let Some(inner) = name.strip_suffix("\"]").or_else(|| name.strip_suffix("']")) {
        let start = inner.rfind(['"', '\'']).map_or(0, |i| i + 1);
        return inner[start..].to_string();
    }
    name.rsplit('.').next().unwrap_or(name).to_string()
}

/// The last name of an assignment target or argument: `x`, `a.x`, `a["x"]`.
fn expr_name(e: &js::Expr) -> Option<String> {
    match e {
        js::Expr::Ident(i) => Some(i.sym.to_string()),
        js::Expr::Paren(p) => expr_name(&p.expr),
        js::Expr::Member(m) => member_prop(&m.prop),
        _ => None,
    }
}

fn member_prop(p: &js::MemberProp) -> Option<String> {
    match p {
        js::MemberProp::Ident(i) => Some(i.sym.to_string()),
        js::MemberProp::Computed(c) => match &*c.expr {
            js::Expr::Lit(js::Lit::Str(s)) => Some(s.value.to_string_lossy().into_owned()),
            _ => None,
        },
        js::MemberProp::PrivateName(_) => None,
    }
}

fn unparen(e: &js::Expr) -> &js::Expr {
    match e {
        js::Expr::Paren(p) => unparen(&p.expr),
        e => e,
    }
}

/// The typed arrays whose constructor takes an element count.
const VIEWS: &[&str] = &[
    "Int8Array",
    "Uint8Array",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
];

/// `ArrayBuffer`, `global.ArrayBuffer`: the constructor's name.
fn constructor_name(e: &js::Expr) -> Option<String> {
    expr_name(unparen(e))
}

/// Pass one: module bodies, and the names that module calls' heaps are
/// passed as.
struct Calls<'a, F: Fn(swc_common::Span) -> Span> {
    /// Each module's span and the last name it is bound to.
    modules: Vec<(Span, String)>,
    span: &'a F,
    bodies: Vec<Option<Span>>,
    /// Names a module's third argument is read from: `buffer`, `heap`.
    heap_names: HashSet<String>,
    /// Names whose `.buffer` is a module's third argument (`heap.buffer`).
    view_names: HashSet<String>,
    /// `new ArrayBuffer(n)` written as a module call's argument itself.
    direct: Vec<Site>,
}

impl<F: Fn(swc_common::Span) -> Span> Calls<'_, F> {
    fn is_module(&self, callee: &js::Expr) -> bool {
        match unparen(callee) {
            js::Expr::Fn(f) => self.modules.iter().any(|m| m.0 == (self.span)(f.function.span)),
            e => expr_name(e).is_some_and(|n| self.modules.iter().any(|m| m.1 == n)),
        }
    }

    fn heap_argument(&mut self, arg: &js::Expr) {
        let arg = unparen(arg);
        match arg {
            js::Expr::Member(m) => {
                if let Some(p) = member_prop(&m.prop) {
                    if p == "buffer"
                        && let Some(holder) = expr_name(&m.obj)
                    {
                        self.view_names.insert(holder.clone());
                        self.heap_names.insert(holder);
                    }
                    self.heap_names.insert(p);
                }
            }
            js::Expr::New(n) if n.args.as_ref().is_some_and(|a| a.len() == 1) => {
                if constructor_name(&n.callee).as_deref() == Some("ArrayBuffer") {
                    let a = &n.args.as_ref().unwrap()[0];
                    self.direct.push(Site {
                        span: (self.span)(n.span),
                        arg: (self.span)(a.expr.span()),
                        view: None,
                        target: "a module's third argument".to_string(),
                    });
                }
            }
            e => {
                if let Some(name) = expr_name(e) {
                    self.heap_names.insert(name);
                }
            }
        }
    }
}

impl<F: Fn(swc_common::Span) -> Span> Visit for Calls<'_, F> {
    fn visit_function(&mut self, f: &js::Function) {
        let here = (self.span)(f.span);
        if let Some(i) = self.modules.iter().position(|m| m.0 == here) {
            self.bodies[i] = f.body.as_ref().map(|b| (self.span)(b.span));
            // Nothing inside a module is the program's.
            return;
        }
        f.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, c: &js::CallExpr) {
        if let js::Callee::Expr(callee) = &c.callee
            && c.args.len() >= 3
            && self.is_module(callee)
        {
            self.heap_argument(&c.args[2].expr);
        }
        c.visit_children_with(self);
    }

    fn visit_new_expr(&mut self, n: &js::NewExpr) {
        if let Some(args) = &n.args
            && args.len() >= 3
            && self.is_module(&n.callee)
        {
            self.heap_argument(&args[2].expr);
        }
        n.visit_children_with(self);
    }
}

/// Pass two: the allocations stored in a heap name.
struct Sites<'a, F: Fn(swc_common::Span) -> Span> {
    /// The module functions, whose code is not the program's.
    modules: Vec<Span>,
    heap_names: &'a HashSet<String>,
    view_names: &'a HashSet<String>,
    span: &'a F,
    /// The name the expression being visited is stored in, if it reaches it
    /// whole (through parentheses, `||`, `?:`, a typed array around it).
    target: Option<String>,
    found: Vec<Site>,
}

impl<F: Fn(swc_common::Span) -> Span> Sites<'_, F> {
    fn with(&mut self, target: Option<String>, e: &js::Expr) {
        self.target = target;
        self.visit_expr(e);
        self.target = None;
    }
}

impl<F: Fn(swc_common::Span) -> Span> Visit for Sites<'_, F> {
    fn visit_assign_expr(&mut self, a: &js::AssignExpr) {
        self.target = None;
        a.left.visit_with(self);
        let name = match &a.left {
            js::AssignTarget::Simple(js::SimpleAssignTarget::Ident(b)) => {
                Some(b.id.sym.to_string())
            }
            js::AssignTarget::Simple(js::SimpleAssignTarget::Member(m)) => member_prop(&m.prop),
            _ => None,
        };
        self.with(name, &a.right);
    }

    fn visit_var_declarator(&mut self, d: &js::VarDeclarator) {
        self.target = None;
        let name = match &d.name {
            js::Pat::Ident(b) => Some(b.id.sym.to_string()),
            _ => None,
        };
        if let Some(init) = &d.init {
            self.with(name, init);
        }
    }

    fn visit_expr(&mut self, e: &js::Expr) {
        let target = self.target.take();
        match e {
            js::Expr::Paren(p) => self.with(target, &p.expr),
            js::Expr::Bin(b)
                if matches!(b.op, js::BinaryOp::LogicalOr | js::BinaryOp::NullishCoalescing) =>
            {
                self.with(target.clone(), &b.left);
                self.with(target, &b.right);
            }
            js::Expr::Cond(c) => {
                self.with(None, &c.test);
                self.with(target.clone(), &c.cons);
                self.with(target, &c.alt);
            }
            js::Expr::Seq(s) => {
                let n = s.exprs.len();
                for (i, x) in s.exprs.iter().enumerate() {
                    self.with(if i + 1 == n { target.clone() } else { None }, x);
                }
            }
            js::Expr::New(n) => {
                let ctor = constructor_name(&n.callee);
                let one = n.args.as_ref().filter(|a| a.len() == 1 && a[0].spread.is_none());
                match (ctor.as_deref(), one, &target) {
                    (Some("ArrayBuffer"), Some(args), Some(t)) if self.heap_names.contains(t) => {
                        self.found.push(Site {
                            span: (self.span)(n.span),
                            arg: (self.span)(args[0].expr.span()),
                            view: None,
                            target: t.clone(),
                        });
                        self.with(None, &args[0].expr);
                    }
                    (Some(view), Some(args), Some(t)) if VIEWS.contains(&view) => {
                        let inner = unparen(&args[0].expr);
                        let wraps_buffer = matches!(inner, js::Expr::New(m)
                            if constructor_name(&m.callee).as_deref() == Some("ArrayBuffer"));
                        if wraps_buffer {
                            self.with(target.clone(), inner);
                        } else if self.view_names.contains(t)
                            && !expr_name(inner).is_some_and(|n| self.heap_names.contains(&n))
                        {
                            self.found.push(Site {
                                span: (self.span)(n.span),
                                arg: (self.span)(args[0].expr.span()),
                                view: Some((self.span)(n.callee.span())),
                                target: t.clone(),
                            });
                            self.with(None, &args[0].expr);
                        } else {
                            n.visit_children_with(self);
                        }
                    }
                    _ => n.visit_children_with(self),
                }
            }
            js::Expr::Assign(a) => self.visit_assign_expr(a),
            e => e.visit_children_with(self),
        }
        self.target = None;
    }

    fn visit_function(&mut self, f: &js::Function) {
        if self.modules.contains(&(self.span)(f.span)) {
            return;
        }
        let saved = self.target.take();
        f.visit_children_with(self);
        self.target = saved;
    }
}
