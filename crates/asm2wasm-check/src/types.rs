//! The asm.js type lattice (spec section 2) and the typed module the checker produces.

use asm2wasm_base::{Sym, ast};

/// A value type of the spec's lattice (2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// 64-bit float, not NaN-boxed: `+e`.
    Double,
    /// 32-bit int read as signed: `e|0`.
    Signed,
    /// 32-bit int read as unsigned: `e>>>0`.
    Unsigned,
    /// 32-bit int of unknown sign (a variable).
    Int,
    /// An int literal in `[0, 2^31)`: both signed and unsigned.
    Fixnum,
    /// The raw result of int arithmetic: must be coerced before most uses.
    Intish,
    /// A double, or `undefined` (a heap load out of bounds).
    DoubleQ,
    /// 32-bit float: `fround(e)`.
    Float,
    /// A float, or `undefined`.
    FloatQ,
    /// The raw result of float arithmetic: must be rounded by `fround`.
    Floatish,
    /// What crosses the foreign boundary: signed or double.
    Extern,
    /// No value.
    Void,
}

impl Ty {
    /// `self <: other` in the spec's lattice.
    pub fn is(self, other: Ty) -> bool {
        use Ty::*;
        if self == other {
            return true;
        }
        match self {
            Fixnum => matches!(other, Signed | Unsigned | Int | Intish | Extern),
            Signed => matches!(other, Int | Intish | Extern),
            Unsigned => matches!(other, Int | Intish),
            Int => other == Intish,
            Double => matches!(other, DoubleQ | Extern),
            Float => matches!(other, FloatQ | Floatish),
            FloatQ => other == Floatish,
            _ => false,
        }
    }
    /// The spec's name.
    pub fn name(self) -> &'static str {
        use Ty::*;
        match self {
            Double => "double",
            Signed => "signed",
            Unsigned => "unsigned",
            Int => "int",
            Fixnum => "fixnum",
            Intish => "intish",
            DoubleQ => "double?",
            Float => "float",
            FloatQ => "float?",
            Floatish => "floatish",
            Extern => "extern",
            Void => "void",
        }
    }
}

impl std::fmt::Display for Ty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The type a variable is stored with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VarTy {
    /// i32 (`x|0`).
    Int,
    /// f64 (`+x`).
    Double,
    /// f32 (`fround(x)`).
    Float,
}

impl VarTy {
    /// The value type of reading the variable.
    pub fn ty(self) -> Ty {
        match self {
            VarTy::Int => Ty::Int,
            VarTy::Double => Ty::Double,
            VarTy::Float => Ty::Float,
        }
    }
}

/// A parameter or return type of a function signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetTy {
    /// `return e|0`
    Signed,
    /// `return +e`
    Double,
    /// `return fround(e)`
    Float,
    /// No value.
    Void,
}

impl RetTy {
    /// The value type of a call returning this.
    pub fn ty(self) -> Ty {
        match self {
            RetTy::Signed => Ty::Signed,
            RetTy::Double => Ty::Double,
            RetTy::Float => Ty::Float,
            RetTy::Void => Ty::Void,
        }
    }
}

/// A function's type: parameters and result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    /// Parameter types.
    pub params: Vec<VarTy>,
    /// Result type.
    pub ret: RetTy,
}

impl std::fmt::Display for Sig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("(")?;
        for (i, p) in self.params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(match p {
                VarTy::Int => "int",
                VarTy::Double => "double",
                VarTy::Float => "float",
            })?;
        }
        write!(f, ") -> {}", self.ret.ty())
    }
}

/// The eight heap views (spec section 10).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// `Int8Array`
    I8,
    /// `Uint8Array`
    U8,
    /// `Int16Array`
    I16,
    /// `Uint16Array`
    U16,
    /// `Int32Array`
    I32,
    /// `Uint32Array`
    U32,
    /// `Float32Array`
    F32,
    /// `Float64Array`
    F64,
}

impl View {
    /// The view named `name` (`"Int32Array"`).
    pub fn from_name(name: &str) -> Option<View> {
        Some(match name {
            "Int8Array" => View::I8,
            "Uint8Array" => View::U8,
            "Int16Array" => View::I16,
            "Uint16Array" => View::U16,
            "Int32Array" => View::I32,
            "Uint32Array" => View::U32,
            "Float32Array" => View::F32,
            "Float64Array" => View::F64,
            _ => return None,
        })
    }
    /// Its constructor's name.
    pub fn name(self) -> &'static str {
        match self {
            View::I8 => "Int8Array",
            View::U8 => "Uint8Array",
            View::I16 => "Int16Array",
            View::U16 => "Uint16Array",
            View::I32 => "Int32Array",
            View::U32 => "Uint32Array",
            View::F32 => "Float32Array",
            View::F64 => "Float64Array",
        }
    }
    /// log2 of the element size: the shift of `H[i >> k]`.
    pub fn shift(self) -> u32 {
        match self {
            View::I8 | View::U8 => 0,
            View::I16 | View::U16 => 1,
            View::I32 | View::U32 | View::F32 => 2,
            View::F64 => 3,
        }
    }
    /// The type of a load (spec: intish, float?, double?).
    pub fn load_ty(self) -> Ty {
        match self {
            View::F32 => Ty::FloatQ,
            View::F64 => Ty::DoubleQ,
            _ => Ty::Intish,
        }
    }
}

/// A stdlib function (spec section 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum StdFn {
    Acos,
    Asin,
    Atan,
    Cos,
    Sin,
    Tan,
    Exp,
    Log,
    Ceil,
    Floor,
    Sqrt,
    Abs,
    Min,
    Max,
    Atan2,
    Pow,
    Imul,
    Fround,
    Clz32,
}

