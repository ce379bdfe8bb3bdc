//! The filter in front of the automata: a blocked Bloom filter over the heads of the names (a one-word
//! name, or a longer name's first two words), which turns most word starts away before they walk.

use crate::normalize::{self, Fold};

/// The head of a name: its first run of word units and, when another follows, the head up to the
/// end of that second run (with what lies between, as in "the hague", "u.s", "washington, d"), hashed.
///
/// Why: a name can only match where the text's first word is exactly the name's first word (both end
/// on a word boundary), and, for a name of several words, where the text's head is the name's head.
/// Half the words of English news are the first word of some place name, but an eighth are the head of
/// one, so checking heads skips most walks before they touch the automaton.
pub(super) struct Head {
    first: u64,
    double: Option<u64>,
}

/// A position where a walk may start.
pub(super) struct Start {
    pub(super) pos: usize,
    /// The first normalised byte, which picks the shard.
    pub(super) first_byte: u8,
    /// Whether it starts a word (else a non-word unit that begins some name).
    pub(super) word: bool,
    /// Whether it starts with a capital (a word only).
    pub(super) capital: bool,
    /// For a word: the hash of its run of word units and of its head through the next run (when a
    /// next run follows), whether both were clean (no ignorable character or stray mark inside, which
    /// would make the hashes disagree with the walk), and the filter blocks of both once read.
    pub(super) first_run: u64,
    pub(super) double: Option<u64>,
    pub(super) clean: bool,
    pub(super) block: u64,
    pub(super) double_block: u64,
}

/// Tags that keep the three kinds of entry apart.
pub(super) const TAG_SINGLE: u64 = 1;
pub(super) const TAG_LEADING: u64 = 2;
pub(super) const TAG_DOUBLE: u64 = 3;

/// The hash of a head from the hashes of its first run, its gap and its second run.
#[inline]
pub(super) fn combine(first: u64, gap: u64, second: u64) -> u64 {
    let h = (first ^ gap.rotate_left(21)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h ^ second.rotate_left(42)).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) ^ (h >> 29)
}

impl Head {
    pub(super) fn of_name(name: &str, fold: Fold, scratch: &mut Vec<u8>) -> Head {
        let (run_end, first, _) = normalize::word_run(name, 0, fold, scratch);
        let (gap_end, gap, _) = normalize::gap_run(name, run_end, fold, scratch);
        let double =
            (gap_end < name.len()).then(|| combine(first, gap, normalize::word_run(name, gap_end, fold, scratch).1));
        Head { first, double }
    }
}

/// A blocked Bloom filter over the heads of the names: a name of one word enters as its single word,
/// a name of several words as its first word (leading) and its head. Each lookup reads one 64-bit
/// word, and the single and leading entries of one word share it, so a word start costs one cache
/// miss at most. No false negatives; a few percent of false positives.
#[derive(Debug)]
pub(super) struct FirstWords {
    blocks: Vec<u64>,
    shift: u32,
}

impl FirstWords {
    /// Heap bytes held.
    pub(super) fn memory_usage(&self) -> usize {
        self.blocks.capacity() * 8
    }

    pub(super) fn new(names: usize) -> FirstWords {
        // About 12 to 24 bits a name: at 1M names, 2 MB. A smaller filter stays in cache better, which
        // measured faster than the fewer false positives of a larger one.
        let blocks = (names * 3 / 16).next_power_of_two().max(2);
        FirstWords { blocks: vec![0; blocks], shift: 64 - blocks.trailing_zeros() }
    }

    /// The block of `hash` and the three bits of (`hash`, `tag`) in it.
    #[inline]
    fn probe(&self, hash: u64, tag: u64) -> (usize, u64) {
        let block = (hash.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize;
        let h = (hash ^ tag.wrapping_mul(0xc2b2_ae3d_27d4_eb4f)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        let bits = 1u64 << (h >> 58) | 1u64 << ((h >> 52) & 63) | 1u64 << ((h >> 46) & 63);
        (block, bits)
    }

    pub(super) fn insert(&mut self, name: &Head) {
        let entries = match name.double {
            Some(double) => [(name.first, TAG_LEADING), (double, TAG_DOUBLE)],
            None => [(name.first, TAG_SINGLE), (name.first, TAG_SINGLE)],
        };
        for (hash, tag) in entries {
            let (block, bits) = self.probe(hash, tag);
            self.blocks[block] |= bits;
        }
    }

    /// The block that holds `hash`'s entry under `tag` (a first run's single and leading entries share
    /// one).
    #[inline]
    pub(super) fn block(&self, hash: u64, tag: u64) -> u64 {
        self.blocks[self.probe(hash, tag).0]
    }

    /// Whether some name may start at the clean word start `s`, whose blocks have been read.
    #[inline]
    pub(super) fn admits(&self, s: &Start) -> bool {
        self.admits_in(s, s.block, s.double_block)
    }

    /// [`FirstWords::admits`] for a filter other than the one whose blocks `s` holds.
    #[inline]
    pub(super) fn admits_reading(&self, s: &Start) -> bool {
        let double_block = s.double.map_or(0, |d| self.block(d, TAG_DOUBLE));
        self.admits_in(s, self.block(s.first_run, TAG_SINGLE), double_block)
    }

    #[inline]
    pub(super) fn admits_in(&self, s: &Start, block: u64, double_block: u64) -> bool {
        let has = |hash, tag, block: u64| {
            let bits = self.probe(hash, tag).1;
            block & bits == bits
        };
        has(s.first_run, TAG_SINGLE, block)
            || (has(s.first_run, TAG_LEADING, block) && s.double.is_some_and(|d| has(d, TAG_DOUBLE, double_block)))
    }
}
