//! The asm.js AST: only the forms asm.js allows, with spans.
//!
//! Expressions and statements of one body live in arenas ([`Body`]) and refer
//! to each other by index, which keeps a node small (the whole point: swc's
//! AST is the big cost of a run, ours must stay a fraction of it) and lets the
//! checker attach its results as side tables indexed by the same ids.

use crate::{Span, Sym};

/// Index of an expression in its [`Body`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExprId(pub u32);

/// Index of a statement in its [`Body`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StmtId(pub u32);

/// A name and where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Name {
    /// The interned identifier.
    pub sym: Sym,
    /// Where it stands in the file.
    pub span: Span,
}

/// One `"use asm"` module: the function that holds the directive.
#[derive(Debug)]
pub struct Module {
    /// A display name: the function's own name, else the name it is bound to
    /// (`var M = function ...`, `Module["asm"] = ...`), else `<anonymous>`.
    pub name: String,
    /// The whole function.
    pub span: Span,
    /// The `"use asm"` directive.
    pub directive_span: Span,
    /// `stdlib`, `foreign`, `heap` (0 to 3; the checker enforces the count).
    pub params: Vec<Name>,
    /// The statements after the directive prologue, in source order.
    pub items: Vec<Item>,
    /// Expressions of the global initialisers, tables and export.
    pub body: Body,
}

/// A statement of a module body.
#[derive(Debug)]
pub enum Item {
    /// One `var` statement: globals or a function table.
    Var(Vec<VarDecl>),
    /// A function declaration.
    Function(Function),
    /// `return f;` or `return { name: f, ... };`
    Return {
        /// The returned expression.
        value: ExprId,
        /// The whole statement.
        span: Span,
    },
}

/// `name = init` in a `var` (or module-level `const`) statement.
#[derive(Clone, Copy, Debug)]
pub struct VarDecl {
    /// The declared name.
    pub name: Name,
    /// Its initialiser; asm.js requires one.
    pub init: ExprId,
    /// Declared with `const` (module level only): both engines accept it as
    /// an immutable global; the spec (and `--strict`) does not.
    pub constant: bool,
}

/// A function declaration inside a module.
#[derive(Debug)]
pub struct Function {
    /// Its name.
    pub name: Name,
    /// The whole declaration.
    pub span: Span,
    /// Its parameters.
    pub params: Vec<Name>,
    /// The statements of its body, in order.
    pub stmts: Vec<StmtId>,
    /// The arenas its statements and expressions live in.
    pub body: Body,
}

impl Function {
    /// Replace every symbol `s` by `to[s]`: the function was lowered with an
    /// interner of its own, `to` maps that one's symbols to the file's.
    pub fn rename(&mut self, to: &[Sym]) {
        let sym = |s: &mut Sym| *s = to[s.0 as usize];
        let name = |n: &mut Name| sym(&mut n.sym);
        name(&mut self.name);
        self.params.iter_mut().for_each(name);
        for e in &mut self.body.exprs {
            match &mut e.kind {
                ExprKind::Name(s) => sym(s),
                ExprKind::Member { prop: n, .. } | ExprKind::Key(n) => name(n),
                _ => {}
            }
        }
        for s in &mut self.body.stmts {
            match &mut s.kind {
                StmtKind::Var(decls) => decls.iter_mut().for_each(|d| name(&mut d.name)),
                StmtKind::Break(Some(n))
                | StmtKind::Continue(Some(n))
                | StmtKind::Labeled { label: n, .. } => name(n),
                _ => {}
            }
        }
    }
}

/// Arenas of one function (or of a module's global part).
#[derive(Debug, Default)]
pub struct Body {
    /// Expressions, indexed by [`ExprId`].
    pub exprs: Vec<Expr>,
    /// Statements, indexed by [`StmtId`].
    pub stmts: Vec<Stmt>,
    /// Argument lists, array elements and comma operands, indexed by ranges.
    pub lists: Vec<ExprId>,
    /// The expressions written in parentheses, in increasing order (the
    /// lowering drops the parentheses; V8 refuses them in a few places).
    pub parens: Vec<ExprId>,
}

impl Body {
    /// The expression `id`.
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.0 as usize]
    }
    /// The statement `id`.
    pub fn stmt(&self, id: StmtId) -> &Stmt {
        &self.stmts[id.0 as usize]
    }
    /// The expressions of a list.
    pub fn list(&self, l: List) -> &[ExprId] {
        &self.lists[l.start as usize..(l.start + l.len) as usize]
    }
    /// Move the contents out into arenas of exactly their size, leaving these
    /// empty with their capacity, to be filled again.
    #[must_use]
    pub fn take_exact(&mut self) -> Body {
        Body {
            exprs: self.exprs.drain(..).collect(),
            stmts: self.stmts.drain(..).collect(),
            lists: self.lists.drain(..).collect(),
            parens: self.parens.drain(..).collect(),
        }
    }
    /// `id` was written in parentheses.
    pub fn parenthesised(&self, id: ExprId) -> bool {
        self.parens.binary_search(&id).is_ok()
    }
    /// Add an expression.
    pub fn push_expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.exprs.push(Expr { kind, span });
        ExprId(self.exprs.len() as u32 - 1)
    }
    /// Add a statement.
    pub fn push_stmt(&mut self, kind: StmtKind, span: Span) -> StmtId {
        self.stmts.push(Stmt { kind, span });
        StmtId(self.stmts.len() as u32 - 1)
    }
    /// Add a list.
    pub fn push_list(&mut self, items: &[ExprId]) -> List {
        let start = self.lists.len() as u32;
        self.lists.extend_from_slice(items);
        List { start, len: items.len() as u32 }
    }
}

