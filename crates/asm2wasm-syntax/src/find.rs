//! Finding every `"use asm"` function in a parsed file.

use swc_common::{BytePos, FileName, SourceMap, Spanned, sync::Lrc};
use swc_ecma_ast as js;
use swc_ecma_parser::{parse_file_as_module, parse_file_as_script};
use swc_ecma_visit::{VisitMut, VisitMutWith};

use crate::ast::{Body, Module};
use crate::jobs::Jobs;
use crate::lower::{self, Lowerer};
use crate::split;
use crate::{Diagnostic, Interner, Span, diagnostics};

/// The directive, exactly as the spec wants it: not escaped, not parenthesised.
fn is_use_asm(raw: &str) -> bool {
    raw == "\"use asm\"" || raw == "'use asm'"
}

/// Where swc's source map puts the first byte of its first file: the origin
/// of every position in a parse. (Asserted where a source map is made.)
const FIRST_BYTE: BytePos = BytePos(1);

pub(crate) fn find_modules(
    source: &str,
    interner: &mut Interner,
    diags: &mut Vec<Diagnostic>,
    jobs: Jobs,
) -> Vec<Module> {
    let (syntax, target) = (split::syntax(), split::TARGET);
    let span = |start: BytePos, s: swc_common::Span| Span::new((s.lo - start).0, (s.hi - start).0);

    // A big module's functions are parsed (and lowered) on every core when
    // that provably gives the same tree (`split`).
    if let Some(modules) = find_split(source, interner, diags, jobs) {
        return modules;
    }
    // Otherwise the whole file, on this thread.
    let cm: Lrc<SourceMap> = Default::default();
    // swc drops a byte order mark (JavaScript white space) from the text;
    // positions must still count its 3 bytes. A blank file of that length
    // first moves ours far enough to subtract them.
    let mark = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    if mark > 0 {
        cm.new_source_file(Lrc::new(FileName::Anon), " ".repeat(mark));
    }
    let fm = cm.new_source_file(Lrc::new(FileName::Anon), source.to_string());
    let start = fm.start_pos - BytePos(mark as u32);
    if mark == 0 {
        assert_eq!(start, FIRST_BYTE, "swc's source map starts its first file elsewhere");
    }
    let mut recovered = Vec::new();
    let program = match parse_file_as_script(&fm, syntax, target, None, &mut recovered) {
        Ok(script) => js::Program::Script(script),
        Err(script_err) => {
            // A file that only parses as an ES module (`export default function ...`).
            let mut module_recovered = Vec::new();
            match parse_file_as_module(&fm, syntax, target, None, &mut module_recovered) {
                Ok(module) => {
                    recovered = module_recovered;
                    js::Program::Module(module)
                }
                Err(_) => {
                    recovered.push(script_err);
                    for e in recovered {
                        diags.push(diagnostics::syntax_error(
                            span(start, e.span()),
                            &e.kind().msg(),
                        ));
                    }
                    return Vec::new();
                }
            }
        }
    };
    for e in recovered {
        diags.push(diagnostics::syntax_error(span(start, e.span()), &e.kind().msg()));
    }

    let mut finder = Finder {
        lower: Lowerer::new(start, source, interner, diags, jobs),
        hint: None,
        modules: Vec::new(),
    };
    let mut program = program;
    program.visit_mut_with(&mut finder);
    finder.modules
}

/// [`find_modules`] on a file parsed in pieces, each piece's declarations
/// lowered on the thread that parsed it; `None` (and nothing added to
/// `interner` and `diags`) when the file is not parsed in pieces, or when a
/// piece lies in a function that is not lowered as a module: then its
/// functions would not be lowered at all, and the whole parse decides.
fn find_split(
    source: &str,
    interner: &mut Interner,
    diags: &mut Vec<Diagnostic>,
    jobs: Jobs,
) -> Option<Vec<Module>> {
    let split = split::parse(source, FIRST_BYTE, jobs, |stmts| {
        lower::lower_piece(FIRST_BYTE, source, stmts)
    })?;
    let (mut names, mut found) = (Interner::default(), Vec::new());
    let mut finder = Finder {
        lower: Lowerer::new(FIRST_BYTE, source, &mut names, &mut found, jobs),
        hint: None,
        modules: Vec::new(),
    };
    for (region, batches) in split.runs {
        finder.lower.pre_lowered.insert(Span::new(region.start as u32, region.end as u32), batches);
    }
    js::Program::Script(split.script).visit_mut_with(&mut finder);
    if !finder.lower.pre_lowered.is_empty() {
        return None;
    }
    let modules = finder.modules;
    debug_assert!(interner.is_empty(), "a file is found in a fresh interner");
    *interner = names;
    diags.append(&mut found);
    Some(modules)
}

struct Finder<'a> {
    lower: Lowerer<'a>,
    /// The name the function being visited is bound to, if any.
    hint: Option<String>,
    modules: Vec<Module>,
}

impl Finder<'_> {
    fn with_hint(&mut self, hint: Option<String>, f: impl FnOnce(&mut Self)) {
        let saved = std::mem::replace(&mut self.hint, hint);
        f(self);
        self.hint = saved;
    }
}

