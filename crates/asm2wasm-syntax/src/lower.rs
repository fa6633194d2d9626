//! Lowering: swc's AST of one `"use asm"` function into our [`ast`](crate::ast).
//!
//! A function's statements are read in place and each top-level one is
//! freed as soon as it is lowered: the peak memory of a run is swc's AST,
//! not swc's plus ours. Reading in place beats moving each node out of its
//! box (a copy per node), and freeing a statement right after reading it
//! finds its nodes still in the cache: lowering took 30% less time than when
//! every node was moved out. Anything asm.js does not allow is reported at
//! its span and dropped.

use rustc_hash::FxHashMap;
use swc_atoms::Atom;
use swc_common::{BytePos, Spanned};
use swc_ecma_ast as js;

use crate::ast::*;
use crate::jobs::{self, Jobs};
use crate::stack::Nested;
use crate::{Diagnostic, Interner, Span, Sym, diagnostics};

pub(crate) struct Lowerer<'a> {
    pub(crate) start: BytePos,
    /// The file's text (`start` is its first byte).
    source: &'a str,
    pub(crate) interner: &'a mut Interner,
    pub(crate) diags: &'a mut Vec<Diagnostic>,
    /// swc's atoms to our symbols: an atom carries its hash, so this lookup
    /// never reads the text.
    atoms: FxHashMap<Atom, Sym>,
    /// How deep the recursion is, to check the stack every few levels only.
    depth: u32,
    /// Scratch arenas: a function is lowered into these, which keep their
    /// capacity, then moved out at its exact size.
    scratch: Body,
    /// The ids of the lists being lowered (arguments, comma operands, array
    /// elements, object entries), innermost last.
    ids: Vec<ExprId>,
    /// How the functions of a module may be spread over threads.
    jobs: Jobs,
    /// Functions lowered while the file was parsed in pieces (`split`), by
    /// the span of the empty statement that stands for them; each is taken
    /// when its statement is reached.
    pub(crate) pre_lowered: FxHashMap<Span, Vec<Batch>>,
    /// The `~` being lowered is the operand of another `~`.
    in_tilde_run: bool,
}

/// Functions lowered apart, with the names and diagnostics of their own:
/// [`Lowerer::merge`] makes them the file's.
pub(crate) struct Batch {
    functions: Vec<Function>,
    interner: Interner,
    diags: Vec<Diagnostic>,
}

/// Function declarations lowered apart, each freed right after it is
/// lowered.
fn lower_apart(start: BytePos, source: &str, decls: impl IntoIterator<Item = js::FnDecl>) -> Batch {
    let (mut interner, mut diags) = (Interner::default(), Vec::new());
    let mut lower = Lowerer::new(start, source, &mut interner, &mut diags, Jobs::SEQUENTIAL);
    let functions = decls.into_iter().filter_map(|f| lower.function(f)).collect();
    Batch { functions, interner, diags }
}

/// The statements of a piece of a split parse (function declarations, as
/// `split` proved) lowered apart.
pub(crate) fn lower_piece(start: BytePos, source: &str, stmts: Vec<js::Stmt>) -> Batch {
    lower_apart(
        start,
        source,
        stmts.into_iter().map(|s| match s {
            js::Stmt::Decl(js::Decl::Fn(f)) => f,
            _ => unreachable!("a piece holds function declarations only"),
        }),
    )
}

/// `e` without the parentheses around it.
fn unparen(mut e: &js::Expr) -> &js::Expr {
    while let js::Expr::Paren(p) = e {
        e = &p.expr;
    }
    e
}

impl Nested for Lowerer<'_> {
    fn nesting(&mut self) -> &mut u32 {
        &mut self.depth
    }
}

impl<'a> Lowerer<'a> {
    pub(crate) fn new(
        start: BytePos,
        source: &'a str,
        interner: &'a mut Interner,
        diags: &'a mut Vec<Diagnostic>,
        jobs: Jobs,
    ) -> Self {
        Lowerer {
            start,
            source,
            interner,
            diags,
            atoms: FxHashMap::default(),
            depth: 0,
            scratch: Body::default(),
            ids: Vec::new(),
            jobs,
            pre_lowered: FxHashMap::default(),
            in_tilde_run: false,
        }
    }

    pub(crate) fn span(&self, s: swc_common::Span) -> Span {
        Span::new((s.lo - self.start).0, (s.hi - self.start).0)
    }

