//! The intermediate form between the checked module and wasm.
//!
//! A function is lowered ([`crate::func`]) to a list of [`Inst`]: wasm's
//! instructions, every value typed by its instruction (the coercions are
//! explicit conversions), heap accesses as a view and an offset past the
//! address below them on the stack, calls of asm.js functions and imports
//! resolved to their final indices. What is not final until every function
//! is lowered stays symbolic: the helpers called and the constant globals
//! read (their indices follow the asm.js functions and globals, and the
//! module has only those its code uses). Branch hints and source positions
//! are markers in the list, so that code moves with its hints and lines:
//! nothing keeps a byte offset until [`encode`] writes the bytes.
//!
//! The passes ([`crate::passes`]) rewrite the list; [`operand_start`]
//! reads it as the tree of wasm's folded form. [`print`] gives the text
//! their tests state functions in.

use std::borrow::Cow;

use asm2wasm_check::View;
use wasm_encoder::{BlockType, BranchHint, Function, Instruction, MemArg, ValType};

use crate::ConstGlobal;
use crate::helpers::Helper;

/// One instruction of the intermediate form.
#[derive(Clone, Debug)]
pub(crate) enum Inst {
    /// A wasm instruction whose indices are final: every one but calls,
    /// heap accesses and the reads of constant globals.
    Op(Instruction<'static>),
    /// A call of function `func` (an import or an asm.js function), which
    /// takes `params` values and gives `results`.
    Call { func: u32, params: u32, results: u32 },
    /// A call through the table, the function's index on top of its
    /// `params` arguments, of type `ty`.
    CallIndirect { ty: u32, params: u32, results: u32 },
    /// A call of a helper.
    CallHelper(Helper),
    /// The load of `view`, `offset` bytes past the address on the stack.
    Load { view: View, offset: u32 },
    /// The store into `view`, `offset` bytes past the address under the
    /// value (of the view's wasm type) on the stack.
    Store { view: View, offset: u32 },
    /// `global.get` of a constant global.
    GetConst(ConstGlobal),
    /// The heap length, which the bounds checks compare with: read from
    /// the function's local where it keeps one, else from its global
    /// (the lowering resolves it once the function's code is complete,
    /// inlined bodies included).
    HeapLength,
    /// The next instruction, an `if` or a `br_if`, is hinted: its branch
    /// is taken (`true`) or not.
    Hint(bool),
    /// The code from here on comes from source byte `pos` (a statement's start).
    Pos(u32),
}

/// A function's code in the intermediate form.
pub(crate) type Code = Vec<Inst>;

/// A builder appending to a [`Code`], with the instruction methods of
/// `wasm_encoder::InstructionSink` the lowering uses.
pub(crate) struct Sink<'c>(pub(crate) &'c mut Code);

macro_rules! ops {
    ($($name:ident => $op:ident $(($($arg:ident: $ty:ty),*))?;)*) => {
        impl Sink<'_> {
            $(
                pub(crate) fn $name(&mut self $($(, $arg: $ty)*)?) -> &mut Self {
                    self.0.push(Inst::Op(Instruction::$op $(($($arg),*))?));
                    self
                }
            )*
        }

        /// The instruction named `name` (`i32_add`, `local_get`: wasm's
        /// name, `_` for the first `.`) with `args`, for [`parse`].
        #[cfg(test)]
        fn parse_op(name: &str, args: &[&str]) -> Option<Instruction<'static>> {
            #[allow(unused_mut, unused_variables)]
            let mut args = args.iter();
            $(
                if stringify!($name).trim_end_matches('_') == name {
                    return Some(Instruction::$op $(($(<$ty as FromArg>::from_arg(args.next()?)?),*))?);
                }
            )*
            None
        }
    };
}

