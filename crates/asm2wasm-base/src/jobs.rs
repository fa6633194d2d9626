//! Spreading a module's functions over threads.
//!
//! Lowering, checking, emitting and validating handle a module's functions
//! one by one, each independent of the others once the module-level facts
//! are known. [`Jobs`] cuts the functions into contiguous chunks of similar
//! size and [`map`] runs a phase over the chunks on several threads, handing
//! the results back in order: a phase merges them in source order, so its
//! output is the same whatever the number of threads and whichever thread
//! finishes first.

use std::ops::Range;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How a phase may spread its work over threads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Jobs {
    /// Threads to use, the calling one included; 1 runs everything on the
    /// calling thread.
    pub threads: usize,
    /// The least work (in bytes of source) worth a chunk of its own: below
    /// it, starting a thread costs more than it saves.
    pub chunk_bytes: usize,
}

/// Chunks per thread: more than one, so that a thread whose chunks were
/// quick (or that the OS favoured) takes over work from a slower one.
const CHUNKS_PER_THREAD: usize = 4;

/// Stack reserved for each worker thread: as much as the CLI's own, since a
/// worker drops swc subtrees (whose `Drop` recurses once per nesting level)
/// and walks ours. Only touched pages are ever committed.
pub const WORKER_STACK: usize = 1 << 30;

impl Jobs {
    /// Everything on the calling thread.
    pub const SEQUENTIAL: Jobs = Jobs { threads: 1, chunk_bytes: usize::MAX };

    /// The default: one thread per core (at most 8), chunks of at least 8 KiB.
    pub fn available() -> Jobs {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        Jobs { threads: cores.min(8), chunk_bytes: 8 * 1024 }
    }

    /// `threads` threads (at least 1), chunks of at least 8 KiB.
    pub fn threads(threads: usize) -> Jobs {
        Jobs { threads: threads.max(1), ..Jobs::available() }
    }

    /// Cut items of the given sizes (in order) into contiguous ranges, each
    /// of at least [`Jobs::chunk_bytes`] (but the last), about
    /// four per thread. One range for sequential work.
    pub fn chunks(&self, sizes: &[usize]) -> Vec<Range<usize>> {
        let everything = Range { start: 0, end: sizes.len() };
        if self.threads <= 1 || sizes.len() <= 1 {
            return vec![everything];
        }
        let total: usize = sizes.iter().sum();
        let target = self.chunk_bytes.max(total / (self.threads * CHUNKS_PER_THREAD)).max(1);
        let mut out = Vec::new();
        let (mut start, mut acc) = (0, 0);
        for (i, &s) in sizes.iter().enumerate() {
            acc += s;
            if acc >= target {
                out.push(start..i + 1);
                (start, acc) = (i + 1, 0);
            }
        }
        if start < sizes.len() {
            out.push(start..sizes.len());
        }
        out
    }

    /// `items` cut as [`Jobs::chunks`] cuts their sizes.
    pub fn split<T>(&self, items: Vec<T>, size: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
        let sizes: Vec<usize> = items.iter().map(size).collect();
        let mut items = items.into_iter();
        self.chunks(&sizes).iter().map(|r| items.by_ref().take(r.len()).collect()).collect()
    }
}

/// `f` over every item, on up to `jobs.threads` threads (the calling one
/// included), the results in the items' order. A panic in `f` is passed on
/// to the caller.
pub fn map<T: Send, R: Send>(jobs: Jobs, items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    let threads = jobs.threads.min(items.len());
    if threads <= 1 {
        return items.into_iter().map(f).collect();
    }
    let todo: Vec<Mutex<Option<T>>> = items.into_iter().map(|t| Mutex::new(Some(t))).collect();
    let done: Vec<Mutex<Option<R>>> = todo.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(slot) = todo.get(i) else { break };
            let item = slot
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .take()
                .expect("each item is taken once");
            let r = f(item);
            *done[i].lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(r);
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, work)
                .expect("spawn a worker thread");
        }
        work();
    });
    done.into_iter()
        .map(|m| {
            m.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .expect("every item is done")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_every_item_in_order() {
        let sizes = [10, 70, 5, 5, 100, 1, 1, 1];
        for threads in 1..5 {
            for chunk_bytes in [1, 20, 64, 1000] {
                let ranges = Jobs { threads, chunk_bytes }.chunks(&sizes);
                let flat: Vec<usize> = ranges.iter().flat_map(std::clone::Clone::clone).collect();
                assert_eq!(
                    flat,
                    (0..sizes.len()).collect::<Vec<_>>(),
                    "{threads} threads, {chunk_bytes} bytes"
                );
                assert!(ranges.iter().all(|r| !r.is_empty()));
            }
        }
        assert_eq!(Jobs::SEQUENTIAL.chunks(&sizes), vec![0..8]);
        assert_eq!(Jobs { threads: 2, chunk_bytes: 1 }.chunks(&[]), vec![0..0]);
    }

    #[test]
    fn map_keeps_the_order() {
        let items: Vec<u64> = (0..1000).collect();
        let out = map(Jobs { threads: 3, chunk_bytes: 1 }, items, |x| x * x);
        assert_eq!(out, (0..1000u64).map(|x| x * x).collect::<Vec<_>>());
        assert_eq!(map(Jobs::SEQUENTIAL, vec![1, 2], |x| x + 1), vec![2, 3]);
    }
}