impl StdFn {
    /// The `Math` member named `name`.
    pub fn from_name(name: &str) -> Option<StdFn> {
        use StdFn::*;
        Some(match name {
            "acos" => Acos,
            "asin" => Asin,
            "atan" => Atan,
            "cos" => Cos,
            "sin" => Sin,
            "tan" => Tan,
            "exp" => Exp,
            "log" => Log,
            "ceil" => Ceil,
            "floor" => Floor,
            "sqrt" => Sqrt,
            "abs" => Abs,
            "min" => Min,
            "max" => Max,
            "atan2" => Atan2,
            "pow" => Pow,
            "imul" => Imul,
            "fround" => Fround,
            "clz32" => Clz32,
            _ => return None,
        })
    }
    /// Its name in `Math`.
    pub fn name(self) -> &'static str {
        use StdFn::*;
        match self {
            Acos => "acos",
            Asin => "asin",
            Atan => "atan",
            Cos => "cos",
            Sin => "sin",
            Tan => "tan",
            Exp => "exp",
            Log => "log",
            Ceil => "ceil",
            Floor => "floor",
            Sqrt => "sqrt",
            Abs => "abs",
            Min => "min",
            Max => "max",
            Atan2 => "atan2",
            Pow => "pow",
            Imul => "imul",
            Fround => "fround",
            Clz32 => "clz32",
        }
    }
}

/// The value of a `Math` constant, `Infinity` or `NaN`.
pub fn std_constant(math: bool, name: &str) -> Option<f64> {
    use std::f64::consts::*;
    Some(match (math, name) {
        (true, "E") => E,
        (true, "LN10") => LN_10,
        (true, "LN2") => LN_2,
        (true, "LOG2E") => LOG2_E,
        (true, "LOG10E") => LOG10_E,
        (true, "PI") => PI,
        (true, "SQRT1_2") => FRAC_1_SQRT_2,
        (true, "SQRT2") => SQRT_2,
        (false, "Infinity") => f64::INFINITY,
        (false, "NaN") => f64::NAN,
        _ => return None,
    })
}

/// How a mutable global gets its first value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GlobalInit {
    /// A literal (for an int global, an exact int value).
    Literal(f64),
    /// `foreign.name|0`
    ForeignInt(Sym),
    /// `+foreign.name`
    ForeignDouble(Sym),
}

/// What a module-level name is (spec 2.2 global types).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GlobalKind {
    /// A mutable variable.
    Var {
        /// Its storage type.
        ty: VarTy,
        /// Its initial value.
        init: GlobalInit,
        /// `var` (true) or module-level `const` (false, never assigned).
        mutable: bool,
    },
    /// A stdlib constant (`Math.PI`, `Infinity`, `NaN`): an immutable double.
    Const(f64),
    /// A stdlib function (`Math.sin`).
    Std(StdFn),
    /// A foreign function, by its property name in `foreign`.
    Ffi(Sym),
    /// A typed-array constructor (`stdlib.Int32Array`).
    ViewCtor(View),
    /// A heap view (`new stdlib.Int32Array(heap)`).
    View(View),
    /// A function of the module, by index in [`TypedModule::functions`].
    Func(u32),
    /// A function table, by index in [`TypedModule::tables`].
    Table(u32),
}

/// A module-level name.
#[derive(Clone, Debug)]
pub struct Global {
    /// Its name.
    pub name: ast::Name,
    /// What it is.
    pub kind: GlobalKind,
}

/// What a name or callee in a function body resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum Res {
    /// Not a name (an operator, a literal...).
    #[default]
    None,
    /// A parameter or local, by index in [`TypedFunction::locals`].
    Local(u32),
    /// A module-level name, by index in [`TypedModule::globals`].
    Global(u32),
}

/// The checker's findings about one expression.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExprInfo {
    /// Its type; `None` where it has none (a callee, a view, a table).
    pub ty: Option<Ty>,
    /// What a name resolved to.
    pub res: Res,
}

/// A parameter or local variable.
#[derive(Clone, Debug)]
pub struct Local {
    /// Its name.
    pub name: ast::Name,
    /// Its type.
    pub ty: VarTy,
    /// Its initial value (locals only; parameters come from the caller).
    pub init: f64,
}

/// A function, checked.
#[derive(Debug)]
pub struct TypedFunction {
    /// Its syntax.
    pub ast: ast::Function,
    /// Its type.
    pub sig: Sig,
    /// Parameters first, then locals.
    pub locals: Vec<Local>,
    /// How many leading statements are parameter annotations and `var`s
    /// (codegen starts at the statement after them).
    pub prologue: usize,
    /// One entry per expression of `ast.body`, same index.
    pub info: Vec<ExprInfo>,
}

/// A function table.
#[derive(Clone, Debug)]
pub struct Table {
    /// Its name.
    pub name: ast::Name,
    /// Its functions, by index in [`TypedModule::functions`].
    pub funcs: Vec<u32>,
    /// The type all of them share.
    pub sig: Sig,
}

/// A module, checked: every expression typed, every name resolved.
#[derive(Debug)]
pub struct TypedModule {
    /// Its display name.
    pub name: String,
    /// The whole module function.
    pub span: asm2wasm_base::Span,
    /// `stdlib`, `foreign`, `heap`, as declared.
    pub params: Vec<ast::Name>,
    /// Module-level names in declaration order (globals, functions, tables).
    pub globals: Vec<Global>,
    /// The functions in declaration order.
    pub functions: Vec<TypedFunction>,
    /// The function tables in declaration order.
    pub tables: Vec<Table>,
    /// Exported name and function index; a single exported function has its own name.
    pub exports: Vec<(String, u32)>,
    /// The module exports one function rather than an object.
    pub single_export: bool,
}