ops! {
    local_get => LocalGet(i: u32);
    local_set => LocalSet(i: u32);
    local_tee => LocalTee(i: u32);
    global_get => GlobalGet(i: u32);
    global_set => GlobalSet(i: u32);
    i32_const => I32Const(v: i32);
    block => Block(t: BlockType);
    loop_ => Loop(t: BlockType);
    if_ => If(t: BlockType);
    else_ => Else;
    end => End;
    br => Br(d: u32);
    br_if => BrIf(d: u32);
    return_ => Return;
    select => Select;
    drop => Drop;
    i32_eqz => I32Eqz;
    i32_eq => I32Eq;
    i32_ne => I32Ne;
    i32_lt_s => I32LtS;
    i32_lt_u => I32LtU;
    i32_gt_s => I32GtS;
    i32_gt_u => I32GtU;
    i32_le_s => I32LeS;
    i32_le_u => I32LeU;
    i32_ge_s => I32GeS;
    i32_ge_u => I32GeU;
    i32_clz => I32Clz;
    i32_add => I32Add;
    i32_sub => I32Sub;
    i32_mul => I32Mul;
    i32_div_s => I32DivS;
    i32_div_u => I32DivU;
    i32_rem_s => I32RemS;
    i32_rem_u => I32RemU;
    i32_and => I32And;
    i32_or => I32Or;
    i32_xor => I32Xor;
    i32_shl => I32Shl;
    i32_shr_s => I32ShrS;
    i32_shr_u => I32ShrU;
    f32_eq => F32Eq;
    f32_ne => F32Ne;
    f32_lt => F32Lt;
    f32_gt => F32Gt;
    f32_le => F32Le;
    f32_ge => F32Ge;
    f64_eq => F64Eq;
    f64_ne => F64Ne;
    f64_lt => F64Lt;
    f64_gt => F64Gt;
    f64_le => F64Le;
    f64_ge => F64Ge;
    f32_abs => F32Abs;
    f32_neg => F32Neg;
    f32_ceil => F32Ceil;
    f32_floor => F32Floor;
    f32_sqrt => F32Sqrt;
    f32_add => F32Add;
    f32_sub => F32Sub;
    f32_mul => F32Mul;
    f32_div => F32Div;
    f32_min => F32Min;
    f32_max => F32Max;
    f64_abs => F64Abs;
    f64_neg => F64Neg;
    f64_ceil => F64Ceil;
    f64_floor => F64Floor;
    f64_sqrt => F64Sqrt;
    f64_add => F64Add;
    f64_sub => F64Sub;
    f64_mul => F64Mul;
    f64_div => F64Div;
    f64_min => F64Min;
    f64_max => F64Max;
    f32_convert_i32_s => F32ConvertI32S;
    f32_convert_i32_u => F32ConvertI32U;
    f32_demote_f64 => F32DemoteF64;
    f64_convert_i32_s => F64ConvertI32S;
    f64_convert_i32_u => F64ConvertI32U;
    f64_promote_f32 => F64PromoteF32;
}

impl Sink<'_> {
    pub(crate) fn br_table(&mut self, targets: Vec<u32>, default: u32) -> &mut Self {
        self.0.push(Inst::Op(Instruction::BrTable(Cow::Owned(targets), default)));
        self
    }
    pub(crate) fn call(&mut self, func: u32, params: usize, results: usize) -> &mut Self {
        self.0.push(Inst::Call { func, params: params as u32, results: results as u32 });
        self
    }
    pub(crate) fn call_indirect(&mut self, ty: u32, params: usize, results: usize) -> &mut Self {
        self.0.push(Inst::CallIndirect { ty, params: params as u32, results: results as u32 });
        self
    }
    pub(crate) fn call_helper(&mut self, h: Helper) -> &mut Self {
        self.0.push(Inst::CallHelper(h));
        self
    }
    pub(crate) fn load(&mut self, view: View, offset: u32) -> &mut Self {
        self.0.push(Inst::Load { view, offset });
        self
    }
    pub(crate) fn store(&mut self, view: View, offset: u32) -> &mut Self {
        self.0.push(Inst::Store { view, offset });
        self
    }
    pub(crate) fn get_const(&mut self, c: ConstGlobal) -> &mut Self {
        self.0.push(Inst::GetConst(c));
        self
    }
}

