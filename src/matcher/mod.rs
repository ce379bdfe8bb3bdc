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
//! or a longer name's first two words) turns them away, its blocks read a batch at a time so that
//! their cache misses overlap. A two-byte table replaces the first two steps of the walks that remain.
//! Large gazetteers are split by the first byte of each name into shards built on parallel threads.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::{Entity, Store};
use crate::normalize::{self, ASCII_CLASS, ASCII_FOLDED, Class, Fold};

/// How a mention was linked to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Resolution {
    /// The text is one of the entity's names.
    Gazetteer,
    /// A part of a name met in full earlier in the document: a person's surname ("Romanowski" after
    /// "Alina L. Romanowski"), with or without its `al-` article or middle initial, or an
    /// organisation's first word used as a modifier ("a Hashed official" after "Hashed al-Shaabi").
    Partial,
    /// An acronym defined in the document ("Popular Mobilisation Forces (PMF)").
    Acronym,
}

impl Resolution {
    /// The lowercase name used in JSON: `gazetteer`, `partial` or `acronym`.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Gazetteer => "gazetteer",
            Resolution::Partial => "partial",
            Resolution::Acronym => "acronym",
        }
    }
}

/// A mention of an entity in a text. Offsets are **byte** offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention<'a> {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// The mention as it appears in the text (`&text[start..end]`).
    pub text: &'a str,
    /// The linked entity's id.
    pub entity_id: &'a str,
    /// The linked entity's type.
    #[serde(rename = "type")]
    pub kind: &'a str,
    /// The linked entity's canonical name.
    pub name: &'a str,
    /// How the mention was linked.
    pub resolution: Resolution,
}

/// A mention before it is dressed with strings: byte span, entity index, resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub resolution: Resolution,
}

/// Gazetteers with fewer distinct names than this are built as one automaton (tests and fuzzing shard
/// tiny ones, so that the property tests and fuzz targets cover sharding).
const SHARD_THRESHOLD: usize = if cfg!(any(test, feature = "fuzzing")) { 4 } else { 50_000 };
const NO_SHARD: u8 = u8::MAX;

/// The byte in front of every key in the automata (see `build_shard`).
const SENTINEL: u8 = 0;

/// Jump table entries: no name starts with these two bytes; walk normally (a one-byte name may end
/// after the first); otherwise the shard and the state after both bytes.
const JUMP_DEAD: u32 = u32::MAX;
const JUMP_WALK: u32 = u32::MAX - 1;
const JUMP_SHARD_SHIFT: u32 = 27;
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
    /// Pattern `p`'s names are `aliases[starts[p]..starts[p + 1]]`, in gazetteer order.
    starts: Vec<u32>,
    aliases: Vec<u32>,
}

/// A name's normalised key and its index.
type KeyedName = (Vec<u8>, u32);

/// One name, ready to be compiled.
struct Prepared {
    key: Vec<u8>,
    alias: u32,
    /// Whether the name has diacritics that folding drops.
    marked: bool,
    /// The name's head for the filter, when it starts with a word.
    head: Option<Head>,
}

/// The compiled names.
#[derive(Debug)]
pub(crate) struct Matcher {
    fold: Fold,
    shards: Vec<Shard>,
    /// First normalised byte of a name → its shard, or `NO_SHARD`.
    shard_of: [u8; 256],
    /// First normalised bytes of names that start with a non-word unit (such as `'s-Hertogenbosch`):
    /// walks also start at such units.
    nonword_first: [bool; 256],
    any_nonword_first: bool,
    /// Names with diacritics, when they are folded: such a name matches text without its diacritics
    /// only when the text is capitalised, so that "Thān" finds "Than" but not the word "than".
    marked: Vec<bool>,
    /// The heads of all names that start with a word, to skip walks that cannot match.
    first_words: FirstWords,
    /// The first two steps of every walk that starts with two ASCII bytes, indexed by
    /// `first << 7 | second` (empty when state ids do not fit).
    jump: Vec<u32>,
}

