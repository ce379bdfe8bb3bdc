//! The matcher: names compiled into anchored Aho-Corasick automata, and the scan that walks them only
//! where a word starts.
//!
//! Why anchored walks: a name can only start where a word starts, so walking the automaton from its
//! anchored start state at those positions does less work than an unanchored search over every byte,
//! and it sees every candidate end of every start, so a longest candidate that fails the word-boundary
//! test never hides a shorter valid one. Normalisation happens on the fly, one unit at a time, so
//! offsets stay in the original text and nothing is copied.
//!
//! Most word starts never reach the automaton: a Bloom filter over the names' heads (a one-word name,
//! or a longer name's first two words) turns them away. The fast path asks it twice. As soon as a word
//! is read: whether any name opens with it; most words open none, and are not kept as starts at all.
//! Then as soon as a kept word's head is known, and it only stores the answer (nearly always "no", so
//! predicted), for walks that wait for the batch of starts: the scan runs on while a block is read, and
//! the cache misses of several words overlap. A two-byte table replaces the first two steps of the walks
//! that remain, and a walk that the filter keeps to its first word, a word of at most eight ASCII
//! characters, is one probe of a table of the one-word keys instead (`words`).
//! Large gazetteers are split by the first byte of each name into shards built on parallel threads.
//!
//! On plain ASCII text and a CPU with AVX-512, the words of 64 bytes at a time are hashed and filtered
//! together (`wide`); elsewhere the words are read one by one, sixteen bytes at a time (`ascii`) or a unit
//! at a time.
//!
//! This file holds the scan and the walks; `build` compiles the names, `filter` holds the Bloom filter,
//! `words` the one-word table.

use aho_corasick::Anchored;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;

use crate::capitals;
use crate::entity::{Entity, Store};
use crate::error::{Error, ErrorKind, Result};
use crate::mention::{Raw, Resolution};
use crate::normalize::{self, ASCII_CLASS, ASCII_FOLDED, Class, Fold};

/// Gazetteers with fewer distinct names than this are built as one automaton; larger ones, from the size
/// a build goes parallel at, in shards that every core builds (tests and fuzzing shard tiny ones, so that
/// the property tests and fuzz targets cover sharding).
const SHARD_THRESHOLD: usize = if cfg!(any(test, feature = "fuzzing")) { 4 } else { build::PARALLEL_NAMES };
const NO_SHARD: u8 = u8::MAX;

/// The byte in front of every key in the automata (see `build_shard`).
const SENTINEL: u8 = 0;

/// Marks an entry of `Shard::names` that indexes several names (alias ids below it stand for themselves).
const MANY: u32 = 1 << 31;

/// Jump table entries: no name starts with these two bytes; walk normally (a one-byte name may end
/// after the first); otherwise the shard and the state after both bytes.
const JUMP_DEAD: u32 = u32::MAX;
const JUMP_WALK: u32 = u32::MAX - 1;
const JUMP_SHARD_SHIFT: u32 = 24;
const JUMP_SID_MASK: u32 = (1 << JUMP_SHARD_SHIFT) - 1;

enum Jump {
    Dead,
    Walk,
    To { shard: u32, sid: StateID },
}

#[derive(Debug)]
struct Shard {
    nfa: contiguous::NFA,
    start: StateID,
    /// Pattern `p`'s name, `names[p]`, when its key has one (most do: a walk that finds it then loads
    /// nothing more from the shard); else `MANY | m`, and its names are `aliases[starts[m]..starts[m + 1]]`,
    /// in gazetteer order.
    names: Vec<u32>,
    starts: Vec<u32>,
    aliases: Vec<u32>,
    /// Whether some key holds `SENTINEL` past its start: only then may a state report a name other than
    /// the one it spells (one that is a suffix of it), which the walk must then tell apart by length.
    sentinel_inside: bool,
    /// The names of its short one-word keys, for walks that stop at their first word.
    words: Words,
}