/// How many values `inst` takes from the stack and leaves on it, for the
/// instructions the lowering emits (a structured instruction's own: an
/// `if` takes its condition; the values of a block are its `end`'s).
pub(crate) fn arity(inst: &Inst) -> (u32, u32) {
    use Instruction as I;
    match inst {
        Inst::Call { params, results, .. } => (*params, *results),
        Inst::CallIndirect { params, results, .. } => (params + 1, *results),
        Inst::CallHelper(h) => {
            let (p, r) = h.signature();
            (p.len() as u32, r.len() as u32)
        }
        Inst::Load { .. } => (1, 1),
        Inst::Store { .. } => (2, 0),
        Inst::GetConst(_) | Inst::HeapLength => (0, 1),
        Inst::Hint(_) | Inst::Pos(_) => (0, 0),
        Inst::Op(op) => match op {
            I::LocalGet(_) | I::GlobalGet(_) | I::I32Const(_) | I::F32Const(_) | I::F64Const(_) => {
                (0, 1)
            }
            I::LocalSet(_) | I::GlobalSet(_) | I::Drop | I::BrIf(_) | I::If(_) | I::BrTable(..) => {
                (1, 0)
            }
            I::Block(_) | I::Loop(_) | I::Else | I::End | I::Br(_) | I::Return => (0, 0),
            I::Select => (3, 1),
            I::LocalTee(_)
            | I::I32Eqz
            | I::I32Clz
            | I::F32Abs
            | I::F32Neg
            | I::F32Ceil
            | I::F32Floor
            | I::F32Sqrt
            | I::F64Abs
            | I::F64Neg
            | I::F64Ceil
            | I::F64Floor
            | I::F64Sqrt
            | I::F32ConvertI32S
            | I::F32ConvertI32U
            | I::F32DemoteF64
            | I::F64ConvertI32S
            | I::F64ConvertI32U
            | I::F64PromoteF32 => (1, 1),
            _ => (2, 1),
        },
    }
}

/// The block type of a structured instruction, if `inst` is one.
fn opens(inst: &Inst) -> Option<BlockType> {
    match inst {
        Inst::Op(Instruction::Block(t) | Instruction::Loop(t) | Instruction::If(t)) => Some(*t),
        _ => None,
    }
}

/// Where the code that pushes the value under the top `n` values at
/// `end` starts: `code[operand_start(code, end, 0)..end]` is the
/// expression whose value is on top of the stack at `end`, as the folded
/// form reads it. A structured instruction is one node with its `end`;
/// markers before a node belong to it.
pub(crate) fn operand_start(code: &[Inst], end: usize, n: u32) -> usize {
    // Walk back, counting the values still to account for.
    let mut need = n + 1;
    let mut i = end;
    while i > 0 {
        i -= 1;
        let (pops, pushes) = match &code[i] {
            Inst::Op(Instruction::End) => {
                let open = opener(code, i);
                let t = opens(&code[open]).unwrap();
                i = open;
                let pops = u32::from(matches!(code[open], Inst::Op(Instruction::If(_))));
                (pops, u32::from(matches!(t, BlockType::Result(_))))
            }
            inst => arity(inst),
        };
        need = need - pushes + pops;
        if need == 0 {
            while i > 0 && matches!(code[i - 1], Inst::Hint(_) | Inst::Pos(_)) {
                i -= 1;
            }
            return i;
        }
    }
    0
}

/// The index of the `block`, `loop` or `if` that the `end` at `end` closes.
pub(crate) fn opener(code: &[Inst], end: usize) -> usize {
    let mut depth = 0u32;
    let mut i = end;
    while i > 0 {
        i -= 1;
        match &code[i] {
            Inst::Op(Instruction::End) => depth += 1,
            inst if opens(inst).is_some() => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            _ => {}
        }
    }
    panic!("an `end` without its block")
}

/// What the symbolic instructions are in one module.
pub(crate) trait Layout {
    fn helper(&self, h: Helper) -> u32;
    fn const_global(&self, c: ConstGlobal) -> u32;
}

/// A function's code written as a wasm body, and the offsets (from the
/// body's start, its locals included) of its hinted branches and of where
/// each statement's code starts.
pub(crate) struct Encoded {
    pub(crate) body: Function,
    pub(crate) hints: Vec<BranchHint>,
    pub(crate) positions: Vec<(u32, u32)>,
}

/// Write `code` as the body of a function with `locals` (after its
/// parameters), the symbolic instructions resolved by `layout`.
pub(crate) fn encode(code: &[Inst], locals: Vec<(u32, ValType)>, layout: &impl Layout) -> Encoded {
    let mut body = Function::new(locals);
    let mut hints = Vec::new();
    let mut positions: Vec<(u32, u32)> = Vec::new();
    for inst in code {
        let at = body.byte_len() as u32;
        match inst {
            Inst::Op(op) => void(body.instruction(op)),
            Inst::Call { func, .. } => void(body.instructions().call(*func)),
            Inst::CallIndirect { ty, .. } => void(body.instructions().call_indirect(0, *ty)),
            Inst::CallHelper(h) => void(body.instructions().call(layout.helper(*h))),
            Inst::Load { view, offset } => void(body.instruction(&load_op(*view, *offset))),
            Inst::Store { view, offset } => void(body.instruction(&store_op(*view, *offset))),
            Inst::GetConst(c) => void(body.instructions().global_get(layout.const_global(*c))),
            Inst::HeapLength => unreachable!("the lowering resolves the heap length"),
            Inst::Hint(taken) => hints
                .push(BranchHint { branch_func_offset: at, branch_hint_value: (*taken).into() }),
            Inst::Pos(pos) => match positions.last_mut() {
                Some(last) if last.0 == at => last.1 = *pos,
                _ => positions.push((at, *pos)),
            },
        }
    }
    Encoded { body, hints, positions }
}

