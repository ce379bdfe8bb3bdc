//! preposed

use super::*;
use crate::lexicon::{self, *};

impl<'r> Reader<'r> {
    /// "X acknowledges that C" with a verb no lexicon lists: a verb (in -s or -ed, or after an
    /// auxiliary) between a source and "that" reports a proposition.
    pub(super) fn that_clauses(&self, s: Sentence, hits: &[Hit], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        let mut h = 0;
        for i in s.start + 2..end {
            if !self.is_word(i) || self.st.in_quote[i] != 0 || self.lower(i) != "that" {
                continue;
            }
            let v = i - 1;
            while h < hits.len() && hits[h].last < v {
                h += 1;
            }
            if hits.get(h).is_some_and(|x| x.first <= v)
                || !self.is_word(v)
                || self.is_cap(v)
                || self.st.in_quote[v] != 0
            {
                continue;
            }
            let w = self.lower(v);
            let closed = STOP_WORDS.contains(w) || DETERMINERS.contains(w) || AUXILIARIES.contains(w);
            let mut first = v;
            while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
                first -= 1;
            }
            // After a form of "be" only a participle is a verb ("is clear that" is an adjective).
            // "is not clear that": the copula may stand before a negation or an adverb.
            let after_be = (first..v).any(|k| matches!(self.lower(k), "is" | "are" | "was" | "were" | "be" | "been"));
            let inflected = (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")) || w.ends_with("ed");
            let finite = if after_be { w.ends_with("ed") } else { inflected || first < v };
            // "five U.S. territories that", "the ones that": a plural after a determiner, a number or a
            // name is a noun with its relative clause.
            let plural_noun = first == v
                && w.ends_with('s')
                && v > s.start
                && (self.is_det(v - 1)
                    || QUANTIFIERS.contains(self.lower(v - 1))
                    || self.word(v - 1).bytes().all(|c| c.is_ascii_digit())
                    || (self.is_cap(v - 1)
                        && v > s.start + 1
                        && (self.is_det(v - 2) || self.word(v - 2).bytes().all(|c| c.is_ascii_digit()))));
            if closed || !finite || plural_noun || w.contains('-') || self.can_head(v) || first == s.start {
                continue;
            }
            // "said Sunday night that C": the cue before the time words has the claim.
            if hits.iter().any(|x| x.last + 1 == first) {
                continue;
            }
            let Some(src) = self
                .source_before(first - 1)
                .filter(|x| x.pronoun.is_some() || self.is_cap(x.head) || self.lex.is_source_noun(self.lower(x.head)))
            else {
                continue;
            };
            let stop = self.forward_end(i + 1, end, &[], true);
            if stop > i + 2 {
                out.push(Draft {
                    content: vec![(i + 1, stop - 1)],
                    cue: (first, v),
                    origin: CueOrigin::Unlisted,
                    source: Some(src),
                    media: Vec::new(),
                });
            }
        }
    }

    /// The preposition after a phrase at `a` of modifiers, with no determiner, headed by a noun of attitude
    /// ("strong support for", "kind words about"), when there is one within a few words.
    pub(super) fn light_noun(&self, a: usize, end: usize) -> Option<usize> {
        let mut k = a;
        while k < end.min(a + 5) && self.is_word(k) {
            let w = self.lower(k);
            if LIGHT_NOUNS.contains(&w) {
                let p = k + 1;
                let prep = self.is_word(p)
                    && matches!(self.lower(p), "about" | "for" | "on" | "of" | "against" | "to" | "over");
                return (prep && p + 1 < end).then_some(p);
            }
            // "his support for C", "a note of concern for C": a determined noun is part of what was said.
            if STOP_WORDS.contains(w) || self.is_cap(k) || self.is_det(k) {
                return None;
            }
            k += 1;
        }
        None
    }
}