impl Shard {
    /// The names of a key, from its entry in `names`.
    #[inline]
    fn names_of<'s>(&'s self, entry: &'s u32) -> &'s [u32] {
        match *entry {
            one if one & MANY == 0 => std::slice::from_ref(entry),
            m => {
                let m = (m & !MANY) as usize;
                &self.aliases[self.starts[m] as usize..self.starts[m + 1] as usize]
            }
        }
    }
}

/// The compiled names.
#[derive(Debug)]
pub(crate) struct Matcher {
    fold: Fold,
    shards: Vec<Shard>,
    /// First normalised byte of a name → its shard, or `NO_SHARD`.
    shard_of: [u8; 256],
    /// First normalised bytes of names that a non-word unit of the text may start: names that start with
    /// a non-word unit (such as `'s-Hertogenbosch`), and names whose key starts with a non-ASCII byte,
    /// since a stray mark that absorbs a letter-like one is a non-word unit with a letter's normal form.
    /// Walks also start at such units.
    other_first: [bool; 256],
    any_other_first: bool,
    /// The scan's wide path, where the CPU has it (see `wide`).
    wide: Option<Wide>,
    /// Whether capitalised names match only capitalised text (see `capitals`).
    proper_nouns: bool,
    /// Per name, the `MARKED` and `CAPITALS` checks that its matches need.
    checks: Vec<u8>,
    /// The heads of all names that start with a word, to skip walks that cannot match; in a part of
    /// their own, those that may start at a word without a capital (their first word is in lowercase or
    /// an article, or the rule does not hold for them).
    first_words: FirstWords,
    /// The first two steps of every walk that starts with two ASCII bytes, indexed by
    /// `first << 7 | second` (empty when state ids do not fit).
    jump: Vec<u32>,
}

/// A name with diacritics, when they are folded: it matches text without its diacritics only when the
/// text is capitalised, so that "Thān" finds "Than" but not the word "than" (even where the proper-noun
/// rule does not hold: for a lowercase name, or with the rule turned off).
const MARKED: u8 = 1;
/// A name that the proper-noun rule holds for, with some word that needs a capital.
const CAPITALS: u8 = 2;

impl Matcher {
    pub(crate) fn fold(&self) -> Fold {
        self.fold
    }

    pub(crate) fn proper_nouns(&self) -> bool {
        self.proper_nouns
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.shards
            .iter()
            .map(|s| {
                s.nfa.memory_usage()
                    + (s.names.capacity() + s.starts.capacity() + s.aliases.capacity()) * 4
                    + s.words.memory_usage()
            })
            .sum::<usize>()
            + self.jump.capacity() * 4
            + self.first_words.memory_usage()
            + self.checks.capacity()
    }

    /// Scans `text` and returns the matches, sorted by start (then end): leftmost-longest and
    /// non-overlapping, or every valid one when `overlapping`.
    pub(crate) fn find(&self, store: &Store, text: &str, overlapping: bool) -> Vec<Raw> {
        self.find_with(store, text, overlapping, None)
    }

    /// [`Matcher::find`] without the wide path: the reference holds both to its answers on a CPU that
    /// has it, so that the other paths, which CPUs without it take everywhere, are checked there too.
    #[cfg(any(test, feature = "fuzzing"))]
    pub(crate) fn find_narrow(&self, store: &Store, text: &str, overlapping: bool) -> Vec<Raw> {
        self.find_on(store, text, overlapping, None, None)
    }

    /// [`Matcher::find`], also pushing the leftmost-longest matches of `phrases` (built with this
    /// matcher's fold) found at the same word starts, whatever the names' matches.
    pub(crate) fn find_with(
        &self,
        store: &Store,
        text: &str,
        overlapping: bool,
        phrases: Option<(&Phrases, &mut Vec<Raw>)>,
    ) -> Vec<Raw> {
        self.find_on(store, text, overlapping, phrases, self.wide.as_ref())
    }