fn void<T>(_: T) {}

pub(crate) fn mem(align: u32, offset: u32) -> MemArg {
    MemArg { offset: offset.into(), align, memory_index: 0 }
}

/// The load of `view` at `offset` bytes past the address on the stack.
pub(crate) fn load_op(view: View, offset: u32) -> Instruction<'static> {
    match view {
        View::I8 => Instruction::I32Load8S(mem(0, offset)),
        View::U8 => Instruction::I32Load8U(mem(0, offset)),
        View::I16 => Instruction::I32Load16S(mem(1, offset)),
        View::U16 => Instruction::I32Load16U(mem(1, offset)),
        View::I32 | View::U32 => Instruction::I32Load(mem(2, offset)),
        View::F32 => Instruction::F32Load(mem(2, offset)),
        View::F64 => Instruction::F64Load(mem(3, offset)),
    }
}

/// The store into `view` (of a value of its type) at `offset` bytes past
/// the address under the value on the stack.
pub(crate) fn store_op(view: View, offset: u32) -> Instruction<'static> {
    match view {
        View::I8 | View::U8 => Instruction::I32Store8(mem(0, offset)),
        View::I16 | View::U16 => Instruction::I32Store16(mem(1, offset)),
        View::I32 | View::U32 => Instruction::I32Store(mem(2, offset)),
        View::F32 => Instruction::F32Store(mem(2, offset)),
        View::F64 => Instruction::F64Store(mem(3, offset)),
    }
}

/// The wasm type a load of `view` gives and a store into it takes.
pub(crate) fn view_val(view: View) -> ValType {
    match view {
        View::F32 => ValType::F32,
        View::F64 => ValType::F64,
        _ => ValType::I32,
    }
}

/// The conversion of a value of type `vt` to [`view_val`] of `view`, as
/// the typed array's store does (a double into a `Float32Array` is
/// rounded, a float into a `Float64Array` widened), if it needs one.
pub(crate) fn to_stored(view: View, vt: ValType) -> Option<Instruction<'static>> {
    match (view, vt) {
        (View::F32, ValType::F64) => Some(Instruction::F32DemoteF64),
        (View::F64, ValType::F32) => Some(Instruction::F64PromoteF32),
        _ => None,
    }
}

#[cfg(test)]
/// `code` as text, one instruction a line, indented by nesting, with
/// wasm's names (`i32.add`, `local.get 3`) and the symbolic ones
/// (`call $helper`, `load.i32 offset=4`, `hint taken`, `pos 120`).
pub(crate) fn print(code: &[Inst]) -> String {
    let mut out = String::new();
    let mut indent = 0usize;
    for inst in code {
        if matches!(inst, Inst::Op(Instruction::End | Instruction::Else)) {
            indent = indent.saturating_sub(1);
        }
        out.push_str(&"  ".repeat(indent));
        out.push_str(&text(inst));
        out.push('\n');
        if opens(inst).is_some() || matches!(inst, Inst::Op(Instruction::Else)) {
            indent += 1;
        }
    }
    out
}

#[cfg(test)]
fn text(inst: &Inst) -> String {
    match inst {
        Inst::Op(op) => op_text(op),
        Inst::Call { func, params, results } => format!("call {func}/{params}/{results}"),
        Inst::CallIndirect { ty, .. } => format!("call_indirect (type {ty})"),
        Inst::CallHelper(h) => format!("call ${}", h.name()),
        Inst::Load { view, offset } => format!("load.{view:?}{}", offset_text(*offset)),
        Inst::Store { view, offset } => format!("store.{view:?}{}", offset_text(*offset)),
        Inst::GetConst(c) => format!("global.get ${}", c.name()),
        Inst::HeapLength => "heap.length".into(),
        Inst::Hint(true) => "hint taken".into(),
        Inst::Hint(false) => "hint not-taken".into(),
        Inst::Pos(p) => format!("pos {p}"),
    }
}

