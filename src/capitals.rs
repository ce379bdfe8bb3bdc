//! The proper-noun rule: names are proper nouns, so a word of a name that starts with a capital letter
//! matches only a text word that starts with one ("Turkey" is not the bird in "the turkey was cold").
//! ALL-CAPS text is capitalised, so headlines match. A name word that starts in lowercase ("al-Sudani",
//! "de", "iPhone") or with no letter at all ("7-Eleven") matches either case, and so does an article
//! that leads a name of several words ("The Netherlands" finds "the Netherlands").
//!
//! Words are runs of word units, as the matcher reads them: the i-th word of a name lines up with the
//! i-th word of a text that normalises to the same key.

use crate::normalize::{self, ASCII_CLASS, Class, Fold};

/// Articles that may open a name in lowercase in running text: "the Netherlands", "al-Jazeera",
/// "el-Sisi", "la Paz". The rest of the name keeps its capitals.
pub(crate) const LEADING_ARTICLES: &[&str] = &["al", "el", "la", "las", "le", "les", "los", "the"];

/// Whether `c` is a capital: an uppercase letter, or a titlecase one (not lowercase, and lowercasing
/// changes it). Digits, caseless scripts and lowercase letters are not.
#[inline]
pub(crate) fn is_capital(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    c.is_uppercase() || (!c.is_lowercase() && c.to_lowercase().next() != Some(c))
}

/// What the rule asks of a text for one name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Needs {
    /// Some word of the name needs a capital in the text.
    pub any: bool,
    /// The first word does: the name cannot start at a text word that does not start with a capital.
    pub first: bool,
    /// The first word starts with a capital (an article too).
    pub opens_capital: bool,
}

/// Where the rule asks for capitals in `name`.
pub(crate) fn needs(name: &str, fold: Fold) -> Needs {
    let opens_capital = Words::new(name, fold).next().is_some_and(|w| is_capital(w.first));
    let mut needs = Needs { any: false, first: false, opens_capital };
    for_each_needed(name, fold, |i| {
        needs.any = true;
        needs.first |= i == 0;
        true
    });
    needs
}

/// Whether `span`, text that normalises to the same key as `name`, has a capital wherever the rule asks
/// for one: at the start of each word of `name` that starts with a capital, but a leading article.
pub(crate) fn agree(name: &str, span: &str, fold: Fold) -> bool {
    let mut text_words = Words::new(span, fold);
    let mut seen = 0;
    for_each_needed(name, fold, |i| {
        let word = text_words.nth(i - seen);
        seen = i + 1;
        word.is_some_and(|w| is_capital(w.first))
    })
}

/// Whether `span` is ASCII and each of its words starts with a capital: then it agrees with any name of
/// its key, whichever words need capitals, and the name's text need not be read. (False for other text,
/// which is left to [`agree`].)
#[inline]
pub(crate) fn capitalised_ascii(span: &str) -> bool {
    let mut in_word = false;
    for &b in span.as_bytes() {
        if b >= 0x80 {
            return false;
        }
        let word = ASCII_CLASS[b as usize] == Class::Word;
        if word && !in_word && !b.is_ascii_uppercase() {
            return false;
        }
        in_word = word;
    }
    true
}

/// Calls `f` with the index of each word of `name` that needs a capital, in order, while it returns true;
/// returns whether it always did.
fn for_each_needed(name: &str, fold: Fold, mut f: impl FnMut(usize) -> bool) -> bool {
    let mut words = Words::new(name, fold).enumerate().peekable();
    while let Some((i, w)) = words.next() {
        if !is_capital(w.first) {
            continue;
        }
        let article = i == 0
            && words.peek().is_some()
            && LEADING_ARTICLES.iter().any(|a| name[w.start..w.end].eq_ignore_ascii_case(a));
        if !article && !f(i) {
            return false;
        }
    }
    true
}

/// A word: where its run of word units starts and ends, and its first character.
struct Word {
    start: usize,
    end: usize,
    first: char,
}

/// The words of a string: runs of word units, split by any unit that is not a word, with the characters
/// that normalise to nothing (a soft hyphen, a zero-width joiner) ignored, as the matcher ignores them.
struct Words<'a> {
    s: &'a str,
    fold: Fold,
    pos: usize,
    scratch: Vec<u8>,
}