    /// [`Matcher::find_with`], with the wide path given (`None`: without it).
    fn find_on(
        &self,
        store: &Store,
        text: &str,
        overlapping: bool,
        mut phrases: Option<(&Phrases, &mut Vec<Raw>)>,
        wide: Option<&Wide>,
    ) -> Vec<Raw> {
        debug_assert!(phrases.as_ref().is_none_or(|(p, _)| p.matcher.fold == self.fold));
        let mut phrase_allowed = 0;
        // The phrases' filter also decides which words the scan keeps.
        let phrase_words = phrases.as_ref().map(|(p, _)| &p.matcher.first_words);
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        // The wide path, where the CPU has it, for the names alone (the phrases' filter is not in it).
        let wide = wide.filter(|_| phrase_words.is_none());
        let mut scan = Scan { pos: 0, prev_word: false, wide_after: if wide.is_some() { 0 } else { usize::MAX } };
        let mut batch = Vec::with_capacity(BATCH);
        // Where the next walk may start: the end of the last match (non-overlapping mode).
        let mut allowed = 0;
        while scan.pos < text.len() {
            batch.clear();
            self.next_starts(text, &mut scan, &mut batch, &mut scratch, phrase_words, wide);
            // The filter for the starts that the fast path left unjudged, in one loop, so that the blocks'
            // cache misses overlap instead of queueing one word at a time.
            for s in batch.iter_mut().filter(|s| s.reach == Reach::Unjudged) {
                s.reach = if s.clean { self.first_words.reach(s) } else { Reach::On };
            }
            for s in &batch {
                if s.pos < allowed || s.reach == Reach::Nowhere {
                    continue;
                }
                let before = out.len();
                self.walk(store, text, s, overlapping, &mut out, &mut scratch);
                if !overlapping && out.len() > before {
                    allowed = out[out.len() - 1].end;
                }
            }
            if let Some((p, found)) = phrases.as_mut() {
                for s in &batch {
                    if !s.word || s.pos < phrase_allowed {
                        continue;
                    }
                    let reach = if s.clean { p.matcher.first_words.reach(s) } else { Reach::On };
                    if reach == Reach::Nowhere {
                        continue;
                    }
                    let start = Start { reach, ..*s };
                    let before = found.len();
                    p.matcher.walk(&p.store, text, &start, false, found, &mut scratch);
                    if found.len() > before {
                        phrase_allowed = found[found.len() - 1].end;
                    }
                }
            }
        }
        if overlapping {
            out.sort_by_key(|r| (r.start, r.end));
        }
        out
    }

