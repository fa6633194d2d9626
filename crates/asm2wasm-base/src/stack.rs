//! Bounded-stack recursion for the tree walks of every phase.
//!
//! Lowering, checking and emitting recurse once per nesting level of the
//! input. [`Nested::nested`] moves the walk to a fresh heap-allocated stack
//! segment when the current one runs low, checking only every
//! [`CHECK_EVERY`] levels (the check reads a thread-local, which is most of
//! its cost) with a red zone large enough for that many frames.

/// Nesting levels between two checks of the remaining stack.
pub const CHECK_EVERY: u32 = 16;
/// Stack that [`CHECK_EVERY`] levels of any walk fit in.
pub const RED_ZONE: usize = 256 * 1024;
/// The size of each new stack segment.
pub const SEGMENT: usize = 2 * 1024 * 1024;

/// A recursive walker that counts its depth.
pub trait Nested: Sized {
    /// The walker's depth counter.
    fn nesting(&mut self) -> &mut u32;

    /// Run one level deeper: `f` gets a stack with room for
    /// [`CHECK_EVERY`] more levels.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        *self.nesting() += 1;
        let d = *self.nesting();
        let r = if d.is_multiple_of(CHECK_EVERY) {
            stacker::maybe_grow(RED_ZONE, SEGMENT, || f(self))
        } else {
            f(self)
        };
        *self.nesting() -= 1;
        r
    }
}