impl<'a> Words<'a> {
    fn new(s: &'a str, fold: Fold) -> Words<'a> {
        Words { s, fold, pos: 0, scratch: Vec::new() }
    }

    /// The unit at `pos`: where it ends and whether it is a word unit, or `None` when it normalises to
    /// nothing.
    #[inline]
    fn unit(&mut self, pos: usize) -> (usize, Option<bool>) {
        let bytes = self.s.as_bytes();
        let b = bytes[pos];
        if b < 0x80 && bytes.get(pos + 1).is_none_or(|&n| n < 0x80) {
            return (pos + 1, Some(ASCII_CLASS[b as usize] == Class::Word));
        }
        self.scratch.clear();
        let (end, class) = normalize::unit(self.s, pos, self.fold, &mut self.scratch);
        (end, (!self.scratch.is_empty()).then_some(class == Class::Word))
    }
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        // Past the units that are not words (the previous word's end is one, or the string's start).
        let start = loop {
            if self.pos >= self.s.len() {
                return None;
            }
            let (end, word) = self.unit(self.pos);
            let at = self.pos;
            self.pos = end;
            if word == Some(true) {
                break at;
            }
        };
        while self.pos < self.s.len() {
            let (end, word) = self.unit(self.pos);
            if word == Some(false) {
                break;
            }
            self.pos = end;
        }
        let first = self.s[start..].chars().next().unwrap_or(' ');
        Some(Word { start, end: self.pos, first })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FOLD: Fold = Fold { case: true, diacritics: true };

    #[test]
    fn capitals() {
        assert!(is_capital('T') && is_capital('Ü') && is_capital('İ') && is_capital('Σ') && is_capital('ǅ'));
        assert!(!is_capital('t') && !is_capital('ü') && !is_capital('7') && !is_capital('東') && !is_capital('_'));
    }

    #[test]
    fn words_skip_ignorable_characters_and_keep_marks() {
        fn words(s: &str) -> Vec<&str> {
            Words::new(s, FOLD).map(|w| &s[w.start..w.end]).collect()
        }
        assert_eq!(words("Côte d’Ivoire"), ["Côte", "d", "Ivoire"]);
        assert_eq!(words("  Wash\u{ad}ington-on Sea"), ["Wash\u{ad}ington", "on", "Sea"]);
        assert_eq!(words("cafe\u{301}s"), ["cafe\u{301}s"]);
    }

    #[test]
    fn ascii_text_capitalised_at_every_word() {
        assert!(capitalised_ascii("New York") && capitalised_ascii("IRAQ") && capitalised_ascii("Bank-Of England"));
        assert!(!capitalised_ascii("New york") && !capitalised_ascii("7-Eleven") && !capitalised_ascii("Côte"));
    }

    #[test]
    fn capitalised_words_need_capitals_but_a_leading_article() {
        let agree = |name, span| agree(name, span, FOLD);
        assert!(agree("Turkey", "Turkey") && agree("Turkey", "TURKEY") && !agree("Turkey", "turkey"));
        assert!(agree("al-Sudani", "Al-Sudani") && agree("al-Sudani", "al Sudani") && !agree("al-Sudani", "al-sudani"));
        assert!(agree("iPhone", "iphone") && agree("7-Eleven", "7-ELEVEN") && !agree("7-Eleven", "7-eleven"));
        assert!(agree("The Netherlands", "the Netherlands") && !agree("The Netherlands", "the netherlands"));
        assert!(
            agree("Al Jazeera", "al-Jazeera") && !agree("The", "the") && !agree("Bosnia The Great", "Bosnia the Great")
        );
        assert!(agree("Straße", "STRASSE") && agree("Łódź", "LODZ") && !agree("Łódź", "lodz"));
        assert_eq!(needs("The Hague", FOLD), Needs { any: true, first: false, opens_capital: true });
        assert_eq!(needs("New York", FOLD), Needs { any: true, first: true, opens_capital: true });
        assert_eq!(needs("iPhone", FOLD), Needs { any: false, first: false, opens_capital: false });
    }
}
