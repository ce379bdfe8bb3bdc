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
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Head {
    pub(crate) first: u64,
    pub(crate) double: Option<u64>,
}

/// A position where a walk may start.
#[derive(Clone, Copy)]
pub(super) struct Start {
    pub(super) pos: usize,
    /// The first normalised byte, which picks the shard.
    pub(super) first_byte: u8,
    /// Whether it starts a word (else a non-word unit that begins some name).
    pub(super) word: bool,
    /// Whether it starts with a capital (a word only).
    pub(super) capital: bool,
    /// For a word: the hash of its run of word units and, when a next run follows, the hashes of the
    /// gap and of that run (combined into its head's hash only when the filter needs it, which is
    /// rare), whether they were clean (no ignorable character or stray mark inside, which would make
    /// the hashes disagree with the walk), and whether the filter turned it away.
    pub(super) first_run: u64,
    pub(super) next: Option<Next>,
    pub(super) clean: bool,
    /// How far the filter lets a walk from here go (`On` for a start it does not judge, `Unjudged` for a
    /// word until its head is known).
    pub(super) reach: Reach,
}

impl Start {
    /// A word start, its head not known yet.
    pub(super) fn word(pos: usize, first_byte: u8, capital: bool, first_run: u64, clean: bool) -> Start {
        Start { pos, first_byte, word: true, capital, first_run, next: None, clean, reach: Reach::Unjudged }
    }

    /// A non-word unit that begins some name: the filter does not judge it.
    pub(super) fn other(pos: usize, first_byte: u8) -> Start {
        Start { pos, first_byte, word: false, capital: false, first_run: 0, next: None, clean: false, reach: Reach::On }
    }
}

/// How far a walk may go, as the filter sees it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Reach {
    /// A word start whose head is not known yet.
    Unjudged,
    Nowhere,
    /// Not into the second run of word units.
    FirstRun,
    On,
}

/// The gap after a word and the run of word units after it, hashed.
#[derive(Clone, Copy)]
pub(super) struct Next {
    pub(super) gap: u64,
    pub(super) run: u64,
}

/// Which bits of a hash pick an entry's three bits in its block: a first run's single and leading
/// entries share a block and take different bits; a head's double entry is another hash.
const SINGLE: u32 = 0;
const LEADING: u32 = 18;
const DOUBLE: u32 = 0;

