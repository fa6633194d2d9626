//! The generator's statements and functions: loops, `switch`, labelled
//! blocks, assignments and returns, and whole functions of them.

use std::fmt::Write as _;

use super::*;

impl Gen {
    pub(super) fn depth(&mut self) -> u32 {
        1 + self.rng.below(3) as u32
    }

    pub(super) fn counter(&mut self) -> String {
        let i = self.rng.below(self.counters.len());
        self.counters[i].clone()
    }

    /// `{ s1 s2 }` with 1 to `max` statements.
    pub(super) fn block(&mut self, depth: u32, max: usize) -> String {
        let n = 1 + self.rng.below(max);
        let mut s = String::from("{");
        for _ in 0..n {
            s.push(' ');
            let t = self.stmt(depth);
            s.push_str(&t);
        }
        s.push_str(" }");
        s
    }

    pub(super) fn ret_stmt(&mut self) -> String {
        let d = self.depth();
        match self.ret {
            Ret::Int => {
                if self.rng.chance(20) {
                    format!("return {};", self.small())
                } else {
                    let x = self.intish(d);
                    format!("return {x} | 0;")
                }
            }
            Ret::Dbl => {
                let x = self.dbl(d);
                format!("return +{x};")
            }
            Ret::Flt => {
                let x = self.flt(d);
                format!("return Math_fround({x});")
            }
            Ret::Void => "return;".to_string(),
        }
    }