impl Matcher {
    pub(crate) fn new(store: &Store, fold: Fold) -> Result<Matcher> {
        let n = store.alias_count();
        // Preparing a million names takes a while: one chunk per core. Each name gives its key, whether
        // it carries diacritics that folding drops, and its head for the filter.
        let parallel = n >= PARALLEL_NAMES;
        let chunk = if parallel { n.div_ceil(cores()) } else { n }.max(1);
        let keep_marks = Fold { case: true, diacritics: false };
        let prepare = |from: usize| {
            let mut scratch = Vec::new();
            (from..(from + chunk).min(n))
                .map(|a| {
                    let name = store.alias(a as u32);
                    let key = normalize::normalize(name, fold);
                    let marked = fold.diacritics && !name.is_ascii() && key != normalize::normalize(name, keep_marks);
                    let trimmed = &name[key_start(name, fold, &mut scratch)..];
                    let head = (trimmed.chars().next().map(normalize::char_class) == Some(Class::Word))
                        .then(|| Head::of_name(trimmed, fold, &mut scratch));
                    Prepared { key, alias: a as u32, marked, head }
                })
                .collect::<Vec<_>>()
        };
        let prepared: Vec<Vec<Prepared>> = each((0..n).step_by(chunk).collect(), parallel, prepare)
            .into_iter()
            .map(|r| r.unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect();
        let mut marked = vec![false; if fold.diacritics { n } else { 0 }];
        let mut first_words = FirstWords::new(n);
        let mut keyed: Vec<KeyedName> = Vec::with_capacity(n);
        // The scan walks from a non-word unit when its normal form starts with a byte marked here: the first
        // byte of a key that starts with a non-word character (see `build_shard`), or of a name whose first
        // unit is not a word even though its key starts with one (combining marks put in canonical order).
        let mut nonword_first = [false; 256];
        for Prepared { key, alias, marked: is_marked, head } in prepared.into_iter().flatten() {
            if is_marked {
                marked[alias as usize] = true;
            }
            match head {
                Some(head) => first_words.insert(&head),
                None => key.first().into_iter().for_each(|&b| nonword_first[b as usize] = true),
            }
            if !key.is_empty() {
                keyed.push((key, alias));
            }
        }
        let (shard_of, groups) = plan_shards(keyed);
        let built: Vec<Result<(Shard, [bool; 256])>> = each(groups, parallel, build_shard)
            .into_iter()
            .map(|r| r.unwrap_or_else(|_| Err(Error::new(ErrorKind::Build, "automaton build panicked"))))
            .collect();
        let mut shards = Vec::with_capacity(built.len());
        for result in built {
            let (shard, firsts) = result?;
            shards.push(shard);
            for (any, one) in nonword_first.iter_mut().zip(firsts) {
                *any |= one;
            }
        }
        let jump = jump_table(&shards, &shard_of);
        Ok(Matcher {
            fold,
            marked,
            first_words,
            jump,
            shards,
            shard_of,
            any_nonword_first: nonword_first.iter().any(|&b| b),
            nonword_first,
        })
    }

    pub(crate) fn fold(&self) -> Fold {
        self.fold
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.shards
            .iter()
            .map(|s| s.nfa.memory_usage() + s.starts.capacity() * 4 + s.aliases.capacity() * 4)
            .sum::<usize>()
            + self.jump.capacity() * 4
            + self.first_words.blocks.capacity() * 8
            + self.marked.capacity()
    }

    /// Scans `text` and returns the matches, sorted by start (then end): leftmost-longest and
    /// non-overlapping, or every valid one when `overlapping`.
    pub(crate) fn find(&self, store: &Store, text: &str, overlapping: bool) -> Vec<Raw> {
        self.find_with(store, text, overlapping, None)
    }

    /// [`Matcher::find`], also pushing the leftmost-longest matches of `phrases` (built with this
    /// matcher's fold) found at the same word starts, whatever the names' matches.
    pub(crate) fn find_with(
        &self,
        store: &Store,
        text: &str,
        overlapping: bool,
        mut phrases: Option<(&Phrases, &mut Vec<Raw>)>,
    ) -> Vec<Raw> {
        debug_assert!(phrases.as_ref().is_none_or(|(p, _)| p.matcher.fold == self.fold));
        let mut phrase_allowed = 0;
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        let mut scan = Scan { pos: 0, prev_word: false };
        let mut batch = Vec::with_capacity(BATCH);
        // Where the next walk may start: the end of the last match (non-overlapping mode).
        let mut allowed = 0;
        while scan.pos < text.len() {
            batch.clear();
            self.next_starts(text, &mut scan, &mut batch, &mut scratch);
            // The filter's blocks for the whole batch, read in one loop so that their cache misses
            // overlap instead of queueing one word at a time.
            for s in batch.iter_mut() {
                s.block = self.first_words.block(s.first_run, TAG_SINGLE);
                s.double_block = s.double.map_or(0, |d| self.first_words.block(d, TAG_DOUBLE));
            }
            for s in &batch {
                if s.pos < allowed {
                    continue;
                }
                if s.word && s.clean && !self.first_words.admits(s) {
                    continue;
                }
                let before = out.len();
                self.walk(store, text, s.pos, s.first_byte, overlapping, &mut out, &mut scratch);
                if !overlapping && out.len() > before {
                    allowed = out[out.len() - 1].end;
                }
            }
            if let Some((p, found)) = phrases.as_mut() {
                for s in &batch {
                    if !s.word || s.pos < phrase_allowed || (s.clean && !p.matcher.first_words.admits_reading(s)) {
                        continue;
                    }
                    let before = found.len();
                    p.matcher.walk(&p.store, text, s.pos, s.first_byte, false, found, &mut scratch);
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

    /// Finds the next positions where a walk may start (up to [`BATCH`] of them): every word start,
    /// and the non-word units that begin some name. The set does not depend on where matches end,
    /// since a match always ends on a unit boundary.
    fn next_starts(&self, text: &str, scan: &mut Scan, batch: &mut Vec<Start>, scratch: &mut Vec<u8>) {
        let bytes = text.as_bytes();
        // The last word start pushed and the gap after it, hashed as names' gaps are, so that its
        // head is known once the next word is read.
        let mut last_word: Option<usize> = None;
        let mut gap = normalize::Gap::new();
        while scan.pos < bytes.len() {
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
                        previous.double = Some(combine(previous.first_run, gap.hash, first_run));
                        previous.clean &= gap.clean && clean;
                    }
                    if batch.len() >= BATCH {
                        // This start opens the next batch; it was read only to finish the last head.
                        return;
                    }
                    last_word = Some(batch.len());
                    gap = normalize::Gap::new();
                    batch.push(Start {
                        pos,
                        first_byte: first,
                        word: true,
                        first_run,
                        double: None,
                        clean,
                        block: 0,
                        double_block: 0,
                    });
                    // No word starts inside a clean run; an ignorable character may start one.
                    scan.pos = if clean { run_end } else { end };
                    scan.prev_word = true;
                    continue;
                }
                Class::Other if !scan.prev_word && self.any_nonword_first && self.nonword_first[first as usize] => {
                    if batch.len() >= BATCH {
                        // This start opens the next batch. The last word's head stays unknown, so its
                        // walk goes ahead unfiltered.
                        if let Some(i) = last_word {
                            batch[i].clean = false;
                        }
                        return;
                    }
                    batch.push(Start {
                        pos,
                        first_byte: first,
                        word: false,
                        first_run: 0,
                        double: None,
                        clean: false,
                        block: 0,
                        double_block: 0,
                    });
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

    /// Walks the automaton from `start` along the normalised text. Pushes the longest valid match (or,
    /// when `all`, every valid match).
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn walk(
        &self,
        store: &Store,
        text: &str,
        start: usize,
        first: u8,
        all: bool,
        out: &mut Vec<Raw>,
        scratch: &mut Vec<u8>,
    ) {
        let bytes = text.as_bytes();
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
        loop {
            if depth > 0 && class != Class::Sep && nfa.is_special(sid) && nfa.is_match(sid) {
                let pid = nfa.match_pattern(sid, 0);
                // A prefix check, kept as a guard: behind the sentinel, a state only reports its own name.
                let boundary = q == bytes.len() || normalize::class_at(text, q) != Class::Word;
                if nfa.pattern_len(pid) == depth + 1 && boundary {
                    let p = pid.as_usize();
                    let names = &shard.aliases[shard.starts[p] as usize..shard.starts[p + 1] as usize];
                    if let Some(entity) = self.verify(store, text, start, q, names) {
                        let m = Raw { start, end: q, entity, resolution: Resolution::Gazetteer };
                        if all {
                            out.push(m);
                        } else {
                            best = Some(m);
                        }
                    }
                }
            }
            if q >= bytes.len() {
                break;
            }
            let b = bytes[q];
            if b < 0x80 && (q + 1 == bytes.len() || bytes[q + 1] < 0x80) {
                class = ASCII_CLASS[b as usize];
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

    /// The entity of the first of `names` (the names of one key) that accepts `text[start..end]`: any case-insensitive
    /// name does; a case-sensitive one only when the text has the same case.
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
            if self.marked.get(alias as usize).is_some_and(|&m| m) && !span.starts_with(char::is_uppercase) {
                let keep_marks = Fold { case: true, diacritics: false };
                if normalize::normalize(span, keep_marks) != normalize::normalize(store.alias(alias), keep_marks) {
                    return false;
                }
            }
            true
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
        let matcher = Matcher::new(&store, fold)?;
        Ok(Phrases { store, matcher })
    }
}

/// The head of a name: its first run of word units and, when another follows, the head up to the
/// end of that second run (with what lies between, as in "the hague", "u.s", "washington, d"), hashed.
///
/// Why: a name can only match where the text's first word is exactly the name's first word (both end
/// on a word boundary), and, for a name of several words, where the text's head is the name's head.
/// Half the words of English news are the first word of some place name, but an eighth are the head of
/// one, so checking heads skips most walks before they touch the automaton.
struct Head {
    first: u64,
    double: Option<u64>,
}

/// Tags that keep the three kinds of entry apart.
const TAG_SINGLE: u64 = 1;
const TAG_LEADING: u64 = 2;
const TAG_DOUBLE: u64 = 3;

/// Where the scan for walk starts stands.
struct Scan {
    pos: usize,
    prev_word: bool,
}

/// How many walk starts are gathered before the filter is consulted for all of them.
/// (Tests and fuzzing use tiny batches, so that they cross batch boundaries often.)
const BATCH: usize = if cfg!(any(test, feature = "fuzzing")) { 3 } else { 32 };

/// A position where a walk may start.
struct Start {
    pos: usize,
    /// The first normalised byte, which picks the shard.
    first_byte: u8,
    /// Whether it starts a word (else a non-word unit that begins some name).
    word: bool,
    /// For a word: the hash of its run of word units and of its head through the next run (when a
    /// next run follows), whether both were clean (no ignorable character or stray mark inside, which
    /// would make the hashes disagree with the walk), and the filter blocks of both once read.
    first_run: u64,
    double: Option<u64>,
    clean: bool,
    block: u64,
    double_block: u64,
}

/// The hash of a head from the hashes of its first run, its gap and its second run.
#[inline]
fn combine(first: u64, gap: u64, second: u64) -> u64 {
    let h = (first ^ gap.rotate_left(21)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h ^ second.rotate_left(42)).wrapping_mul(0xc2b2_ae3d_27d4_eb4f) ^ (h >> 29)
}

impl Head {
    fn of_name(name: &str, fold: Fold, scratch: &mut Vec<u8>) -> Head {
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
struct FirstWords {
    blocks: Vec<u64>,
    shift: u32,
}

impl FirstWords {
    fn new(names: usize) -> FirstWords {
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

    fn insert(&mut self, name: &Head) {
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
    fn block(&self, hash: u64, tag: u64) -> u64 {
        self.blocks[self.probe(hash, tag).0]
    }

    /// Whether some name may start at the clean word start `s`, whose blocks have been read.
    #[inline]
    fn admits(&self, s: &Start) -> bool {
        self.admits_in(s, s.block, s.double_block)
    }

    /// [`FirstWords::admits`] for a filter other than the one whose blocks `s` holds.
    #[inline]
    fn admits_reading(&self, s: &Start) -> bool {
        let double_block = s.double.map_or(0, |d| self.block(d, TAG_DOUBLE));
        self.admits_in(s, self.block(s.first_run, TAG_SINGLE), double_block)
    }

    #[inline]
    fn admits_in(&self, s: &Start, block: u64, double_block: u64) -> bool {
        let has = |hash, tag, block: u64| {
            let bits = self.probe(hash, tag).1;
            block & bits == bits
        };
        has(s.first_run, TAG_SINGLE, block)
            || (has(s.first_run, TAG_LEADING, block) && s.double.is_some_and(|d| has(d, TAG_DOUBLE, double_block)))
    }
}

fn jump_table(shards: &[Shard], shard_of: &[u8; 256]) -> Vec<u32> {
    let mut table = vec![JUMP_DEAD; 128 * 128];
    for b1 in 0..128u8 {
        let f1 = ASCII_FOLDED[b1 as usize];
        let s = shard_of[f1 as usize];
        if s == NO_SHARD {
            continue;
        }
        let shard = &shards[s as usize];
        let nfa = &shard.nfa;
        let s1 = nfa.next_state(Anchored::Yes, shard.start, f1);
        if nfa.is_dead(s1) {
            continue;
        }
        let one_byte_name =
            nfa.is_match(s1) && (0..nfa.match_len(s1)).any(|i| nfa.pattern_len(nfa.match_pattern(s1, i)) == 2);
        for b2 in 0..128u8 {
            let i = (b1 as usize) << 7 | b2 as usize;
            if one_byte_name {
                table[i] = JUMP_WALK;
                continue;
            }
            let s2 = nfa.next_state(Anchored::Yes, s1, ASCII_FOLDED[b2 as usize]);
            if nfa.is_dead(s2) {
                continue;
            }
            if s2.as_u32() >= JUMP_SID_MASK - 1 {
                return Vec::new();
            }
            table[i] = u32::from(s) << JUMP_SHARD_SHIFT | s2.as_u32();
        }
    }
    table
}

/// Where a name's key starts: past the separators and the characters that normalise to nothing (a soft
/// hyphen, a zero-width joiner) that lead it, so that its head is read from there.
fn key_start(name: &str, fold: Fold, scratch: &mut Vec<u8>) -> usize {
    let mut pos = 0;
    while pos < name.len() {
        scratch.clear();
        let (end, class) = normalize::unit(name, pos, fold, scratch);
        if class != Class::Sep && !scratch.is_empty() {
            break;
        }
        pos = end;
    }
    pos
}

/// Below this many names a build runs on the calling thread: for the small gazetteers of tests, fuzzing and
/// per-call use, spawning threads cost more than the work.
const PARALLEL_NAMES: usize = 4096;

/// The cores a build may use (at most 8), asked once: the question reads cgroup files.
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8))
}

/// `f` of each item, on scoped threads when `parallel`, else in turn on this thread; either way a panic
/// in `f` is the `Err` of its item.
fn each<I: Send, O: Send>(items: Vec<I>, parallel: bool, f: impl Fn(I) -> O + Sync) -> Vec<std::thread::Result<O>> {
    if !parallel {
        return items.into_iter().map(|i| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(i)))).collect();
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = items.into_iter().map(|i| scope.spawn(|| f(i))).collect();
        handles.into_iter().map(|h| h.join()).collect()
    })
}

/// Splits the (key, name) pairs into shards by the first byte of the key, so that shards hold about as
/// many pairs each; equal keys share a first byte, so they land in one shard.
fn plan_shards(keyed: Vec<KeyedName>) -> ([u8; 256], Vec<Vec<KeyedName>>) {
    let count = if keyed.len() < SHARD_THRESHOLD { 1 } else { (cores() * 2).min(16) };
    let mut per_byte = [0usize; 256];
    for (k, _) in &keyed {
        per_byte[k[0] as usize] += 1;
    }
    let mut order: Vec<usize> = (0..256).filter(|&b| per_byte[b] > 0).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(per_byte[b]));
    let mut load = vec![0usize; count];
    let mut shard_of = [NO_SHARD; 256];
    for b in order {
        let (s, _) = load.iter().enumerate().min_by_key(|&(_, l)| *l).unwrap_or((0, &0));
        shard_of[b] = s as u8;
        load[s] += per_byte[b];
    }
    let mut groups: Vec<Vec<KeyedName>> = load.iter().map(|&l| Vec::with_capacity(l)).collect();
    for pair in keyed {
        groups[shard_of[pair.0[0] as usize] as usize].push(pair);
    }
    // Drop empty shards and renumber the rest.
    let mut renumber = [NO_SHARD; 256];
    let mut next = 0u8;
    for (s, g) in groups.iter().enumerate() {
        if !g.is_empty() {
            renumber[s] = next;
            next += 1;
        }
    }
    groups.retain(|g| !g.is_empty());
    for s in shard_of.iter_mut().filter(|s| **s != NO_SHARD) {
        *s = renumber[*s as usize];
    }
    (shard_of, groups)
}

/// Builds one shard: sorts its (key, name) pairs, which groups equal keys (gazetteer order within a
/// key) and lays the trie out in order, and builds the automaton over `SENTINEL` + key for each key;
/// walks start after the sentinel.
///
/// Why the sentinel: the builder always computes failure transitions, which anchored walks never
/// follow. Behind a byte that starts every key and nothing else, every state fails straight to the
/// start state, so no failure chain is ever followed while building; and no state reports a shorter
/// name that ends where it does, since none is a suffix of another.
/// Also returns the first bytes of the shard's keys that start with a non-word unit.
fn build_shard(mut pairs: Vec<KeyedName>) -> Result<(Shard, [bool; 256])> {
    pairs.sort_unstable();
    let mut prefixed = Vec::with_capacity(pairs.iter().map(|(k, _)| k.len() + 1).sum());
    let mut ends = Vec::new();
    let mut starts = Vec::new();
    let mut aliases = Vec::with_capacity(pairs.len());
    let mut nonword_first = [false; 256];
    let mut last: Option<&[u8]> = None;
    for (key, alias) in &pairs {
        if last != Some(key.as_slice()) {
            starts.push(aliases.len() as u32);
            // The first character only: its length follows from its first byte.
            let width = match key[0] {
                0..0x80 => 1,
                0xc0..0xe0 => 2,
                0xe0..0xf0 => 3,
                _ => 4,
            };
            let first = key.get(..width).and_then(|k| std::str::from_utf8(k).ok()).and_then(|k| k.chars().next());
            if first.map(normalize::char_class) != Some(Class::Word) {
                nonword_first[key[0] as usize] = true;
            }
            prefixed.push(SENTINEL);
            prefixed.extend_from_slice(key);
            ends.push(prefixed.len());
            last = Some(key);
        }
        aliases.push(*alias);
    }
    starts.push(aliases.len() as u32);
    let patterns = ends.iter().scan(0, |start, &end| {
        let p = &prefixed[*start..end];
        *start = end;
        Some(p)
    });
    let build_error = |e: &dyn std::fmt::Display| Error::new(ErrorKind::Build, e.to_string());
    let nfa = contiguous::NFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        // The start, the sentinel's state and the first bytes of names: the states every walk visits.
        .dense_depth(3)
        .build(patterns)
        .map_err(|e| build_error(&e))?;
    let root = nfa.start_state(Anchored::Yes).map_err(|e| build_error(&e))?;
    let start = nfa.next_state(Anchored::Yes, root, SENTINEL);
    Ok((Shard { nfa, start, starts, aliases }, nonword_first))
}

#[cfg(any(test, feature = "fuzzing"))]
pub(crate) mod naive;
