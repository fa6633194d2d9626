//! Statements: blocks, `if`, loops (with their guards), `switch`, `break`/`continue`/`return`.

use super::*;

impl Emitter<'_, '_> {
    pub(super) fn stmt(&mut self, s: StmtId) {
        self.nested(|g| g.stmt_labelled(s, None));
    }

    pub(super) fn stmt_labelled(&mut self, s: StmtId, label: Option<Sym>) {
        let body = self.body;
        self.position(body.stmt(s).span.lo);
        match &body.stmt(s).kind {
            StmtKind::Block(ss) => ss.iter().for_each(|&s| self.stmt(s)),
            StmtKind::Empty | StmtKind::Var(_) => {}
            StmtKind::Expr(e) => self.expr_drop(*e),
            StmtKind::If { test, cons, alt: None } if self.jump_depth(*cons).is_some() => {
                // `if (x) break;` is one conditional branch.
                self.expr(*test);
                let d = self.jump_depth(*cons).unwrap();
                self.s().br_if(d);
            }
            StmtKind::If { test, cons, alt } => {
                self.expr(*test);
                self.push(Frame::default());
                self.s().if_(BlockType::Empty);
                self.stmt(*cons);
                if let Some(alt) = alt {
                    self.s().else_();
                    self.stmt(*alt);
                }
                self.pop_end();
            }
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.expr(*v);
                }
                if self.inlining.len() > 1 {
                    // To the end of the block the caller put around the body.
                    let depth = self.frames.len() as u32;
                    self.s().br(depth);
                } else {
                    self.s().return_();
                }
            }
            StmtKind::While { .. } | StmtKind::DoWhile { .. } | StmtKind::For { .. } => {
                if let StmtKind::For { init: Some(i), .. } = &body.stmt(s).kind {
                    self.expr_drop(*i);
                }
                self.guarded_loop(s, label);
            }
            StmtKind::Break(_) | StmtKind::Continue(_) => {
                let d = self.jump_depth(s).unwrap();
                self.s().br(d);
            }
            StmtKind::Labeled { label: l, body: b } => match body.stmt(*b).kind {
                StmtKind::While { .. }
                | StmtKind::DoWhile { .. }
                | StmtKind::For { .. }
                | StmtKind::Switch { .. } => self.nested(|g| g.stmt_labelled(*b, Some(l.sym))),
                _ => {
                    self.block(Frame { break_label: Some(l.sym), ..Frame::default() });
                    self.stmt(*b);
                    self.pop_end();
                }
            },
            StmtKind::Switch { disc, cases } => self.switch(*disc, cases, label),
        }
    }

    /// A loop ([`passes::loops`] versions it).
    pub(super) fn guarded_loop(&mut self, s: StmtId, label: Option<Sym>) {
        self.loops += 1;
        self.loop_stmt(s, label);
        self.loops -= 1;
    }

    /// The loop `s` (a `for` without its initialiser, already emitted).
    pub(super) fn loop_stmt(&mut self, s: StmtId, label: Option<Sym>) {
        let body = self.body;
        match &body.stmt(s).kind {
            StmtKind::While { test, body: b } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame { continue_label: label, continuable: true, ..Frame::default() });
                self.s().loop_(BlockType::Empty);
                self.exit_unless(*test, 1);
                self.loop_body(*b);
                self.s().br(0);
                self.pop_end();
                self.pop_end();
            }
            StmtKind::DoWhile { body: b, test } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame::default());
                self.s().loop_(BlockType::Empty);
                self.continue_target(s, label, *b);
                self.expr(*test);
                self.s().br_if(0);
                self.pop_end();
                self.pop_end();
            }
            StmtKind::For { test, update, body: b, .. } => {
                self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
                self.push(Frame::default());
                self.s().loop_(BlockType::Empty);
                if let Some(t) = test {
                    self.exit_unless(*t, 1);
                }
                self.continue_target(s, label, *b);
                if let Some(u) = update {
                    self.expr_drop(*u);
                }
                self.s().br(0);
                self.pop_end();
                self.pop_end();
            }
            _ => unreachable!("loop_stmt is given loops"),
        }
    }

    /// The body `b` of the `for` or `do-while` `s`, in a block that
    /// `continue` leaves if some `continue` targets `s`.
    pub(super) fn continue_target(&mut self, s: StmtId, label: Option<Sym>, b: StmtId) {
        if self.continued[s.0 as usize] {
            self.block(Frame { continue_label: label, continuable: true, ..Frame::default() });
            self.loop_body(b);
            self.pop_end();
        } else {
            self.loop_body(b);
        }
    }

    /// A loop body: its statements ([`passes::guards`] merges their checks).
    pub(super) fn loop_body(&mut self, b: StmtId) {
        match &self.body.stmt(b).kind {
            StmtKind::Block(ss) => ss.iter().for_each(|&s| self.stmt(s)),
            _ => self.stmt(b),
        }
    }

    /// `br depth` when the loop test `test` is false: `test; i32.eqz;
    /// br_if`, which [`crate::passes::negate`] rewrites where it can.
    pub(super) fn exit_unless(&mut self, test: ExprId, depth: u32) {
        self.expr(test);
        self.s().i32_eqz().br_if(depth);
    }

    /// For a `break` or `continue` (alone or alone in a block), the relative
    /// depth of the frame it jumps to, from here.
    pub(super) fn jump_depth(&self, mut s: StmtId) -> Option<u32> {
        while let StmtKind::Block(ss) = &self.body.stmt(s).kind {
            match **ss {
                [only] => s = only,
                _ => return None,
            }
        }
        match &self.body.stmt(s).kind {
            StmtKind::Break(l) => {
                let sym = l.map(|l| l.sym);
                Some(self.depth(|f| match sym {
                    Some(s) => f.break_label == Some(s),
                    None => f.breakable,
                }))
            }
            StmtKind::Continue(l) => {
                let sym = l.map(|l| l.sym);
                Some(self.depth(|f| match sym {
                    Some(s) => f.continue_label == Some(s),
                    None => f.continuable,
                }))
            }
            _ => None,
        }
    }

    /// The relative depth of the innermost frame that `want` accepts (the checker guarantees one).
    pub(super) fn depth(&self, want: impl Fn(&Frame) -> bool) -> u32 {
        let pos = self.frames.iter().rposition(want).expect("the checker resolved every jump");
        (self.frames.len() - 1 - pos) as u32
    }

    pub(super) fn case_value(&self, e: ExprId) -> i32 {
        match self.body.expr(e).kind {
            ExprKind::Num(n) => n.value as i64 as i32,
            ExprKind::Unary { op: UnOp::Neg, arg } => match self.body.expr(arg).kind {
                ExprKind::Num(n) => (-n.value) as i64 as i32,
                _ => unreachable!("the checker accepts only literal cases"),
            },
            _ => unreachable!("the checker accepts only literal cases"),
        }
    }

    /// `switch`: one block per clause; dense cases dispatch with `br_table`,
    /// sparse ones with a chain of compares. Fall-through is the block layout.
    pub(super) fn switch(&mut self, disc: ExprId, cases: &[Case], label: Option<Sym>) {
        let n = cases.len() as u32;
        self.expr(disc);
        let v = self.take(ValType::I32);
        self.s().local_set(v);
        self.block(Frame { break_label: label, breakable: true, ..Frame::default() });
        for _ in 0..n {
            self.block(Frame::default());
        }
        // Inside the innermost block, `br i` starts the body of clause i; `br n` leaves.
        let default = cases.iter().position(|c| c.test.is_none()).map_or(n, |d| d as u32);
        let values: Vec<(i32, u32)> = cases
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.test.map(|t| (self.case_value(t), i as u32)))
            .collect();
        let (lo, hi) = values.iter().fold((i64::MAX, i64::MIN), |(lo, hi), &(v, _)| {
            (lo.min(i64::from(v)), hi.max(i64::from(v)))
        });
        let range = if values.is_empty() { 0 } else { (hi - lo + 1) as u64 };
        if !values.is_empty() && range <= 1024 && range <= 4 * values.len() as u64 + 8 {
            let mut targets = vec![default; range as usize];
            // In reverse, so that the first of duplicate cases wins, as in JS.
            for &(val, i) in values.iter().rev() {
                targets[(i64::from(val) - lo) as usize] = i;
            }
            self.s().local_get(v).i32_const(lo as i32).i32_sub().br_table(targets, default);
        } else {
            for &(val, i) in &values {
                self.s().local_get(v).i32_const(val).i32_eq().br_if(i);
            }
            self.s().br(default);
        }
        self.give(ValType::I32, v);
        for c in cases {
            self.pop_end();
            c.body.iter().for_each(|&s| self.stmt(s));
        }
        self.pop_end();
    }
}