    /// Finds the next positions where a walk may start (up to [`BATCH`] of them): every word start
    /// (but those of ASCII words that no name, nor phrase, opens with: the fast path drops them), and
    /// the non-word units that begin some name. The set does not depend on where matches end,
    /// since a match always ends on a unit boundary.
    #[cfg_attr(not(target_arch = "x86_64"), allow(unused_variables))]
    fn next_starts(
        &self,
        text: &str,
        scan: &mut Scan,
        batch: &mut Vec<Start>,
        scratch: &mut Vec<u8>,
        phrase_words: Option<&FirstWords>,
        wide: Option<&Wide>,
    ) {
        let bytes = text.as_bytes();
        // The last word start pushed and the gap after it, hashed as names' gaps are, so that its
        // head is known once the next word is read.
        let mut last_word: Option<usize> = None;
        let mut gap = normalize::Gap::new();
        while scan.pos < bytes.len() {
            if !scan.prev_word && ASCII_CLASS.get(bytes[scan.pos] as usize) == Some(&Class::Word) {
                #[cfg(target_arch = "x86_64")]
                if let Some(wide) = wide
                    && last_word.is_none()
                    && scan.pos >= scan.wide_after
                {
                    match wide.words(self, text, scan, batch, scratch) {
                        Fast::Full => return,
                        Fast::Read => continue,
                        Fast::Slow => {}
                    }
                }
                match self.ascii_words(bytes, scan, batch, &mut last_word, &mut gap, phrase_words) {
                    Fast::Full => return,
                    Fast::Read => continue,
                    Fast::Slow => {}
                }
            }
            let pos = scan.pos;
            let b = bytes[pos];
            // An ASCII byte followed by a non-ASCII one may carry combining marks: the slow path.
            // An ASCII byte is a unit of its own unless combining marks follow; those are absorbed below
            // (a mark makes the gap unclean; at a word start, the first byte is read in full).
            let (end, class, mut first) = if b < 0x80 {
                let class = ASCII_CLASS[b as usize];
                if class != Class::Word {
                    gap.push(class, &[ASCII_FOLDED[b as usize]]);
                }
                (pos + 1, class, ASCII_FOLDED[b as usize])
            } else {
                scratch.clear();
                let (end, class, absorbed) = normalize::unit_or_mark(text, pos, self.fold, scratch);
                if absorbed {
                    // A combining mark belongs to the unit before it, whose class stands (and whose
                    // normal form it may change: the gap's hash is no longer to be trusted).
                    gap.clean = false;
                    scan.pos = end;
                    continue;
                }
                if class != Class::Word {
                    gap.push(class, scratch);
                    // A non-word unit that absorbed marks may hide a letter (U+0345 folds to "ι"), which
                    // a name with the same key spells as a word of its own: its head is not this one.
                    gap.clean &= text[pos..end].chars().nth(1).is_none();
                }
                (end, class, scratch.first().copied().unwrap_or(0))
            };
            match class {
                Class::Word if !scan.prev_word => {
                    if b < 0x80 && bytes.get(pos + 1).is_some_and(|&n| n >= 0x80) {
                        scratch.clear();
                        normalize::unit(text, pos, self.fold, scratch);
                        first = scratch.first().copied().unwrap_or(first);
                    }
                    let (run_end, first_run, clean) = normalize::word_run(text, pos, self.fold, scratch);
                    if let Some(i) = last_word {
                        let previous = &mut batch[i];
                        previous.next = Some(Next { gap: gap.hash, run: first_run });
                        previous.clean &= gap.clean && clean;
                    }
                    if batch.len() >= BATCH {
                        // This start opens the next batch; it was read only to finish the last head.
                        return;
                    }
                    last_word = Some(batch.len());
                    gap = normalize::Gap::new();
                    let capital = if b < 0x80 {
                        b.is_ascii_uppercase()
                    } else {
                        text[pos..].chars().next().is_some_and(capitals::is_capital)
                    };
                    batch.push(Start::word(pos, first, capital, first_run, clean));
                    // No word starts inside a clean run; an ignorable character may start one.
                    scan.pos = if clean { run_end } else { end };
                    scan.prev_word = true;
                    continue;
                }
                Class::Other if !scan.prev_word && self.any_other_first && self.other_first[first as usize] => {
                    if batch.len() >= BATCH {
                        // This start opens the next batch. The last word's head stays unknown, so its
                        // walk goes ahead unfiltered.
                        if let Some(i) = last_word {
                            batch[i].clean = false;
                        }
                        return;
                    }
                    batch.push(Start::other(pos, first));
                }
                _ => {}
            }
            scan.prev_word = class == Class::Word;
            scan.pos = end;
            if batch.len() >= BATCH && last_word.is_none() {
                return;
            }
        }
        // The text ended: the last word has no second run (its clean flag covers its gap too).
        if let Some(i) = last_word {
            batch[i].clean &= gap.clean;
        }
    }

