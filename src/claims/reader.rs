//! The tokens of a block as the rules read them: each word's text and lowercase form (made once per
//! block), its class (word, punctuation, quotation mark, paragraph break), and the few questions every
//! rule asks of a token: is it capitalised, a determiner, a comma or a dash, a month, inside a name.

use crate::lexicon::{
    CueForm, DETERMINERS, FIRST_NAME_MODALS, Lexicon, MONTHS, NAME_MODALS, NUMBER_WORDS, STANCE_WORDS, TITLES, WordSet,
    first_name_gender,
};
use crate::structure::{Sentence, Structure, Tok, TokKind};

pub(super) use crate::structure::is_capitalised;

/// Reads the sentences of one text.
pub(super) struct Reader<'r> {
    pub(super) text: &'r str,
    pub(super) st: &'r Structure,
    pub(super) lex: &'r Lexicon,
    pub(super) forms: &'r [CueForm],
    /// Each token's lowercase form ([`Lowered::forms`]).
    pub(super) lows: &'r [&'r str],
}

/// The offset of the first non-ASCII byte of `bytes` at or after `from` (or their length), eight bytes at
/// a time.
fn next_wide(bytes: &[u8], from: usize) -> usize {
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    for chunk in bytes[from..].chunks_exact(8) {
        if u64::from_le_bytes(chunk.try_into().unwrap_or([0x80; 8])) & HIGHS != 0 {
            break;
        }
        i += 8;
    }
    i + bytes[i..].iter().position(|&b| b >= 0x80).unwrap_or(bytes.len() - i)
}

/// Every token of a block in lowercase, made once: the rules ask for a word's lowercase form many times.
pub(super) struct Lowered {
    text: String,
    spans: Vec<(usize, usize)>,
}

impl Lowered {
    /// The text the tokens cover is copied and lowered whole, in place, and an ASCII token's lowercase form
    /// is its own span of that copy: lowering word by word costs several times more. A token with other
    /// characters may change length in lowercase ("İ"), so its form is added after the copy.
    pub(super) fn new(text: &str, toks: &[Tok]) -> Lowered {
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return Lowered { text: String::new(), spans: Vec::new() };
        };
        let base = first.start;
        let mut low = text[base..last.end].to_string();
        low.make_ascii_lowercase();
        let bytes = &text.as_bytes()[..last.end];
        // Where the next non-ASCII byte is, at or after a token's start: found once per such byte rather
        // than by reading every token.
        let mut wide = next_wide(bytes, base);
        let spans = toks
            .iter()
            .map(|t| {
                if wide < t.start {
                    wide = next_wide(bytes, t.start);
                }
                // A token that lowercase leaves as it is (ASCII, a curly quote, a dash) is its span of the
                // copy.
                if wide >= t.end {
                    return (t.start - base, t.end - base);
                }
                let word = &text[t.start..t.end];
                if word.chars().all(|c| c.is_ascii() || c.to_lowercase().eq([c])) {
                    (t.start - base, t.end - base)
                } else {
                    let a = low.len();
                    low.push_str(&word.to_lowercase());
                    (a, low.len())
                }
            })
            .collect();
        Lowered { text: low, spans }
    }
}

impl Lowered {
    /// Each token's lowercase form, sliced once: the rules ask for them several times a token, and
    /// slicing the text anew checks the bounds and the character boundaries each time.
    pub(super) fn forms(&self) -> Vec<&str> {
        self.spans.iter().map(|&(a, b)| &self.text[a..b]).collect()
    }

    /// [`Lowered::forms`], but a modal that is a name where it stands keeps its case (see `NAME_MODALS`),
    /// so that no rule reads it as the auxiliary: capitalised, inside a sentence, and either after a first
    /// name or a title ("Theresa May", "Mrs May", "George Will") or before a verb that a modal cannot take,
    /// one not in its base form ("C, May said": `finite_at` says where such a verb starts); and a modal that
    /// is a first name (`FIRST_NAME_MODALS`) before the surname that ends the name ("Will Doyle said").
    pub(super) fn forms_in<'s>(
        &'s self,
        text: &'s str,
        st: &Structure,
        finite_at: impl Fn(usize) -> bool,
    ) -> Vec<&'s str> {
        let mut forms = self.forms();
        for (i, t) in st.toks.iter().enumerate() {
            // Sentences are in order: the few candidates look their start up.
            let opens = || st.sentences.binary_search_by_key(&i, |s| s.start).is_ok();
            if !(t.capitalised && NAME_MODALS.contains(forms[i])) {
                continue;
            }
            // "said Will Doyle, a professor", "Will Doyle said": a first name before a surname that ends
            // the name, even opening a sentence, but for a question's ("Will Trump run?").
            let cap_word = |k: usize| st.toks.get(k).is_some_and(|n| n.kind == TokKind::Word && n.capitalised);
            let question = || {
                let s = st.sentences.get(st.sentences.partition_point(|s| s.start <= i).saturating_sub(1));
                let last = s.and_then(|s| (s.start..s.end).rev().find(|&k| st.toks[k].kind == TokKind::Punct));
                last.is_some_and(|k| text.as_bytes()[st.toks[k].start] == b'?')
            };
            if FIRST_NAME_MODALS.contains(forms[i]) && cap_word(i + 1) && !cap_word(i + 2) && !question() {
                forms[i] = &text[t.start..t.end];
                continue;
            }
            let Some(before) = i.checked_sub(1).map(|b| &st.toks[b]).filter(|_| !opens()) else {
                continue;
            };
            let inside = match before.kind {
                TokKind::Word => true,
                TokKind::Punct => matches!(text.as_bytes()[before.start], b',' | b')'),
                _ => false,
            };
            let named = before.kind == TokKind::Word
                && before.capitalised
                && (first_name_gender(forms[i - 1]).is_some() || TITLES.contains(forms[i - 1]));
            if inside && (named || finite_at(i + 1)) {
                forms[i] = &text[t.start..t.end];
            }
        }
        forms
    }
}

