//! The lexicon: every list of words that a rule consults, each a named table with a line that says what it
//! is for, written by hand from general English usage and embedded; [`Lexicon`] adds the words a user gives
//! at run time (see `ExtractorBuilder`).
//!
//! - `verbs`: the cue verbs in all their forms and classes, and the verbs read around a cue;
//! - `nouns`: source nouns, titles, media, nouns of stance, occasion, attitude and polls;
//! - `modifiers`: adjectives of stance, words of degree, adverbs;
//! - `pronouns`: what each pronoun stands for, possessives, objects, relatives;
//! - `function`: determiners, quantifiers, auxiliaries, conjunctions, stop words;
//! - `openers`: the words that open or end a phrase or clause around a cue;
//! - `time`: days, months and the words of time;
//! - `organisations`: the head nouns of an organisation's short and possessive forms;
//! - `people`: honorifics and titles before a name, the gender some of them say, surname particles;
//! - `first_names`: the first names that say a person's gender, generated from public-domain data (not by
//!   hand: see the module).
//!
//! Tables are read through this module (`lexicon::STOP_WORDS`); the rooms are for the reader.

use std::borrow::{Borrow, Cow};
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hash, Hasher};

use once_cell::sync::Lazy;

mod first_names;
mod function;
mod modifiers;
mod nouns;
mod openers;
mod organisations;
mod people;
mod pronouns;
mod time;
mod verbs;

pub(crate) use first_names::*;
pub(crate) use function::*;
pub(crate) use modifiers::*;
pub(crate) use nouns::*;
pub(crate) use openers::*;
pub(crate) use organisations::*;
pub(crate) use people::*;
pub(crate) use pronouns::*;
pub(crate) use time::*;
pub(crate) use verbs::*;

/// A named list of lowercase words that a rule consults, looked up whole. The lists are short, so a scan
/// costs less than a hash; the long ones are hash sets (`STOP_WORDS`). Most words asked about are in no
/// list, so a list also keeps a [`Filter`], built with the list, which turns nearly all of them away
/// before the scan.
#[derive(Debug)]
pub(crate) struct Words {
    words: &'static [&'static str],
    filter: Filter,
}

impl Words {
    /// The list of `words`.
    pub(crate) const fn new(words: &'static [&'static str]) -> Words {
        let mut filter = Filter([0; 16]);
        let mut i = 0;
        while i < words.len() {
            filter.add(words[i]);
            i += 1;
        }
        Words { words, filter }
    }

    /// Whether `word` is in the list.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.filter.admits(word, false) && self.words.contains(&word)
    }

    /// Whether `word` in lowercase is in the list: lowercased only when the filter lets it through, as few
    /// words do.
    pub(crate) fn contains_lower(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return self.contains(&lowercase(word));
        }
        // An ASCII word is compared as it is, a byte lowered at a time: no lowercase copy is made.
        let is_lower_of =
            |w: &str| w.len() == word.len() && w.bytes().zip(word.bytes()).all(|(a, b)| a == b.to_ascii_lowercase());
        self.filter.admits(word, true) && self.words.iter().any(|w| is_lower_of(w))
    }

    /// The words, in the list's order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.words.iter().copied()
    }
}

/// A set of words of the lexicon: a hash set with [`WordHasher`], behind a [`Filter`].
#[derive(Debug, Clone)]
pub(crate) struct WordSet<T = &'static str> {
    words: HashSet<T, BuildHasherDefault<WordHasher>>,
    filter: Filter,
}

/// The filter of a list or a set of words: one bit per length, first and last byte (hashed to 1,024
/// bits). Most words asked about are in no list, and the filter turns nearly all of them away for the
/// cost of a few instructions, where a scan or a hash and probe cost a hundred.
#[derive(Debug, Clone, Copy)]
struct Filter([u64; 16]);

