//! Source phrases: the words before a cue that name who speaks, and the asides that a source takes.
//!
//! - a name, a title or a noun phrase: "US State Department spokesperson Matthew Miller said", "Officials
//!   said", "Several said";
//! - a name or a number before a parenthesis or a sign: "Sen. Rand Paul (R-Ky.) said", "26% say";
//! - a pronoun, contracted or not: "he said", "She's hoping", "they’re saying";
//! - an intensifier: "Cruz himself said";
//! - a relative pronoun and its antecedent: "al-Sudani, who has called for", "those who said";
//! - a participle or "out" after a source noun: "A poll released on Tuesday showed", "a poll out this week
//!   shows";
//! - a relative clause or a prepositional phrase after a source noun: "A woman who has accused X of Y
//!   said", "a source close to him said", "an analyst at Moody's said";
//! - an appositive or relative clause between commas: "X, a leader of the movement, commented", "X, who ran
//!   the campaign, said", past an age or a place ("Benford, 58, who lives nearby, says", "Grassley, of Iowa,
//!   a swing state, said");
//! - an aside between dashes: "McCain -- who lost in 2008 -- said";
//! - after an inverted source, the appositive that runs to the sentence's end: "said Ali, a leader of the
//!   movement.".

use super::{Reader, Src};
use crate::lexicon::{
    self, AUXILIARIES, NON_APPOSITIVE_OPENERS, PERSON_RELATIVES, PLACE_PREPOSITIONS, POSTMODIFIER_PREPOSITIONS,
    REFLEXIVES, RELATION_ADJECTIVES, RELATION_PREPOSITIONS, RELATIVE_PRONOUNS, STOP_WORDS, TIME_WORDS, TITLES,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// The source that ends at word `b`, right before a cue.
    pub(super) fn source_before(&self, b: usize) -> Option<Src> {
        // "Sen. Rand Paul (R-Ky.) said", "26% say": the name or number before the parenthesis or sign.
        if matches!(self.punct(b), Some(')' | '%')) {
            let head = if self.punct(b) == Some('%') {
                b.checked_sub(1)?
            } else {
                let open = (b.saturating_sub(20)..b).rev().find(|&o| self.punct(o) == Some('('))?;
                open.checked_sub(1)?
            };
            let (first, _) = self.np_backward(head)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let w = self.lower(b);
        // "She's hoping", "they’re saying": a pronoun with its auxiliary contracted.
        let stem = w.split(['\'', '\u{2019}']).next().unwrap_or(w);
        if let Some(p) = lexicon::pronoun_kind(stem) {
            return Some(Src { first: b, last: b, head: b, relative: None, pronoun: Some(p) });
        }
        // "Cruz himself said": the intensifier belongs to the source before it.
        if REFLEXIVES.contains(w) && b > 0 && self.is_word(b - 1) {
            return self.source_before(b - 1).map(|x| Src { last: b, ..x });
        }
        if let Some(src) = self.postmodified(b) {
            return Some(src);
        }
        if RELATIVE_PRONOUNS.contains(w) {
            let mut a = b.checked_sub(1)?;
            if self.punct(a) == Some(',') {
                a = a.checked_sub(1)?;
            }
            // With no antecedent ("those who said"), the relative pronoun is the source.
            return Some(match self.np_backward(a) {
                Some((first, last)) => Src { first, last, head: last, relative: Some(b), pronoun: None },
                None => Src { first: b, last: b, head: b, relative: None, pronoun: None },
            });
        }
        // "A poll released on Tuesday showed", "a poll out this week shows": a participle (or "out") after a
        // source noun, its adjuncts absorbed by the cue.
        let after_noun = w == "out" || (w.ends_with("ed") && !self.is_cap(b));
        if after_noun && b > 0 && self.is_word(b - 1) && self.lex.is_source_noun(self.lower(b - 1)) {
            let (first, head) = self.np_backward(b - 1)?;
            return Some(Src { first, last: b, head, relative: None, pronoun: None });
        }
        let (first, last) = self.np_backward(b)?;
        Some(Src { first, last, head: last, relative: None, pronoun: None })
    }

    /// Whether a source has no comma in it: no appositive, so a relative clause in it restricts it.
    pub(super) fn restrictive(&self, x: &Src) -> bool {
        (x.first..=x.last).all(|k| self.punct(k) != Some(','))
    }

    /// "A woman who has accused X of Y said", "a source close to him said", "an analyst at Moody's said": a
    /// noun phrase whose relative clause or prepositional phrase runs up to the cue, read back from word
    /// `b` within the clause. The head is the noun before "who" or the preposition, which must be a
    /// source noun or a title for a preposition.
    pub(super) fn postmodified(&self, b: usize) -> Option<Src> {
        let w = self.lower(b);
        if !self.is_word(b) || STOP_WORDS.contains(w) || AUXILIARIES.contains(w) {
            return None;
        }
        // The nearest preposition after a source noun, unless a relative clause opens further left
        // ("Voters who met the mayor in 2016 say").
        let mut nearest = None;
        let mut k = b;
        while k > 0 && b - k < 25 {
            k -= 1;
            if self.st.toks[k].kind == TokKind::Close {
                match self.short_quote(k) {
                    Some((open, _)) => k = open,
                    None => break,
                }
                continue;
            }
            if !self.is_word(k) {
                // A full stop of its own ends a sentence; one inside a name is part of its word.
                if self.in_name_punct(k) && self.punct(k) != Some('.') {
                    continue;
                }
                break;
            }
            if k == 0 || !self.is_word(k - 1) {
                continue;
            }
            let w = self.lower(k);
            if w == "who" {
                let (first, head) = self.np_backward(k - 1)?;
                return Some(Src { first, last: b, head, relative: None, pronoun: None });
            }
            let next = self.is_word(k + 1).then(|| self.lower(k + 1));
            let preposition = POSTMODIFIER_PREPOSITIONS.contains(w)
                || (RELATION_ADJECTIVES.contains(w) && next.is_some_and(|n| RELATION_PREPOSITIONS.contains(n)));
            // "officials in 2016", "aides on Monday": a time, not what the noun is of.
            let time = next.is_some_and(|n| TIME_WORDS.contains(n) || n.bytes().all(|c| c.is_ascii_digit()));
            let noun = self.lower(k - 1);
            // "activists clamoring to block him say", "Republicans supporting the bill have said".
            let participle = w.len() > 5 && w.ends_with("ing") && !self.is_cap(k);
            let plural = lexicon::looks_plural(noun) && !STOP_WORDS.contains(noun);
            let source = self.lex.is_source_noun(noun) || TITLES.contains(noun);
            if nearest.is_none() && ((preposition && !time && source) || (participle && (source || plural))) {
                nearest = Some(k - 1);
            }
        }
        let (first, head) = self.np_backward(nearest?)?;
        Some(Src { first, last: b, head, relative: None, pronoun: None })
    }

    /// "X, a leader of the movement, commented", "X, who ran the campaign, said": the appositive or
    /// relative clause that ends at comma `b`, and the name before it. The nearest comma, within a
    /// bounded walk, that follows a name and opens such a phrase wins.
    pub(super) fn appositive(&self, s: Sentence, b: usize) -> Option<Src> {
        if self.punct(b) != Some(',') {
            return None;
        }
        let mut i = b.checked_sub(1)?;
        let mut steps = 0;
        while i > s.start && steps < 40 {
            match self.st.toks[i].kind {
                TokKind::Close => {
                    let (open, _) = self.short_quote(i)?;
                    i = open;
                }
                TokKind::Word => {}
                TokKind::Punct
                    if matches!(
                        self.punct(i),
                        Some(
                            '(' | ')' | '-' | '\u{2014}' | '\u{2013}' | '.' | '\'' | '\u{2019}' | '$' | '%' | '&' | '/'
                        )
                    ) => {}
                TokKind::Punct if self.punct(i) == Some(',') && i + 1 < b => {
                    let opener = self.lower(i + 1);
                    // "Executives for Mondelez, which earned $30 billion, say": "which" opens an aside after
                    // a name too.
                    let which = opener == "which" && self.is_cap(i - 1);
                    if self.is_word(i + 1) && (which || !NON_APPOSITIVE_OPENERS.contains(opener)) {
                        // "Sen. Rob Portman (R-Ohio), another incumbent, said": the name before a parenthesis.
                        let name = if self.punct(i - 1) == Some(')') {
                            self.source_before(i - 1).map(|x| (x.first, x.head))
                        } else {
                            self.np_backward(i - 1)
                        };
                        // "Benford, 58, who lives nearby, says": an age is no name; the walk goes on.
                        let age = self.word(i - 1).bytes().all(|c| c.is_ascii_digit());
                        // "Grassley, of Iowa, a swing state, said": a place after its own comma is an aside
                        // too; the walk goes on to the name before it.
                        let place = name.is_some_and(|(first, _)| {
                            first >= s.start + 2
                                && PLACE_PREPOSITIONS.contains(self.lower(first - 1))
                                && self.punct(first - 2) == Some(',')
                        });
                        if let Some((first, last)) = name.filter(|_| !age && !place) {
                            return (first >= s.start).then_some(Src {
                                first,
                                last: b - 1,
                                head: last,
                                relative: None,
                                pronoun: None,
                            });
                        }
                    }
                }
                _ => return None,
            }
            i = i.checked_sub(1)?;
            steps += 1;
        }
        None
    }

    /// "McCain -- who lost in 2008 -- said", "Murphy — after a pause — told": the name before an aside
    /// between dashes that ends at dash `b`; the source takes the aside.
    pub(super) fn dash_aside(&self, s: Sentence, b: usize) -> Option<Src> {
        let dash = |k: usize| matches!(self.punct(k), Some('-' | '\u{2014}' | '\u{2013}'));
        if !dash(b) {
            return None;
        }
        let close = if b > s.start && dash(b - 1) { b - 1 } else { b };
        let open = (close.saturating_sub(30).max(s.start + 1)..close)
            .rev()
            .take_while(|&k| self.is_word(k) || dash(k) || matches!(self.punct(k), Some(',' | '(' | ')' | '.' | '\'')))
            .find(|&k| dash(k))?;
        let open = if open > s.start && dash(open - 1) { open - 1 } else { open };
        let (first, head) = self.np_backward(open.checked_sub(1)?)?;
        (first >= s.start && open + 1 < close).then_some(Src {
            first,
            last: close - 1,
            head,
            relative: None,
            pronoun: None,
        })
    }

    /// After a source that ends at `z`, a comma and an appositive or relative clause that runs to the end
    /// of the sentence ("said Ali, a leader of the movement."): the new end.
    pub(super) fn appositive_after(&self, z: usize, end: usize) -> usize {
        // "said a handful of Democrats who point to C": a relative clause needs no comma.
        let relative = |k: usize| self.is_word(k) && PERSON_RELATIVES.contains(self.lower(k));
        let o = if relative(z + 1) { z + 1 } else { z + 2 };
        if (o == z + 2 && self.punct(z + 1) != Some(',')) || !self.is_word(o) {
            return z;
        }
        let opener = self.lower(o);
        let opens = self.is_det(o) || relative(o) || TITLES.contains(opener) || self.lex.is_source_noun(opener);
        if !opens {
            return z;
        }
        // It runs to the end of the sentence unless a quotation starts first, or the sentence goes on
        // after a comma with a verb ("The paradox, says X, a historian, is that C").
        let mut e = o;
        while e + 1 < end && self.st.toks[e + 1].kind != TokKind::Open && self.st.toks[e + 1].kind != TokKind::Para {
            if self.punct(e + 1) == Some(',')
                && self.is_word(e + 2)
                && AUXILIARIES.contains(self.lower(e + 2))
                && self.lower(e + 2) != "to"
            {
                return e;
            }
            e += 1;
        }
        if e + 1 < end {
            // Stop at the comma before the quotation.
            while e > o && self.punct(e) == Some(',') {
                e -= 1;
            }
        }
        e
    }
}
