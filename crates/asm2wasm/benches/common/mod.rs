//! What the benches share: a counting global allocator for peak memory,
//! timing helpers, and swc's parse alone as the yardstick.

#![allow(dead_code)] // each bench uses its own part

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use mimalloc::MiMalloc;
use swc_common::{sync::Lrc, FileName, SourceMap};
use swc_ecma_ast::{EsVersion, Script};
use swc_ecma_parser::{parse_file_as_script, EsSyntax, Syntax};

/// The CLI's allocator (mimalloc), counting the bytes live now and the most
/// live since the last [`reset_peak`]. Both sides of every comparison run on
/// it, as the `asm2wasm` binary does.
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
pub fn reset_peak() -> usize {
    let now = CURRENT.load(Relaxed);
    PEAK.store(now, Relaxed);
    now
}

/// One run of `f`, result dropped inside the measurement.
pub struct Measured {
    /// Wall-clock time.
    pub wall: Duration,
    /// This thread's user CPU time: unlike the wall clock, blind to the time
    /// the VM's other tenants take and to the kernel's page faults, whose
    /// cost varies from run to run here.
    pub user: Duration,
    /// The peak bytes live above what was live before.
    pub peak: usize,
}

pub fn measure<T>(f: impl FnOnce() -> T) -> Measured {
    let base = reset_peak();
    let (start, user) = (Instant::now(), user_cpu());
    drop(f());
    Measured { wall: start.elapsed(), user: user_cpu() - user, peak: PEAK.load(Relaxed) - base }
}

/// Print the user CPU times of (a) and (b), the fastest of their runs, and
/// return (b)/(a).
pub fn user_ratio(a: Vec<Duration>, b: Vec<Duration>) -> f64 {
    let (a, b) = (fastest(a).as_secs_f64(), fastest(b).as_secs_f64());
    println!(
        "in user CPU time (blind to other tenants and page faults): (a) {:.1} ms, (b) {:.1} ms, ratio {:.2}x",
        a * 1e3,
        b * 1e3,
        b / a
    );
    b / a
}

/// The user CPU time of this thread so far.
pub fn user_cpu() -> Duration {
    // SAFETY: all-zero is a valid `rusage` (integers and `timeval`s).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: `usage` is a valid, writable `rusage`.
    let status = unsafe { libc::getrusage(libc::RUSAGE_THREAD, &mut usage) };
    assert_eq!(status, 0, "getrusage(RUSAGE_THREAD) failed");
    Duration::new(usage.ru_utime.tv_sec as u64, usage.ru_utime.tv_usec as u32 * 1000)
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
