//! The matcher: names compiled into anchored Aho-Corasick automata, and the scan that walks them only
//! where a word starts.
//!
//! Why anchored walks: a name can only start where a word starts, so walking the automaton from its
//! anchored start state at those positions (a sixth of the bytes in English) does less work than an
//! unanchored search over every byte, and it sees every candidate end of every start, so a longest
//! candidate that fails the word-boundary test never hides a shorter valid one. Normalisation happens
//! on the fly, one unit at a time, so offsets stay in the original text and nothing is copied.
//!
//! Large gazetteers are split by the first byte of each name into shards built on parallel threads;
//! a walk only ever enters the shard of its first byte.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};
use serde::Serialize;

use crate::error::{Error, ErrorKind, Result};
use crate::gazetteer::Store;
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

/// Gazetteers with fewer distinct names than this are built as one automaton.
const SHARD_THRESHOLD: usize = 50_000;
const NO_SHARD: u8 = u8::MAX;

#[derive(Debug)]
struct Shard {
    nfa: contiguous::NFA,
    start: aho_corasick::automaton::StateID,
    /// Pattern id in this shard → key index.
    keys: Vec<u32>,
}

/// The compiled names.
#[derive(Debug)]
pub(crate) struct Matcher {
    fold: Fold,
    shards: Vec<Shard>,
    /// First normalised byte of a name → its shard, or `NO_SHARD`.
    shard_of: [u8; 256],
    /// Key `k`'s names are `key_aliases[key_starts[k]..key_starts[k + 1]]`, in gazetteer order.
    key_starts: Vec<u32>,
    key_aliases: Vec<u32>,
    /// First normalised bytes of names that start with a non-word unit (such as `'s-Hertogenbosch`):
    /// walks also start at such units.
    nonword_first: [bool; 256],
    any_nonword_first: bool,
}

impl Matcher {
    pub(crate) fn new(store: &Store, fold: Fold) -> Result<Matcher> {
        let n = store.alias_count();
        let mut keyed: Vec<(Vec<u8>, u32)> = (0..n as u32)
            .map(|a| (normalize::normalize(store.alias(a), fold), a))
            .filter(|(k, _)| !k.is_empty())
            .collect();
        // Sorting groups equal keys (stable: gazetteer order within a key) and lays the trie out in order.
        keyed.sort_by(|x, y| x.0.cmp(&y.0));
        let mut keys: Vec<Vec<u8>> = Vec::new();
        let mut key_starts = Vec::new();
        let mut key_aliases = Vec::with_capacity(keyed.len());
        let mut nonword_first = [false; 256];
        for (key, alias) in keyed {
            if keys.last() != Some(&key) {
                key_starts.push(key_aliases.len() as u32);
                let first = std::str::from_utf8(&key).ok().and_then(|k| k.chars().next());
                if first.map(normalize::char_class) != Some(Class::Word) {
                    nonword_first[key[0] as usize] = true;
                }
                keys.push(key);
            }
            key_aliases.push(alias);
        }
        key_starts.push(key_aliases.len() as u32);

        let (shard_of, groups) = plan_shards(&keys);
        let built: Vec<Result<Shard>> = std::thread::scope(|scope| {
            let handles: Vec<_> = groups
                .iter()
                .map(|group| {
                    let keys = &keys;
                    scope.spawn(move || build_shard(keys, group))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|_| Err(Error::new(ErrorKind::Build, "automaton build panicked"))))
                .collect()
        });
        let shards = built.into_iter().collect::<Result<Vec<_>>>()?;
        Ok(Matcher {
            fold,
            shards,
            shard_of,
            key_starts,
            key_aliases,
            any_nonword_first: nonword_first.iter().any(|&b| b),
            nonword_first,
        })
    }

    pub(crate) fn fold(&self) -> Fold {
        self.fold
    }

    pub(crate) fn memory_usage(&self) -> usize {
        self.shards.iter().map(|s| s.nfa.memory_usage() + s.keys.capacity() * 4).sum::<usize>()
            + self.key_starts.capacity() * 4
            + self.key_aliases.capacity() * 4
    }

