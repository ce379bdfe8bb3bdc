//! The work-sharing loop behind the library's parallel steps: documents extracted on several threads
//! (`Extractor::extract_each`), longest first, and the matcher's shards built on every core (the
//! `gazette` command's JSON Lines stream through a loop of their own, `cli::jsonl`). Each thread takes
//! the next item as it finishes one, so a long item does not leave the others idle, and only as many
//! items are in work (their scratch memory alive) as threads.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `one(i)` for each `i < len`, in that order, on `threads` threads (at least one; the calling thread is
/// one of them, and with one, or fewer than two items, it does all the work). A panic in `one` stops
/// the others from starting more and reaches the caller with its own message.
pub(crate) fn each_index<T, F>(len: usize, threads: usize, one: F) -> Vec<T>
where
    T: Send,
    F: Fn(usize) -> T + Sync,
{
    each_picked(len, threads, |k| k, one)
}

/// As [`each_index`] for items of `sizes.len()`, the results in index order, but on several threads the
/// items are taken largest first: a long document started last would keep one thread busy while the
/// others wait for it at the end.
pub(crate) fn each_largest_first<T, F>(sizes: &[usize], threads: usize, one: F) -> Vec<T>
where
    T: Send,
    F: Fn(usize) -> T + Sync,
{
    if threads <= 1 || sizes.len() < 2 {
        return each_index(sizes.len(), threads, one);
    }
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sizes[i]));
    each_picked(sizes.len(), threads, |k| order[k], one)
}

/// The loop of both: the `k`-th item taken is `pick(k)`, a permutation of `0..len`.
fn each_picked<T, F>(len: usize, threads: usize, pick: impl Fn(usize) -> usize + Sync, one: F) -> Vec<T>
where
    T: Send,
    F: Fn(usize) -> T + Sync,
{
    if threads <= 1 || len < 2 {
        return (0..len).map(|k| one(pick(k))).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let _stop = StopOnPanic { next: &next, end: len };
        let mut done = Vec::new();
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            if k >= len {
                return done;
            }
            let i = pick(k);
            done.push((i, one(i)));
        }
    };
    let mut slots: Vec<Option<T>> = std::iter::repeat_with(|| None).take(len).collect();
    std::thread::scope(|scope| {
        let work = &work;
        let spawned: Vec<_> = (1..threads.min(len))
            .map(|nth| crate::threads::spawn_scoped(scope, "gazette-pool", nth, work).expect("a thread starts"))
            .collect();
        let mine = work();
        // Joined here, so that a panic reaches the caller with its own message.
        let theirs = spawned.into_iter().map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        for (i, result) in theirs.flatten().chain(mine) {
            slots[i] = Some(result);
        }
    });
    slots.into_iter().map(|r| r.expect("every index is taken by exactly one thread")).collect()
}

/// Held by each thread of [`each_index`]: when the thread panics, the others take no new item.
struct StopOnPanic<'a> {
    next: &'a AtomicUsize,
    end: usize,
}

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.next.store(self.end, Ordering::Relaxed);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_index_order_whatever_order_the_items_are_taken_in() {
        let sizes = [3, 90, 0, 7, 90, 12, 1, 55];
        for threads in 1..=4 {
            let calls = AtomicUsize::new(0);
            let got = each_largest_first(&sizes, threads, |i| {
                calls.fetch_add(1, Ordering::Relaxed);
                (i, sizes[i] * 2)
            });
            let want: Vec<_> = sizes.iter().enumerate().map(|(i, &s)| (i, s * 2)).collect();
            assert_eq!(got, want, "{threads} threads");
            assert_eq!(calls.into_inner(), sizes.len(), "each item once, {threads} threads");
        }
    }
}
