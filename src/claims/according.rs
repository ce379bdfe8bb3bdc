//! Credits in an adjunct: the source is named in a phrase attached to the content.
//!
//! - "according to X" before, after or inside its content: "According to X, C", "C, according to X",
//!   "A, according to X, B", "(15 percent, according to Factcheck.org)", opening a parenthesis or what
//!   follows a colon ("(According to X, C.)", "...: According to X, C", "According to X: \"C\""); also "in
//!   the words of X" and "as reported by X", which the lexicon lists as forms of the same class;
//! - a medium after the source: "according to sources who spoke to Reuters", "according to a report in the
//!   Post";
//! - a cue in an "as" clause: "As the Times reported, C", "C, as X noted, D", "C, as X said.";
//! - of an "according to" and a verb, each in the other's content, the one that attributes
//!   (`settle_according_pairs`).

use super::{Cue, CueOrigin, Draft, MAX_SPAN, Reader, Reading, Src, drop_beaten};
use crate::lexicon::{
    ASIDE_PREPOSITIONS, COUNT_MODIFIERS, CueClass, FINITE_AUXILIARIES, MEDIUM_PREPOSITIONS, PERSON_RELATIVES,
    RELATIVE_WORDS, STOP_WORDS, SUBJECT_OPENERS, TRAILING_PHRASE_OPENERS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// "According to X, C", "C, according to X" and "A, according to X, B".
    pub(super) fn according_to(&self, c: &Cue) -> Reading {
        if c.form.class != CueClass::According {
            return Reading::Next;
        }
        Reading::only(self.according(c))
    }

    fn according(&self, c: &Cue) -> Option<Draft> {
        let (s, cue, end) = (c.s, c.span, c.end);
        // The source runs to the comma, the sentence end, a relative clause ("sources who spoke to") or the
        // dash or parenthesis that closes the aside it is in ("(15 percent, according to Factcheck.org)").
        let a = cue.1 + 1;
        let mut z = a;
        let mut paren = false;
        while z + 1 < end
            && z < a + 15
            && !matches!(self.punct(z + 1), Some(',' | ':'))
            && !matches!(self.punct(z + 1), Some('\u{2014}' | '\u{2013}'))
            && !(self.punct(z + 1) == Some('-') && self.st.toks[z + 1].start > self.st.toks[z].end)
            && (self.punct(z + 1) != Some(')') || paren)
            && !(self.is_word(z + 1) && RELATIVE_WORDS.contains(self.lower(z + 1)))
        {
            if let Some(q) = self.st.quote_of(z + 1) {
                z = q.close.min(end - 1);
            } else {
                z += 1;
                paren |= self.punct(z) == Some('(');
            }
        }
        if a >= end || !(self.is_word(a) || self.st.toks[a].kind == TokKind::Open) {
            return None;
        }
        let mut src = Src { first: a, last: z, head: z, relative: None, pronoun: None };
        // "sources who spoke to Reuters", "a report in the Post": a medium after the source.
        let mut media = Vec::new();
        let mut i = z + 1;
        let mut steps = 0;
        while i < end && steps < 6 && !matches!(self.punct(i), Some(',' | ':')) {
            if self.is_word(i)
                && MEDIUM_PREPOSITIONS.contains(self.lower(i))
                && let Some((ma, mz)) = self.np_forward(i + 1, end)
            {
                media.push((ma, mz, self.lower(i) == "via" || self.is_media(ma, mz)));
                i = mz + 1;
                steps += 1;
                continue;
            }
            i += 1;
            steps += 1;
        }
        // "sources who spoke on condition of anonymity": a relative clause about the source is its own,
        // unless it holds the medium.
        let relative = self.relative_after(z) && media.is_empty();
        // The cue opens the sentence, a parenthesis or what follows a colon ("(According to X, C.)", "...:
        // According to X, C"), maybe after a conjunction ("But according to X, C").
        let opens = |k: usize| k == s.start || (k > s.start && matches!(self.punct(k - 1), Some('(' | ':')));
        let at_start = opens(cue.0)
            || (cue.0 > s.start
                && opens(cue.0 - 1)
                && self.is_word(cue.0 - 1)
                && STOP_WORDS.contains(self.lower(cue.0 - 1)));
        if at_start {
            let mut j = i;
            while j < end.min(i + MAX_SPAN) && !matches!(self.punct(j), Some(',' | ':')) {
                j += 1;
            }
            // "According to X, C" and "According to X: \"C\"".
            let mut start = if j < end && matches!(self.punct(j), Some(',' | ':')) { j + 1 } else { z + 1 };
            // "According to officials who spoke on condition of anonymity, C".
            if relative && j < end {
                src.last = j - 1;
            }
            // "According to Jane Roe, a spokeswoman, C": a role between commas is the source's.
            if self.punct(j) == Some(',')
                && let Some(k) = (start..end.min(start + 12)).find(|&k| self.punct(k) == Some(','))
                && k > start
                && self.role_phrase(start, k - 1)
            {
                (src.last, start) = (k - 1, k + 1);
            }
            let stop = self.forward_end(start, end, &[], true);
            if stop <= start {
                return None;
            }
            return Some(Draft { content: vec![(start, stop - 1)], cue, origin: c.origin(), source: Some(src), media });
        }
        let b = cue.0.checked_sub(1).filter(|&b| b >= s.start)?;
        let last = if self.is_comma_like(b) {
            if b == s.start {
                return None;
            }
            self.before_punct(b)
        } else {
            b
        };
        let mut from = self.clause_start(s.start, b);
        // Inside a parenthesis, the content is the parenthesis.
        if let Some(o) = self.open_paren(from, b) {
            from = o + 1;
        }
        // "the gap in delegates, which stood at 263, according to X": a trailing relative or "with" phrase
        // is what the source vouches for.
        if let Some(c) = (from + 1..b).rev().take(MAX_SPAN).find(|&k| {
            self.punct(k) == Some(',')
                && self.st.in_quote[k] == 0
                && self.is_word(k + 1)
                && TRAILING_PHRASE_OPENERS.contains(self.lower(k + 1))
        }) {
            from = c + 1;
        }
        // "But, according to X, C": a conjunction alone before the cue is no part of the content.
        let lone = from + 1 == b && self.is_word(from) && STOP_WORDS.contains(self.lower(from));
        let mut content = if lone { Vec::new() } else { vec![(from, last)] };
        // "C, according to Jane Roe, a spokeswoman.": an appositive after the source that names a role is
        // the source's ("C, according to the Nationwide, their biggest fall since 2001" is the content's;
        // "..., the country's GDP rose by 2%" a clause).
        let appositive = self.appositive_after(z, end);
        if appositive > z && (self.role_phrase(z + 2, appositive) || relative) {
            (src.last, i) = (appositive, appositive + 1);
        }
        if let Some(part) = self.continuation(i, end, false) {
            content.push(part);
        }
        (!content.is_empty()).then_some(Draft { content, cue, origin: c.origin(), source: Some(src), media })
    }

    /// Whether a relative clause about a person opens right after the source that ends at `z` ("a senior
    /// official who spoke on the condition of anonymity"): the source's, unless it holds the medium, which
    /// is a field of its own ("sources who spoke to Reuters").
    fn relative_after(&self, z: usize) -> bool {
        self.is_word(z + 1) && PERSON_RELATIVES.contains(self.lower(z + 1))
    }

    /// Whether the phrase `a..=z` after a source's comma names its role: a role word before its first
    /// preposition ("a spokeswoman for the court", "chief of Hewlett Packard"), no finite verb, and no
    /// count ("more than 45 million people in the UK" is the content's).
    fn role_phrase(&self, a: usize, z: usize) -> bool {
        let count = COUNT_MODIFIERS.contains(self.lower(a)) || self.word(a).starts_with(|c: char| c.is_ascii_digit());
        let role = !count
            && (a..=z)
                .take_while(|&k| self.is_word(k) && !ASIDE_PREPOSITIONS.contains(self.lower(k)))
                .any(|k| self.is_role(self.lower(k)));
        role && (a..=z).all(|k| !self.is_word(k) || !FINITE_AUXILIARIES.contains(self.lower(k)))
    }

    /// Of two claims of sentence `s`, each in the other's content, an "according to" and a verb, keeps one.
    /// Inside a sentence, the phrase is part of what a source with a verb said ("The issue will be dealt
    /// with according to the law, Trutnev said"); opening it, or beside a verb with no source ("It is
    /// estimated C, according to X"), it is the attribution.
    pub(super) fn settle_according_pairs(&self, s: Sentence, drafts: &mut Vec<Draft>) {
        let according =
            |d: &Draft| matches!(d.origin, CueOrigin::Form(f) if self.forms[f].class == CueClass::According);
        let loses = |d: &Draft, o: &Draft| {
            let (acc, verb) = if according(d) { (d, o) } else { (o, d) };
            let said = verb.source.is_some() && acc.cue.0 != s.start;
            according(d) != according(o) && d.content_holds(o.cue) && o.content_holds(d.cue) && according(d) == said
        };
        drop_beaten(drafts, |o, d| loses(d, o));
    }

    /// "As the Times reported, C", "C, as X noted, D", "C, as X said.": a cue in an "as" clause reports the
    /// clause it is attached to, before it or, when it opens the sentence, after it.
    pub(super) fn as_clause(&self, c: &Cue, src: Src, after: usize) -> Option<Draft> {
        let (s, end) = (c.s, c.end);
        let a = src.first.checked_sub(1).filter(|&a| a >= s.start && self.is_word(a) && self.lower(a) == "as")?;
        // The clause is only its source and cue: "as Clinton seeks the nomination" reports nothing.
        if after < end && !matches!(self.punct(after), Some(',' | ':')) {
            return None;
        }
        // "Or, as Tom Ridge put it: C": a conjunction and its comma may come first.
        let conjunction =
            a == s.start + 2 && SUBJECT_OPENERS.contains(self.lower(s.start)) && self.punct(a - 1) == Some(',');
        let opening = a == s.start || conjunction || matches!(self.punct(a - 1), Some('(' | '-' | '\u{2014}'));
        let content = if opening {
            if !matches!(self.punct(after), Some(',' | ':')) {
                return None;
            }
            let stop = self.forward_end(after + 1, end, c.next, true);
            (stop > after + 1).then_some(vec![(after + 1, stop - 1)])?
        } else if self.punct(a - 1) == Some(',') && a - 1 > s.start {
            let mut content = vec![(self.clause_start(s.start, a - 1), self.before_punct(a - 1))];
            content.extend(self.continuation(after, end, false));
            content
        } else {
            return None;
        };
        Some(Draft { content, cue: c.span, origin: c.origin(), source: Some(src), media: Vec::new() })
    }
}
