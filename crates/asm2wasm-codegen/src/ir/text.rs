//! The text form of the intermediate form: what the passes' tests state
//! functions in. One instruction a line, indented by nesting, with wasm's
//! names (`i32.add`, `local.get 3`) and the symbolic ones (`call 5/2/1`
//! for function 5 taking 2 values and giving 1, `call $helper`,
//! `load.I32 offset=4`, `checked.load.I32 align=2`, `heap.length`,
//! `hint taken`, `pos 120`).

use asm2wasm_check::View;

use super::{Code, Inst, Op, Ty};

/// `code` as text.
pub(crate) fn print(code: &[Inst]) -> String {
    let mut out = String::new();
    let mut indent = 0usize;
    for inst in code {
        if matches!(inst, Inst::Op(Op::End | Op::Else)) {
            indent = indent.saturating_sub(1);
        }
        out.push_str(&"  ".repeat(indent));
        out.push_str(&text(inst));
        out.push('\n');
        if matches!(inst, Inst::Block(_) | Inst::Loop(_) | Inst::If(_) | Inst::Op(Op::Else)) {
            indent += 1;
        }
    }
    out
}

/// wasm's name of `op`: its method's, `.` for the first `_`.
fn op_name(op: Op) -> String {
    op.method().trim_end_matches('_').replacen('_', ".", 1)
}

fn block(name: &str, t: Ty) -> String {
    match t {
        Ty::Empty => name.into(),
        Ty::I32 => format!("{name} (result i32)"),
        Ty::F32 => format!("{name} (result f32)"),
        Ty::F64 => format!("{name} (result f64)"),
    }
}

fn offset(offset: u32) -> String {
    if offset == 0 { String::new() } else { format!(" offset={offset}") }
}

fn aligned(align: u8) -> String {
    if align == 0 { String::new() } else { format!(" align={align}") }
}

fn text(inst: &Inst) -> String {
    match inst {
        Inst::Op(op) => op_name(*op),
        Inst::LocalGet(i) => format!("local.get {i}"),
        Inst::LocalSet(i) => format!("local.set {i}"),
        Inst::LocalTee(i) => format!("local.tee {i}"),
        Inst::GlobalGet(i) => format!("global.get {i}"),
        Inst::GlobalSet(i) => format!("global.set {i}"),
        Inst::I32Const(v) => format!("i32.const {v}"),
        Inst::F32Const(v) => format!("f32.const {v}"),
        Inst::F64Const(v) => format!("f64.const {v}"),
        Inst::Block(t) => block("block", *t),
        Inst::Loop(t) => block("loop", *t),
        Inst::If(t) => block("if", *t),
        Inst::Br(d) => format!("br {d}"),
        Inst::BrIf(d) => format!("br_if {d}"),
        Inst::BrTable(t) => {
            let targets: Vec<String> = t.0.iter().map(u32::to_string).collect();
            format!("br_table {} {}", targets.join(" "), t.1)
        }
        Inst::Call { func, params, results } => format!("call {func}/{params}/{results}"),
        Inst::CallIndirect { ty, .. } => format!("call_indirect (type {ty})"),
        Inst::CallHelper(h) => format!("call ${}", h.name()),
        Inst::Load { view, offset: o } => format!("load.{view:?}{}", offset(*o)),
        Inst::LoadWord { offset: o } => format!("load.word{}", offset(*o)),
        Inst::Store { view, offset: o } => format!("store.{view:?}{}", offset(*o)),
        Inst::CheckedLoad { view, align } => format!("checked.load.{view:?}{}", aligned(*align)),
        Inst::CheckedStore { view, align } => format!("checked.store.{view:?}{}", aligned(*align)),
        Inst::GetConst(c) => format!("global.get ${}", c.name()),
        Inst::HeapLength => "heap.length".into(),
        Inst::Hint(true) => "hint taken".into(),
        Inst::Hint(false) => "hint not-taken".into(),
        Inst::Pos(p) => format!("pos {p}"),
    }
}

/// `text` read back ([`print`]'s form; calls as `call F/P/R`).
pub(crate) fn parse(text: &str) -> Code {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(line).collect()
}

fn line(line: &str) -> Inst {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (name, args) = (words[0], &words[1..]);
    let n = |i: usize| -> u32 { args[i].parse().unwrap_or_else(|_| panic!("a number: {line}")) };
    let ty = || match args {
        ["(result", t] => match t.trim_end_matches(')') {
            "i32" => Ty::I32,
            "f32" => Ty::F32,
            _ => Ty::F64,
        },
        _ => Ty::Empty,
    };
    let offset = || args.first().map_or(0, |a| a["offset=".len()..].parse().unwrap());
    match name {
        "local.get" => Inst::LocalGet(n(0)),
        "local.set" => Inst::LocalSet(n(0)),
        "local.tee" => Inst::LocalTee(n(0)),
        "global.get" if args[0].starts_with('$') => Inst::GetConst(
            crate::ConstGlobal::ALL.into_iter().find(|c| c.name() == &args[0][1..]).unwrap(),
        ),
        "global.get" => Inst::GlobalGet(n(0)),
        "global.set" => Inst::GlobalSet(n(0)),
        "i32.const" => Inst::I32Const(args[0].parse().unwrap()),
        "f32.const" => Inst::F32Const(args[0].parse().unwrap()),
        "f64.const" => Inst::F64Const(args[0].parse().unwrap()),
        "block" => Inst::Block(ty()),
        "loop" => Inst::Loop(ty()),
        "if" => Inst::If(ty()),
        "br" => Inst::Br(n(0)),
        "br_if" => Inst::BrIf(n(0)),
        "call" if args[0].starts_with('$') => Inst::CallHelper(
            crate::helpers::Helper::ALL.into_iter().find(|h| h.name() == &args[0][1..]).unwrap(),
        ),
        "call" => {
            let f: Vec<u32> = args[0].split('/').map(|x| x.parse().unwrap()).collect();
            Inst::Call { func: f[0], params: f[1] as u16, results: f[2] as u16 }
        }
        "heap.length" => Inst::HeapLength,
        "hint" => Inst::Hint(args == ["taken"]),
        "pos" => Inst::Pos(n(0)),
        "load.word" => Inst::LoadWord { offset: offset() },
        _ if name.starts_with("load.")
            || name.starts_with("store.")
            || name.starts_with("checked.") =>
        {
            let (kind, view) = name.trim_start_matches("checked.").split_once('.').unwrap();
            let view = [
                View::I8,
                View::U8,
                View::I16,
                View::U16,
                View::I32,
                View::U32,
                View::F32,
                View::F64,
            ]
            .into_iter()
            .find(|v| format!("{v:?}") == view)
            .unwrap_or_else(|| panic!("a view: {line}"));
            if name.starts_with("checked.") {
                let align = args.first().map_or(0, |a| a["align=".len()..].parse().unwrap());
                return match kind {
                    "load" => Inst::CheckedLoad { view, align },
                    _ => Inst::CheckedStore { view, align },
                };
            }
            let offset = offset();
            if kind == "load" { Inst::Load { view, offset } } else { Inst::Store { view, offset } }
        }
        _ => Inst::Op(
            Op::ALL
                .iter()
                .copied()
                .find(|&op| op_name(op) == name)
                .unwrap_or_else(|| panic!("unknown instruction: {line}")),
        ),
    }
}