impl<'r> Reader<'r> {
    /// The text of token `i`; empty past the last token, so that a look one word ahead at the end of a
    /// block reads nothing instead of failing.
    pub(super) fn word(&self, i: usize) -> &'r str {
        self.st.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// The lowercase form of token `i`; empty past the last token.
    pub(super) fn lower(&self, i: usize) -> &'r str {
        self.lows.get(i).copied().unwrap_or("")
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Word)
    }

    /// Whether word `i` is capitalised, counting names behind a short lowercase particle (`al-Sudani`).
    pub(super) fn is_cap(&self, i: usize) -> bool {
        self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Word && t.capitalised)
    }

    #[inline]
    pub(super) fn punct(&self, i: usize) -> Option<char> {
        let t = self.st.toks.get(i).filter(|t| t.kind == TokKind::Punct)?;
        // Most marks are ASCII: decoded only when not.
        match self.text.as_bytes()[t.start] {
            b if b.is_ascii() => Some(char::from(b)),
            _ => self.text[t.start..].chars().next(),
        }
    }

    pub(super) fn is_comma_like(&self, i: usize) -> bool {
        matches!(self.punct(i), Some(',' | '\u{2014}' | '\u{2013}' | '(' | ':' | ';'))
            || self.st.toks[i].kind == TokKind::Close
    }

    /// Whether word `k` looks like a present participle: lowercase, longer than five letters, in -ing
    /// ("clamoring", "speaking"; not "King", "bring").
    pub(super) fn ing_participle(&self, k: usize) -> bool {
        let w = self.lower(k);
        self.is_word(k) && !self.is_cap(k) && w.len() > 5 && w.ends_with("ing")
    }

    /// Whether token `i` is a dash: an em or en dash, or a hyphen standing alone ("--" is two of them).
    pub(super) fn is_dash(&self, i: usize) -> bool {
        matches!(self.punct(i), Some('\u{2014}' | '\u{2013}' | '-'))
    }

    pub(super) fn is_det(&self, i: usize) -> bool {
        self.is_word(i) && DETERMINERS.contains(self.lower(i))
    }

    /// Whether token `i` is a number: a numeral ("10", "8,500") or a number word ("eight", "half").
    pub(super) fn is_number(&self, i: usize) -> bool {
        self.is_word(i)
            && (NUMBER_WORDS.contains(self.lower(i)) || self.word(i).starts_with(|c: char| c.is_ascii_digit()))
    }

    /// A quotation of a few words that sits inside a phrase (`the "Ansar Allah" movement`): its open and
    /// close tokens.
    pub(super) fn short_quote(&self, i: usize) -> Option<(usize, usize)> {
        let q = self.st.quote_of(i)?;
        let short = q.close - q.open <= 7 && (q.open + 1..q.close).all(|k| self.is_word(k));
        (short && self.st.toks[q.close].kind == TokKind::Close).then_some((q.open, q.close))
    }

    /// Whether token `k` is punctuation that sits inside a phrase: "(R-Ky.)", "al-Sudani", "Mr.".
    pub(super) fn in_name_punct(&self, k: usize) -> bool {
        matches!(self.punct(k), Some('(' | ')' | '-' | '.' | '\'' | '\u{2019}'))
    }

    /// Whether the text of sentence `s` holds the ASCII byte `b` (a mark, which is its own token).
    pub(super) fn holds_byte(&self, s: Sentence, b: u8) -> bool {
        let (first, last) = (self.st.toks[s.start], self.st.toks[s.end - 1]);
        memchr::memchr(b, &self.text.as_bytes()[first.start..last.end]).is_some()
    }

    /// Whether word `k` names a month ("May" only capitalised, since "may" is mostly the auxiliary).
    pub(super) fn month(&self, k: usize) -> bool {
        self.is_word(k) && (MONTHS.contains(self.lower(k)) || self.word(k) == "May")
    }

    /// The token index just past the sentence's last content token (final punctuation dropped).
    pub(super) fn content_end(&self, s: Sentence) -> usize {
        let mut e = s.end;
        while e > s.start && matches!(self.punct(e - 1), Some('.' | '!' | '?' | ',' | ';' | ':')) {
            e -= 1;
        }
        e
    }

    /// The opening parenthesis, between `from` and `b`, that is still open at `b`: a content inside a
    /// parenthesis starts after it.
    pub(super) fn open_paren(&self, from: usize, b: usize) -> Option<usize> {
        (from..b).rev().take_while(|&k| self.punct(k) != Some(')')).find(|&k| self.punct(k) == Some('('))
    }

    /// A sentence wholly inside a parenthesis ("(C, Mr. Madden said.)"), without its marks, to be read as any
    /// other; `s` itself otherwise.
    pub(super) fn inside_parenthesis(&self, s: Sentence) -> Sentence {
        let wrapped = s.end >= s.start + 3
            && self.punct(s.start) == Some('(')
            && self.punct(s.end - 1) == Some(')')
            && self.open_paren(s.start, s.end - 1) == Some(s.start);
        if wrapped { Sentence { start: s.start + 1, end: s.end - 1 } } else { s }
    }

    /// The last token of a content that ends at punctuation `b` (a closing quotation mark stays).
    pub(super) fn before_punct(&self, b: usize) -> usize {
        if self.st.toks[b].kind == TokKind::Close { b } else { b - 1 }
    }

    /// The words of a sentence after its first that a stance table lists in place, with their lowercase
    /// form: outside quotations, not capitalised, and in `STANCE_WORDS`. The candidates of `designation`,
    /// `predicative` and `noun_cues`, found once for the three.
    pub(super) fn free_words(&self, s: Sentence) -> impl Iterator<Item = (usize, &'r str)> + '_ {
        // The token tables side by side, read without an index check per token.
        // Empty when the content ends at the first token (an empty range to iterate, not to slice by).
        let r = s.start + 1..self.content_end(s).max(s.start + 1);
        let stance: &WordSet = &STANCE_WORDS;
        let tables = self.st.toks[r.clone()].iter().zip(&self.st.in_quote[r.clone()]).zip(&self.lows[r.clone()]);
        tables
            .zip(r)
            .filter(move |&(((t, &q), w), _)| t.kind == TokKind::Word && q == 0 && !t.capitalised && stance.contains(w))
            .map(|((_, &w), j)| (j, w))
    }
}

