//! Noun cues: a noun of belief, intention or judgement reports the stance of its owner.
//!
//! - a that-clause: "Roe's belief that C", "their fear that C";
//! - an infinitive: "his refusal to C", "Roe's promise to C";
//! - a prepositional object: "their criticism of C", "his attacks on C";
//! - an opinion: "in her view, C", "in the view of X, C";
//! - a poll's finding: "In a CNN poll last month, C", "C in a new CNN poll." (the poll is the source), only
//!   in a sentence with no other cue.
//!
//! The owner is a possessive before the noun, maybe past one modifier ("his latest attacks on"): a
//! possessive pronoun, or a name or a source noun in -'s ("Trump's", "the senator's"). A content inside a
//! subject noun phrase ends before the main verb ("his decision to run has drawn C").

use super::{CueOrigin, Draft, Hit, Reader, Src};
use crate::lexicon::{
    self, AUXILIARIES, CONTENT_CLAUSE_OPENERS, DETERMINERS, FINITE_AUXILIARIES, POLL_ADJUNCTS, POLL_NOUNS, STOP_WORDS,
    TIME_WORDS,
};
use crate::structure::Sentence;

impl<'r> Reader<'r> {
    /// "Roe's claim that C", "his decision to C", "their criticism of C", "in her view, C", "in the view of
    /// X, C": a noun of belief, intention or judgement reports the stance of the possessive before it, or
    /// of the "of" phrase after "the view".
    pub(super) fn noun_cues(&self, s: Sentence, hits: &[Hit], free: &[(usize, &str)], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for &(j, noun) in free {
            let that = lexicon::THAT_NOUNS.contains(noun);
            let to = lexicon::TO_NOUNS.contains(noun);
            let object = lexicon::OBJECT_NOUNS.iter().find(|(n, _)| *n == noun).map(|(_, p)| *p);
            let opinion = lexicon::OPINION_NOUNS.contains(noun);
            if !(that || to || object.is_some() || opinion) || out.iter().any(|d| d.holds(j)) {
                continue;
            }
            let next = &hits[hits.partition_point(|h| h.first <= j)..];
            // "In the view of X, C".
            if opinion && j >= s.start + 2 && self.lower(j - 1) == "the" && self.lower(j - 2) == "in" {
                let of = self.is_word(j + 1) && self.lower(j + 1) == "of";
                let Some((a, z)) = of.then(|| self.np_forward(j + 2, end)).flatten() else {
                    continue;
                };
                if self.punct(z + 1) != Some(',') {
                    continue;
                }
                let stop = self.forward_end(z + 2, end, next, true);
                if stop > z + 3 {
                    let src = Src {
                        first: a,
                        last: z,
                        head: z,
                        relative: None,
                        pronoun: lexicon::pronoun_kind(self.lower(a)),
                    };
                    out.push(Draft {
                        content: vec![(z + 2, stop - 1)],
                        cue: (j - 2, j),
                        origin: CueOrigin::Noun,
                        source: Some(src),
                        media: Vec::new(),
                    });
                }
                continue;
            }
            // The owner: a possessive before the noun, maybe past one modifier ("his latest attacks on").
            let mut p = j - 1;
            if self.possessive(p).is_none() && p > s.start && self.is_word(p) && !self.is_cap(p) {
                let m = self.lower(p);
                if !STOP_WORDS.contains(m) && !DETERMINERS.contains(m) && !AUXILIARIES.contains(m) {
                    p -= 1;
                }
            }
            let Some(src) = self.possessive(p) else { continue };
            let a = j + 1;
            if !self.is_word(a) {
                // "In his view, C".
                if opinion && p > s.start && self.lower(p - 1) == "in" && self.punct(a) == Some(',') {
                    let stop = self.forward_end(a + 1, end, next, true);
                    if stop > a + 2 {
                        out.push(Draft {
                            content: vec![(a + 1, stop - 1)],
                            cue: (p - 1, j),
                            origin: CueOrigin::Noun,
                            source: Some(src),
                            media: Vec::new(),
                        });
                    }
                }
                continue;
            }
            let w = self.lower(a);
            let (start, stop) = if that && w == "that" {
                (a, self.forward_end(a + 1, end, next, true))
            } else if to && w == "to" && self.is_word(a + 1) && !self.is_det(a + 1) && !self.is_cap(a + 1) {
                (a, self.subject_end(a, self.forward_end(a, end, next, true)))
            } else if object.is_some_and(|ps| ps.contains(&w)) && self.is_word(a + 1) {
                let stop = self.object_end(a + 1, self.forward_end(a + 1, end, next, false));
                (a + 1, self.subject_end(a + 1, stop))
            } else {
                continue;
            };
            if stop <= start + 1 {
                continue;
            }
            out.push(Draft {
                content: vec![(start, stop - 1)],
                cue: (p, j),
                origin: CueOrigin::Noun,
                source: Some(src),
                media: Vec::new(),
            });
        }
    }

