//! Text normalisation for matching: case folding, diacritics, apostrophes, hyphens and white space.
//!
//! Text is read in *units*: a character plus the combining marks that follow it. Each unit has a class
//! (word, separator or other) and a normalised form (UTF-8 bytes). Names and text go through the same
//! function, so a name matches wherever the text normalises to the same bytes:
//! - case: full Unicode case folding (`ß` = `ss`, `İ` = `i`);
//! - diacritics (optional): canonical decomposition with the marks dropped (`Súdani` = `Sudani`), plus a
//!   few letters whose stroke is not a mark (`ø`, `ł`, `đ`, `ħ`, `ŧ`, `ı`);
//! - apostrophes: `’ ‘ ‛ ʼ ′ ＇` are `'`;
//! - separators: white space (newlines too) and hyphens (`-`, `‐`, `‑`, `‒`, `–`) are all one space, and a
//!   run of them is one space;
//! - ignorable: soft hyphen, zero-width joiners and bidirectional marks vanish.

mod tables;

use tables::{CASE_FOLD_EXCEPTIONS, STROKE_LETTERS};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The class of a unit, for word boundaries and separator runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A letter, digit or `_` (Unicode alphanumeric): names end on word boundaries between word and
    /// non-word units.
    Word,
    /// White space or a hyphen: any run of separators normalises to one space.
    Sep,
    /// Anything else (punctuation, symbols, ignorable characters).
    Other,
}

/// Which foldings apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Fold {
    /// Fold case (full Unicode case folding).
    pub case: bool,
    /// Fold diacritics.
    pub diacritics: bool,
}

const fn ascii_class_table() -> [Class; 128] {
    let mut t = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphanumeric() || c == b'_' {
            Class::Word
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-') {
            Class::Sep
        } else {
            Class::Other
        };
        b += 1;
    }
    t
}

/// The class of each ASCII byte.
pub(crate) static ASCII_CLASS: [Class; 128] = ascii_class_table();

/// Whether each byte is an ASCII word character (`Class::Word`); false for every byte of a non-ASCII
/// character. For loops that skip the rest of a word a byte at a time.
pub(crate) static ASCII_WORD: [bool; 256] = {
    let classes = ascii_class_table();
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(classes[b], Class::Word);
        b += 1;
    }
    t
};

const fn ascii_fold_table() -> [u8; 128] {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match ascii_class_table()[b] {
            Class::Sep => b' ',
            _ => (b as u8).to_ascii_lowercase(),
        };
        b += 1;
    }
    t
}

/// The case-folded normal form of each ASCII byte (separators become a space).
pub(crate) static ASCII_FOLDED: [u8; 128] = ascii_fold_table();

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2013}' | '\u{fe63}' | '\u{ff0d}')
}

/// The bidirectional marks that text pasted from right-to-left pages carries ("\u{200e}Iraq") and the
/// byte-order mark: invisible, and no characters of the text for matching or for reading its structure.
pub(crate) fn is_format_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// Soft hyphen, zero-width (non-)joiners, word joiner and the format marks.
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200c}' | '\u{200d}' | '\u{2060}') || is_format_mark(c)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2bc}' | '\u{2032}' | '\u{ff07}')
}

/// Punctuation common in news text (dashes, curly quotes, ellipsis, `¡`...`¿`) that is no letter, has no
/// case and no decomposition: its class is `Other` and its normal form itself, whatever the fold. Asked
/// before the Unicode tables, which cost several hundred instructions a character.
fn is_inert(c: char) -> bool {
    matches!(c, '\u{a1}'..='\u{a9}' | '\u{ab}' | '\u{ac}' | '\u{ae}'..='\u{b1}' | '\u{b4}' | '\u{b6}'..='\u{b8}')
        || matches!(c, '\u{bb}' | '\u{bf}' | '\u{2014}'..='\u{2017}' | '\u{201a}' | '\u{201c}'..='\u{2027}')
        || matches!(c, '\u{2030}'..='\u{2031}' | '\u{2033}'..='\u{205e}')
}