    pub(super) fn stmt(&mut self, depth: u32) -> String {
        let t = if self.rr < TEMPLATES {
            self.rr += 1;
            self.rr - 1
        } else {
            self.rng.below(TEMPLATES)
        };
        // Compound statements only while there is depth left.
        let t = if depth == 0 && (7..=12).contains(&t) { t % 7 } else { t };
        let d = self.depth();
        let inner = depth.saturating_sub(1);
        match t {
            0 => {
                let v = self.counter();
                if self.rng.chance(60) {
                    let x = self.intish(d);
                    format!("{v} = {x} | 0;")
                } else {
                    let x = self.int_(d);
                    format!("{v} = {x};")
                }
            }
            1 => {
                let v = self.dbl_var();
                let x = self.dbl(d);
                format!("{v} = {x};")
            }
            2 => {
                let v = self.flt_var();
                let x = self.flt(d);
                format!("{v} = {x};")
            }
            3 => {
                let (gi, gd, gf) = (
                    *self.rng.pick(INT_GLOBALS),
                    *self.rng.pick(DBL_GLOBALS),
                    *self.rng.pick(FLT_GLOBALS),
                );
                let (a, b, c) = (self.intish(d), self.dbl(d), self.flt(d));
                format!("{gi} = {a} | 0; {gd} = {b}; {gf} = {c};")
            }
            4 => {
                let v = self.int_view();
                let a = self.access(v);
                let x = self.intish(d);
                format!("{a} = {x};")
            }
            5 => {
                let (a, b) = (self.access(6), self.access(7));
                let x = if self.rng.chance(50) { self.flt(d) } else { self.dbl(d) };
                let y = self.dbl(d);
                format!("{a} = {x}; {b} = {y};")
            }
            6 => {
                // Loads of every view into locals.
                let v = self.counter();
                let mut s = String::new();
                for view in 0..6 {
                    let a = self.access(view);
                    write!(s, "{v} = {a} | 0; ").unwrap();
                }
                let (dv, fv) = (self.dbl_var(), self.flt_var());
                let (a, b) = (self.access(7), self.access(6));
                write!(s, "{dv} = +{a}; {fv} = Math_fround({b});").unwrap();
                s
            }
            7 => {
                let c = self.int_(d);
                let then = self.block(inner, 3);
                match self.rng.below(3) {
                    0 => format!("if ({c}) {then}"),
                    1 => {
                        let els = self.block(inner, 2);
                        format!("if ({c}) {then} else {els}")
                    }
                    _ => {
                        let c2 = self.compare(d);
                        let s2 = self.block(inner, 1);
                        let els = self.block(inner, 1);
                        format!("if ({c}) {then} else if {c2} {s2} else {els}")
                    }
                }
            }
            8 => {
                let v = self.counter();
                let n = self.small();
                self.loops += 1;
                self.breakable += 1;
                let body = self.block(inner, 3);
                self.loops -= 1;
                self.breakable -= 1;
                let body = body.trim_end_matches('}').to_string();
                format!("while (({v} | 0) < {n}) {body}{v} = {v} + 1 | 0; }}")
            }
            9 => {
                self.loops += 1;
                self.breakable += 1;
                let body = self.block(inner, 3);
                self.loops -= 1;
                self.breakable -= 1;
                let c = if self.rng.chance(30) { "0".to_string() } else { self.int_(d) };
                format!("do {body} while ({c});")
            }
            10 => {
                let v = self.counter();
                let (a, b) = (self.small(), self.small());
                self.loops += 1;
                self.breakable += 1;
                let body = self.block(inner, 3);
                self.loops -= 1;
                self.breakable -= 1;
                format!("for ({v} = {a}; ({v} | 0) < ({b} | 0); {v} = {v} + 1 | 0) {body}")
            }
            11 => {
                // A labelled loop with a nested loop that breaks and continues the outer one.
                self.labels += 1;
                let l = format!("L{}", self.labels);
                let (v, w) = (self.counter(), self.counter());
                let (c1, c2) = (self.int_(d), self.int_(d));
                self.loops += 2;
                self.breakable += 2;
                self.loop_labels.push(l.clone());
                let body = self.block(inner, 2);
                self.loop_labels.pop();
                self.loops -= 2;
                self.breakable -= 2;
                let n = self.small();
                format!(
                    "{l}: while (1) {{ {v} = {v} + 1 | 0; if (({v} | 0) > {n}) break {l}; {w} = 0; do {{ if ({c1}) continue {l}; if ({c2}) break {l}; {w} = {w} + 1 | 0; {body} }} while (({w} | 0) < 4); }}"
                )
            }
            12 => {
                let x = self.signed(d);
                let n = 1 + self.rng.below(5);
                let mut cases: Vec<i64> = Vec::new();
                while cases.len() < n {
                    let c = self.rng.below(64) as i64 - 8;
                    if !cases.contains(&c) {
                        cases.push(c);
                    }
                }
                self.breakable += 1;
                let mut s = format!("switch ({x} | 0) {{");
                for c in cases {
                    let body = self.stmt(inner);
                    let brk = if self.rng.chance(70) { " break;" } else { "" };
                    if self.rng.chance(50) {
                        write!(s, " case {c}: {{ {body}{brk} }}").unwrap();
                    } else {
                        write!(s, " case {c}: {body}{brk}").unwrap();
                    }
                }
                if self.rng.chance(70) {
                    let body = self.stmt(inner);
                    write!(s, " default: {body}").unwrap();
                }
                self.breakable -= 1;
                s.push_str(" }");
                s
            }
            13 => {
                // Void calls: internal, through a table, foreign.
                match self.rng.below(3) {
                    0 => {
                        let f = self.callee(3);
                        format!("{f}();")
                    }
                    1 => {
                        let i = self.int_var();
                        format!("FUNCTION_TABLE_v[{i} & 7]();")
                    }
                    _ => {
                        let f = *self.rng.pick(FOREIGN_FNS);
                        let a = self.foreign_args(d);
                        format!("{f}({a});")
                    }
                }
            }
            14 => {
                let c = self.int_(d);
                let r = self.ret_stmt();
                format!("if ({c}) {r}")
            }
            15 => {
                // Comma expressions and assignments used as values.
                let (v, w) = (self.counter(), self.counter());
                let (a, b) = (self.intish(d), self.int_(d));
                let dv = self.dbl_var();
                let c = self.dbl(d);
                format!("{v} = ({w} = {a} | 0, {b}); {dv} = ({v} = {v} + 1 | 0, {c});")
            }
            16 => {
                // Every stdlib function once.
                let (dv, fv, v) = (self.dbl_var(), self.flt_var(), self.counter());
                let (a, b, c) = (self.dbl(1), self.dbl(1), self.flt(1));
                let (x, y) = (self.signed(1), self.int_(1));
                format!(
                    "{dv} = +Math_sin({a}) + +Math_cos({b}) + +Math_sqrt({a}) * +Math_abs({b}) - +Math_floor({a}) / +Math_ceil({b}) + +Math_pow({a}, 2.0) + +Math_atan2({b}, {a}) + +Math_exp({a}) - +Math_log({b}) + +Math_min({a}, {b}) - +Math_max({a}, Math_PI); {fv} = Math_fround(Math_fround(Math_sqrt({c})) + Math_fround(Math_abs({c}))); {v} = (Math_imul({x}, {y}) | 0) + (Math_clz32({y}) | 0) + (Math_abs({x}) | 0) + (Math_min({x}, 3) | 0) + (Math_max({x}, -3) | 0) | 0; {dv} = {dv} < inf ? {dv} : nan;"
                )
            }
            17 => {
                let (v, dv) = (self.counter(), self.dbl_var());
                let (f, g, h) = (
                    *self.rng.pick(FOREIGN_FNS),
                    *self.rng.pick(FOREIGN_FNS),
                    *self.rng.pick(FOREIGN_FNS),
                );
                let (a, b, c) = (self.foreign_args(d), self.foreign_args(d), self.foreign_args(d));
                format!("{v} = {f}({a}) | 0; {dv} = +{g}({b}); {h}({c});")
            }
            18 => {
                // Unary operators and conversions.
                let (v, w, dv, fv) =
                    (self.counter(), self.counter(), self.dbl_var(), self.flt_var());
                let (a, b, c, e) = (self.int_(d), self.dbl(d), self.flt(d), self.intish(d));
                // `-0` is the double negative zero (both engines): not an int.
                let a = if a == "0" { "1".to_string() } else { a };
                let e = bit_not(&e);
                format!(
                    "{v} = -{a} | 0; {w} = {e}; {v} = !{v}; {w} = ~~{b}; {v} = ~~{c}; {dv} = -{b}; {dv} = +({w} | 0) + +({v} >>> 0) + +{c}; {fv} = Math_fround(-{c}); {fv} = Math_fround({w} | 0);"
                )
            }
            19 if self.loops > 0 => {
                let c = self.int_(d);
                let mut s = String::new();
                if let Some(l) = self.loop_labels.last().cloned() {
                    if self.rng.chance(50) {
                        return format!("if ({c}) continue {l};");
                    }
                    s = format!("if ({c}) break {l}; ");
                }
                let c2 = self.int_(d);
                let kw = if self.rng.chance(50) { "break" } else { "continue" };
                write!(s, "if ({c2}) {kw};").unwrap();
                s
            }
            19 if self.breakable > 0 => {
                let c = self.int_(d);
                format!("if ({c}) break;")
            }
            _ => {
                // Calls with each coercion and an empty statement.
                let (v, dv, fv) = (self.counter(), self.dbl_var(), self.flt_var());
                let (a, b, c) = (self.call(0, d), self.call(1, d), self.call(2, d));
                let e = self.call(4, d);
                format!(
                    "{v} = {a} | 0; {dv} = +{b}; {fv} = Math_fround({c}); {v} = ({v} + ({e} | 0)) | 0;;"
                )
            }
        }
    }