    /// A possessive that owns a stance: "his", "her", "their", "its", or a name or source noun in -'s
    /// ("Trump's", "the senator's").
    fn possessive(&self, p: usize) -> Option<Src> {
        if !self.is_word(p) {
            return None;
        }
        let w = self.lower(p);
        let pronoun = lexicon::possessive_kind(w);
        if pronoun.is_some() {
            return Some(Src { first: p, last: p, head: p, relative: None, pronoun });
        }
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))?;
        if lexicon::pronoun_kind(stem).is_some()
            || STOP_WORDS.contains(stem)
            || !(self.is_cap(p) || self.lex.is_source_noun(stem))
        {
            return None;
        }
        let (first, _) = self.np_backward(p).unwrap_or((p, p));
        Some(Src { first, last: p, head: p, relative: None, pronoun: None })
    }

    /// The end of a content inside a noun phrase that is its sentence's subject: before the main verb's
    /// auxiliary ("his decision to run has drawn C"), unless a clause of the content's own comes first.
    fn subject_end(&self, start: usize, stop: usize) -> usize {
        for k in start + 1..stop {
            if !self.is_word(k) {
                continue;
            }
            let w = self.lower(k);
            if CONTENT_CLAUSE_OPENERS.contains(w) {
                return stop;
            }
            if FINITE_AUXILIARIES.contains(w) {
                return k;
            }
        }
        stop
    }

    /// "In a CNN poll last month, C" and "C in the latest CNN poll.": what a poll or survey found, with the
    /// poll as its source. Only in a sentence with no other cue, whose claim would say it better ("In the
    /// poll, 60 percent said C").
    pub(super) fn in_poll(&self, s: Sentence, hits: &[Hit]) -> Option<Draft> {
        if !hits.is_empty() {
            return None;
        }
        let end = self.content_end(s);
        // The poll opens the sentence, or ends it: only those places are looked at.
        let i = s.start;
        let Some((a, z, last)) = self.poll_at(i, end) else { return self.poll_ending(s, end) };
        let src = Src { first: a, last, head: z, relative: None, pronoun: None };
        let draft = |content: (usize, usize)| Draft {
            content: vec![content],
            cue: (i, i),
            origin: CueOrigin::Poll,
            source: Some(src),
            media: Vec::new(),
        };
        if self.punct(last + 1) != Some(',') {
            return None;
        }
        // "In the new poll, conducted March 11-13, C": a participle after the comma describes the poll.
        let mut start = last + 2;
        if self.is_word(start) && !self.is_cap(start) && self.lower(start).ends_with("ed") {
            start = (start..end.min(start + 12)).find(|&k| self.punct(k) == Some(','))? + 1;
        }
        let stop = self.forward_end(start, end, &[], true);
        (stop > start + 1).then(|| draft((start, stop - 1)))
    }

    /// "Trump leads by 57 percent to 33 percent in the 50-state poll.": a poll that ends the sentence, after
    /// a clause of a few words with no comma before the poll. Not "the polls", polling at large ("leading
    /// in the polls").
    fn poll_ending(&self, s: Sentence, end: usize) -> Option<Draft> {
        let i = (s.start + 3..end).rev().take(10).find(|&k| self.is_word(k) && self.lower(k) == "in")?;
        let (a, z, last) = self.poll_at(i, end).filter(|&(_, _, last)| last + 1 == end)?;
        if a == z || (a + 1 == z && self.lower(a) == "the" && self.lower(z) == "polls") {
            return None;
        }
        if (s.start..i).any(|k| self.st.in_quote[k] != 0 || matches!(self.punct(k), Some(',' | ';' | ':'))) {
            return None;
        }
        Some(Draft {
            content: vec![(s.start, i - 1)],
            cue: (i, i),
            origin: CueOrigin::Poll,
            source: Some(Src { first: a, last, head: z, relative: None, pronoun: None }),
            media: Vec::new(),
        })
    }

    /// The poll after the "in" at `i`: its first word, head, and last word past the adjuncts of time that
    /// belong to it ("last month", "this week").
    fn poll_at(&self, i: usize, end: usize) -> Option<(usize, usize, usize)> {
        if i >= end || !self.is_word(i) || self.lower(i) != "in" || self.st.in_quote[i] != 0 {
            return None;
        }
        let (a, z) = self.np_forward(i + 1, end).filter(|&(_, z)| POLL_NOUNS.contains(self.lower(z)))?;
        let mut last = z;
        while last + 1 < end
            && self.is_word(last + 1)
            && (TIME_WORDS.contains(self.lower(last + 1)) || POLL_ADJUNCTS.contains(self.lower(last + 1)))
        {
            last += 1;
        }
        Some((a, z, last))
    }
}