/// The class of a character.
pub(crate) fn char_class(c: char) -> Class {
    if c.is_ascii() {
        ASCII_CLASS[c as usize]
    } else if is_inert(c) {
        Class::Other
    } else if is_apostrophe(c) {
        // ʼ (U+02BC) is a letter to Unicode, but reads as an apostrophe.
        Class::Other
    } else if c.is_alphanumeric() {
        Class::Word
    } else if is_separator(c) || c == '\u{200b}' {
        Class::Sep
    } else {
        Class::Other
    }
}

/// The class of the unit that starts at byte `pos` (a unit's class is its first character's).
#[inline]
pub(crate) fn class_at(text: &str, pos: usize) -> Class {
    let b = text.as_bytes()[pos];
    if b < 0x80 { ASCII_CLASS[b as usize] } else { char_class(text[pos..].chars().next().unwrap_or(' ')) }
}

fn fold_case(c: char, out: &mut impl FnMut(char)) {
    match c {
        // Dotted capital I: the dot only marks that the letter is not the Turkish dotless one.
        '\u{130}' => out('i'),
        '\u{13a0}'..='\u{13f5}' => out(c),
        '\u{13f8}'..='\u{13fd}' => out(char::from_u32(c as u32 - 8).unwrap_or(c)),
        '\u{ab70}'..='\u{abbf}' => out(char::from_u32(c as u32 - 0xab70 + 0x13a0).unwrap_or(c)),
        _ => match CASE_FOLD_EXCEPTIONS.binary_search_by_key(&c, |&(k, _)| k) {
            Ok(i) => CASE_FOLD_EXCEPTIONS[i].1.chars().for_each(out),
            Err(_) => c.to_lowercase().for_each(out),
        },
    }
}

