//! The one-word table: where a walk cannot go past the word it starts at, the names that word spells,
//! found in one probe instead of a walk.
//!
//! Why: most walks end in their first word (four in five on news with 1M names), because the filter
//! knows no longer name that opens there. Walked, such a word costs a dependent load of the automaton
//! per byte, most of them cache misses in a large gazetteer. A word of at most eight ASCII word
//! characters, lowered, packed into a `u64`, is the key the walk would spell: it indexes an
//! open-addressing table of the keys of that shape, one slot per key.
//!
//! A walk that stops at the first word still reads the non-word units after it, where a name may go on
//! ("Yahoo!", "Corp."): such a key's word gets a slot that sends its walks to the automaton.

use super::{ASCII_CLASS, ASCII_FOLDED, Class};

/// One key, or one word that opens a key that goes on past it with non-word characters only. Twelve
/// bytes: the word in two halves, so that the slot needs no eight-byte alignment.
#[derive(Clone, Copy, Default)]
pub(super) struct Slot {
    /// The word's bytes, little-endian, zero past its end (0: an empty slot), low half first.
    key: [u32; 2],
    /// As `Shard::names` holds it, or `WALK`.
    names: u32,
}

/// The entry of a word whose walks the automaton must decide: some key goes on past its word with non-word
/// characters. (No key's entry in `Shard::names` is this value: `MANY` with every bit set would index
/// the 2^31st list of several names, and there are fewer.)
pub(super) const WALK: u32 = u32::MAX;

/// The longest word the table holds, in bytes.
const MAX_WORD: usize = 8;

/// What the table says about the word at a walk's start.
pub(super) enum Word<'t> {
    /// No name is this word; none goes on past it with non-word characters only.
    Nothing,
    /// The names of the key that is this word (as `Shard::names` holds them), which ends at `end`.
    Names { end: usize, names: &'t u32 },
    /// The automaton must decide (a long word, non-ASCII text, or a key that goes on past the word).
    Walk,
}

/// One shard's table.
#[derive(Default)]
pub(super) struct Words {
    slots: Vec<Slot>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("slots", &self.slots.len()).finish()
    }
}

/// Packs a run of ASCII word bytes of at most [`MAX_WORD`] (`None` for an empty or longer one).
fn pack(word: &[u8]) -> Option<u64> {
    (!word.is_empty() && word.len() <= MAX_WORD).then(|| word.iter().rev().fold(0, |k, &b| k << 8 | u64::from(b)))
}

fn is_word(b: u8) -> bool {
    b < 0x80 && ASCII_CLASS[b as usize] == Class::Word
}

fn halves(key: u64) -> [u32; 2] {
    [key as u32, (key >> 32) as u32]
}

/// The word a key gives a slot to, packed, and whether the key goes on past it (with non-word ASCII
/// characters only, which a walk that stops at the word's end still reads): `None` for other keys.
pub(super) fn word_of(key: &[u8]) -> Option<(u64, bool)> {
    let run = key.iter().take_while(|&&b| is_word(b)).count();
    let rest = &key[run..];
    pack(&key[..run]).filter(|_| rest.iter().all(|&b| b < 0x80 && !is_word(b))).map(|word| (word, !rest.is_empty()))
}

impl Words {
    /// The table of a shard's words, each with its key's entry in `Shard::names`, or `WALK` when a key
    /// goes on past it; a word may come twice (as a key and as the start of a longer one).
    pub(super) fn new(words: &[(u64, u32)]) -> Words {
        if words.is_empty() {
            return Words::default();
        }
        let mut slots = vec![Slot::default(); words.len() + words.len() / 4 + 1];
        for &(key, names) in words {
            let i = probe(&slots, key);
            let slot = &mut slots[i];
            // A word met before is a key and the start of a longer one: the walk decides.
            *slot = Slot { key: halves(key), names: if slot.key == [0, 0] { names } else { WALK } };
        }
        Words { slots }
    }

    pub(super) fn memory_usage(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    /// What the table says about a walk from `start` that stops at the end of its first word.
    #[inline]
    pub(super) fn at(&self, bytes: &[u8], start: usize) -> Word<'_> {
        if self.slots.is_empty() {
            return Word::Walk;
        }
        let mut key = 0u64;
        let mut end = start;
        while end < bytes.len() && is_word(bytes[end]) {
            if end - start == MAX_WORD {
                return Word::Walk;
            }
            key |= u64::from(ASCII_FOLDED[bytes[end] as usize]) << (8 * (end - start));
            end += 1;
        }
        if end == start {
            return Word::Walk;
        }
        // The walk reads on through non-word units to the next word; where one of them is not ASCII (a
        // combining mark, a curly quote, a character that folds to letters), it must decide.
        let mut q = end;
        while q < bytes.len() && !is_word(bytes[q]) {
            if bytes[q] >= 0x80 {
                return Word::Walk;
            }
            q += 1;
        }
        let slot = &self.slots[probe(&self.slots, key)];
        match slot.names {
            _ if slot.key == [0, 0] => Word::Nothing,
            WALK => Word::Walk,
            _ => Word::Names { end, names: &slot.names },
        }
    }
}

/// The slot of `key` in `slots` (linear probing from its hash), or the empty slot where it would go.
#[inline]
fn probe(slots: &[Slot], key: u64) -> usize {
    let h = (key ^ key >> 29).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut i = ((u128::from(h) * slots.len() as u128) >> 64) as usize;
    while slots[i].key != [0, 0] && slots[i].key != halves(key) {
        i = if i + 1 == slots.len() { 0 } else { i + 1 };
    }
    i
}