/// A short text for an assignment target or key: `M`, `Module.asm`, `Module["asm"]`.
fn expr_text(e: &js::Expr) -> Option<String> {
    match e {
        js::Expr::Ident(i) => Some(i.sym.to_string()),
        js::Expr::Member(m) => {
            let obj = expr_text(&m.obj)?;
            match &m.prop {
                js::MemberProp::Ident(p) => Some(format!("{obj}.{}", p.sym)),
                js::MemberProp::Computed(c) => match &*c.expr {
                    js::Expr::Lit(js::Lit::Str(s)) => {
                        Some(format!("{obj}[{}]", s.raw.as_deref().unwrap_or("?")))
                    }
                    _ => Some(format!("{obj}[..]")),
                },
                js::MemberProp::PrivateName(_) => None,
            }
        }
        _ => None,
    }
}

impl VisitMut for Finder<'_> {
    fn visit_mut_fn_decl(&mut self, f: &mut js::FnDecl) {
        self.with_hint(Some(f.ident.sym.to_string()), |s| f.function.visit_mut_with(s));
    }

    fn visit_mut_fn_expr(&mut self, f: &mut js::FnExpr) {
        let hint = f.ident.as_ref().map(|i| i.sym.to_string()).or_else(|| self.hint.clone());
        self.with_hint(hint, |s| f.function.visit_mut_with(s));
    }

    fn visit_mut_var_declarator(&mut self, d: &mut js::VarDeclarator) {
        let hint = match &d.name {
            js::Pat::Ident(b) => Some(b.id.sym.to_string()),
            _ => None,
        };
        self.with_hint(hint, |s| d.visit_mut_children_with(s));
    }

    fn visit_mut_assign_expr(&mut self, a: &mut js::AssignExpr) {
        let hint = match &a.left {
            js::AssignTarget::Simple(js::SimpleAssignTarget::Ident(b)) => {
                Some(b.id.sym.to_string())
            }
            js::AssignTarget::Simple(js::SimpleAssignTarget::Member(m)) => {
                expr_text(&js::Expr::Member(m.clone()))
            }
            _ => None,
        };
        self.with_hint(hint, |s| a.right.visit_mut_with(s));
    }

    fn visit_mut_key_value_prop(&mut self, p: &mut js::KeyValueProp) {
        let hint = match &p.key {
            js::PropName::Ident(i) => Some(i.sym.to_string()),
            js::PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
            _ => None,
        };
        self.with_hint(hint, |s| p.value.visit_mut_with(s));
    }

    fn visit_mut_function(&mut self, f: &mut js::Function) {
        let Some(body) = &f.body else { return };
        let mut use_asm = None;
        let mut first = true;
        // `("use asm");` ends the prologue, but deserves a word.
        if let Some(js::Stmt::Expr(e)) = body.stmts.first()
            && let js::Expr::Paren(p) = &*e.expr
            && let js::Expr::Lit(js::Lit::Str(s)) = &*p.expr
            && s.value.to_string_lossy().contains("asm")
        {
            let name = self.hint.clone().unwrap_or_else(|| "<anonymous>".into());
            let span = self.lower.span(e.span);
            self.lower.diags.push(diagnostics::parenthesised_use_asm(span, &name));
        }
        for stmt in &body.stmts {
            let js::Stmt::Expr(e) = stmt else { break };
            let js::Expr::Lit(js::Lit::Str(s)) = &*e.expr else { break };
            let raw = s.raw.as_deref().unwrap_or("");
            let value = s.value.to_string_lossy();
            let span = self.lower.span(s.span);
            if is_use_asm(raw) {
                use_asm = Some(span);
                if !first {
                    self.lower.diags.push(diagnostics::use_asm_not_first(span));
                    return;
                }
            } else if value.contains("asm") {
                let name = self.hint.clone().unwrap_or_else(|| "<anonymous>".into());
                self.lower.diags.push(if value == "use asm" {
                    diagnostics::escaped_use_asm(span, &name)
                } else {
                    diagnostics::other_asm_directive(span, &name, raw)
                });
            }
            first = false;
        }
        let Some(directive_span) = use_asm else {
            f.visit_mut_children_with(self);
            return;
        };
        let name = self.hint.clone().unwrap_or_else(|| "<anonymous>".into());
        let span = self.lower.span(f.span);
        if f.is_async || f.is_generator {
            self.lower.diags.push(diagnostics::async_module(span));
            return;
        }
        let params = self.lower.params(&f.params);
        let stmts = std::mem::take(
            &mut f.body.as_mut().map(|b| std::mem::take(&mut b.stmts)).unwrap_or_default(),
        );
        // Skip the directive prologue, then lower the rest (consuming it).
        let mut stmts = stmts.into_iter().peekable();
        while let Some(js::Stmt::Expr(e)) = stmts.peek() {
            if matches!(&*e.expr, js::Expr::Lit(js::Lit::Str(_))) {
                stmts.next();
            } else {
                break;
            }
        }
        let mut body = Body::default();
        let items = self.lower.module_items(stmts.collect(), &mut body);
        self.modules.push(Module { name, span, directive_span, params, items, body });
    }
}