/// A range of [`Body::lists`].
#[derive(Clone, Copy, Debug, Default)]
pub struct List {
    /// First element.
    pub start: u32,
    /// Number of elements.
    pub len: u32,
}

/// An expression and its span.
#[derive(Clone, Copy, Debug)]
pub struct Expr {
    /// What it is.
    pub kind: ExprKind,
    /// Where it stands.
    pub span: Span,
}

/// A numeric literal as written.
#[derive(Clone, Copy, Debug)]
pub struct NumLit {
    /// Its value.
    pub value: f64,
    /// It contains a `.`: the spec's mark of a double literal.
    pub has_dot: bool,
    /// Written in a form ES5's NumericLiteral lacks, which both engines read
    /// as an integer: binary `0b101`, octal `0o17`, legacy octal `017`.
    /// Only `--strict` (the spec's letter) refuses it.
    pub extension: bool,
}

/// The expression forms asm.js uses anywhere (the checker decides where each is allowed).
#[derive(Clone, Copy, Debug)]
pub enum ExprKind {
    /// A numeric literal.
    Num(NumLit),
    /// An identifier.
    Name(Sym),
    /// `obj.prop`
    Member {
        /// The object.
        obj: ExprId,
        /// The property.
        prop: Name,
    },
    /// `obj[index]`
    Index {
        /// The object (a heap view or a function table).
        obj: ExprId,
        /// The index.
        index: ExprId,
    },
    /// `callee(args)`
    Call {
        /// The callee.
        callee: ExprId,
        /// The arguments.
        args: List,
    },
    /// `new callee(args)`
    New {
        /// The constructor.
        callee: ExprId,
        /// The arguments.
        args: List,
    },
    /// A prefix operator.
    Unary {
        /// Which.
        op: UnOp,
        /// Its operand.
        arg: ExprId,
    },
    /// An infix operator.
    Binary {
        /// Which.
        op: BinOp,
        /// Left operand.
        lhs: ExprId,
        /// Right operand.
        rhs: ExprId,
    },
    /// `target = value`; the target is a `Name` or an `Index`.
    Assign {
        /// What is assigned.
        target: ExprId,
        /// The value.
        value: ExprId,
    },
    /// `test ? cons : alt`
    Cond {
        /// The condition.
        test: ExprId,
        /// Taken when non-zero.
        cons: ExprId,
        /// Taken when zero.
        alt: ExprId,
    },
    /// `a, b, c`: two or more operands.
    Comma(List),
    /// `[a, b]`: a function table's initialiser.
    Array(List),
    /// `{ key: f, ... }`: an export; keys and values are in [`Body::lists`]
    /// through [`ExprKind::Key`] entries at even positions.
    Object(List),
    /// A property key of an export object.
    Key(Name),
}

/// Prefix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `-`
    Neg,
    /// `+`
    Plus,
    /// `!`
    Not,
    /// `~`
    BitNot,
    /// `~~`, written as two adjacent `~` with no parenthesis between them:
    /// `ToInt32` of a double or float. `~(~x)` is two [`UnOp::BitNot`], as in
    /// V8's validator.
    ToInt,
}

/// Infix operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `|`
    Or,
    /// `&`
    And,
    /// `^`
    Xor,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `>>>`
    ShrU,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
}

impl BinOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Or => "|",
            And => "&",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            ShrU => ">>>",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Eq => "==",
            Ne => "!=",
        }
    }
}

impl UnOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Neg => "-",
            UnOp::Plus => "+",
            UnOp::Not => "!",
            UnOp::BitNot => "~",
            UnOp::ToInt => "~~",
        }
    }
}

/// A statement and its span.
#[derive(Clone, Debug)]
pub struct Stmt {
    /// What it is.
    pub kind: StmtKind,
    /// Where it stands.
    pub span: Span,
}

/// The statement forms of asm.js function bodies.
#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `{ ... }`
    Block(Box<[StmtId]>),
    /// `expr;`
    Expr(ExprId),
    /// `;`
    Empty,
    /// `var a = 0, b = 0.0;` (only at the top of a function body).
    Var(Box<[VarDecl]>),
    /// `if (test) cons else alt`
    If {
        /// The condition.
        test: ExprId,
        /// Then.
        cons: StmtId,
        /// Else.
        alt: Option<StmtId>,
    },
    /// `return;` or `return e;`
    Return(Option<ExprId>),
    /// `while (test) body`
    While {
        /// The condition.
        test: ExprId,
        /// The body.
        body: StmtId,
    },
    /// `do body while (test);`
    DoWhile {
        /// The body.
        body: StmtId,
        /// The condition.
        test: ExprId,
    },
    /// `for (init; test; update) body`
    For {
        /// Runs once.
        init: Option<ExprId>,
        /// Checked before each iteration.
        test: Option<ExprId>,
        /// Runs after each iteration.
        update: Option<ExprId>,
        /// The body.
        body: StmtId,
    },
    /// `break;` or `break label;`
    Break(Option<Name>),
    /// `continue;` or `continue label;`
    Continue(Option<Name>),
    /// `label: body`
    Labeled {
        /// The label.
        label: Name,
        /// The labelled statement.
        body: StmtId,
    },
    /// `switch (disc) { cases }`
    Switch {
        /// The discriminant.
        disc: ExprId,
        /// The clauses in order.
        cases: Box<[Case]>,
    },
}

/// One `case` or `default` clause.
#[derive(Clone, Debug)]
pub struct Case {
    /// `None` for `default`.
    pub test: Option<ExprId>,
    /// Its statements.
    pub body: Box<[StmtId]>,
    /// The whole clause.
    pub span: Span,
}
