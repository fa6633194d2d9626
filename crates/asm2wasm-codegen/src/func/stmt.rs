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

    /// A loop, behind a guard that proves its accesses off its induction
    /// variable in bounds when [`crate::guard::plan_loop`] finds one: then
    /// the loop is emitted twice, with and without those checks.
    pub(super) fn guarded_loop(&mut self, s: StmtId, label: Option<Sym>) {
        let plan = match self.cx.opts.heap_checks {
            HeapChecks::Trap => None,
            HeapChecks::Exact => crate::guard::plan_loop(
                self.body,
                self.f,
                s,
                self.heap_len(),
                |obj| self.view_of(obj),
                |view, index| self.needs_check(view, index),
            ),
        };
        let plan = self.align_loop(s, plan);
        self.loops += 1;
        match plan {
            Some(proof) => self.guarded(proof, |e| e.loop_stmt(s, label)),
            None => self.loop_stmt(s, label),
        }
        self.loops -= 1;
    }

    /// `emit` twice behind the proof's tests: without the checks it proves
    /// needless, then as usual for when a test fails.
    pub(super) fn guarded(&mut self, proof: crate::guard::Proof, emit: impl Fn(&mut Self)) {
        use crate::guard::Test;
        self.tests(&proof.tests);
        self.push(Frame::default());
        self.hinted_if(BlockType::Empty, true);
        let (outer, known, tested) =
            (self.proven.len(), self.known_aligned.len(), self.align_tested.len());
        self.proven.extend(proof.proven);
        for t in &proof.tests {
            if let Test::Aligned(l, k) = *t {
                self.known_aligned.push((l, k));
                self.align_tested.push(l);
            }
        }
        emit(self);
        self.proven.truncate(outer);
        self.known_aligned.truncate(known);
        self.s().else_();
        emit(self);
        self.align_tested.truncate(tested);
        self.pop_end();
    }

    /// Push whether all of a guard's tests hold.
    pub(super) fn tests(&mut self, tests: &[crate::guard::Test]) {
        use crate::guard::Test;
        for (k, t) in tests.iter().enumerate() {
            match *t {
                Test::Below(e, add, k) => {
                    self.expr(e);
                    if add != 0 {
                        self.s().i32_const(add).i32_add();
                    }
                    self.heap_length_minus(k);
                    self.s().i32_lt_u();
                }
                Test::AtMost(e, k) => {
                    self.expr(e);
                    self.heap_length_minus(k);
                    self.s().i32_le_s();
                }
                Test::AtLeast(e, limit) => {
                    self.expr(e);
                    self.s().i32_const(limit).i32_ge_s();
                }
                Test::Aligned(l, k) => {
                    self.s().local_get(l).i32_const((1 << k) - 1).i32_and().i32_eqz();
                }
            }
            if k > 0 {
                self.s().i32_and();
            }
        }
    }

    /// What guards may assume of the heap length.
    pub(super) fn heap_len(&self) -> crate::guard::HeapLen {
        let opts = &self.cx.opts;
        crate::guard::HeapLen { min: opts.known_heap(), fixed: !opts.import_memory }
    }

    /// Push `LEN - k`: a constant when the module defines its memory, else
    /// computed from the heap length's global (`k` is below any legal length).
    pub(super) fn heap_length_minus(&mut self, k: u32) {
        if !self.cx.opts.import_memory {
            let limit = self.cx.opts.heap_size - k;
            self.s().i32_const(limit as i32);
            return;
        }
        self.heap_length();
        if k > 0 {
            self.s().i32_const(k as i32).i32_sub();
        }
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

    /// A loop body: its statements with their guards.
    pub(super) fn loop_body(&mut self, b: StmtId) {
        let body = self.body;
        let single = [b];
        let list: &[StmtId] = match &body.stmt(b).kind {
            StmtKind::Block(ss) => ss,
            _ => &single,
        };
        let guards = self.plan_guards(list);
        self.guarded_list(list, guards);
    }

    /// In exact mode, a guard for each run of straight-line statements of
    /// `list` in which two or more heap accesses share a base
    /// ([`crate::guard::plan`]).
    pub(super) fn plan_guards(&self, list: &[StmtId]) -> Vec<crate::guard::Guard> {
        match self.cx.opts.heap_checks {
            HeapChecks::Trap => Vec::new(),
            HeapChecks::Exact => crate::guard::plan(
                self.body,
                self.f,
                list,
                self.heap_len(),
                |obj| self.view_of(obj),
                |view, index| self.needs_check(view, index),
            ),
        }
    }

    /// The statements of `list` in order, those `guards` cover behind them
    /// (the guards in order, each within `list`).
    pub(super) fn guarded_list(&mut self, list: &[StmtId], guards: Vec<crate::guard::Guard>) {
        let mut next = 0;
        for guard in guards {
            list[next..guard.start].iter().for_each(|&s| self.stmt(s));
            next = guard.start + guard.len;
            let covered = &list[guard.start..next];
            self.guarded(guard.proof, |e| covered.iter().for_each(|&s| e.stmt(s)));
        }
        list[next..].iter().for_each(|&s| self.stmt(s));
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
