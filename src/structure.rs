//! The shape of a text that attribution reads: word and punctuation tokens, quotations (also those that
//! run over several paragraphs) and sentences that never split a quotation. Built in one pass each.

use std::ops::Range;

use crate::lexicon::{self, ABBREVIATIONS, SENTENCE_OPENERS, STOP_WORDS};
use crate::normalize::{self, Class};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// A word: letters and digits, with inner hyphens, apostrophes and periods (`al-Sudani`, `IS's`,
    /// `U.S.`, `L.`).
    Word,
    /// One punctuation character.
    Punct,
    /// An opening double quotation mark.
    Open,
    /// A closing double quotation mark.
    Close,
    /// A line break: the end of a paragraph.
    Para,
}

/// A token. Offsets are **byte** offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whether the token is a capitalised word ([`is_capitalised`]): read as the word is found, when its
    /// first byte is at hand, since the rules ask it of most words.
    pub capitalised: bool,
}

/// A quotation: the token indices of its opening mark and of its closing mark (or of the paragraph break
/// that ends it unclosed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    pub open: usize,
    pub close: usize,
}

/// A sentence: token indices `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// The tokens, quotations and sentences of a text.
#[derive(Debug)]
pub(crate) struct Structure {
    pub toks: Vec<Tok>,
    pub quotes: Vec<Quote>,
    /// For each token, 1 + the index of the quotation it lies in (marks included), or 0.
    pub in_quote: Vec<u32>,
    pub sentences: Vec<Sentence>,
}

/// Where the run of ASCII letters and digits (most of every word) that starts at `i` ends, before `end`:
/// eight bytes at a time. A byte loop mispredicted its exit once a word, a tenth of the tokenizer's time.
fn alnum_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    use normalize::{HIGHS, ONES, ascii_within};
    while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= end) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let low = x & !HIGHS;
        // With the 0x20 bit set, capitals read as small letters (and nothing else does); bytes from 0x80
        // on are no letter or digit.
        let alnum = (ascii_within(low, b'0', b'9') | ascii_within(low | (ONES * 0x20), b'a', b'z')) & !x;
        let run = (!alnum & HIGHS).trailing_zeros() as usize / 8;
        if run < 8 {
            return i + run;
        }
        i += 8;
    }
    i + bytes[i..end].iter().take_while(|b| b.is_ascii_alphanumeric()).count()
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && normalize::char_class(c) == Class::Word)
}

/// "10,000": a comma between a number and three digits that end there groups thousands.
fn thousands(before: &str, after: &str) -> bool {
    let b = after.as_bytes();
    before.bytes().last().is_some_and(|c| c.is_ascii_digit())
        && before.bytes().all(|c| c.is_ascii_digit() || c == b',')
        && b.len() >= 3
        && b[..3].iter().all(u8::is_ascii_digit)
        && b.get(3).is_none_or(|c| !c.is_ascii_alphanumeric())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word is capitalised, counting names behind a short lowercase particle (`al-Sudani`).
#[inline]
pub(crate) fn is_capitalised(word: &str) -> bool {
    // Most words start with an ASCII letter, and none with a digit or a mark of punctuation is capitalised.
    match word.as_bytes().first() {
        None => return false,
        Some(b) if b.is_ascii_uppercase() => return true,
        Some(&b) if b.is_ascii() && !b.is_ascii_lowercase() && b != b'-' => return false,
        _ => {}
    }
    // The particle is at most three bytes, so only a hyphen among the first four is looked for: most words
    // asked about are lowercase, and a search of the whole word for one costs more than the rest.
    starts_upper(word)
        || word.bytes().take(4).position(|b| b == b'-').is_some_and(|at| {
            let (particle, rest) = (&word[..at], &word[at + 1..]);
            particle.chars().all(char::is_lowercase) && starts_upper(rest)
        })
}

/// Whether the word `text[start..end]` is capitalised ([`is_capitalised`]), read from its bytes when its
/// first is ASCII and no hyphen is among its first four, as for nearly every word.
fn capitalised_at(text: &str, start: usize, end: usize) -> bool {
    let bytes = &text.as_bytes()[start..end];
    let hyphen = |k: usize| bytes.get(k) == Some(&b'-');
    match bytes.first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(&b) if b.is_ascii() && b != b'-' && !(hyphen(1) || hyphen(2) || hyphen(3)) => false,
        _ => is_capitalised(&text[start..end]),
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '.' | '\u{2010}' | '\u{2011}' | '&')
}

