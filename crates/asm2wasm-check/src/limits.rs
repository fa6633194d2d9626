//! The limits of WebAssembly and of the engines, as the checker enforces them.
//!
//! Each limit is the smallest of three figures: what `wasmparser` 0.254
//! accepts (its `limits` module; `codegen` validates every module with it,
//! so nothing past it can be emitted), and where V8 (Node 20) and
//! SpiderMonkey 58 stop accepting the asm.js. The engine figures were found
//! by bisection on generated modules, with `testsuite/v8/verdict.js` and
//! `js -w -c`; `docs/semantics.md` ("Limits") lists them. Where an engine
//! crashes past a limit instead of refusing the module ("Fatal error ... N
//! exceeds internal limit"), the crash counts as a refusal.
//!
//! A limit on what the translated module holds leaves room for what
//! `codegen` adds to the asm.js ([`CODEGEN_FUNCTION_IMPORTS`] and the
//! constants after it; `codegen` asserts at compile time that its helpers
//! and constant globals fit in them), so that a module within these limits
//! never exceeds wasm's in translation. Locals and body size depend on
//! what `codegen` emits (scratch locals, bodies emitted in place of
//! calls): there it checks its output and reports a limit it would pass
//! (`codegen::Error::Limit`), never an internal error.
//!
//! Counting is all these limits cost the checker: no rule walks a body for them.

/// The most parameters of one function.
///
/// wasmparser: `MAX_WASM_FUNCTION_PARAMS` = 1,000 (a function type's
/// parameters). V8: 1,000 accepted, 1,001 refused ("Number of parameters
/// exceeds internal limit"). SpiderMonkey 58: 65,535 accepted, 65,536 a
/// syntax error of its JS parser ("too many function arguments").
pub const MAX_PARAMS: usize = 1_000;

/// The most locals of one function, its parameters included.
///
/// wasmparser: `MAX_WASM_FUNCTION_LOCALS` = 50,000, parameters included.
/// SpiderMonkey 58: 50,000 with the parameters accepted (0, 500 or 1,000
/// parameters), 50,001 refused (silently: the module runs as JS). V8:
/// 50,000 locals besides the parameters accepted, 50,001 refused ("Number
/// of local variables exceeds internal limit"): up to 51,000 in all.
///
/// `codegen` may add scratch locals (a few per function; one per `if` of
/// two assignments made branch-free, one per level of nested calls through
/// a table, two per nested int `Math.min`/`max`) and the locals of bodies it emits in place of calls:
/// past 50,000 it emits the function again without emitting calls in
/// place, and reports `codegen::Error::Limit` if that is still too many.
pub const MAX_LOCALS: usize = 50_000;

/// wasm's most functions in a module, imports included: wasmparser's
/// `MAX_WASM_FUNCTIONS` = 1,000,000.
pub const WASM_MAX_FUNCTIONS: usize = 1_000_000;

/// Function imports `codegen` may add besides the foreign functions: the
/// `Math` functions without an exact wasm instruction (`acos asin atan cos
/// sin tan exp log atan2 pow`), one import each.
pub const CODEGEN_FUNCTION_IMPORTS: usize = 10;

/// Functions `codegen` may add after the asm.js ones: its helpers
/// (integer division and remainder, signed and unsigned, `ToInt32`, double
/// `%`, the seven exact loads and five exact stores out of line) and the
/// start function of a module that imports its memory.
pub const CODEGEN_FUNCTIONS: usize = 19;

/// Globals `codegen` may add after the asm.js ones: the constants
/// `heap.length`, `nan.f32` and `nan.f64`.
pub const CODEGEN_GLOBALS: usize = 3;

/// Imports `codegen` may add besides the foreign ones: the `Math`
/// functions and, with `--import-memory`, the memory.
pub const CODEGEN_IMPORTS: usize = CODEGEN_FUNCTION_IMPORTS + 1;

/// The most functions of a module plus foreign function imports (one per
/// foreign function and call signature, as translated): 999,971.
///
/// wasmparser: `MAX_WASM_FUNCTIONS` = 1,000,000, imports included, of which
/// [`CODEGEN_FUNCTION_IMPORTS`] + [`CODEGEN_FUNCTIONS`] are kept for what
/// `codegen` adds. V8: 999,999 functions accepted, 1,000,000 crash ("functions
/// count of 1000001 exceeds internal limit of 1000000": V8 adds a function of
/// its own), its imports not counted. SpiderMonkey 58: 1,000,000 accepted,
/// 1,000,001 refused ("too many functions").
pub const MAX_FUNCTIONS: usize = WASM_MAX_FUNCTIONS - CODEGEN_FUNCTION_IMPORTS - CODEGEN_FUNCTIONS;

/// The most imports: foreign functions (one per function and call
/// signature) plus foreign values (`foreign.x|0`, `+foreign.x`): 99,989.
///
/// V8: 100,000 accepted, 100,001 crash ("imports count of 100001 exceeds
/// internal limit of 100000"), foreign values counted, `Math` functions
/// not. SpiderMonkey 58: 100,000 foreign functions accepted, 100,001 refused
/// ("too many imports"), foreign values not counted. wasmparser:
/// `MAX_WASM_IMPORTS` = 1,000,000, but the JS API limits a module to 100,000
/// imports, so V8 would not load a translation with more. Of those 100,000,
/// [`CODEGEN_IMPORTS`] are kept for what `codegen` adds.
pub const MAX_IMPORTS: usize = 100_000 - CODEGEN_IMPORTS;