/// A short text read whole as one block, with no cues (so a quotation that ends with a full stop ends its
/// sentence): what the stages' own tests read. Tokens are found by their text, and spans shown as the
/// text they cover.
#[cfg(test)]
pub(super) struct Sample {
    text: &'static str,
    st: Structure,
    lows: Vec<&'static str>,
    lex: Lexicon,
}

#[cfg(test)]
impl Sample {
    pub(super) fn new(text: &'static str) -> Sample {
        let toks = crate::structure::tokenize(text, 0..text.len());
        let st = Structure::new(text, toks, &[]);
        // Leaked, so that the forms can borrow it: a test's sample lives to the end anyway.
        let low: &'static Lowered = Box::leak(Box::new(Lowered::new(text, &st.toks)));
        Sample { text, st, lows: low.forms(), lex: Lexicon::default() }
    }

    pub(super) fn reader(&self) -> Reader<'_> {
        let (lex, forms, lows) = (&self.lex, &crate::lexicon::CUES, &self.lows);
        Reader { text: self.text, st: &self.st, lex, forms, lows }
    }

    /// The index of the first token that reads `word`.
    pub(super) fn at(&self, word: &str) -> usize {
        self.nth(word, 0)
    }

    /// The index of the `n`-th token (from 0) that reads `word`.
    pub(super) fn nth(&self, word: &str, n: usize) -> usize {
        let reader = self.reader();
        (0..self.st.toks.len())
            .filter(|&i| reader.word(i) == word)
            .nth(n)
            .unwrap_or_else(|| panic!("no token {n} reads {word:?} in {:?}", self.text))
    }

    /// The text from the start of token `a` to the end of token `b`.
    pub(super) fn span(&self, (a, b): (usize, usize)) -> &'static str {
        &self.text[self.st.toks[a].start..self.st.toks[b].end]
    }

    /// The text of tokens `a..e`: a content from `a` that ends before `e`.
    pub(super) fn until(&self, a: usize, e: usize) -> &'static str {
        self.span((a, e - 1))
    }

    /// The first sentence.
    pub(super) fn sentence(&self) -> Sentence {
        self.st.sentences[0]
    }
}