    /// The scan's fast path, from an ASCII word start: words of ASCII letters and digits and the ASCII
    /// gaps between them, read as [`Matcher::next_starts`] reads them but without its per-byte cases,
    /// up to anything else (a non-ASCII byte, a non-word unit that may start a name, the last bytes of
    /// the text), where it leaves `scan` for the general loop.
    #[inline]
    fn ascii_words(
        &self,
        bytes: &[u8],
        scan: &mut Scan,
        batch: &mut Vec<Start>,
        last_word: &mut Option<usize>,
        gap: &mut normalize::Gap,
        phrase_words: Option<&FirstWords>,
    ) -> Fast {
        // The state lives in locals while the loop runs (stored back on the way out).
        let (mut pos, mut prev_word, mut last, mut g) = (scan.pos, scan.prev_word, *last_word, *gap);
        let mut read = Fast::Slow;
        // At a word start (the byte before it is not a word's).
        let result = 'words: loop {
            // Where the wide path may read again, it takes over at a word start with no head to finish.
            if pos >= scan.wide_after && last.is_none() && matches!(read, Fast::Read) {
                break read;
            }
            let Some(run) = ascii::word_run(bytes, pos) else { break read };
            if let Some(i) = last {
                let previous = &mut batch[i];
                previous.next = Some(Next { gap: g.hash, run: run.hash });
                previous.clean &= g.clean;
                // Its head is known: the filter's verdict now, while its hashes are at hand.
                previous.reach = if previous.clean { self.first_words.reach(previous) } else { Reach::On };
            }
            if batch.len() >= BATCH {
                break Fast::Full;
            }
            let start = Start::word(pos, run.first, run.capital, run.hash, true);
            // A word that no name (nor phrase) has for its first is no start, whatever follows it.
            last = None;
            if self.first_words.opens(&start) || phrase_words.is_some_and(|f| f.opens(&start)) {
                last = Some(batch.len());
                batch.push(start);
            }
            g = normalize::Gap::new();
            read = Fast::Read;
            // The gap. `ascii::word_run` saw an ASCII byte that is not a word's at `run.end`; it follows
            // a word, so it starts no name.
            let c = bytes[run.end];
            g.push_byte(ASCII_CLASS[c as usize], ASCII_FOLDED[c as usize]);
            pos = run.end + 1;
            prev_word = false;
            // Most often that byte was the whole gap, and the next word is known to start after it.
            if run.one_byte_gap {
                continue;
            }
            loop {
                let Some(&c) = bytes.get(pos) else { break 'words read };
                if c >= 0x80 {
                    break 'words read;
                }
                let class = ASCII_CLASS[c as usize];
                let folded = ASCII_FOLDED[c as usize];
                if class == Class::Word {
                    break;
                }
                // Here a non-word unit precedes: this one may start a name.
                if class == Class::Other && self.any_other_first && self.other_first[folded as usize] {
                    break 'words read;
                }
                g.push_byte(class, folded);
                pos += 1;
            }
        };
        (scan.pos, scan.prev_word, *last_word, *gap) = (pos, prev_word, last, g);
        result
    }

