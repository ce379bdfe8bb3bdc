//! How names become automata: each name normalised into its key (on every core for large gazetteers),
//! the keys split into shards by first byte, each shard compiled into an anchored contiguous NFA, and
//! the two-byte jump table that replaces the first two steps of a walk.

use std::borrow::Cow;
use std::sync::{Mutex, PoisonError};

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{Anchored, MatchKind};

use super::filter::{FirstWords, Head};
use super::words::{self, WALK, Words};
use super::*;
use crate::pool;

/// A name's normalised key and its index.
type KeyedName<'k> = (Cow<'k, [u8]>, u32);

/// One name, ready to be compiled: what the build derives from its text (normalising it), which a
/// saved gazetteer stores so that loading does not derive it again.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Prepared<'k> {
    /// The name's normal form (empty for a name that normalises to nothing, which never matches).
    pub(crate) key: Cow<'k, [u8]>,
    /// `MARKED` when the name has diacritics that folding drops, `CAPITALS` when some word needs a capital.
    pub(crate) checks: u8,
    /// Whether the name can start at a text word without a capital.
    pub(crate) lower_start: bool,
    /// The name's head for the filter, when it starts with a word.
    pub(crate) head: Option<Head>,
}

/// The checks a prepared name may carry.
pub(crate) const CHECKS: u8 = MARKED | CAPITALS;

impl Prepared<'static> {
    /// Derives what the build needs from `name`: `exact` when it matches only in its own case, `proper`
    /// when the proper-noun rule holds for it.
    fn of(name: &str, fold: Fold, exact: bool, proper: bool, scratch: &mut Vec<u8>) -> Prepared<'static> {
        let keep_marks = Fold { case: true, diacritics: false };
        let key = normalize::normalize(name, fold);
        let marked = fold.diacritics && !name.is_ascii() && key != normalize::normalize(name, keep_marks);
        let needs = capitals::needs(name, fold);
        let capitals = proper && needs.any;
        let lower_start = !(if exact { needs.opens_capital } else { proper && needs.first });
        let checks = if marked { MARKED } else { 0 } | if capitals { CAPITALS } else { 0 };
        let trimmed = &name[key_start(name, fold, scratch)..];
        let head = (trimmed.chars().next().map(normalize::char_class) == Some(Class::Word))
            .then(|| Head::of_name(trimmed, fold, scratch));
        Prepared { key: Cow::Owned(key), checks, lower_start, head }
    }
}

/// Names that exercise every step of `Prepared::of` (folding, marks, capitals, articles, separators,
/// ignorable characters, caseless scripts): a saved gazetteer stores theirs, so that a build whose
/// normalising or hashing differs from the one that saved it does not trust its stored names.
pub(crate) fn probes(fold: Fold) -> Vec<Prepared<'static>> {
    const PROBES: [&str; 13] = [
        "Iraq",
        "Republic of Iraq",
        "the Hague",
        "al-Sudani",
        "'s-Hertogenbosch",
        "Bogotá",
        "ZÜRICH Straße",
        "İstanbul",
        "Wash\u{ad}ington, D.C.",
        "Ca\u{301}diz  Bay",
        // A mark right after eight ASCII letters, which composes with the eighth (650c13e).
        "Consomme\u{301}",
        "Москва",
        "東京",
    ];
    let mut scratch = Vec::new();
    PROBES
        .iter()
        .flat_map(|name| [(false, true), (true, false)].map(|(exact, proper)| (name, exact, proper)))
        .map(|(name, exact, proper)| Prepared::of(name, fold, exact, proper, &mut scratch))
        .collect()
}

impl Matcher {
    /// Compiles the names of `store`; with `proper_nouns`, capitalised names (of entities that leave their
    /// case to the default) match only capitalised text.
    pub(crate) fn new(store: &Store, fold: Fold, proper_nouns: bool) -> Result<Matcher> {
        Matcher::from_prepared(fold, proper_nouns, Matcher::prepare(store, fold, proper_nouns))
    }

    /// Each name of `store` prepared, in order.
    pub(crate) fn prepare(store: &Store, fold: Fold, proper_nouns: bool) -> Vec<Prepared<'static>> {
        let n = store.alias_count();
        // Preparing a million names takes a while: one chunk per core.
        let parallel = n >= PARALLEL_NAMES;
        let chunk = if parallel { n.div_ceil(cores()) } else { n }.max(1);
        let prepare = |from: usize| {
            let mut scratch = Vec::new();
            (from..(from + chunk).min(n))
                .map(|a| {
                    let exact = store.alias_case_sensitive(a as u32);
                    let proper = proper_nouns && !exact && store.entity_case(store.alias_entity(a as u32)).is_none();
                    Prepared::of(store.alias(a as u32), fold, exact, proper, &mut scratch)
                })
                .collect::<Vec<_>>()
        };
        each((0..n).step_by(chunk).collect(), parallel, prepare)
            .into_iter()
            .flat_map(|r| r.unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    }

