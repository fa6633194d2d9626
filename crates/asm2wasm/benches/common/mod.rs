//! What the benches share: a counting global allocator for peak memory,
//! timing helpers, and swc's parse alone as the yardstick.

#![allow(dead_code)] // each bench uses its own part

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use swc_common::{sync::Lrc, FileName, SourceMap};
use swc_ecma_ast::{EsVersion, Script};
use swc_ecma_parser::{parse_file_as_script, EsSyntax, Syntax};

/// The system allocator, counting the bytes live now and the most live since
/// the last [`reset_peak`].
struct Counting;

pub static CURRENT: AtomicUsize = AtomicUsize::new(0);
pub static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(n: usize) {
    let now = CURRENT.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

fn shrank(n: usize) {
    CURRENT.fetch_sub(n, Relaxed);
}

// SAFETY: every call is forwarded to `System` with the caller's arguments; the
// counters are only bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, which we pass on.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; the caller upholds `realloc`'s contract.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                shrank(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Start a new peak at the bytes live now, and return them.
pub fn reset_peak() -> usize {
    let now = CURRENT.load(Relaxed);
    PEAK.store(now, Relaxed);
    now
}

/// One run of `f`, result dropped inside the timing: its time and the peak
/// bytes it had live above what was live before it.
pub fn measure<T>(f: impl FnOnce() -> T) -> (Duration, usize) {
    let base = reset_peak();
    let start = Instant::now();
    drop(f());
    let time = start.elapsed();
    (time, PEAK.load(Relaxed) - base)
}

/// What the front end does with swc and nothing more: the text into a
/// source map, parsed as an ES5 script (returned with its source map).
pub fn swc_parse(text: String) -> (Lrc<SourceMap>, Script) {
    let cm: Lrc<SourceMap> = Default::default();
    let fm = cm.new_source_file(Lrc::new(FileName::Anon), text);
    let mut recovered = Vec::new();
    let script = parse_file_as_script(&fm, Syntax::Es(EsSyntax::default()), EsVersion::Es5, None, &mut recovered)
        .unwrap_or_else(|e| panic!("swc refuses the generated module: {:?}", e.kind().msg()));
    assert!(recovered.is_empty(), "swc recovered from errors in the generated module");
    (cm, script)
}

/// The time of `f`, and its result.
pub fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let start = Instant::now();
    let r = f();
    (start.elapsed(), r)
}

/// The fastest of the runs: on a shared machine noise only ever adds time,
/// so the minimum is the steadiest estimate of the cost itself.
pub fn fastest(v: Vec<Duration>) -> Duration {
    v.into_iter().min().expect("at least one run")
}

pub fn env_num(name: &str, default: f64) -> f64 {
    match std::env::var(name) {
        Ok(s) => s.trim().parse().unwrap_or_else(|_| panic!("{name}={s:?} is not a number")),
        Err(_) => default,
    }
}

pub const MB: f64 = 1e6;
pub const MIB: f64 = (1 << 20) as f64;