    /// Scans `text` and returns the matches, sorted by start (then end): leftmost-longest and
    /// non-overlapping, or every valid one when `overlapping`.
    pub(crate) fn find(&self, store: &Store, text: &str, overlapping: bool) -> Vec<Raw> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        let mut pos = 0;
        let mut prev_word = false;
        while pos < bytes.len() {
            let b = bytes[pos];
            let ascii = b < 0x80 && (pos + 1 == bytes.len() || bytes[pos + 1] < 0x80);
            let (end, class, first) = if ascii {
                let class = ASCII_CLASS[b as usize];
                if class == Class::Word && prev_word {
                    pos += 1;
                    continue;
                }
                (pos + 1, class, ASCII_FOLDED[b as usize])
            } else {
                scratch.clear();
                let (end, class) = normalize::unit(text, pos, self.fold, &mut scratch);
                (end, class, scratch.first().copied().unwrap_or(0))
            };
            let starts_here = match class {
                Class::Word => !prev_word,
                Class::Other => self.any_nonword_first && self.nonword_first[first as usize] && end > pos,
                Class::Sep => false,
            };
            if starts_here {
                let before = out.len();
                self.walk(store, text, pos, first, overlapping, &mut out, &mut scratch);
                if !overlapping && out.len() > before {
                    let last = out[out.len() - 1];
                    pos = last.end;
                    prev_word = last_unit_is_word(text, last.end);
                    continue;
                }
            }
            prev_word = class == Class::Word;
            pos = end;
        }
        if overlapping {
            out.sort_by_key(|r| (r.start, r.end));
        }
        out
    }

    /// Walks the automaton from `start` along the normalised text. Pushes the longest valid match (or,
    /// when `all`, every valid match).
    #[allow(clippy::too_many_arguments)]
    fn walk(&self, store: &Store, text: &str, start: usize, first: u8, all: bool, out: &mut Vec<Raw>, scratch: &mut Vec<u8>) {
        let shard = self.shard_of[first as usize];
        if shard == NO_SHARD {
            return;
        }
        let shard = &self.shards[shard as usize];
        let nfa = &shard.nfa;
        let bytes = text.as_bytes();
        let mut sid = shard.start;
        let mut q = start;
        let mut depth = 0usize;
        let mut prev_sep = false;
        let mut best: Option<Raw> = None;
        while q < bytes.len() {
            let b = bytes[q];
            let class;
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
                scratch.clear();
                let (end, c) = normalize::unit(text, q, self.fold, scratch);
                class = c;
                q = end;
                if class == Class::Sep {
                    if prev_sep {
                        continue;
                    }
                    prev_sep = true;
                } else if scratch.is_empty() {
                    continue;
                } else {
                    prev_sep = false;
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
            if class == Class::Sep || !(nfa.is_special(sid) && nfa.is_match(sid)) {
                continue;
            }
            let pid = nfa.match_pattern(sid, 0);
            // Under failure links a state may also report shorter names that end here but started
            // later; only a name as long as the walk started at `start`.
            if nfa.pattern_len(pid) != depth {
                continue;
            }
            if class == Class::Word && q < bytes.len() && normalize::class_at(text, q) == Class::Word {
                continue;
            }
            let key = shard.keys[pid.as_usize()];
            if let Some(entity) = self.verify(store, text, start, q, key) {
                let m = Raw { start, end: q, entity, resolution: Resolution::Gazetteer };
                if all {
                    out.push(m);
                } else {
                    best = Some(m);
                }
            }
        }
        if let Some(m) = best {
            out.push(m);
        }
    }

    /// The entity of the first name under `key` that accepts `text[start..end]`: any case-insensitive
    /// name does; a case-sensitive one only when the text has the same case.
    fn verify(&self, store: &Store, text: &str, start: usize, end: usize, key: u32) -> Option<u32> {
        let names = &self.key_aliases[self.key_starts[key as usize] as usize..self.key_starts[key as usize + 1] as usize];
        let mut exact: Option<Vec<u8>> = None;
        for &alias in names {
            if !store.alias_case_sensitive(alias) {
                return Some(store.alias_entity(alias));
            }
            let keep_case = Fold { case: false, ..self.fold };
            let span = exact.get_or_insert_with(|| normalize::normalize(&text[start..end], keep_case));
            if *span == normalize::normalize(store.alias(alias), keep_case) {
                return Some(store.alias_entity(alias));
            }
        }
        None
    }
}

/// Whether the unit that ends at `end` is a word unit (its first character is alphanumeric).
fn last_unit_is_word(text: &str, end: usize) -> bool {
    let before = &text[..end];
    let mut chars = before.chars().rev();
    for c in chars.by_ref() {
        if !unicode_normalization::char::is_combining_mark(c) {
            return normalize::char_class(c) == Class::Word;
        }
    }
    false
}

/// Assigns first bytes to shards so that shards hold about as many keys each.
fn plan_shards(keys: &[Vec<u8>]) -> ([u8; 256], Vec<Vec<u32>>) {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let count = if keys.len() < SHARD_THRESHOLD { 1 } else { (threads * 2).min(16) };
    let mut per_byte = [0usize; 256];
    for k in keys {
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
    let mut groups = vec![Vec::new(); count];
    for (k, key) in keys.iter().enumerate() {
        groups[shard_of[key[0] as usize] as usize].push(k as u32);
    }
    groups.retain(|g| !g.is_empty());
    // Renumber shards after dropping empty ones.
    let mut renumber = [NO_SHARD; 256];
    for (s, g) in groups.iter().enumerate() {
        renumber[shard_of[keys[g[0] as usize][0] as usize] as usize] = s as u8;
    }
    for s in shard_of.iter_mut() {
        if *s != NO_SHARD {
            *s = renumber[*s as usize];
        }
    }
    (shard_of, groups)
}

fn build_shard(keys: &[Vec<u8>], group: &[u32]) -> Result<Shard> {
    let nfa = contiguous::NFA::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .prefilter(false)
        .dense_depth(1)
        .build(group.iter().map(|&k| &keys[k as usize]))
        .map_err(|e| Error::new(ErrorKind::Build, e.to_string()))?;
    let start = nfa.start_state(Anchored::Yes).map_err(|e| Error::new(ErrorKind::Build, e.to_string()))?;
    Ok(Shard { nfa, start, keys: group.to_vec() })
}