#[cfg(test)]
fn offset_text(offset: u32) -> String {
    if offset == 0 { String::new() } else { format!(" offset={offset}") }
}

#[cfg(test)]
/// wasm's name of `op` from its `Debug` form: `I32TruncSatF64S(..)` is
/// `i32.trunc_sat_f64_s`, `LocalGet(3)` is `local.get 3`.
fn op_text(op: &Instruction<'_>) -> String {
    let debug = match op {
        Instruction::I32Const(v) => return format!("i32.const {v}"),
        Instruction::F32Const(v) => return format!("f32.const {}", f32::from_bits(v.bits())),
        Instruction::F64Const(v) => return format!("f64.const {}", f64::from_bits(v.bits())),
        Instruction::Block(t) | Instruction::Loop(t) | Instruction::If(t) => {
            let name = format!("{op:?}");
            let name = name[..name.find('(').unwrap()].to_lowercase();
            return match t {
                BlockType::Result(vt) => format!("{name} (result {})", val_text(*vt)),
                _ => name,
            };
        }
        Instruction::BrTable(targets, default) => {
            let targets: Vec<String> = targets.iter().map(u32::to_string).collect();
            return format!("br_table {} {default}", targets.join(" "));
        }
        Instruction::BrIf(d) => return format!("br_if {d}"),
        _ => format!("{op:?}"),
    };
    let (name, args) = match debug.find('(') {
        Some(i) => (&debug[..i], debug[i + 1..debug.len() - 1].to_string()),
        None => (&debug[..], String::new()),
    };
    let mut out = String::new();
    for (i, c) in name.char_indices() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push(if out.contains('.') { '_' } else { '.' });
        }
        out.push(c.to_ascii_lowercase());
    }
    if args.is_empty() { out } else { format!("{out} {args}") }
}

/// `text` read back ([`print`]'s form, without the `pos` markers'
/// meaning anything special): what the passes' tests state functions in.
/// Calls are `call N/P/R` (function, parameters, results).
#[cfg(test)]
pub(crate) fn parse(text: &str) -> Code {
    let mut code = Code::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let words: Vec<&str> = line.split_whitespace().collect();
        let (name, args) = (words[0], &words[1..]);
        let inst = match name {
            "hint" => Inst::Hint(args == ["taken"]),
            "heap.length" => Inst::HeapLength,
            "f32.const" => Inst::Op(Instruction::F32Const(args[0].parse::<f32>().unwrap().into())),
            "f64.const" => Inst::Op(Instruction::F64Const(args[0].parse::<f64>().unwrap().into())),
            _ if name.starts_with("load.") || name.starts_with("store.") => {
                let (kind, view) = name.split_once('.').unwrap();
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
                .unwrap();
                let offset = args.first().map_or(0, |a| a["offset=".len()..].parse().unwrap());
                if kind == "load" {
                    Inst::Load { view, offset }
                } else {
                    Inst::Store { view, offset }
                }
            }
            "pos" => Inst::Pos(args[0].parse().unwrap()),
            "call" => {
                let n: Vec<u32> = args[0].split('/').map(|n| n.parse().unwrap()).collect();
                Inst::Call { func: n[0], params: n[1], results: n[2] }
            }
            "block" | "loop" | "if" => {
                let t = match args {
                    ["(result", t] => BlockType::Result(val_of(t.trim_end_matches(')'))),
                    _ => BlockType::Empty,
                };
                Inst::Op(match name {
                    "block" => Instruction::Block(t),
                    "loop" => Instruction::Loop(t),
                    _ => Instruction::If(t),
                })
            }
            _ => {
                let name = name.replacen('.', "_", 1);
                Inst::Op(parse_op(&name, args).unwrap_or_else(|| panic!("unknown: {line}")))
            }
        };
        code.push(inst);
    }
    code
}

#[cfg(test)]
trait FromArg: Sized {
    fn from_arg(s: &str) -> Option<Self>;
}

#[cfg(test)]
impl FromArg for u32 {
    fn from_arg(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}

#[cfg(test)]
impl FromArg for i32 {
    fn from_arg(s: &str) -> Option<Self> {
        s.parse().ok()
    }
}

#[cfg(test)]
impl FromArg for BlockType {
    fn from_arg(_: &str) -> Option<Self> {
        unreachable!("block types are read with their instruction")
    }
}

#[cfg(test)]
fn val_of(s: &str) -> ValType {
    match s {
        "i32" => ValType::I32,
        "f32" => ValType::F32,
        _ => ValType::F64,
    }
}

#[cfg(test)]
fn val_text(vt: ValType) -> &'static str {
    match vt {
        ValType::I32 => "i32",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        _ => "?",
    }
}