/// The hash of a head from the hashes of its first run, its gap and its second run.
#[inline]
fn combine(first: u64, gap: u64, second: u64) -> u64 {
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
///
/// It has three parts: every name enters the first, which serves word starts with a capital; the names
/// that may start at a word without one (see `capitals`) also enter the second when their key starts
/// with an ASCII byte, the third when it does not, and those serve such words by their first byte. Five
/// words in six have no capital, and nearly all start with an ASCII letter: the second part leaves out
/// the names in caseless scripts, which at 1M names are most of the rest, and so stays in cache better.
/// The part is picked by arithmetic, not by a branch: capitals come and go at random in text, and a
/// mispredicted branch per word cost more than the walks the second part saves on small gazetteers.
#[derive(Debug)]
pub(super) struct FirstWords {
    blocks: Vec<u64>,
    /// Per part (see [`part`]), where it starts in `blocks` and its shift: all the first's when every
    /// name is in every part.
    parts: [(usize, u32); 4],
}

/// The part of the filter that serves a word start with or without a capital, by its first normalised
/// byte (the fourth entry of `FirstWords::parts` is never used: it only spares a bounds check).
#[inline]
fn part(capital: bool, first_byte: u8) -> usize {
    usize::from(!capital) * (1 + usize::from(first_byte >> 7))
}

/// How many blocks a part of `names` names gets: about 12 to 24 bits a name, at 1M names 2 MB. A smaller
/// filter stays in cache better, which measured faster than the fewer false positives of a larger one.
fn blocks_for(names: usize) -> usize {
    (names * 3 / 16).next_power_of_two().max(2)
}

impl FirstWords {
    /// The blocks and each part's base and shift, for the wide path's own probes.
    #[cfg(target_arch = "x86_64")]
    pub(super) fn raw(&self) -> (&[u64], [(usize, u32); 4]) {
        (&self.blocks, self.parts)
    }

    /// Heap bytes held.
    pub(super) fn memory_usage(&self) -> usize {
        self.blocks.capacity() * 8
    }

    /// A filter for `names` names, `lower[0]` of which may start at a word without a capital and have a
    /// key that starts with an ASCII byte, `lower[1]` the others that may (`None`: all of them).
    pub(super) fn new(names: usize, lower: Option<[usize; 2]>) -> FirstWords {
        let first = blocks_for(names);
        let shift = |blocks: usize| 64 - blocks.trailing_zeros();
        let Some([ascii, other]) = lower else {
            return FirstWords { blocks: vec![0; first], parts: [(0, shift(first)); 4] };
        };
        // The second and third parts serve five words in six: at least 8 KB each, so that on small
        // gazetteers they stay sparse (a frequent word that is a false positive there walks at every
        // occurrence) and in cache.
        let (ascii, other) = (blocks_for(ascii).max(1024), blocks_for(other).max(1024));
        let parts = [(0, shift(first)), (first, shift(ascii)), (first + ascii, shift(other)), (0, shift(first))];
        FirstWords { blocks: vec![0; first + ascii + other], parts }
    }

    /// The block of `hash` in `part`: its top bits (the hashes are mixed already, so no multiply is
    /// spent here, nor in `bits`).
    #[inline]
    fn block_index(&self, hash: u64, part: usize) -> usize {
        let (base, shift) = self.parts[part & 3];
        base + (hash >> shift) as usize
    }

    /// The three bits of an entry in its block, from the 18 bits of `hash` from `at` on (clear of the
    /// top bits that picked the block while a part has fewer than 2^28 blocks).
    #[inline]
    fn bits(hash: u64, at: u32) -> u64 {
        let h = hash >> at;
        1u64 << (h & 63) | 1u64 << ((h >> 6) & 63) | 1u64 << ((h >> 12) & 63)
    }

    /// Adds a name's head, whose key starts with `first_byte`: to the first part, and to the part that
    /// serves it at a word without a capital when it may start there.
    pub(super) fn insert(&mut self, name: &Head, first_byte: u8, lower_start: bool) {
        let entries = match name.double {
            Some(double) => [(name.first, LEADING), (double, DOUBLE)],
            None => [(name.first, SINGLE), (name.first, SINGLE)],
        };
        for (hash, at) in entries {
            let (first, lower) = (self.block_index(hash, 0), self.block_index(hash, part(false, first_byte)));
            self.blocks[first] |= Self::bits(hash, at);
            if lower_start {
                self.blocks[lower] |= Self::bits(hash, at);
            }
        }
    }

    /// The block that holds `hash`'s entries for a word start with or without a capital and that first
    /// normalised byte (a first run's single and leading entries share one).
    #[inline]
    fn block(&self, hash: u64, s: &Start) -> u64 {
        self.blocks[self.block_index(hash, part(s.capital, s.first_byte))]
    }

    /// Whether some name's head may open with the first run of the clean word start `s`: as one word, or
    /// as its first. A start that does not is [`Reach::Nowhere`] whatever follows it.
    #[inline]
    pub(super) fn opens(&self, s: &Start) -> bool {
        let block = self.block(s.first_run, s);
        let (single, leading) = (Self::bits(s.first_run, SINGLE), Self::bits(s.first_run, LEADING));
        block & single == single || block & leading == leading
    }

    /// How far a walk from the clean word start `s` may go: nowhere when no name's head is there; through
    /// the first run of word units and the non-word units after it when only one-word names may start
    /// there (a name that goes on into the next run has the text's head for its own, and the filter knows
    /// none); on otherwise.
    #[inline]
    pub(super) fn reach(&self, s: &Start) -> Reach {
        let has = |hash, at, block: u64| {
            let bits = Self::bits(hash, at);
            block & bits == bits
        };
        let block = self.block(s.first_run, s);
        let double = || {
            has(s.first_run, LEADING, block)
                && s.next.is_some_and(|n| {
                    let d = combine(s.first_run, n.gap, n.run);
                    has(d, DOUBLE, self.block(d, s))
                })
        };
        if double() {
            Reach::On
        } else if has(s.first_run, SINGLE, block) {
            Reach::FirstRun
        } else {
            Reach::Nowhere
        }
    }
}