    /// Compiles prepared names (name `a` is `prepared[a]`).
    pub(crate) fn from_prepared(fold: Fold, proper_nouns: bool, mut prepared: Vec<Prepared<'_>>) -> Result<Matcher> {
        let n = prepared.len();
        // The scan walks from a non-word unit when its normal form starts with a byte marked here: the first
        // byte of a key that starts with a non-word or a non-ASCII character (see `build_shard`), or of a
        // name whose first unit is not a word even though its key starts with one (combining marks put in
        // canonical order). Such a name also walks from words: a stray accent absorbs the letter-like mark
        // after it ("\u{301}\u{345}" folds to "ι", as the word "Ι" does), so its key's head is its own.
        let mut other_first = [false; 256];
        let mut scratch = Vec::new();
        for p in prepared.iter_mut().filter(|p| p.head.is_none()) {
            p.key.first().into_iter().for_each(|&b| other_first[b as usize] = true);
            p.head = key_head(&p.key, fold, &mut scratch);
        }
        let mut lower = [0; 2];
        for p in prepared.iter().filter(|p| p.lower_start && p.head.is_some()) {
            lower[usize::from(p.key.first().is_some_and(|&b| b >= 0x80))] += 1;
        }
        let every_name_lower = prepared.iter().all(|p| p.lower_start);
        let mut checks = vec![0; n];
        let mut first_words = FirstWords::new(n, (!every_name_lower).then_some(lower));
        let mut keyed: Vec<KeyedName> = Vec::with_capacity(n);
        for (alias, Prepared { key, checks: name_checks, lower_start, head }) in prepared.into_iter().enumerate() {
            checks[alias] = name_checks;
            let first_byte = key.first().copied().unwrap_or(0);
            if let Some(head) = head {
                first_words.insert(&head, first_byte, lower_start && !every_name_lower)
            }
            // A letter-like mark that a non-word unit of the name absorbed ("New\u{fffd}\u{345}") is a
            // word of its own in a text with the same key ("new\u{fffd}ι"), whose head is the key's.
            if may_hold_absorbed_iota(&key)
                && let Some(key_head) = key_head(&key, fold, &mut scratch).filter(|k| Some(*k) != head)
            {
                first_words.insert(&key_head, first_byte, lower_start && !every_name_lower)
            }
            if !key.is_empty() {
                keyed.push((key, alias as u32));
            }
        }
        if checks.iter().all(|&c| c == 0) {
            checks = Vec::new();
        }
        let (shard_of, groups) = plan_shards(keyed);
        let built: Vec<Result<(Shard, [bool; 256])>> = each(groups, n >= PARALLEL_NAMES, build_shard)
            .into_iter()
            .map(|r| r.unwrap_or_else(|_| Err(Error::new(ErrorKind::Build, "automaton build panicked"))))
            .collect();
        let mut shards = Vec::with_capacity(built.len());
        for result in built {
            let (shard, firsts) = result?;
            shards.push(shard);
            for (any, one) in other_first.iter_mut().zip(firsts) {
                *any |= one;
            }
        }
        let jump = jump_table(&shards, &shard_of);
        Ok(Matcher {
            fold,
            proper_nouns,
            checks,
            first_words,
            jump,
            shards,
            shard_of,
            any_other_first: other_first.iter().any(|&b| b),
            wide: Wide::new(&other_first),
            other_first,
        })
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

/// Whether `key` holds "ι" after a character that is not a word's, as where a non-word unit absorbed
/// U+0345 (a memchr for its first byte first: most keys have none).
fn may_hold_absorbed_iota(key: &[u8]) -> bool {
    key.contains(&0xce)
        && std::str::from_utf8(key).is_ok_and(|k| {
            k.chars().zip(k.chars().skip(1)).any(|(a, b)| b == 'ι' && normalize::char_class(a) != Class::Word)
        })
}

/// The head of a key that starts with a word character, read as text: its normal form is its own.
fn key_head(key: &[u8], fold: Fold, scratch: &mut Vec<u8>) -> Option<Head> {
    let key = std::str::from_utf8(key).ok()?;
    (key.chars().next().map(normalize::char_class) == Some(Class::Word)).then(|| Head::of_name(key, fold, scratch))
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

/// A first byte with fewer names than this shares its shard with other such bytes (tests and fuzzing
/// share at two, so that they cover shards of one byte and of several).
const SHARD_FLOOR: usize = if cfg!(any(test, feature = "fuzzing")) { 2 } else { 256 };

/// Below this many names a build runs on the calling thread: for the small gazetteers of tests, fuzzing and
/// per-call use, spawning threads cost more than the work.
pub(crate) const PARALLEL_NAMES: usize = 4096;

/// The cores a build may use (at most 8), asked once: the question reads cgroup files.
fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8))
}

