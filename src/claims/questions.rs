//! questions

use super::*;
use crate::lexicon::{self, *};

impl<'r> Reader<'r> {
    /// The question after an unattributed "asked": past the asker ("by Ingraham"), adverbs and short
    /// adjuncts ("on Thursday", "in Iowa recently"), a question word or "about", to the next comma.
    pub(super) fn asked(&self, cue: (usize, usize), hit: Hit, end: usize) -> Option<Draft> {
        let mut i = hit.last + 1;
        let mut source = None;
        while i < end.min(hit.last + 12) && self.is_word(i) {
            let w = self.lower(i);
            if QUESTION_OPENERS.contains(&w) {
                break;
            }
            if TIME_WORDS.contains(w) || (w.len() > 4 && w.ends_with("ly")) {
                i += 1;
                continue;
            }
            let month = self.month(i + 1);
            let (a, z) = match w {
                "by" => self.np_forward(i + 1, end)?,
                // "asked in May if", "asked during a January debate why": an adjunct of any noun phrase.
                "in" | "at" | "on" | "during" | "last" | "this" if month => (i + 1, i + 1),
                "in" | "at" | "on" | "during" | "last" | "this" => self.hearer(i + 1, end)?,
                _ => return None,
            };
            if w == "by" && source.is_none() {
                source = Some(Src { first: a, last: z, head: z, relative: None, pronoun: None });
            }
            i = z + 1;
        }
        if !self.is_word(i) || !QUESTION_OPENERS.contains(&self.lower(i)) {
            return None;
        }
        let stop = (i..end.min(i + MAX_SPAN)).find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','));
        let stop = stop.unwrap_or(end.min(i + MAX_SPAN));
        let stop = self.question_end(i, stop);
        (stop > i + 1).then(|| Draft {
            content: vec![(i, stop - 1)],
            cue,
            origin: CueOrigin::Form(hit.form),
            source,
            media: Vec::new(),
        })
    }

    /// The end of a question that opens at `i` and runs at most to `stop`: "about C" ends as an object does,
    /// a clause before an adjunct of the occasion it was asked on ("why C during a debate on Friday").
    pub(super) fn question_end(&self, i: usize, stop: usize) -> usize {
        if self.lower(i) == "about" {
            return self.object_end(i + 1, stop);
        }
        (i + 1..stop)
            .find(|&k| {
                self.st.in_quote[k] == 0
                    && self.is_word(k)
                    && match self.lower(k) {
                        "during" => true,
                        "in" | "on" | "at" => self.occasion(k + 1, stop),
                        _ => false,
                    }
            })
            .unwrap_or(stop)
    }

    /// "X was asked about C", "X was asked whether C", "X was asked to C": the question, with no source in
    /// the text unless "by Y" names one; an infinitive keeps the one asked as its subject ("X || to C").
    pub(super) fn asked_passive(&self, s: Sentence, cue: (usize, usize), hit: Hit, end: usize) -> Option<Draft> {
        let next = hit.last + 1;
        if self.is_word(next) && self.lower(next) == "to" {
            let (a, z) = self.passive_subject(s, cue.0.checked_sub(1).filter(|&b| b >= s.start)?, end)?;
            let stop = self.forward_end(next, end, &[], true);
            return (stop > next + 1).then(|| Draft {
                content: vec![(a, z), (next, stop - 1)],
                cue,
                origin: CueOrigin::Form(hit.form),
                source: None,
                media: Vec::new(),
            });
        }
        self.asked(cue, hit, end)
    }
}