/// The most entries of one function table: 2^23 = 8,388,608.
///
/// SpiderMonkey 58: 2^23 accepted, 2^24 refused ("function pointer table
/// too big"). V8: 2^26 accepted (the largest tried). wasmparser: see
/// [`MAX_TABLE_ENTRIES`].
pub const MAX_TABLE: usize = 1 << 23;

/// The most entries of all function tables together: 10,000,000.
///
/// The tables are laid out one after another in one wasm table, filled by
/// one element segment: wasmparser's `MAX_WASM_TABLE_ENTRIES` = 10,000,000
/// (and the JS API's largest table). The engines lay the tables out
/// separately: SpiderMonkey 58 accepted four tables of 2^23 (33,554,432
/// entries), V8 one of 2^26.
pub const MAX_TABLE_ENTRIES: usize = 10_000_000;

/// wasm's most globals in a module, imports included: wasmparser's
/// `MAX_WASM_GLOBALS` = 1,000,000.
pub const WASM_MAX_GLOBALS: usize = 1_000_000;

/// The most wasm globals the global variables may need: 999,997. A
/// variable needs one; one initialised from `foreign` needs two (the
/// imported value and the variable), [`CODEGEN_GLOBALS`] are kept for
/// `codegen`'s constants. (A variable that no function assigns becomes a
/// constant and needs none, but that is only known after the bodies.)
///
/// wasmparser: `MAX_WASM_GLOBALS` = 1,000,000, imports included. V8:
/// 1,000,000 global variables accepted, foreign ones counted once,
/// 1,000,001 crash ("globals count of 1000001 exceeds internal limit of
/// 1000000"). SpiderMonkey 58: 5,000,000 accepted (no limit found).
pub const MAX_GLOBALS: usize = WASM_MAX_GLOBALS - CODEGEN_GLOBALS;

/// The most exports: 99,999.
///
/// V8: 100,000 accepted, 100,001 crash ("exports count of 100001 exceeds
/// internal limit of 100000"). SpiderMonkey 58: 100,001 accepted.
/// wasmparser: `MAX_WASM_EXPORTS` = 1,000,000, but the JS API limits a
/// module to 100,000 exports, of which one is kept for the memory `codegen`
/// exports.
pub const MAX_EXPORTS: usize = 100_000 - 1;

/// The longest export or foreign import name, in bytes of UTF-8: 100,000.
///
/// wasmparser: `MAX_WASM_STRING_SIZE` = 100,000 (names of imports and
/// exports). V8 and SpiderMonkey 58 accept longer names in asm.js (100,001
/// tried); the limit is wasm's.
pub const MAX_NAME_BYTES: usize = 100_000;

/// wasm's largest function body, in bytes: wasmparser's
/// `MAX_WASM_FUNCTION_SIZE` = 7,654,321 (the JS API's figure).
pub const WASM_MAX_FUNCTION_SIZE: usize = 7_654_321;

/// The most expression nodes of one function: 3,827,160, two per byte of
/// [`WASM_MAX_FUNCTION_SIZE`].
///
/// The engines limit the size of their wasm encoding of a body. V8
/// accepted 1,530,863 statements `a = 1;` (3 nodes, 5 bytes each) and
/// refused one more ("Size of function body exceeds internal limit"), and
/// accepted 100,877 groups `i=(i+1)|0;H32[i>>2]=((H32[(i+4)>>2]|0)+j)|0;
/// d=+F64[(i+8)>>3]*1.5;` (38 nodes, 76 bytes) and refused one more: 1.7 to
/// 2 bytes a node. SpiderMonkey 58 accepted 8,000,000 statements `a = 1;`
/// (no limit found). The checker cannot know an encoding's size without
/// encoding; it counts a body's expression nodes, which it has for free,
/// and takes two bytes a node, where V8 refuses typical code. So it
/// refuses some functions of fewer bytes a node that V8 accepts (more
/// than about 1,275,700 statements `a = 1;`), and V8 refuses some functions of
/// more bytes a node that it accepts. `codegen`'s encoding is about as
/// large (2.3 bytes a node for the group above with exact heap checks, 1.4
/// trapping): it emits an oversized function again without emitting calls
/// in place, and reports `codegen::Error::Limit` if it is still too large.
pub const MAX_FUNCTION_NODES: usize = WASM_MAX_FUNCTION_SIZE / 2;

/// The most arguments of one call: 1,000.
///
/// V8: a foreign call of 1,000 arguments accepted, 1,001 refused ("Number of
/// parameters exceeds internal limit"); `Math.min`/`max` of 1,001 arguments
/// crash ("param count of 1001 exceeds internal limit of 1000").
/// SpiderMonkey 58: 65,536 arguments to a foreign function and 70,000 to
/// `Math.min` accepted. wasmparser: a foreign call's arguments are the
/// parameters of its import's type, `MAX_WASM_FUNCTION_PARAMS` = 1,000.
pub const MAX_CALL_ARGS: usize = 1_000;

/// `n` with a comma every three digits, as the messages print limits.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(7_654_321), "7,654,321");
        assert_eq!(thousands(100_000), "100,000");
    }

    #[test]
    fn derived_limits() {
        assert_eq!(MAX_FUNCTIONS, 999_971);
        assert_eq!(MAX_IMPORTS, 99_989);
        assert_eq!(MAX_GLOBALS, 999_997);
        const { assert!(MAX_TABLE <= MAX_TABLE_ENTRIES) };
        assert_eq!(MAX_FUNCTION_NODES, 3_827_160);
    }
}