impl Filter {
    /// A word's bit; with `lower`, the bit of the word in lowercase (for ASCII words).
    #[inline]
    const fn bit(word: &str, lower: bool) -> usize {
        let b = word.as_bytes();
        let (mut first, mut last) = match b {
            [] => (0, 0),
            [first, .., last] => (*first, *last),
            [one] => (*one, *one),
        };
        if lower {
            (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
        }
        let key = first as u32 | (last as u32) << 8 | (b.len() as u32) << 16;
        (key.wrapping_mul(0x9e37_79b1) >> 22) as usize
    }

    /// Sets `word`'s bit.
    const fn add(&mut self, word: &str) {
        let bit = Filter::bit(word, false);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether `word` (in lowercase, with `lower`) may have been added.
    #[inline]
    fn admits(&self, word: &str, lower: bool) -> bool {
        let bit = Filter::bit(word, lower);
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }
}

impl<T: Borrow<str> + Hash + Eq> WordSet<T> {
    /// Whether `word` is in the set.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.filter.admits(word, false) && self.words.contains(word)
    }

    /// Whether `word` in lowercase is in the set: lowercased only when the filter lets it through, as few
    /// words do.
    pub(crate) fn contains_lower(&self, word: &str) -> bool {
        if word.is_ascii() {
            if !self.filter.admits(word, true) {
                return false;
            }
            // A short ASCII word is lowered on the stack.
            let mut buf = [0u8; 32];
            if let Some(lower) = buf.get_mut(..word.len()) {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                return std::str::from_utf8(lower).is_ok_and(|l| self.words.contains(l));
            }
        }
        self.contains(&lowercase(word))
    }

    /// Adds `word`; whether it was new.
    pub(crate) fn insert(&mut self, word: T) -> bool {
        self.filter.add(word.borrow());
        self.words.insert(word)
    }
}

impl<T> Default for WordSet<T> {
    fn default() -> WordSet<T> {
        WordSet { words: HashSet::default(), filter: Filter([0; 16]) }
    }
}

impl<T: Borrow<str> + Hash + Eq> FromIterator<T> for WordSet<T> {
    fn from_iter<I: IntoIterator<Item = T>>(words: I) -> WordSet<T> {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

impl<T: Borrow<str> + Hash + Eq> Extend<T> for WordSet<T> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, words: I) {
        for w in words {
            self.insert(w);
        }
    }
}

/// The hasher of the lexicon's word sets, FxHash (the multiply-and-rotate hash of rustc's own tables):
/// the sets are looked up for most words of every text, and SipHash, the standard one, cost more than
/// the rest of a lookup several times over. Its resistance to chosen keys is not needed: the keys are the
/// lexicon's own tables and the words a user adds, never the text.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    /// The state turned so that its well-mixed high bits also pick the bucket (its low bits).
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// `word` in lowercase (as `str::to_lowercase` makes it), to look it up in the tables: the word itself,
/// with no allocation, when it is ASCII with no capital, as most words are.
pub(crate) fn lowercase(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

fn set(words: &[&'static str]) -> WordSet {
    words.iter().copied().collect()
}

/// Every word that a construction of stance without a verb cue reads as its cue, whatever the table:
/// predicative adjectives, designations and nouns of stance. Those constructions read the free words of
/// every sentence (`Reader::free_words`), nearly none of which is in any of their tables; one lookup here
/// turns the others away.
pub(crate) static STANCE_WORDS: Lazy<WordSet> = Lazy::new(|| {
    let keys = |table: &[(&'static str, &'static [&'static str])]| table.iter().map(|&(w, _)| w).collect::<Vec<_>>();
    [
        &CLAUSE_ADJECTIVES,
        &INFINITIVE_ADJECTIVES,
        &DESIGNATION_VERBS,
        &ACTIVE_DESIGNATION_VERBS,
        &DESIGNATION_AS_OR_FOR_VERBS,
        &DESIGNATION_DIRECT_VERBS,
        &THAT_NOUNS,
        &TO_NOUNS,
        &OPINION_NOUNS,
    ]
    .into_iter()
    .flat_map(Words::iter)
    .chain(keys(OBJECT_ADJECTIVES))
    .chain(keys(OBJECT_NOUNS))
    .collect()
});

/// The built-in lexicon plus a user's additions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lexicon {
    pub extra_source_nouns: WordSet<String>,
    pub extra_media_nouns: WordSet<String>,
}

impl Lexicon {
    /// Whether `word` (lowercase) heads an anonymous source.
    pub(crate) fn is_source_noun(&self, word: &str) -> bool {
        SOURCE_NOUNS.contains(word) || self.extra_source_nouns.contains(word)
    }

    /// Whether `word` (lowercase) names a medium or channel.
    pub(crate) fn is_media_noun(&self, word: &str) -> bool {
        MEDIA_NOUNS.contains(word) || self.extra_media_nouns.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_inflections() {
        assert_eq!(inflect("announce"), ["announce", "announces", "announced", "announcing"]);
        assert_eq!(inflect("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(inflect("stress"), ["stress", "stresses", "stressed", "stressing"]);
        assert_eq!(inflect("warn"), ["warn", "warns", "warned", "warning"]);
        assert_eq!(inflect("point out"), ["point out", "points out", "pointed out", "pointing out"]);
        assert_eq!(inflect("slam"), ["slam", "slams", "slammed", "slamming"]);
        assert_eq!(inflect("quip"), ["quip", "quips", "quipped", "quipping"]);
        assert_eq!(inflect("prefer"), ["prefer", "prefers", "preferred", "preferring"]);
        assert_eq!(inflect("plan"), ["plan", "plans", "planned", "planning"]);
        assert_eq!(inflect("offer"), ["offer", "offers", "offered", "offering"]);
        assert_eq!(inflect("vow"), ["vow", "vows", "vowed", "vowing"]);
        assert_eq!(inflect("tout"), ["tout", "touts", "touted", "touting"]);
    }

    /// The filter turns away no word of a list, as written or in capitals, ASCII or not: the answers are
    /// those of a plain scan.
    #[test]
    fn a_list_answers_as_a_scan_of_its_words() {
        const LIST: &[&str] = &["the", "a", "an", "of", "café", "al-", "vice president", "u.s."];
        let list = Words::new(LIST);
        let mut probes: Vec<String> = Vec::new();
        for w in LIST.iter().copied().chain(COORDINATORS.iter()).chain(ARTICLES_AND_POSSESSIVES.iter()) {
            let capitalised = w.chars().next().map(|c| c.to_uppercase().chain(w.chars().skip(1)).collect());
            probes.extend([w.to_string(), w.to_uppercase(), format!("{w}s"), w[1..].to_string()]);
            probes.extend(capitalised);
        }
        probes.extend(["".to_string(), "x".to_string(), "CAFÉ".to_string()]);
        for p in &probes {
            assert_eq!(list.contains(p), LIST.contains(&p.as_str()), "{p:?}");
            assert_eq!(list.contains_lower(p), LIST.contains(&lowercase(p).as_ref()), "{p:?} in lowercase");
        }
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("official"), "officials");
        assert_eq!(plural("authority"), "authorities");
        assert_eq!(plural("witness"), "witnesses");
        assert_eq!(plural("survey"), "surveys");
    }

    #[test]
    fn cues_cover_every_form_the_issue_names() {
        let has = |f: &str| CUES.iter().any(|c| c.form == f);
        for f in [
            "say",
            "says",
            "said",
            "saying",
            "tell",
            "told",
            "according to",
            "ruled out",
            "called for",
            "claimed",
            "considers",
            "denied",
            "warned",
            "believes",
            "found",
            "shows",
            "wants",
        ] {
            assert!(has(f), "{f}");
        }
        assert!(!has("elicit"));
    }
}