/// The expression tree of a function's code, read in one pass: by
/// instruction, where the expression it is the root of starts (for an
/// `end`, where its `block`, `loop`, or `if` with its condition, starts),
/// and the instruction taking its value ([`NONE`] when none does: no
/// result, or a branch before the value is taken).
pub(crate) struct Tree {
    pub(crate) start: Vec<u32>,
    pub(crate) parent: Vec<u32>,
}

/// No instruction.
pub(crate) const NONE: u32 = u32::MAX;

/// The [`Tree`] of `code`.
pub(crate) fn tree(code: &[Inst]) -> Tree {
    let n = code.len();
    let mut start = vec![0u32; n];
    let mut parent = vec![NONE; n];
    // The values on the stack: (their expression's start, its root).
    let mut stack: Vec<(u32, u32)> = Vec::new();
    // Per open block: the stack's height at its start, its start, and
    // whether it has a value.
    let mut frames: Vec<(usize, u32, bool)> = Vec::new();
    for (k, inst) in code.iter().enumerate() {
        let k32 = k as u32;
        let floor = frames.last().map_or(0, |f| f.0);
        let mut take = |pops: u32, stack: &mut Vec<(u32, u32)>| {
            let keep = stack.len().saturating_sub(pops as usize).max(floor);
            let first = stack.get(keep).map_or(k32, |v| v.0);
            for (_, root) in stack.drain(keep..) {
                parent[root as usize] = k32;
            }
            first
        };
        match inst {
            Inst::Op(Instruction::Block(t) | Instruction::Loop(t)) => {
                start[k] = k32;
                frames.push((stack.len(), k32, matches!(t, BlockType::Result(_))));
            }
            Inst::Op(Instruction::If(t)) => {
                start[k] = take(1, &mut stack);
                frames.push((stack.len(), start[k], matches!(t, BlockType::Result(_))));
            }
            Inst::Op(Instruction::Else) => {
                let (height, first, _) = *frames.last().unwrap();
                take(u32::MAX, &mut stack);
                stack.truncate(height);
                start[k] = first;
            }
            Inst::Op(Instruction::End) => {
                // The function's own `end` closes no frame.
                let Some((height, first, value)) = frames.pop() else { continue };
                take(u32::MAX, &mut stack);
                stack.truncate(height);
                start[k] = first;
                if value {
                    stack.push((first, k32));
                }
            }
            inst => {
                let (pops, pushes) = arity(inst);
                start[k] = take(pops, &mut stack);
                if pushes == 1 {
                    stack.push((start[k], k32));
                }
            }
        }
    }
    Tree { start, parent }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tree_gives_each_value_its_start_and_its_taker() {
        let code = parse(
            "local.get 0
             local.get 1
             i32.add
             if (result i32)
               i32.const 1
             else
               i32.const 2
             end
             drop",
        );
        let t = tree(&code);
        assert_eq!((t.start[2], t.parent[0], t.parent[1]), (0, 2, 2));
        // The `if` takes the sum; its value, from its `end`, starts with
        // the condition and goes to `drop`.
        assert_eq!((t.parent[2], t.start[7], t.parent[7]), (3, 0, 8));
        // Each arm's value is its frame's.
        assert_eq!((t.parent[4], t.parent[6]), (5, 7));
        assert_eq!(operand_start(&code, 8, 0), 0);
    }

    struct Fixed;

    impl Layout for Fixed {
        fn helper(&self, _: Helper) -> u32 {
            9
        }
        fn const_global(&self, _: ConstGlobal) -> u32 {
            4
        }
    }

    #[test]
    fn markers_become_offsets_when_written() {
        let code = parse(
            "pos 7
             local.get 0
             hint taken
             if
               pos 20
               pos 21
               global.get 1
               drop
             end
             end",
        );
        let e = encode(&code, vec![], &Fixed);
        // One byte of locals (none), then `local.get 0` (2 bytes): the `if` at 3.
        assert_eq!(e.hints.len(), 1);
        assert_eq!(e.hints[0].branch_func_offset, 3);
        // Two positions at one offset: the last holds.
        assert_eq!(e.positions, [(1, 7), (5, 21)]);
    }
}