    pub(crate) fn sym(&mut self, a: &Atom) -> Sym {
        if let Some(&sym) = self.atoms.get(a) {
            return sym;
        }
        let sym = self.interner.intern(a.as_str());
        self.atoms.insert(a.clone(), sym);
        sym
    }

    fn name(&mut self, id: &js::Ident) -> Name {
        Name { sym: self.sym(&id.sym), span: self.span(id.span) }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// A parameter: a plain identifier, nothing else.
    fn param(&mut self, p: &js::Pat) -> Option<Name> {
        match p {
            js::Pat::Ident(b) if b.type_ann.is_none() => Some(self.name(&b.id)),
            other => {
                let span = self.span(other.span());
                self.error(diagnostics::param_not_identifier(span));
                None
            }
        }
    }

    pub(crate) fn params(&mut self, params: &[js::Param]) -> Vec<Name> {
        params.iter().filter_map(|p| self.param(&p.pat)).collect()
    }

    /// The statements of a module body, after its directive prologue.
    pub(crate) fn module_items(&mut self, stmts: Vec<js::Stmt>, body: &mut Body) -> Vec<Item> {
        let mut items = Vec::new();
        let mut stmts = stmts.into_iter().peekable();
        while let Some(stmt) = stmts.next() {
            match stmt {
                js::Stmt::Decl(js::Decl::Var(v))
                    if matches!(v.kind, js::VarDeclKind::Var | js::VarDeclKind::Const) =>
                {
                    let decls = self.var_decls(&v, body);
                    items.push(Item::Var(decls));
                }
                js::Stmt::Decl(js::Decl::Fn(f)) => {
                    let mut run = vec![f];
                    while let Some(js::Stmt::Decl(js::Decl::Fn(_))) = stmts.peek() {
                        let Some(js::Stmt::Decl(js::Decl::Fn(f))) = stmts.next() else {
                            unreachable!()
                        };
                        run.push(f);
                    }
                    items.extend(self.functions(run).into_iter().map(Item::Function));
                }
                js::Stmt::Empty(e) if self.pre_lowered.contains_key(&self.span(e.span)) => {
                    let batches = self.pre_lowered.remove(&self.span(e.span)).unwrap_or_default();
                    items.extend(self.merge(batches).into_iter().map(Item::Function));
                }
                js::Stmt::Return(r) => {
                    let span = self.span(r.span);
                    match r.arg {
                        Some(arg) => {
                            let value = self.expr(&arg, body);
                            items.push(Item::Return { value, span });
                        }
                        None => self.error(diagnostics::return_without_exports(span)),
                    }
                }
                other => {
                    let span = self.span(other.span());
                    self.error(diagnostics::not_module_item(span, &other));
                }
            }
        }
        items
    }

    fn var_decls(&mut self, v: &js::VarDecl, body: &mut Body) -> Vec<VarDecl> {
        let mut out = Vec::with_capacity(v.decls.len());
        for d in &v.decls {
            let span = self.span(d.span);
            let Some(name) = self.param(&d.name) else { continue };
            match &d.init {
                Some(init) => {
                    let init = self.expr(init, body);
                    let constant = v.kind == js::VarDeclKind::Const;
                    out.push(VarDecl { name, init, constant });
                }
                None => self.error(diagnostics::var_without_initialiser(span)),
            }
        }
        out
    }

    /// A run of function declarations, spread over threads when it is big
    /// enough. Each chunk is lowered with an interner and diagnostics of its
    /// own, merged in source order: the symbols come out numbered, and the
    /// diagnostics ordered, as if the run had been lowered in one go.
    fn functions(&mut self, run: Vec<js::FnDecl>) -> Vec<Function> {
        let mut chunks =
            self.jobs.split(run, |f| (f.function.span.hi - f.function.span.lo).0 as usize);
        if chunks.len() <= 1 {
            return chunks
                .pop()
                .unwrap_or_default()
                .into_iter()
                .filter_map(|f| self.function(f))
                .collect();
        }
        let start = self.start;
        let source = self.source;
        let lowered = jobs::map(self.jobs, chunks, |chunk| lower_apart(start, source, chunk));
        self.merge(lowered)
    }

    /// Batches of functions made the file's, in order: their names interned
    /// in order (then the functions renamed, spread over threads) and their
    /// diagnostics appended.
    fn merge(&mut self, batches: Vec<Batch>) -> Vec<Function> {
        let mut renames = Vec::with_capacity(batches.len());
        for Batch { functions, interner, mut diags } in batches {
            let syms: Vec<Sym> = interner.names().map(|n| self.interner.intern(n)).collect();
            self.diags.append(&mut diags);
            renames.push((functions, syms));
        }
        let renamed = jobs::map(self.jobs, renames, |(mut functions, syms)| {
            functions.iter_mut().for_each(|f| f.rename(&syms));
            functions
        });
        renamed.into_iter().flatten().collect()
    }

    fn function(&mut self, f: js::FnDecl) -> Option<Function> {
        let name = self.name(&f.ident);
        let func = *f.function;
        let span = self.span(func.span);
        if func.is_async || func.is_generator {
            self.error(diagnostics::async_function(span));
            return None;
        }
        let params = self.params(&func.params);
        let mut body = std::mem::take(&mut self.scratch);
        let mut stmts = Vec::new();
        if let Some(b) = &func.body {
            // swc 47 also takes `function f() ;{ ... }`, skipping the `;`;
            // both engines refuse it.
            let after = func.params.last().map_or(f.ident.span.hi, |p| p.span.hi);
            let gap = &self.source.as_bytes()
                [(after - self.start).0 as usize..(b.span.lo - self.start).0 as usize];
            if memchr::memchr(b';', gap).is_some() {
                self.error(diagnostics::semicolon_before_body(span));
            }
        }
        if let Some(b) = func.body {
            // Each statement is freed right after it is lowered, while its
            // nodes are still in the cache.
            for s in b.stmts {
                if let Some(s) = self.stmt(&s, &mut body) {
                    stmts.push(s);
                }
            }
        }
        let exact = body.take_exact();
        self.scratch = body;
        Some(Function { name, span, params, stmts, body: exact })
    }

    fn stmt(&mut self, s: &js::Stmt, body: &mut Body) -> Option<StmtId> {
        self.nested(|l| l.stmt_inner(s, body))
    }

    fn sub_stmt(&mut self, s: &js::Stmt, body: &mut Body) -> StmtId {
        let span = self.span(s.span());
        self.stmt(s, body).unwrap_or_else(|| body.push_stmt(StmtKind::Empty, span))
    }

    fn stmts(&mut self, ss: &[js::Stmt], body: &mut Body) -> Box<[StmtId]> {
        ss.iter().filter_map(|s| self.stmt(s, body)).collect()
    }

    fn label(&mut self, l: Option<&js::Ident>) -> Option<Name> {
        l.map(|l| self.name(l))
    }

    fn stmt_inner(&mut self, s: &js::Stmt, body: &mut Body) -> Option<StmtId> {
        let span = self.span(s.span());
        let kind = match s {
            js::Stmt::Block(b) => StmtKind::Block(self.stmts(&b.stmts, body)),
            js::Stmt::Empty(_) => StmtKind::Empty,
            js::Stmt::Expr(e) => StmtKind::Expr(self.expr(&e.expr, body)),
            js::Stmt::Decl(js::Decl::Var(v)) if v.kind == js::VarDeclKind::Var => {
                StmtKind::Var(self.var_decls(v, body).into())
            }
            js::Stmt::If(i) => {
                let test = self.expr(&i.test, body);
                let cons = self.sub_stmt(&i.cons, body);
                let alt = i.alt.as_ref().map(|a| self.sub_stmt(a, body));
                StmtKind::If { test, cons, alt }
            }
            js::Stmt::Return(r) => StmtKind::Return(r.arg.as_ref().map(|a| self.expr(a, body))),
            js::Stmt::While(w) => {
                let test = self.expr(&w.test, body);
                StmtKind::While { test, body: self.sub_stmt(&w.body, body) }
            }
            js::Stmt::DoWhile(w) => {
                let b = self.sub_stmt(&w.body, body);
                StmtKind::DoWhile { body: b, test: self.expr(&w.test, body) }
            }
            js::Stmt::For(f) => {
                let init = match &f.init {
                    None => None,
                    Some(js::VarDeclOrExpr::Expr(e)) => Some(self.expr(e, body)),
                    Some(js::VarDeclOrExpr::VarDecl(v)) => {
                        let span = self.span(v.span);
                        self.error(diagnostics::var_in_for_header(span));
                        None
                    }
                };
                let test = f.test.as_ref().map(|e| self.expr(e, body));
                let update = f.update.as_ref().map(|e| self.expr(e, body));
                self.for_head_semicolons(f);
                StmtKind::For { init, test, update, body: self.sub_stmt(&f.body, body) }
            }
            js::Stmt::Break(b) => StmtKind::Break(self.label(b.label.as_ref())),
            js::Stmt::Continue(c) => StmtKind::Continue(self.label(c.label.as_ref())),
            js::Stmt::Labeled(l) => {
                let label = self.name(&l.label);
                StmtKind::Labeled { label, body: self.sub_stmt(&l.body, body) }
            }
            js::Stmt::Switch(sw) => {
                let disc = self.expr(&sw.discriminant, body);
                let cases = sw
                    .cases
                    .iter()
                    .map(|c| {
                        let span = self.span(c.span);
                        let test = c.test.as_ref().map(|t| self.expr(t, body));
                        Case { test, body: self.stmts(&c.cons, body), span }
                    })
                    .collect();
                StmtKind::Switch { disc, cases }
            }
            other => {
                self.error(diagnostics::not_asm_statement(span, other));
                return None;
            }
        };
        Some(body.push_stmt(kind, span))
    }

    /// Lower one list element and stack its id on [`Lowerer::ids`].
    fn element(&mut self, e: &js::Expr, body: &mut Body) {
        let id = self.expr(e, body);
        self.ids.push(id);
    }

    /// The ids stacked since `mark`, as a list of `body`.
    fn list_since(&mut self, mark: usize, body: &mut Body) -> List {
        let list = body.push_list(&self.ids[mark..]);
        self.ids.truncate(mark);
        list
    }

    fn args(&mut self, args: &[js::ExprOrSpread], body: &mut Body) -> List {
        let mark = self.ids.len();
        for a in args {
            if let Some(s) = a.spread {
                let span = self.span(s);
                self.error(diagnostics::spread_argument(span));
            }
            self.element(&a.expr, body);
        }
        self.list_since(mark, body)
    }

    pub(crate) fn expr(&mut self, e: &js::Expr, body: &mut Body) -> ExprId {
        self.nested(|l| l.expr_inner(e, body))
    }

    /// `key: value` of an export object.
    fn object_entry(
        &mut self,
        p: &js::PropOrSpread,
        body: &mut Body,
    ) -> Result<(Name, ExprId), Diagnostic> {
        let kv = match p {
            js::PropOrSpread::Prop(p) => match &**p {
                js::Prop::KeyValue(kv) => kv,
                other => {
                    let span = self.span(other.span());
                    return Err(diagnostics::not_key_value_property(span));
                }
            },
            js::PropOrSpread::Spread(s) => {
                return Err(diagnostics::object_spread(self.span(s.dot3_token)));
            }
        };
        let key = match &kv.key {
            js::PropName::Ident(i) => Name { sym: self.sym(&i.sym), span: self.span(i.span) },
            js::PropName::Str(s) => {
                let span = self.span(s.span);
                self.error(diagnostics::quoted_export_name(span));
                let text = s.value.to_string_lossy().into_owned();
                Name { sym: self.interner.intern(&text), span }
            }
            other => {
                let span = self.span(other.span());
                return Err(diagnostics::bad_property_key(span));
            }
        };
        Ok((key, self.expr(&kv.value, body)))
    }

    /// `obj.prop` or `obj[index]`.
    fn member(&mut self, m: &js::MemberExpr, body: &mut Body) -> ExprId {
        let span = self.span(m.span);
        let obj = self.expr(&m.obj, body);
        let kind = match &m.prop {
            js::MemberProp::Ident(p) => ExprKind::Member {
                obj,
                prop: Name { sym: self.sym(&p.sym), span: self.span(p.span) },
            },
            js::MemberProp::Computed(c) => ExprKind::Index { obj, index: self.expr(&c.expr, body) },
            js::MemberProp::PrivateName(_) => {
                return self.invalid(diagnostics::private_name(span), body);
            }
        };
        body.push_expr(kind, span)
    }

    /// A run of `~` operators, from its outermost: we pair them into `~~`
    /// where no parenthesis separates them (as V8 does), SpiderMonkey pairs
    /// them from the outermost whatever the parentheses. An odd run paired
    /// differently (`~(~~d)`) leaves SpiderMonkey a lone `~` on the operand.
    fn tilde_run(&mut self, top: &js::UnaryExpr, span: Span) {
        let (mut n, mut differs, mut cur) = (1u32, false, top);
        loop {
            let mut next = &*cur.arg;
            let mut paren = false;
            while let js::Expr::Paren(p) = next {
                paren = true;
                next = &p.expr;
            }
            match next {
                js::Expr::Unary(v) if v.op == js::UnaryOp::Tilde => {
                    n += 1;
                    differs |= paren && n % 2 == 0;
                    cur = v;
                }
                _ => break,
            }
        }
        if differs && n % 2 == 1 {
            self.error(diagnostics::parens_in_tilde_run(span));
        }
    }

    /// swc 47 takes `for (a; b c) {}`, a `for` head missing a `;`, without
    /// an error; both engines refuse it as a syntax error. So the text of
    /// the head outside its three expressions must hold two `;`.
    fn for_head_semicolons(&mut self, f: &js::ForStmt) {
        let parts = [
            f.init.as_ref().map(|i| match i {
                js::VarDeclOrExpr::Expr(e) => e.span(),
                js::VarDeclOrExpr::VarDecl(v) => v.span,
            }),
            f.test.as_deref().map(Spanned::span),
            f.update.as_deref().map(Spanned::span),
        ];
        let head_end = f.body.span().lo;
        let (mut at, mut semicolons) = (f.span.lo, 0);
        for p in parts.into_iter().flatten().chain([swc_common::Span::new(head_end, head_end)]) {
            let gap = &self.source.as_bytes()
                [(at - self.start).0 as usize..(p.lo - self.start).0 as usize];
            semicolons += memchr::memchr_iter(b';', gap).count();
            at = p.hi.max(at);
        }
        if semicolons != 2 {
            let span = self.span(f.span);
            self.error(diagnostics::for_header_semicolons(span));
        }
    }

    fn invalid(&mut self, d: Diagnostic, body: &mut Body) -> ExprId {
        let span = d.span;
        self.error(d);
        // A placeholder the checker never reports again: `0`.
        body.push_expr(ExprKind::Num(NumLit { value: 0.0, has_dot: false, extension: false }), span)
    }

    fn expr_inner(&mut self, e: &js::Expr, body: &mut Body) -> ExprId {
        let span = self.span(e.span());
        let kind = match e {
            js::Expr::Paren(p) => {
                // The inner expression was lowered last: its id is the
                // largest yet, so `parens` stays sorted.
                let id = self.expr(&p.expr, body);
                debug_assert!(body.parens.last().is_none_or(|&last| last <= id));
                if body.parens.last() != Some(&id) {
                    body.parens.push(id);
                }
                return id;
            }
            js::Expr::Lit(js::Lit::Num(n)) => {
                let raw = n.raw.as_ref().map_or("", swc_atoms::Atom::as_str);
                let b = raw.as_bytes();
                // Legacy octal `017`, a decimal written with a leading zero
                // (`019`, sloppy JS's decimal 19) and ES2015's `0b101`/`0o17`:
                // both engines read them as numbers (the checker refuses them
                // under --strict).
                let extension = b.len() > 1
                    && b[0] == b'0'
                    && (b[1].is_ascii_digit() || matches!(b[1], b'o' | b'O' | b'b' | b'B'));
                if b.starts_with(b"0B") || b.starts_with(b"0O") {
                    self.error(diagnostics::uppercase_binary_octal_prefix(span));
                }
                if b.starts_with(b"0X") {
                    self.error(diagnostics::uppercase_hex_prefix(span));
                }
                if raw.contains('_') {
                    return self.invalid(diagnostics::numeric_separator(span), body);
                }
                ExprKind::Num(NumLit { value: n.value, has_dot: raw.contains('.'), extension })
            }
            js::Expr::Ident(i) => ExprKind::Name(self.sym(&i.sym)),
            js::Expr::Unary(u) => {
                use js::UnaryOp as U;
                if u.op == U::Tilde && !std::mem::take(&mut self.in_tilde_run) {
                    self.tilde_run(u, span);
                }
                let (op, arg) = match (u.op, &*u.arg) {
                    // `~~x` is one operator, recognised here while the
                    // parentheses of `~(~x)` are still visible.
                    (U::Tilde, js::Expr::Unary(inner)) if inner.op == U::Tilde => {
                        (UnOp::ToInt, &*inner.arg)
                    }
                    (U::Tilde, arg) => (UnOp::BitNot, arg),
                    (U::Minus, arg) => (UnOp::Neg, arg),
                    (U::Plus, arg) => (UnOp::Plus, arg),
                    (U::Bang, arg) => (UnOp::Not, arg),
                    (op, _) => return self.invalid(diagnostics::unary_operator(span, op), body),
                };
                if matches!(op, UnOp::BitNot | UnOp::ToInt)
                    && matches!(unparen(arg), js::Expr::Unary(v) if v.op == U::Tilde)
                {
                    self.in_tilde_run = true;
                }
                ExprKind::Unary { op, arg: self.expr(arg, body) }
            }
            js::Expr::Bin(b) => {
                use js::BinaryOp as B;
                let op = match b.op {
                    B::Add => BinOp::Add,
                    B::Sub => BinOp::Sub,
                    B::Mul => BinOp::Mul,
                    B::Div => BinOp::Div,
                    B::Mod => BinOp::Rem,
                    B::BitOr => BinOp::Or,
                    B::BitAnd => BinOp::And,
                    B::BitXor => BinOp::Xor,
                    B::LShift => BinOp::Shl,
                    B::RShift => BinOp::Shr,
                    B::ZeroFillRShift => BinOp::ShrU,
                    B::Lt => BinOp::Lt,
                    B::LtEq => BinOp::Le,
                    B::Gt => BinOp::Gt,
                    B::GtEq => BinOp::Ge,
                    B::EqEq => BinOp::Eq,
                    B::NotEq => BinOp::Ne,
                    op => return self.invalid(diagnostics::binary_operator(span, op), body),
                };
                let lhs = self.expr(&b.left, body);
                let rhs = self.expr(&b.right, body);
                ExprKind::Binary { op, lhs, rhs }
            }
            js::Expr::Assign(a) => {
                if a.op != js::AssignOp::Assign {
                    return self.invalid(diagnostics::compound_assignment(span, a.op), body);
                }
                let target = match &a.left {
                    js::AssignTarget::Simple(js::SimpleAssignTarget::Ident(b)) => {
                        let span = self.span(b.id.span);
                        let sym = self.sym(&b.id.sym);
                        body.push_expr(ExprKind::Name(sym), span)
                    }
                    js::AssignTarget::Simple(js::SimpleAssignTarget::Member(m)) => {
                        self.nested(|l| l.member(m, body))
                    }
                    js::AssignTarget::Simple(js::SimpleAssignTarget::Paren(p)) => {
                        self.expr(&p.expr, body)
                    }
                    other => {
                        let span = self.span(other.span());
                        return self.invalid(diagnostics::assignment_target(span), body);
                    }
                };
                let value = self.expr(&a.right, body);
                ExprKind::Assign { target, value }
            }
            js::Expr::Member(m) => return self.member(m, body),
            js::Expr::Call(c) => {
                let callee = match &c.callee {
                    js::Callee::Expr(e) => self.expr(e, body),
                    _ => {
                        return self.invalid(diagnostics::super_or_import_call(span), body);
                    }
                };
                ExprKind::Call { callee, args: self.args(&c.args, body) }
            }
            js::Expr::New(n) => {
                let callee = self.expr(&n.callee, body);
                ExprKind::New {
                    callee,
                    args: self.args(n.args.as_deref().unwrap_or_default(), body),
                }
            }
            js::Expr::Cond(c) => {
                let test = self.expr(&c.test, body);
                let cons = self.expr(&c.cons, body);
                let alt = self.expr(&c.alt, body);
                ExprKind::Cond { test, cons, alt }
            }
            js::Expr::Seq(s) => {
                let mark = self.ids.len();
                for e in &s.exprs {
                    self.element(e, body);
                }
                ExprKind::Comma(self.list_since(mark, body))
            }
            js::Expr::Array(a) => {
                let mark = self.ids.len();
                for el in &a.elems {
                    match el {
                        Some(el) if el.spread.is_none() => self.element(&el.expr, body),
                        _ => {
                            self.ids.truncate(mark);
                            return self.invalid(diagnostics::array_hole_or_spread(span), body);
                        }
                    }
                }
                ExprKind::Array(self.list_since(mark, body))
            }
            js::Expr::Object(o) => {
                let mark = self.ids.len();
                for p in &o.props {
                    match self.object_entry(p, body) {
                        Ok((key, value)) => {
                            let key = body.push_expr(ExprKind::Key(key), key.span);
                            self.ids.extend([key, value]);
                        }
                        Err(d) => {
                            self.ids.truncate(mark);
                            return self.invalid(d, body);
                        }
                    }
                }
                ExprKind::Object(self.list_since(mark, body))
            }
            other => return self.invalid(diagnostics::not_asm_expression(span, other), body),
        };
        body.push_expr(kind, span)
    }
}
