//! What the benches share: a counting global allocator for peak memory,
//! timing helpers, and swc's parse alone as the yardstick.

#![allow(dead_code)] // each bench uses its own part

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use mimalloc::MiMalloc;
use swc_common::{FileName, SourceMap, sync::Lrc};
use swc_ecma_ast::{EsVersion, Script};
use swc_ecma_parser::{EsSyntax, Syntax, parse_file_as_script};

/// The CLI's allocator (mimalloc), counting the bytes live now and the most
/// live since the last [`reset_peak`]. Both sides of every comparison run on
/// it, as the `asm2wasm` binary does.
struct Counting;

pub static CURRENT: AtomicIsize = AtomicIsize::new(0);
pub static PEAK: AtomicIsize = AtomicIsize::new(0);

/// Bytes a thread allocates or frees before it adds them to the shared
/// counts: updating two shared atomics on every call would have the threads
/// of a parallel phase fight over their cache line, and the bench would
/// measure that fight. The counts are off by at most this much per thread.
const BATCH: isize = 16 * 1024;

thread_local! {
    /// This thread's bytes not yet added to [`CURRENT`].
    static PENDING: Cell<isize> = const { Cell::new(0) };
}

fn counted(delta: isize) {
    let due = PENDING
        .try_with(|p| {
            let v = p.get() + delta;
            if v.abs() < BATCH {
                p.set(v);
                0
            } else {
                p.set(0);
                v
            }
        })
        .unwrap_or(delta); // the thread is exiting: count at once
    if due != 0 {
        let now = CURRENT.fetch_add(due, Relaxed) + due;
        PEAK.fetch_max(now, Relaxed);
    }
}

fn grew(n: usize) {
    counted(n as isize);
}

fn shrank(n: usize) {
    counted(-(n as isize));
}

// SAFETY: every call is forwarded to `MiMalloc` with the caller's arguments; the
// counters are only bookkeeping.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `alloc`'s contract, which we pass on.
        let p = unsafe { MiMalloc.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { MiMalloc.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `MiMalloc`, with `layout`.
        unsafe { MiMalloc.dealloc(ptr, layout) };
        shrank(layout.size());
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; the caller upholds `realloc`'s contract.
        let p = unsafe { MiMalloc.realloc(ptr, layout, new_size) };
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
pub fn reset_peak() -> isize {
    let now = CURRENT.load(Relaxed);
    PEAK.store(now, Relaxed);
    now
}

/// The peak since `base` (from [`reset_peak`]), in bytes above it.
pub fn peak_since(base: isize) -> usize {
    (PEAK.load(Relaxed) - base).max(0) as usize
}

/// One run of `f`, result dropped inside the measurement.
pub struct Measured {
    /// Wall-clock time.
    pub wall: Duration,
    /// The user CPU time of all threads: unlike the wall clock, blind to
    /// the time the VM's other tenants take and to the kernel's page
    /// faults, whose cost varies from run to run here; and the sum of the
    /// threads' work, where the wall clock shows what spreading it gains.
    pub user: Duration,
    /// The peak bytes live above what was live before.
    pub peak: usize,
}

pub fn measure<T>(f: impl FnOnce() -> T) -> Measured {
    let base = reset_peak();
    let (start, user) = (Instant::now(), user_cpu());
    drop(f());
    Measured {
        wall: start.elapsed(),
        user: user_cpu().checked_sub(user).unwrap(),
        peak: peak_since(base),
    }
}

/// Print the user CPU times of (a) and (b), the fastest of their runs, and
/// return (b)/(a).
pub fn user_ratio(a: Vec<Duration>, b: Vec<Duration>) -> f64 {
    let (a, b) = (fastest(a).as_secs_f64(), fastest(b).as_secs_f64());
    println!(
        "in user CPU time, all threads (blind to other tenants and page faults): (a) {:.1} ms, (b) {:.1} ms, ratio {:.2}x",
        a * 1e3,
        b * 1e3,
        b / a
    );
    b / a
}

/// The user CPU time of this process so far, all its threads (the benches
/// measure one thing at a time).
pub fn user_cpu() -> Duration {
    // SAFETY: all-zero is a valid `rusage` (integers and `timeval`s).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable `rusage`.
    let status = unsafe { libc::getrusage(libc::RUSAGE_SELF, &raw mut usage) };
    assert_eq!(status, 0, "getrusage(RUSAGE_SELF) failed");
    Duration::new(usage.ru_utime.tv_sec as u64, usage.ru_utime.tv_usec as u32 * 1000)
}

/// What the front end does with swc and nothing more: the text into a
/// source map, parsed as an ES5 script (returned with its source map).
pub fn swc_parse(text: String) -> (Lrc<SourceMap>, Script) {
    let cm: Lrc<SourceMap> = Default::default();
    let fm = cm.new_source_file(Lrc::new(FileName::Anon), text);
    let mut recovered = Vec::new();
    let script = parse_file_as_script(
        &fm,
        Syntax::Es(EsSyntax::default()),
        EsVersion::Es5,
        None,
        &mut recovered,
    )
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

/// The threads of the phases under test: `BENCH_THREADS`, else what the
/// CLI uses (one per core).
pub fn jobs() -> asm2wasm::Jobs {
    match std::env::var("BENCH_THREADS") {
        Ok(_) => asm2wasm::Jobs::threads(env_num("BENCH_THREADS", 1.0) as usize),
        Err(_) => asm2wasm::Jobs::available(),
    }
}

pub fn env_num(name: &str, default: f64) -> f64 {
    match std::env::var(name) {
        Ok(s) => s.trim().parse().unwrap_or_else(|_| panic!("{name}={s:?} is not a number")),
        Err(_) => default,
    }
}

pub const MB: f64 = 1e6;
pub const MIB: f64 = (1 << 20) as f64;