fn push_char(out: &mut Vec<u8>, c: char) {
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Reads the unit that starts at byte `pos` of `text`, appends its normalised form to `out` (nothing for
/// an ignorable character, one space for a separator) and returns the byte offset where the unit ends
/// and its class.
pub(crate) fn unit(text: &str, pos: usize, fold: Fold, out: &mut Vec<u8>) -> (usize, Class) {
    let rest = &text[pos..];
    let bytes = rest.as_bytes();
    // The common case: an ASCII character not followed by a (non-ASCII) combining mark.
    if let Some(&b) = bytes.first().filter(|&&b| b < 0x80 && bytes.get(1).is_none_or(|&n| n < 0x80)) {
        let (normal, class) = ascii_unit(b, fold);
        out.push(normal);
        return (pos + 1, class);
    }
    let mut chars = rest.char_indices();
    let Some((_, c)) = chars.next() else { return (pos, Class::Other) };
    // A unit absorbs the combining marks after its first character.
    let mut end = c.len_utf8();
    for (i, m) in chars {
        // No ASCII character is a combining mark, and one most often follows.
        if m.is_ascii() || !is_combining_mark(m) {
            break;
        }
        end = i + m.len_utf8();
    }
    if end == c.len_utf8() && is_inert(c) {
        push_char(out, c);
        return (pos + end, Class::Other);
    }
    let class = char_class(c);
    if class == Class::Sep {
        out.push(b' ');
    } else if is_apostrophe(c) {
        out.push(b'\'');
    } else if is_ignorable(c) {
    } else if c.is_ascii() && end == 1 {
        out.push(if fold.case { ASCII_FOLDED[c as usize] } else { c as u8 });
    } else {
        let unit = &rest[..end];
        let mut folded = String::with_capacity(end + 4);
        for u in unit.chars() {
            if fold.case {
                fold_case(u, &mut |f| folded.push(f));
            } else {
                folded.push(u);
            }
        }
        if fold.diacritics {
            for f in folded.chars() {
                decompose_canonical(f, |d| {
                    if !is_combining_mark(d) {
                        let d = match STROKE_LETTERS.binary_search_by_key(&d, |&(k, _)| k) {
                            Ok(i) => STROKE_LETTERS[i].1,
                            Err(_) => d,
                        };
                        push_char(out, d);
                    }
                });
            }
        } else {
            for f in folded.nfc() {
                push_char(out, f);
            }
        }
    }
    (pos + end, class)
}

/// The normal form and class of an ASCII character that no combining mark follows: [`unit`]'s common case.
#[inline]
pub(crate) fn ascii_unit(b: u8, fold: Fold) -> (u8, Class) {
    let class = ASCII_CLASS[b as usize & 0x7f];
    (if fold.case || class == Class::Sep { ASCII_FOLDED[b as usize & 0x7f] } else { b }, class)
}

/// Reads the unit at `pos` as a walk along a name does: clears `out` and fills it with the unit's normal
/// form, and returns where the unit ends, its class, and whether the form is to be fed. It is not for
/// a separator right after another (`prev_sep` tracks runs: a run of separators is one space) nor for
/// an ignorable character (no normal form; it does not end a separator run either).
pub(crate) fn walk_unit(
    text: &str,
    pos: usize,
    fold: Fold,
    prev_sep: &mut bool,
    out: &mut Vec<u8>,
) -> (usize, Class, bool) {
    out.clear();
    let (end, class) = unit(text, pos, fold, out);
    let feed = if class == Class::Sep {
        !std::mem::replace(prev_sep, true)
    } else if out.is_empty() {
        false
    } else {
        *prev_sep = false;
        true
    };
    (end, class, feed)
}

/// Like [`unit`], but a combining mark at `pos` (after another character) is reported as absorbed
/// (`true`) instead of read as a unit of its own: it belongs to the unit before it.
pub(crate) fn unit_or_mark(text: &str, pos: usize, fold: Fold, out: &mut Vec<u8>) -> (usize, Class, bool) {
    if pos > 0
        && let Some(c) = text[pos..].chars().next().filter(|&c| is_combining_mark(c))
    {
        return (pos + c.len_utf8(), Class::Other, true);
    }
    let (end, class) = unit(text, pos, fold, out);
    (end, class, false)
}

/// A hash of a normalised byte sequence: its bytes packed eight to a little-endian word, each full word
/// mixed in, then the rest and the length. Packing lets a run of ASCII letters go in eight at a time.
#[derive(Debug, Clone, Copy, Default)]
struct RunHash {
    h: u64,
    word: u64,
    len: usize,
}

impl RunHash {
    #[inline]
    fn push(&mut self, b: u8) {
        self.word |= u64::from(b) << (8 * (self.len % 8));
        self.len += 1;
        if self.len.is_multiple_of(8) {
            self.h = fold64(self.h ^ self.word);
            self.word = 0;
        }
    }

    /// Pushes the low `n` bytes (at most 8) of `bytes`, little-endian.
    #[inline]
    fn push_word(&mut self, bytes: u64, n: usize) {
        if self.len.is_multiple_of(8) {
            if n == 8 {
                self.h = fold64(self.h ^ bytes);
            } else {
                self.word = bytes & ((1u64 << (8 * n)) - 1);
            }
            self.len += n;
        } else {
            (0..n).for_each(|i| self.push((bytes >> (8 * i)) as u8));
        }
    }

    #[inline]
    fn finish(&self) -> u64 {
        fold64(fold64(self.h ^ self.word) ^ self.len as u64)
    }
}

#[inline]
fn fold64(x: u64) -> u64 {
    let x = (x ^ (x >> 31)).wrapping_mul(0x517c_c1b7_2722_0a95);
    x ^ (x >> 29)
}

/// One in every byte of a word of eight bytes, and the top bit of every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// For eight bytes `low` whose top bits are clear (the bytes of a text word `x`, as `x & !HIGHS`), the top
/// bit of each byte that is in `lo..=hi` (ASCII): adding cannot carry into the next byte, so the top bit of
/// each sum says it. The eight-byte scans of words, runs and capitals share it.
#[inline]
pub(crate) fn ascii_within(low: u64, lo: u8, hi: u8) -> u64 {
    (low + ONES * u64::from(0x80 - lo)) & !(low + ONES * u64::from(0x7f - hi)) & HIGHS
}

/// For eight bytes, which lead the word: how many leading bytes are ASCII word characters (letters,
/// digits, `_`), and the bytes with ASCII capitals lowered.
#[inline]
fn ascii_word_prefix(x: u64) -> (usize, u64) {
    let low = x & !HIGHS;
    let nonzero = |v: u64| (((v & !HIGHS) + !HIGHS) | v) & HIGHS;
    // With the 0x20 bit set, capitals read as small letters (and nothing else does).
    let letter = ascii_within(low | (ONES * 0x20), b'a', b'z');
    let word = ascii_within(low, b'0', b'9') | letter | !nonzero(low ^ (ONES * u64::from(b'_')));
    let word = word & !x & HIGHS;
    let run = ((!word & HIGHS).trailing_zeros() / 8) as usize;
    (run.min(8), x | letter >> 2)
}

/// [`word_run`] for a run of ASCII word characters that an ASCII byte ends, eight bytes at a time:
/// where the run ends and its hash (it is clean). `None` where [`word_run`] must decide: a non-ASCII
/// byte after the run (a letter or a mark of it) or fewer than eight bytes left to read.
#[inline]
pub(crate) fn ascii_word_run(bytes: &[u8], pos: usize) -> Option<(usize, u64)> {
    let mut h = RunHash::default();
    let mut q = pos;
    loop {
        let chunk: [u8; 8] = bytes.get(q..q + 8)?.try_into().ok()?;
        let (run, lowered) = ascii_word_prefix(u64::from_le_bytes(chunk));
        if run == 8 {
            h.push_word(lowered, 8);
            q += 8;
            continue;
        }
        if chunk[run] >= 0x80 {
            return None;
        }
        h.push_word(lowered, run);
        return Some((q + run, h.finish()));
    }
}

/// The hash [`word_run`] gives a run of `len` (below 16) ASCII word bytes whose lowered bytes are the
/// first `len` of `lowered`, little-endian: the matcher's sixteen-byte scan hashes its short runs here.
#[inline]
pub(crate) fn short_ascii_run_hash(lowered: [u64; 2], len: usize) -> u64 {
    debug_assert!(len < 16);
    let mut h = RunHash::default();
    if len >= 8 {
        h.push_word(lowered[0], 8);
        h.push_word(lowered[1], len - 8);
    } else {
        h.push_word(lowered[0], len);
    }
    h.finish()
}

/// Hashes the normalised run of word units at `pos`: returns where the run ends, the hash, and whether
/// it was clean (no ignorable character inside: those would make word starts and walks disagree with
/// the run).
pub(crate) fn word_run(text: &str, pos: usize, fold: Fold, scratch: &mut Vec<u8>) -> (usize, u64, bool) {
    let bytes = text.as_bytes();
    let mut q = pos;
    let mut clean = true;
    let mut h = RunHash::default();
    while q < bytes.len() {
        if let Some(chunk) = bytes.get(q..q + 8) {
            let (run, lowered) = ascii_word_prefix(u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])));
            // Eight at a time. When diacritics are kept, a non-ASCII byte after the run, in the chunk or
            // right after a whole one, may be a mark that composes with the run's last letter: that letter
            // goes the slow way.
            let after = if run < 8 { chunk.get(run) } else { bytes.get(q + 8) };
            let take = if !fold.diacritics && after.is_some_and(|&b| b >= 0x80) { run.saturating_sub(1) } else { run };
            if take > 0 {
                h.push_word(lowered, take);
                q += take;
                if take == 8 {
                    continue;
                }
            }
            if run < 8 && chunk[run] < 0x80 {
                break;
            }
        }
        let b = bytes[q];
        // When diacritics fold, an ASCII character's normal form is its folded byte even if combining
        // marks follow (they are read below); when they do not, the marks compose with it.
        if b < 0x80 && (fold.diacritics || bytes.get(q + 1).is_none_or(|&n| n < 0x80)) {
            if ASCII_CLASS[b as usize] != Class::Word {
                break;
            }
            h.push(ASCII_FOLDED[b as usize]);
            q += 1;
            continue;
        }
        // A mark after an ASCII letter belongs to the letter's unit, whatever its own class. Folding drops it,
        // unless case folding first makes it a letter (U+0345 ypogegrammeni folds to ι): its form joins the run.
        if fold.diacritics && q > pos && text[q..].chars().next().is_some_and(is_combining_mark) {
            scratch.clear();
            q = unit(text, q, fold, scratch).0;
            scratch.iter().for_each(|&x| h.push(x));
            continue;
        }
        scratch.clear();
        let (end, class) = unit(text, q, fold, scratch);
        if scratch.is_empty() {
            clean = false;
        } else if class != Class::Word {
            break;
        } else {
            scratch.iter().for_each(|&x| h.push(x));
        }
        q = end;
    }
    (q, h.finish(), clean)
}