    /// Walks the automaton from `from` along the normalised text, as far as the filter lets it reach.
    /// Pushes the longest valid match (or, when `all`, every valid match).
    #[inline]
    fn walk(&self, store: &Store, text: &str, from: &Start, all: bool, out: &mut Vec<Raw>, scratch: &mut Vec<u8>) {
        let bytes = text.as_bytes();
        let (start, first) = (from.pos, from.first_byte);
        // Whether the walk stops at the next word unit, and whether a unit that is not a word's was read.
        let first_run_only = from.reach == Reach::FirstRun;
        if first_run_only {
            let shard = self.shard_of[from.first_byte as usize];
            let Some(shard) = self.shards.get(shard as usize) else { return };
            match shard.words.at(bytes, start) {
                Word::Nothing => return,
                Word::Names { end, names } => {
                    if let Some(entity) = self.verify(store, text, start, end, shard.names_of(names)) {
                        out.push(Raw { start, end, entity, resolution: Resolution::Gazetteer });
                    }
                    return;
                }
                Word::Walk => {}
            }
        }
        let mut past_run = false;
        let mut q = start;
        let mut depth = 0usize;
        let mut prev_sep = false;
        let (shard, mut sid) = match self.jump(bytes, start) {
            Jump::Dead => return,
            Jump::To { shard, sid } => {
                // Two single-byte units consumed through the table.
                q += 2;
                depth = 2;
                prev_sep = ASCII_CLASS[bytes[start + 1] as usize] == Class::Sep;
                (&self.shards[shard as usize], sid)
            }
            Jump::Walk => {
                let shard = self.shard_of[first as usize];
                if shard == NO_SHARD {
                    return;
                }
                let shard = &self.shards[shard as usize];
                (shard, shard.start)
            }
        };
        let nfa = &shard.nfa;
        let mut best: Option<Raw> = None;
        let mut class = if depth == 2 { ASCII_CLASS[bytes[start + 1] as usize] } else { Class::Sep };
        past_run |= depth == 2 && class != Class::Word;
        loop {
            if depth > 0 && class != Class::Sep && nfa.is_special(sid) && nfa.is_match(sid) {
                let pid = nfa.match_pattern(sid, 0);
                let boundary = q == bytes.len() || normalize::class_at(text, q) != Class::Word;
                // Behind the sentinel, a state reports its own name only, unless the sentinel is inside
                // some key: then the name's length tells.
                if boundary
                    && (!shard.sentinel_inside || nfa.pattern_len(pid) == depth + 1)
                    && let Some(entity) =
                        self.verify(store, text, start, q, shard.names_of(&shard.names[pid.as_usize()]))
                {
                    let m = Raw { start, end: q, entity, resolution: Resolution::Gazetteer };
                    if all {
                        out.push(m);
                    } else {
                        best = Some(m);
                    }
                }
            }
            if q >= bytes.len() {
                break;
            }
            let b = bytes[q];
            if b < 0x80 && (q + 1 == bytes.len() || bytes[q + 1] < 0x80) {
                class = ASCII_CLASS[b as usize];
                if class != Class::Word {
                    past_run = true;
                } else if first_run_only && past_run {
                    break;
                }
                q += 1;
                if class == Class::Sep {
                    if prev_sep {
                        continue;
                    }
                    prev_sep = true;
                } else {
                    prev_sep = false;
                }
                sid = nfa.next_state(Anchored::Yes, sid, ASCII_FOLDED[b as usize]);
                depth += 1;
                if nfa.is_special(sid) && nfa.is_dead(sid) {
                    break;
                }
            } else {
                let (end, c, feed) = normalize::walk_unit(text, q, self.fold, &mut prev_sep, scratch);
                q = end;
                // A match cannot end on an ignorable character, nor after a separator.
                class = if scratch.is_empty() { Class::Sep } else { c };
                if !scratch.is_empty() {
                    if c != Class::Word {
                        past_run = true;
                    } else if first_run_only && past_run {
                        break;
                    }
                }
                if !feed {
                    continue;
                }
                for &nb in scratch.iter() {
                    sid = nfa.next_state(Anchored::Yes, sid, nb);
                    if nfa.is_special(sid) && nfa.is_dead(sid) {
                        break;
                    }
                }
                if nfa.is_special(sid) && nfa.is_dead(sid) {
                    break;
                }
                depth += scratch.len();
            }
        }
        if let Some(m) = best {
            out.push(m);
        }
    }

    /// The state after the first two bytes at `start`, when both are single-byte ASCII units and the
    /// table knows them.
    #[inline]
    fn jump(&self, bytes: &[u8], start: usize) -> Jump {
        let (Some(&b1), Some(&b2)) = (bytes.get(start), bytes.get(start + 1)) else { return Jump::Walk };
        // A third byte of 0x80 or more may be a combining mark that belongs to the second unit.
        if (b1 | b2) >= 0x80 || bytes.get(start + 2).is_some_and(|&b3| b3 >= 0x80) || self.jump.is_empty() {
            return Jump::Walk;
        }
        match self.jump[(b1 as usize) << 7 | b2 as usize] {
            JUMP_DEAD => Jump::Dead,
            JUMP_WALK => Jump::Walk,
            v => Jump::To { shard: v >> JUMP_SHARD_SHIFT, sid: StateID::new_unchecked((v & JUMP_SID_MASK) as usize) },
        }
    }