    /// Function `k`, on one line.
    pub(super) fn function(&mut self, out: &mut String) {
        let kind = kind_of(self.k);
        let sig = &SIGS[kind];
        self.ret = sig.ret;
        self.ints.clear();
        self.dbls.clear();
        self.flts.clear();
        self.counters.clear();
        self.labels = 0;
        let mut n = 0;
        let mut params = Vec::new();
        let mut annot = String::new();
        for &t in sig.params {
            let p = format!("${n}");
            n += 1;
            match t {
                Ty::Int => {
                    write!(annot, " {p} = {p} | 0;").unwrap();
                    self.ints.push(p.clone());
                }
                Ty::Dbl => {
                    write!(annot, " {p} = +{p};").unwrap();
                    self.dbls.push(p.clone());
                }
                Ty::Flt => {
                    write!(annot, " {p} = Math_fround({p});").unwrap();
                    self.flts.push(p.clone());
                }
            }
            params.push(p);
        }
        let mut decls = Vec::new();
        for _ in 0..2 + self.rng.below(4) {
            let v = format!("${n}");
            n += 1;
            decls.push(if self.rng.chance(20) {
                format!("{v} = {}", self.int_lit().replace(['(', ')'], ""))
            } else {
                format!("{v} = 0")
            });
            self.ints.push(v.clone());
            self.counters.push(v);
        }
        for _ in 0..=self.rng.below(3) {
            let v = format!("${n}");
            n += 1;
            decls.push(if self.rng.chance(20) {
                format!("{v} = {}", self.dbl_lit().replace(['(', ')'], ""))
            } else {
                format!("{v} = 0.0")
            });
            self.dbls.push(v);
        }
        for _ in 0..=self.rng.below(2) {
            let v = format!("${n}");
            n += 1;
            decls.push(if self.rng.chance(20) {
                format!("{v} = Math_fround({})", self.dbl_lit().replace(['(', ')'], ""))
            } else {
                format!("{v} = Math_fround(0)")
            });
            self.flts.push(v);
        }
        if self.rng.chance(40) {
            decls.push("label = 0".into());
            self.ints.push("label".into());
            self.counters.push("label".into());
        }
        write!(
            out,
            "function {}({}) {{{annot} var {};",
            fn_name(self.k),
            params.join(", "),
            decls.join(", ")
        )
        .unwrap();
        for _ in 0..3 + self.rng.below(6) {
            let s = self.stmt(2);
            out.push(' ');
            out.push_str(&s);
        }
        if self.ret != Ret::Void || self.rng.chance(30) {
            let r = self.ret_stmt();
            out.push(' ');
            out.push_str(&r);
        }
        out.push_str(" }\n");
    }
}