/// Hashes the normalised non-word units at `pos`: returns where they end (at the next word unit or the
/// end of the text), the hash, and whether they were clean.
pub(crate) fn gap_run(text: &str, pos: usize, fold: Fold, scratch: &mut Vec<u8>) -> (usize, u64, bool) {
    let bytes = text.as_bytes();
    let mut q = pos;
    let mut gap = Gap::new();
    while q < bytes.len() {
        let b = bytes[q];
        if b < 0x80 && bytes.get(q + 1).is_none_or(|&n| n < 0x80) {
            let class = ASCII_CLASS[b as usize];
            if class == Class::Word {
                break;
            }
            gap.push(class, &[ASCII_FOLDED[b as usize]]);
            q += 1;
            continue;
        }
        scratch.clear();
        let (end, class) = unit(text, q, fold, scratch);
        if class == Class::Word {
            break;
        }
        gap.push(class, scratch);
        q = end;
    }
    (q, gap.hash, gap.clean)
}

/// The non-word units between two runs of word units, hashed as they are read: a run of separators
/// counts once, and an ignorable character (no normal form) makes the gap unclean.
#[derive(Clone, Copy)]
pub(crate) struct Gap {
    pub(crate) hash: u64,
    pub(crate) clean: bool,
    prev_sep: bool,
}