impl Structure {
    /// The structure of `text` from its tokens ([`tokenize`]) and the token indices where cues start,
    /// ascending: a quotation that ends with a full stop ends its sentence unless a cue follows closely
    /// (`"Why?" Trump said.` is one sentence).
    pub(crate) fn new(text: &str, toks: Vec<Tok>, cues: &[usize]) -> Structure {
        let (quotes, in_quote) = pair_quotes(&toks, cues);
        let sentences = split_sentences(text, &toks, &quotes, &in_quote, cues);
        Structure { toks, quotes, in_quote, sentences }
    }

    /// The quotation token `i` lies in.
    pub(crate) fn quote_of(&self, i: usize) -> Option<Quote> {
        match self.in_quote.get(i) {
            Some(&q) if q > 0 => Some(self.quotes[q as usize - 1]),
            _ => None,
        }
    }
}

/// The character at byte `i` of `text` (a char boundary before its end), decoded only when not ASCII.
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b if b.is_ascii() => char::from(b),
        _ => text[i..].chars().next().unwrap_or('\0'),
    }
}

/// The tokens of `text[range]`, in order, with offsets into `text`.
///
/// The text is read by byte offset rather than through a char iterator, so that a run of ASCII letters and
/// digits, most of every word, is taken a byte at a time without decoding.
pub(crate) fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok> {
    // News text has about one token in five bytes; room for one in four spares most regrowth.
    let mut toks = Vec::with_capacity(range.len() / 4);
    let bytes = text.as_bytes();
    let mut i = range.start;
    let mut prev_space = true;
    while i < range.end {
        // Most bytes between words are single spaces.
        if bytes[i] == b' ' {
            prev_space = true;
            i += 1;
            continue;
        }
        // An ASCII mark but a quotation mark or an apostrophe is a token of its own, as below.
        if bytes[i].is_ascii_punctuation() && !matches!(bytes[i], b'"' | b'\'') {
            toks.push(Tok { start: i, end: i + 1, kind: TokKind::Punct, capitalised: false });
            prev_space = false;
            i += 1;
            continue;
        }
        // Most words are ASCII letters and digits followed by a space: taken whole, with the space, before
        // the general case below (which reads them the same way).
        if bytes[i].is_ascii_alphanumeric() {
            let end = alnum_end(bytes, i, range.end);
            if end < range.end && bytes[end] == b' ' {
                let capitalised = bytes[i].is_ascii_uppercase();
                toks.push(Tok { start: i, end, kind: TokKind::Word, capitalised });
                prev_space = true;
                i = end + 1;
                continue;
            }
        }
        let c = char_at(text, i);
        if c == '\n' || c == '\r' || c == '\u{2029}' {
            if toks.last().is_none_or(|t: &Tok| t.kind != TokKind::Para) {
                toks.push(Tok { start: i, end: i + c.len_utf8(), kind: TokKind::Para, capitalised: false });
            }
            prev_space = true;
            i += c.len_utf8();
            continue;
        }
        if c.is_whitespace() {
            prev_space = true;
            i += c.len_utf8();
            continue;
        }
        // Bidirectional and other invisible format marks ("\u{202a}\u{201d}This") are no characters of
        // the text: they leave a quotation mark's place as it was.
        if normalize::is_format_mark(c) {
            i += c.len_utf8();
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            let mut dotted = false;
            while end < range.end {
                end = alnum_end(bytes, end, range.end);
                if end == range.end {
                    break;
                }
                let (j, d) = (end, char_at(text, end));
                if is_word_char(d) {
                    end = j + d.len_utf8();
                } else if (is_joiner(d) && text[j + d.len_utf8()..].chars().next().is_some_and(is_word_char))
                    || (d == ',' && thousands(&text[i..j], &text[j + 1..]))
                {
                    dotted |= d == '.';
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            }
            // A final period belongs to an initial, a dotted abbreviation or a known abbreviation; not to a
            // decimal number ("rose 3.5. Analysts said").
            if end < bytes.len() && bytes[end] == b'.' {
                let word = &text[i..end];
                let dotted = dotted && !word.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
                let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if initial || dotted || word.is_ascii() && ABBREVIATIONS.contains_lower(word) {
                    end += 1;
                }
            }
            toks.push(Tok { start: i, end, kind: TokKind::Word, capitalised: capitalised_at(text, i, end) });
            prev_space = false;
            i = end;
            continue;
        }
        // Two apostrophes stand for a double quotation mark in some house styles ('' ... '').
        // `'old-school,'''`: of three, the first closes the inner quotation and the last two the outer.
        let tripled = !prev_space && c == '\'' && bytes.get(i + 1) == Some(&b'\'') && bytes.get(i + 2) == Some(&b'\'');
        let doubled = c == '\'' && bytes.get(i + 1) == Some(&b'\'') && !tripled;
        // Curly marks typed the wrong way round are read by their place: one glued to the word before
        // it and followed by a space closes, one after a space and glued to a word opens.
        let next_space = text[i + c.len_utf8()..].chars().next().is_none_or(char::is_whitespace);
        let straight = || {
            let last_punct =
                |marks: &[u8]| toks.last().is_some_and(|t| t.kind == TokKind::Punct && marks.contains(&bytes[t.start]));
            // `for 'Clinton,' " said`: a mark standing alone after a sentence's punctuation closes.
            let stands_after_stop = prev_space && next_space && last_punct(b",.?!'");
            if (prev_space && !stands_after_stop) || last_punct(b"([") { TokKind::Open } else { TokKind::Close }
        };
        let kind = match c {
            '\u{201c}' if !prev_space && next_space => TokKind::Close,
            '\u{201d}' if prev_space && !next_space => TokKind::Open,
            '\u{201c}' | '\u{ab}' | '\u{201e}' => TokKind::Open,
            '\u{201d}' | '\u{bb}' => TokKind::Close,
            '"' => straight(),
            _ if doubled => straight(),
            _ => TokKind::Punct,
        };
        let len = if doubled { 2 } else { c.len_utf8() };
        toks.push(Tok { start: i, end: i + len, kind, capitalised: false });
        prev_space = false;
        i += len;
    }
    toks
}

/// Whether the quotation that opens at `open`, at the start of a paragraph, closes in that paragraph with
/// a cue of its own right after (`"A. ¶ "B," he said.`): it is a new quotation, not the last one going on.
fn attributed_alone(toks: &[Tok], open: usize, cues: &[usize]) -> bool {
    let Some(close) = (open + 1..toks.len())
        .find(|&k| matches!(toks[k].kind, TokKind::Close | TokKind::Para | TokKind::Open))
        .filter(|&k| toks[k].kind == TokKind::Close)
    else {
        return false;
    };
    let k = cues.partition_point(|&c| c <= close);
    cues.get(k).is_some_and(|&c| c <= close + CUE_REACH && (close + 1..c).all(|j| toks[j].kind != TokKind::Para))
}

fn pair_quotes(toks: &[Tok], cues: &[usize]) -> (Vec<Quote>, Vec<u32>) {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    while i < toks.len() {
        match toks[i].kind {
            TokKind::Open if open.is_none() => open = Some(i),
            TokKind::Close => {
                if let Some(o) = open.take() {
                    quotes.push(Quote { open: o, close: i });
                }
            }
            TokKind::Para => {
                if let Some(o) = open {
                    // A paragraph that opens a quotation without closing it continues in the next one
                    // when that one opens with a quotation mark; otherwise the quotation ends here.
                    if toks.get(i + 1).is_some_and(|t| t.kind == TokKind::Open) && !attributed_alone(toks, i + 1, cues)
                    {
                        i += 2;
                        continue;
                    }
                    quotes.push(Quote { open: o, close: i });
                    open = None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    if let Some(o) = open {
        quotes.push(Quote { open: o, close: toks.len() - 1 });
    }
    let mut in_quote = vec![0u32; toks.len()];
    for (q, quote) in quotes.iter().enumerate() {
        for slot in &mut in_quote[quote.open..=quote.close] {
            *slot = q as u32 + 1;
        }
    }
    (quotes, in_quote)
}

fn starts_sentence(text: &str, tok: &Tok) -> bool {
    match tok.kind {
        TokKind::Open => true,
        TokKind::Punct => matches!(text.as_bytes()[tok.start], b'(' | b'['),
        TokKind::Word => text[tok.start..].chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        _ => false,
    }
}

/// The text cut into blocks of whole paragraphs of at least `size` bytes, at line breaks that no
/// quotation runs over (the next paragraph does not open with a quotation mark): attribution never
/// looks across them, so each block can be read alone, in memory that does not grow with the text.
pub(crate) fn blocks(text: &str, size: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let mut cut = text.len();
        let mut from = start + size;
        while from < text.len() {
            let Some(nl) = bytes[from..].iter().position(|&b| b == b'\n') else { break };
            let at = from + nl + 1;
            let next = text[at..].trim_start().chars().next();
            if !matches!(next, Some('"' | '\u{201c}' | '\u{201d}' | '\u{ab}' | '\'')) {
                cut = at;
                break;
            }
            from = at;
        }
        let block = start..cut;
        start = cut;
        Some(block)
    })
}

/// Whether token `i` opens a quotation that opens a sentence: a mark after a space, then a capitalised
/// word (`said in Fort Mill, S.C. "It seems`, not `the U.S. "war on terror"`).
fn quotation_opens_sentence(text: &str, toks: &[Tok], i: usize) -> bool {
    let (Some(o), Some(w)) = (toks.get(i), toks.get(i + 1)) else { return false };
    o.kind == TokKind::Open
        && i > 0
        && toks[i - 1].end < o.start
        && w.kind == TokKind::Word
        && text[w.start..].chars().next().is_some_and(char::is_uppercase)
}

/// How many tokens after a closing quotation a cue may start and still attribute it.
const CUE_REACH: usize = 8;

fn split_sentences(text: &str, toks: &[Tok], quotes: &[Quote], in_quote: &[u32], cues: &[usize]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let outside = |i: usize| in_quote[i] == 0;
    for i in 0..toks.len() {
        let t = toks[i];
        let end_here = match t.kind {
            // A paragraph break ends a sentence unless a quotation runs over it.
            TokKind::Para => outside(i) || quotes[in_quote[i] as usize - 1].close == i,
            // "(The French are fans, Mr. Madden said.) But": a parenthesis closed after a sentence's stop
            // ends the sentence it holds.
            TokKind::Punct => {
                let stop = |t: Tok| t.kind == TokKind::Punct && matches!(text.as_bytes()[t.start], b'.' | b'!' | b'?');
                (stop(t) || (text.as_bytes()[t.start] == b')' && i > 0 && stop(toks[i - 1])))
                    && outside(i)
                    && toks.get(i + 1).is_none_or(|n| n.kind == TokKind::Para || starts_sentence(text, n))
            }
            // "in the U.S. The talks": an abbreviation's stop ends a sentence before a word that only
            // opens one.
            TokKind::Word => {
                text.as_bytes()[t.end - 1] == b'.'
                    && outside(i)
                    && (toks
                        .get(i + 1)
                        .is_some_and(|n| n.kind == TokKind::Word && SENTENCE_OPENERS.contains(&text[n.start..n.end]))
                        || quotation_opens_sentence(text, toks, i + 1))
            }
            // A quotation that ends a sentence inside its marks ends the sentence too, unless a cue
            // follows closely to attribute it.
            TokKind::Close => {
                // `"Why?" Trump said.`: a cue a few words on, in a sentence that soon ends; with `right_after`,
                // one that a full stop follows at once (`"We won." Trump said.`, not `"We won." He said more`
                // nor `"A." He added, "B."`).
                let cue_follows = |right_after: bool| {
                    let k = cues.partition_point(|&c| c <= i);
                    let Some(&c) = cues.get(k).filter(|&&c| c <= i + CUE_REACH) else { return false };
                    let stop = |j: usize| {
                        toks[j].kind == TokKind::Punct
                            && matches!(text.as_bytes()[toks[j].start], b'.' | b'!' | b'?' | b',')
                    };
                    // The words between are its source: "For someone who had defended" is a new sentence.
                    let source_word = |j: usize| {
                        toks[j].kind == TokKind::Word
                            && !STOP_WORDS.contains(&lexicon::lowercase(&text[toks[j].start..toks[j].end]))
                    };
                    let ends_at_once = || {
                        toks.get(c + 1).is_some_and(|t| t.kind == TokKind::Punct && text.as_bytes()[t.start] == b'.')
                    };
                    let stops =
                        if right_after { ends_at_once() } else { (c..(c + CUE_REACH).min(toks.len())).any(stop) };
                    (i + 1..c).all(source_word) && stops
                };
                // `"We won." He said more`: after a full stop, a capitalised word opens a new sentence unless
                // the cue it leads to ends the attribution there.
                let stop = i > 0 && toks[i - 1].kind == TokKind::Punct && text.as_bytes()[toks[i - 1].start] == b'.';
                i > 0
                    && toks[i - 1].kind == TokKind::Punct
                    && matches!(text.as_bytes()[toks[i - 1].start], b'.' | b'!' | b'?')
                    && toks
                        .get(i + 1)
                        .is_none_or(|n| n.kind == TokKind::Para || (starts_sentence(text, n) && !cue_follows(stop)))
            }
            _ => false,
        };
        if end_here {
            let end = if t.kind == TokKind::Para { i } else { i + 1 };
            if end > start {
                out.push(Sentence { start, end });
            }
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(Sentence { start, end: toks.len() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        Structure::new(text, tokenize(text, 0..text.len()), &[]).toks.iter().map(|t| &text[t.start..t.end]).collect()
    }

    fn sentences(text: &str) -> Vec<&str> {
        let s = Structure::new(text, tokenize(text, 0..text.len()), &[]);
        s.sentences.iter().map(|x| &text[s.toks[x.start].start..s.toks[x.end - 1].end]).collect()
    }

    #[test]
    fn alnum_runs_end_at_every_other_byte_wherever_it_stands() {
        for stop in (0..=255u8).filter(|b| !b.is_ascii_alphanumeric()) {
            for at in 0..20 {
                let mut bytes = b"aZ09bYc8xQ7kLm3nOp2rStUv".to_vec();
                bytes[at] = stop;
                for end in at..=bytes.len() {
                    let naive = bytes[..end].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
                    assert_eq!(alnum_end(&bytes, 0, end), naive, "byte {stop:#04x} at {at}, end {end}");
                }
                assert_eq!(alnum_end(&bytes, at + 1, bytes.len()), bytes.len(), "after {stop:#04x}");
            }
        }
    }

    #[test]
    fn numbers_keep_their_thousands_separators() {
        assert_eq!(
            words("told 10,000 supporters, 3 of them"),
            ["told", "10,000", "supporters", ",", "3", "of", "them"]
        );
        assert_eq!(words("1,2 and 12,3456"), ["1", ",", "2", "and", "12", ",", "3456"]);
    }

    #[test]
    fn words_keep_inner_joiners_initials_and_abbreviations() {
        assert_eq!(
            words("Alina L. Romanowski's U.S. al-Sudani, IS’s."),
            ["Alina", "L.", "Romanowski's", "U.S.", "al-Sudani", ",", "IS’s", "."]
        );
        assert_eq!(words("Sen. Rubio"), ["Sen.", "Rubio"]);
    }

    #[test]
    fn sentences_do_not_split_quotations_or_abbreviations() {
        let t = "\"A. B,\" Mr. Smith said. Then U.S. forces left.\nNext";
        assert_eq!(sentences(t), ["\"A. B,\" Mr. Smith said.", "Then U.S. forces left.", "Next"]);
        assert_eq!(
            sentences("Troops left the U.S. The talks resumed."),
            ["Troops left the U.S.", "The talks resumed."]
        );
        assert_eq!(sentences("Sen. Rubio met Gov. Christie."), ["Sen. Rubio met Gov. Christie."]);
        // A case name's "v." is no full stop.
        assert_eq!(sentences("Roe v. Wade was cited."), ["Roe v. Wade was cited."]);
        // A decimal number's last stop is a full stop.
        assert_eq!(sentences("Shares rose 3.5. Analysts cheered."), ["Shares rose 3.5.", "Analysts cheered."]);
        // A parenthesis closed after a stop ends the sentence it holds.
        assert_eq!(
            sentences("It rose. (Fans cheered.) Then it fell."),
            ["It rose.", "(Fans cheered.)", "Then it fell."]
        );
        // A question or exclamation inside a quotation ends the sentence unless a cue follows closely.
        let t = "\"Go?\" Trump left.";
        assert_eq!(sentences(t), ["\"Go?\"", "Trump left."]);
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[4]);
        assert_eq!(s.sentences.len(), 1);
        // A full stop ends it before a capital even so: `"Go." He said more` starts afresh.
        let t = "\"Go.\" Trump said more.";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[4]);
        assert_eq!(s.sentences.len(), 2);
        // Not when the words before the cue cannot be its source.
        let t = "\"Go.\" For someone who praised it, the shift was stark.";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[7]);
        assert_eq!(s.sentences.len(), 2);
    }

    #[test]
    fn a_quotation_continues_into_a_paragraph_that_reopens_it() {
        let t = "He said: “One.\n“Two.”\nThree.";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[]);
        assert_eq!(s.quotes.len(), 1);
        assert_eq!(sentences(t), ["He said: “One.\n“Two.”", "Three."]);
        // Reopened with a cue of its own after it: a new quotation.
        let t = "He said: “One.\n“Two,” she said.";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[12]);
        assert_eq!(s.quotes.len(), 2);
        // Not reopened: the quotation ends with its paragraph.
        let t = "He said: “One.\nTwo.";
        assert_eq!(sentences(t), ["He said: “One.", "Two."]);
    }

    #[test]
    fn blocks_end_at_line_breaks_no_quotation_runs_over() {
        let t = "aaaa\n\u{201c}b\nccc\ndd";
        let b: Vec<_> = blocks(t, 2).collect();
        assert_eq!(b, [0..10, 10..14, 14..16]);
        assert_eq!(&t[b[0].clone()], "aaaa\n\u{201c}b\n");
        assert_eq!(blocks("", 2).count(), 0);
    }

    #[test]
    fn straight_quotes_open_after_space() {
        let s = Structure::new("a \"b\" c", tokenize("a \"b\" c", 0..7), &[]);
        assert_eq!(s.quotes, [Quote { open: 1, close: 3 }]);
        let t = "a \"b 'c,' \" d";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[]);
        assert_eq!(s.quotes, [Quote { open: 1, close: 7 }]);
        let t = "a ''b c,'' d's";
        let s = Structure::new(t, tokenize(t, 0..t.len()), &[]);
        assert_eq!(s.quotes, [Quote { open: 1, close: 5 }]);
        assert_eq!(s.toks.len(), 7);
    }
}
