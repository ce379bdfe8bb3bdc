//! The library's threads, started named (`gazette-pool`, `gazette-reader`, ...: what `top -H`, `perf` and
//! debuggers show) and, where the kernel put a new thread on the core of the thread that started it, moved
//! to another core at once.
//!
//! Why move them: some kernels place a new or woken thread on its parent's core rather than wake an idle
//! one, to spare a virtual machine the cost of waking a virtual CPU (the 2-core VM this project is measured
//! on, `/proc/sys/kernel/sched_vcpu_pack`). Traced there, the helper threads of a short run (the matcher's
//! shard builders, the cue compiler, `extract --jsonl`'s second extraction thread) waited 2 to 3 ms
//! behind their parent while the other core sat idle for up to 7 ms, until the kernel's balancing moved
//! them. A thread that finds itself on its parent's core therefore asks for another allowed core, then
//! allows every core it was allowed again, so that the kernel stays free to move it later; its parent
//! yields once after starting it, so that it runs to make that move instead of waiting for the parent's
//! time slice to end. Where the kernel spread the threads itself, nothing is changed.

use std::thread::{Builder, Scope, ScopedJoinHandle};

/// Starts `f` on a thread named `name`, the `nth` (from 1) that the calling thread starts for one task
/// (the command's reading thread).
#[cfg(feature = "cli")]
pub(crate) fn spawn<T: Send + 'static>(
    name: &str,
    nth: usize,
    f: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<std::thread::JoinHandle<T>> {
    let handle = Builder::new().name(name.into()).spawn(settled(nth, f))?;
    std::thread::yield_now();
    Ok(handle)
}

/// [`spawn`] in `scope`.
pub(crate) fn spawn_scoped<'scope, T: Send + 'scope>(
    scope: &'scope Scope<'scope, '_>,
    name: &str,
    nth: usize,
    f: impl FnOnce() -> T + Send + 'scope,
) -> std::io::Result<ScopedJoinHandle<'scope, T>> {
    let handle = Builder::new().name(name.into()).spawn_scoped(scope, settled(nth, f))?;
    std::thread::yield_now();
    Ok(handle)
}

/// `f`, to run on the `nth` thread started from the calling one: it first settles off the caller's core
/// (read here, on the caller).
fn settled<T>(nth: usize, f: impl FnOnce() -> T) -> impl FnOnce() -> T {
    let parent = placement::current();
    move || {
        placement::settle(parent, nth);
        f()
    }
}

#[cfg(target_os = "linux")]
mod placement {
    use std::mem::{MaybeUninit, size_of};

    /// The core the calling thread runs on.
    pub(super) fn current() -> Option<usize> {
        // SAFETY: no arguments; -1 on failure.
        usize::try_from(unsafe { libc::sched_getcpu() }).ok()
    }

    /// The cores the calling thread may run on.
    pub(super) fn allowed() -> Option<libc::cpu_set_t> {
        let mut set = MaybeUninit::<libc::cpu_set_t>::zeroed();
        // SAFETY: `set` is a zeroed `cpu_set_t` (a plain bitset), passed with its size; filled on success.
        (unsafe { libc::sched_getaffinity(0, size_of::<libc::cpu_set_t>(), set.as_mut_ptr()) } == 0)
            // SAFETY: zeroed is a valid bitset, and on success the kernel has written it.
            .then(|| unsafe { set.assume_init() })
    }

    pub(super) fn set_allowed(set: &libc::cpu_set_t) -> bool {
        // SAFETY: `set` is a valid `cpu_set_t`, passed with its size.
        unsafe { libc::sched_setaffinity(0, size_of::<libc::cpu_set_t>(), set) == 0 }
    }

    /// Called first by the `nth` thread started from a thread on core `parent`: if it shares that core,
    /// it moves to the `nth` allowed core after it (the kernel moves a thread at once when its allowed
    /// set leaves out its core), then allows what it was allowed before.
    pub(super) fn settle(parent: Option<usize>, nth: usize) {
        let Some(parent) = parent else { return };
        if current() != Some(parent) {
            return;
        }
        let Some(before) = allowed() else { return };
        let cores: Vec<usize> = (0..libc::CPU_SETSIZE as usize)
            // SAFETY: `c` is below CPU_SETSIZE, the bitset's size.
            .filter(|&c| unsafe { libc::CPU_ISSET(c, &before) })
            .collect();
        let Some(at) = cores.iter().position(|&c| c == parent) else { return };
        if cores.len() < 2 || nth.is_multiple_of(cores.len()) {
            return;
        }
        // SAFETY: a zeroed `cpu_set_t` is an empty bitset.
        let mut one: libc::cpu_set_t = unsafe { MaybeUninit::zeroed().assume_init() };
        // SAFETY: the core is one of `before`'s, below CPU_SETSIZE.
        unsafe { libc::CPU_SET(cores[(at + nth) % cores.len()], &mut one) };
        if set_allowed(&one) {
            set_allowed(&before);
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod placement {
    pub(super) fn current() -> Option<usize> {
        None
    }

    pub(super) fn settle(_parent: Option<usize>, _nth: usize) {}
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::placement::{allowed, current, set_allowed, settle};

    #[test]
    fn a_thread_on_its_parents_core_moves_to_another_and_keeps_what_it_may_use() {
        let before = allowed().unwrap();
        // SAFETY: `before` is a valid bitset.
        let cores = (0..libc::CPU_SETSIZE as usize).filter(|&c| unsafe { libc::CPU_ISSET(c, &before) }).count();
        // A sandbox may refuse a thread its own cores: then there is nothing to move.
        let may_move = set_allowed(&before);
        let here = current();
        settle(here, 1);
        if cores >= 2 && may_move {
            assert_ne!(current(), here, "moved off the parent's core");
        }
        let after = allowed().unwrap();
        // SAFETY: both are valid bitsets.
        assert!(unsafe { libc::CPU_EQUAL(&before, &after) }, "the allowed cores are as before");
        // On another core than the parent's, a thread stays where it is.
        let there = current();
        settle(there.map(|c| c + 1), 1);
        assert_eq!(current(), there);
    }

    #[test]
    fn threads_are_named() {
        let name = std::thread::scope(|s| {
            let named = super::spawn_scoped(s, "gazette-test", 1, || std::thread::current().name().map(String::from));
            named.unwrap().join().unwrap()
        });
        assert_eq!(name.as_deref(), Some("gazette-test"));
    }
}