impl Gap {
    pub(crate) fn new() -> Gap {
        Gap { hash: 0, clean: true, prev_sep: false }
    }

    #[inline]
    pub(crate) fn push(&mut self, class: Class, normal: &[u8]) {
        match normal {
            [] => self.clean = false,
            &[b] => self.push_byte(class, b),
            _ if class != Class::Sep || !self.prev_sep => {
                self.hash = normal.iter().fold(self.hash, |h, &b| mix(h, b));
                self.prev_sep = class == Class::Sep;
            }
            _ => {}
        }
    }

    /// [`Gap::push`] for a unit whose normal form is one byte.
    #[inline]
    pub(crate) fn push_byte(&mut self, class: Class, normal: u8) {
        if class != Class::Sep || !self.prev_sep {
            self.hash = mix(self.hash, normal);
            self.prev_sep = class == Class::Sep;
        }
    }
}

#[inline]
fn mix(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// Normalises a whole string the way names are keyed: units in order, each run of separators one space,
/// no separator at either end.
pub(crate) fn normalize(text: &str, fold: Fold) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut pos = 0;
    let mut pending_sep = false;
    let mut scratch = Vec::new();
    let bytes = text.as_bytes();
    while pos < text.len() {
        scratch.clear();
        // Most units are ASCII characters no mark follows: read in place.
        let (end, class) = match bytes[pos] {
            b if b < 0x80 && bytes.get(pos + 1).is_none_or(|&n| n < 0x80) => {
                let (normal, class) = ascii_unit(b, fold);
                scratch.push(normal);
                (pos + 1, class)
            }
            _ => unit(text, pos, fold, &mut scratch),
        };
        pos = end;
        if class == Class::Sep {
            pending_sep = !out.is_empty();
        } else if !scratch.is_empty() {
            if pending_sep {
                out.push(b' ');
                pending_sep = false;
            }
            out.extend_from_slice(&scratch);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: Fold = Fold { case: true, diacritics: true };
    const CASE_ONLY: Fold = Fold { case: true, diacritics: false };

    fn normalize_str(s: &str, fold: Fold) -> String {
        String::from_utf8(normalize(s, fold)).unwrap()
    }

    fn n(s: &str) -> String {
        normalize_str(s, FULL)
    }

    #[test]
    fn case_folding_is_full_unicode() {
        assert_eq!(n("ZÜRICH"), "zurich");
        assert_eq!(n("İSTANBUL"), "istanbul");
        assert_eq!(n("Straße"), "strasse");
        assert_eq!(n("ΣΊΣΥΦΟΣ"), n("σίσυφος"));
        assert_eq!(n("ﬁnland"), "finland");
        assert_ne!(n("Zurich"), n("Zürichsee"));
    }

    #[test]
    fn diacritics_fold_only_when_asked() {
        assert_eq!(n("Súdani"), "sudani");
        assert_eq!(n("Su\u{301}dani"), "sudani");
        assert_eq!(n("Łódź"), "lodz");
        assert_eq!(normalize_str("Súdani", CASE_ONLY), "súdani");
        // Decomposed and precomposed forms agree when diacritics are kept.
        assert_eq!(normalize_str("Su\u{301}dani", CASE_ONLY), "súdani");
        assert_ne!(normalize_str("Sudani", CASE_ONLY), normalize_str("Súdani", CASE_ONLY));
    }

    #[test]
    fn apostrophes_hyphens_and_space_runs() {
        assert_eq!(n("Côte d’Ivoire"), "cote d'ivoire");
        assert_eq!(n("al-Sudani"), n("al Sudani"));
        assert_eq!(n("New \t\n York"), "new york");
        assert_eq!(n("  New York - "), "new york");
        assert_eq!(n("al\u{2011}Sudani"), "al sudani");
        assert_ne!(n("al.Sudani"), n("al Sudani"));
    }

    #[test]
    fn ignorable_characters_vanish() {
        assert_eq!(n("Wash\u{ad}ington"), "washington");
        assert_eq!(n("\u{feff}Iraq"), "iraq");
        assert_eq!(n("\u{200e}Iraq\u{202c}"), "iraq");
    }

    #[test]
    fn classes() {
        assert_eq!(char_class('é'), Class::Word);
        assert_eq!(char_class('٣'), Class::Word);
        assert_eq!(char_class('_'), Class::Word);
        assert_eq!(char_class('\u{a0}'), Class::Sep);
        assert_eq!(char_class('’'), Class::Other);
        assert_eq!(char_class('—'), Class::Other);
    }

    #[test]
    fn inert_punctuation_is_itself_under_every_fold() {
        let folds = [FULL, CASE_ONLY, Fold { case: false, diacritics: true }, Fold { case: false, diacritics: false }];
        let inert: Vec<char> = ('\u{80}'..='\u{2fff}').filter(|&c| is_inert(c)).collect();
        assert!(inert.contains(&'\u{201c}') && inert.contains(&'\u{2014}') && inert.contains(&'\u{2026}'));
        for c in inert {
            assert!(!c.is_alphanumeric() && !is_separator(c) && !is_apostrophe(c) && !is_ignorable(c), "{c:?}");
            assert!(!is_combining_mark(c) && c.to_lowercase().eq([c]), "{c:?}");
            assert!(CASE_FOLD_EXCEPTIONS.binary_search_by_key(&c, |&(k, _)| k).is_err());
            let mut decomposed = Vec::new();
            decompose_canonical(c, |d| decomposed.push(d));
            assert_eq!(decomposed, [c]);
            assert!(std::iter::once(c).nfc().eq([c]));
            for fold in folds {
                let mut out = Vec::new();
                assert_eq!(unit(&format!("{c}a"), 0, fold, &mut out), (c.len_utf8(), Class::Other));
                assert_eq!(out, c.to_string().as_bytes());
            }
        }
    }

    #[test]
    fn fold_exceptions_are_sorted() {
        assert!(CASE_FOLD_EXCEPTIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(STROKE_LETTERS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