/// `f` of each item, in order; when `parallel`, on one thread per core through the shared work-sharing
/// loop (so that only as many items are in work, and their scratch memory alive, as there are cores);
/// either way a panic in `f` is the `Err` of its item.
fn each<I: Send, O: Send>(items: Vec<I>, parallel: bool, f: impl Fn(I) -> O + Sync) -> Vec<std::thread::Result<O>> {
    // Each item is taken by the one thread that its index goes to.
    let items: Vec<Mutex<Option<I>>> = items.into_iter().map(|i| Mutex::new(Some(i))).collect();
    pool::each_index(items.len(), if parallel { cores() } else { 1 }, |k| {
        let item = items[k].lock().unwrap_or_else(PoisonError::into_inner).take().expect("an item is taken once");
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(item)))
    })
}

/// Splits the (key, name) pairs into shards by the first byte of the key (equal keys share it, so
/// they land in one shard), largest first so that the build's last shards are small ones: a byte with
/// at least [`SHARD_FLOOR`] names has a shard of its own, and the rarer first bytes share shards of
/// about that many names; small gazetteers stay one shard.
///
/// Why one shard per first byte, not one per core: the builder's scratch automaton takes about three
/// times the memory of the compiled one, and the pool builds only one shard per core at a time, so
/// many small shards keep the peak memory of a build low, and their memory is reused from one to the
/// next instead of being freshly paged in. Why rare bytes share: each automaton has a fixed cost (its
/// start states, byte classes and tables), which for a shard of a few names is most of its build.
fn plan_shards(keyed: Vec<KeyedName<'_>>) -> ([u8; 256], Vec<Vec<KeyedName<'_>>>) {
    let mut per_byte = [0usize; 256];
    for (k, _) in &keyed {
        per_byte[k[0] as usize] += 1;
    }
    let mut order: Vec<usize> = (0..256).filter(|&b| per_byte[b] > 0).collect();
    order.sort_by_key(|&b| std::cmp::Reverse(per_byte[b]));
    let one = keyed.len() < SHARD_THRESHOLD;
    let mut shard_of = [NO_SHARD; 256];
    // Names planned per shard.
    let mut sizes: Vec<usize> = Vec::new();
    for b in order {
        // In order of size, so a byte below the floor only ever joins others below it.
        if sizes.is_empty() || (!one && sizes[sizes.len() - 1] >= SHARD_FLOOR) {
            sizes.push(0);
        }
        let last = sizes.len() - 1;
        sizes[last] += per_byte[b];
        // No UTF-8 key starts with 0xff, so shard numbers stay below `NO_SHARD`.
        shard_of[b] = last as u8;
    }
    let mut groups: Vec<Vec<KeyedName>> = sizes.into_iter().map(Vec::with_capacity).collect();
    for pair in keyed {
        groups[shard_of[pair.0[0] as usize] as usize].push(pair);
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
///
/// Why `Standard` and not a leftmost match kind: the walks pick the longest match themselves, and an
/// anchored step never follows a failure link, so the kind changes nothing they see. But under a
/// leftmost kind every state below a name's end fails to the dead state, whose 256 transitions the
/// builder scans as a linked list for each such state: at 1M names that scan was half the build.
/// Also returns the first bytes of the shard's keys that a non-word unit of the text may start (see
/// `Matcher::other_first`).
fn build_shard(mut pairs: Vec<KeyedName<'_>>) -> Result<(Shard, [bool; 256])> {
    pairs.sort_unstable();
    let mut prefixed = Vec::with_capacity(pairs.iter().map(|(k, _)| k.len() + 1).sum());
    let mut ends = Vec::new();
    let mut starts = Vec::new();
    let mut aliases = Vec::with_capacity(pairs.len());
    let mut other_first = [false; 256];
    // The words that get a slot in the shard's one-word table, with their key's index or `WALK`.
    let mut one_word = Vec::new();
    let mut last: Option<&[u8]> = None;
    for (key, alias) in &pairs {
        if last != Some(&key[..]) {
            starts.push(aliases.len() as u32);
            // The first character only: its length follows from its first byte.
            let width = match key[0] {
                0..0x80 => 1,
                0xc0..0xe0 => 2,
                0xe0..0xf0 => 3,
                _ => 4,
            };
            let first = key.get(..width).and_then(|k| std::str::from_utf8(k).ok()).and_then(|k| k.chars().next());
            // A key that starts with a non-ASCII word character can also start at a non-word unit: a stray
            // accent absorbs the letter-like mark after it ("\u{301}\u{345}" folds to "ι").
            if key[0] >= 0x80 || first.map(normalize::char_class) != Some(Class::Word) {
                other_first[key[0] as usize] = true;
            }
            if let Some((word, on)) = words::word_of(key) {
                one_word.push((word, if on { WALK } else { starts.len() as u32 - 1 }));
            }
            prefixed.push(SENTINEL);
            prefixed.extend_from_slice(key);
            ends.push(prefixed.len());
            last = Some(key);
        }
        aliases.push(*alias);
    }
    starts.push(aliases.len() as u32);
    let (names, starts, aliases) = compact(&starts, &aliases);
    let patterns = ends.iter().scan(0, |start, &end| {
        let p = &prefixed[*start..end];
        *start = end;
        Some(p)
    });
    let build_error = |e: &dyn std::fmt::Display| Error::new(ErrorKind::Build, e.to_string());
    let nfa = contiguous::NFA::builder()
        .match_kind(MatchKind::Standard)
        .prefilter(false)
        // The start, the sentinel's state and the first bytes of names: the states every walk visits.
        .dense_depth(3)
        .build(patterns)
        .map_err(|e| build_error(&e))?;
    let root = nfa.start_state(Anchored::Yes).map_err(|e| build_error(&e))?;
    let start = nfa.next_state(Anchored::Yes, root, SENTINEL);
    let sentinel_inside = pairs.iter().any(|(key, _)| key.contains(&SENTINEL));
    // Behind a sentinel inside a key, a state may report another name first: such shards walk.
    let words = if sentinel_inside {
        Words::default()
    } else {
        one_word.iter_mut().filter(|(_, n)| *n != WALK).for_each(|(_, n)| *n = names[*n as usize]);
        Words::new(&one_word)
    };
    Ok((Shard { nfa, start, names, starts, aliases, sentinel_inside, words }, other_first))
}

/// The names of each key (key `p`'s are `aliases[starts[p]..starts[p + 1]]`) as `Shard` holds them: a key
/// with one name keeps it in `names`, the others point into lists of their own. (Those lists number
/// fewer than 2^31, as each holds two of the fewer than 2^32 names, so `MANY` stays clear of their index.)
fn compact(starts: &[u32], aliases: &[u32]) -> (Vec<u32>, Vec<u32>, Vec<u32>) {
    let mut names = Vec::with_capacity(starts.len() - 1);
    let (mut many_starts, mut many) = (Vec::new(), Vec::new());
    for range in starts.windows(2) {
        match &aliases[range[0] as usize..range[1] as usize] {
            &[one] if one & MANY == 0 => names.push(one),
            several => {
                names.push(MANY | many_starts.len() as u32);
                many_starts.push(many.len() as u32);
                many.extend_from_slice(several);
            }
        }
    }
    many_starts.push(many.len() as u32);
    many_starts.shrink_to_fit();
    many.shrink_to_fit();
    (names, many_starts, many)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_first_bytes_share_a_shard_and_common_ones_have_their_own() {
        let keys = ["aa", "ab", "ac", "ba", "bb", "bc", "c", "d", "e"];
        let keyed: Vec<KeyedName> =
            keys.iter().enumerate().map(|(i, k)| (Cow::Borrowed(k.as_bytes()), i as u32)).collect();
        let (shard_of, groups) = plan_shards(keyed);
        let sizes: Vec<usize> = groups.iter().map(Vec::len).collect();
        // Below the floor of two, "c" and "d" fill one shard; "e" opens the next.
        assert_eq!(sizes, [3, 3, 2, 1]);
        assert_ne!(shard_of[b'a' as usize], shard_of[b'b' as usize]);
        assert_eq!(shard_of[b'c' as usize], shard_of[b'd' as usize]);
        assert_ne!(shard_of[b'd' as usize], shard_of[b'e' as usize]);
        assert_eq!(shard_of[b'z' as usize], NO_SHARD);
        for (s, group) in groups.iter().enumerate() {
            assert!(group.iter().all(|(k, _)| shard_of[k[0] as usize] as usize == s));
        }
    }
}