    /// The entity of the first of `names` (the names of one key) that accepts `text[start..end]`: a
    /// case-sensitive name only when the text has the same case, a name with diacritics only when the text
    /// has them or is capitalised, a proper noun only when the text has its capitals.
    fn verify(&self, store: &Store, text: &str, start: usize, end: usize, names: &[u32]) -> Option<u32> {
        let span = &text[start..end];
        // ASCII without separators is its own normal form when case is kept: no need to build it.
        let plain = |s: &str| s.bytes().all(|b| b.is_ascii() && ASCII_CLASS[b as usize] != Class::Sep);
        let accepts = |alias: u32| {
            if store.alias_case_sensitive(alias) {
                let name = store.alias(alias);
                let same = if plain(span) && plain(name) {
                    span == name
                } else {
                    let keep_case = Fold { case: false, ..self.fold };
                    normalize::normalize(span, keep_case) == normalize::normalize(name, keep_case)
                };
                if !same {
                    return false;
                }
            }
            let checks = self.checks.get(alias as usize).copied().unwrap_or(0);
            if checks & MARKED != 0 && !span.starts_with(char::is_uppercase) {
                let keep_marks = Fold { case: true, diacritics: false };
                if normalize::normalize(span, keep_marks) != normalize::normalize(store.alias(alias), keep_marks) {
                    return false;
                }
            }
            // A span with a capital at each word, or that is the name's own text, has the name's capitals:
            // most matches, spared the word walk (and the first, the load of the name's text).
            checks & CAPITALS == 0
                || capitals::capitalised_ascii(span)
                || span == store.alias(alias)
                || capitals::agree(store.alias(alias), span, self.fold)
        };
        names.iter().find(|&&a| accepts(a)).map(|&a| store.alias_entity(a))
    }
}

/// Phrases found in the same scan as a gazetteer's names (the extractor's cues): a small matcher of their
/// own, built with the gazetteer's fold so that the scan's word starts and head hashes serve both. A
/// phrase matches case-insensitively, on word boundaries, with the names' variants of apostrophes,
/// hyphens and white space; its matches' entity is its index.
#[derive(Debug)]
pub(crate) struct Phrases {
    store: Store,
    matcher: Matcher,
}

impl Phrases {
    pub(crate) fn new<'p>(phrases: impl IntoIterator<Item = &'p str>, fold: Fold) -> Result<Phrases> {
        let entities: Vec<Entity> = phrases
            .into_iter()
            .enumerate()
            .map(|(i, p)| Entity::new(i.to_string(), "PHRASE", p).case_sensitive(false))
            .collect();
        let store = Store::new(&entities)?;
        let matcher = Matcher::new(&store, fold, false)?;
        Ok(Phrases { store, matcher })
    }
}

/// What [`Matcher::ascii_words`] did: read up to where the general loop goes on, read nothing (the word
/// at the scan is not for the fast path), or filled the batch.
enum Fast {
    Read,
    Slow,
    Full,
}

/// Where the scan for walk starts stands.
struct Scan {
    pos: usize,
    prev_word: bool,
    /// Where the wide path may read again, after a window it could not take (`usize::MAX`: not in
    /// this scan).
    wide_after: usize,
}

/// How many walk starts are gathered before the filter is consulted for all of them.
/// (Tests and fuzzing use tiny batches, so that they cross batch boundaries often.)
const BATCH: usize = if cfg!(any(test, feature = "fuzzing")) { 3 } else { 32 };

mod ascii;
mod build;
mod wide;
mod words;
#[cfg(test)]
pub(crate) use build::PARALLEL_NAMES;
pub(crate) use build::{CHECKS, Prepared, probes};
mod filter;
pub(crate) use filter::Head;

use filter::{FirstWords, Next, Reach, Start};
use wide::Wide;
use words::{Word, Words};
