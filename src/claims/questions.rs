//! Questions: what someone was asked is a claim of the one who asked, or of no one in the text.
//!
//! - an opening "asked" and its question: "Asked whether C, X demurred." (no source in the text), "said
//!   when asked by Y about C" (Y asks);
//! - the passive: "X was asked about C", "X was asked whether C", "X was asked to C" (X, the one asked,
//!   is the infinitive's subject: "X || to C");
//! - the one asked between the cue and the question: "asked Trump how C", "asked the campaigns why C";
//! - a question the text itself asks is no claim: "Do you support X?", "Why does he think so?".

use super::{Cue, Draft, MAX_SPAN, Reader, Reading, Src};
use crate::lexicon::{
    ASKED_ADJUNCT_OPENERS, ASKED_SUBORDINATORS, OCCASION_PREPOSITIONS, QUESTION_AUXILIARIES, QUESTION_OPENERS,
    QUESTION_WORDS, TIME_WORDS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// Whether the sentence is a question whose auxiliary stands before the source at `first`, opening the
    /// sentence or after a question word: "Do you support X?", "Why does he think so?".
    pub(super) fn asks(&self, s: Sentence, first: usize) -> bool {
        let Some(aux) = first.checked_sub(1).filter(|&a| a >= s.start && self.is_word(a)) else { return false };
        let opens = aux == s.start || (aux == s.start + 1 && QUESTION_WORDS.contains(self.lower(s.start)));
        let last = s.end - 1;
        let question = self.punct(last) == Some('?')
            || (self.st.toks[last].kind == TokKind::Close && last > s.start && self.punct(last - 1) == Some('?'));
        opens && question && QUESTION_AUXILIARIES.contains(self.lower(aux))
    }

    /// "Asked whether C, X demurred", "said when asked by Y about C": the question is a claim, its asker
    /// the one after "by" or none in the text. "McCain said, asked about C": a participle after a comma too.
    pub(super) fn opening_asked(&self, c: &Cue) -> Reading {
        let (first, s) = (c.span.0, c.s);
        let opens = first == s.start || (first > s.start && ASKED_SUBORDINATORS.contains(self.lower(first - 1)));
        let after_comma = first > s.start && self.punct(first - 1) == Some(',');
        if c.lower() != "asked" || !(opens || after_comma) {
            return Reading::Next;
        }
        self.asked(c).map_or(Reading::Next, Reading::Claim)
    }

    /// The question after an unattributed "asked": past the asker ("by Ingraham"), adverbs and short
    /// adjuncts ("on Thursday", "in Iowa recently"), a question word or "about", to the next comma.
    fn asked(&self, c: &Cue) -> Option<Draft> {
        let (hit, end) = (c.hit, c.end);
        let mut i = hit.last + 1;
        let mut source = None;
        while i < end.min(hit.last + 12) && self.is_word(i) {
            let w = self.lower(i);
            if QUESTION_OPENERS.contains(w) {
                break;
            }
            if TIME_WORDS.contains(w) || (w.len() > 4 && w.ends_with("ly")) {
                i += 1;
                continue;
            }
            let (a, z) = if w == "by" {
                self.np_forward(i + 1, end)?
            } else if ASKED_ADJUNCT_OPENERS.contains(w) {
                // "asked in May if", "asked during a January debate why": an adjunct of any noun phrase.
                if self.month(i + 1) { (i + 1, i + 1) } else { self.hearer(i + 1, end)? }
            } else {
                return None;
            };
            if w == "by" && source.is_none() {
                source = Some(Src { first: a, last: z, head: z, relative: None, pronoun: None });
            }
            i = z + 1;
        }
        if !self.is_word(i) || !QUESTION_OPENERS.contains(self.lower(i)) {
            return None;
        }
        let stop = (i..end.min(i + MAX_SPAN)).find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','));
        let stop = stop.unwrap_or(end.min(i + MAX_SPAN));
        let stop = self.question_end(i, stop);
        (stop > i + 1).then(|| Draft {
            content: vec![(i, stop - 1)],
            cue: c.span,
            origin: c.origin(),
            source,
            media: Vec::new(),
        })
    }

    /// The end of a question that opens at `i` and runs at most to `stop`: "about C" ends as an object does,
    /// a clause before an adjunct of the occasion it was asked on ("why C during a debate on Friday").
    fn question_end(&self, i: usize, stop: usize) -> usize {
        if self.lower(i) == "about" {
            return self.object_end(i + 1, stop);
        }
        (i + 1..stop)
            .find(|&k| {
                self.st.in_quote[k] == 0
                    && self.is_word(k)
                    && (self.lower(k) == "during"
                        || (OCCASION_PREPOSITIONS.contains(self.lower(k)) && self.occasion(k + 1, stop)))
            })
            .unwrap_or(stop)
    }

    /// "X was asked about C", "X was asked whether C", "X was asked to C": the question, with no source in
    /// the text unless "by Y" names one; an infinitive keeps the one asked as its subject ("X || to C").
    pub(super) fn asked_passive(&self, c: &Cue) -> Option<Draft> {
        let (s, hit, end) = (c.s, c.hit, c.end);
        let next = hit.last + 1;
        if self.is_word(next) && self.lower(next) == "to" {
            let (a, z) = self.passive_subject(s, c.span.0.checked_sub(1).filter(|&b| b >= s.start)?, end)?;
            let stop = self.forward_end(next, end, &[], true);
            return (stop > next + 1).then(|| Draft {
                content: vec![(a, z), (next, stop - 1)],
                cue: c.span,
                origin: c.origin(),
                source: None,
                media: Vec::new(),
            });
        }
        self.asked(c)
    }

    /// "asked Trump how C", "asked the campaigns why C": past the one asked, where the question starts;
    /// `after` otherwise.
    pub(super) fn past_question_hearer(&self, c: &Cue, after: usize) -> usize {
        if c.form.lemma != "ask" {
            return after;
        }
        let question = |k: usize| self.is_word(k) && QUESTION_WORDS.contains(self.lower(k));
        match self.hearer(after, c.end).filter(|&(_, b)| question(b + 1)) {
            Some((_, b)) => b + 1,
            None => after,
        }
    }
}
