//! passive

use super::*;
use crate::lexicon::{self, *};

impl<'r> Reader<'r> {
    /// The subject of a passive whose verb group starts after token `b`: a noun phrase, a relative pronoun
    /// ("Romney, who is expected to"), a noun phrase with its appositive or relative clause ("The bank,
    /// which has held rates, is expected to"), or the sentence's subject after "and" or "but".
    pub(super) fn passive_subject(&self, s: Sentence, b: usize, end: usize) -> Option<(usize, usize)> {
        if self.punct(b) == Some(',') {
            let c = (b.saturating_sub(30).max(s.start + 1)..b)
                .rev()
                .take_while(|&k| self.is_word(k) || self.in_name_punct(k) || self.punct(k) == Some(','))
                .find(|&k| self.punct(k) == Some(','))?;
            return self.np_backward(c - 1).map(|(first, _)| (first, b - 1));
        }
        match self.lower(b) {
            "who" | "which" | "that" => Some((b, b)),
            "and" | "but" => self.sentence_subject(s, end).map(|x| (x.first, x.last)),
            _ => self.np_backward(b),
        }
    }

    /// "X seems to C", "X appeared ready", "It seems (that) C": the subject and what it seems, with no
    /// source. "appeared on television" and "appeared Monday" are not impressions.
    pub(super) fn raising(
        &self,
        s: Sentence,
        cue: (usize, usize),
        hit: Hit,
        later: &[Hit],
        end: usize,
    ) -> Option<Draft> {
        let next = hit.last + 1;
        if next >= end || !self.is_word(next) || self.is_cap(next) {
            return None;
        }
        let w = self.lower(next);
        let function = STOP_WORDS.contains(w) || TIME_WORDS.contains(w);
        if function && !matches!(w, "to" | "that" | "like") {
            return None;
        }
        let b = cue.0.checked_sub(1).filter(|&b| b >= s.start && self.is_word(b))?;
        let forward = self.forward_end(next, end, later, true);
        if self.lower(b) == "it" && (b == s.start || !self.is_word(b - 1)) {
            let start = next + usize::from(w == "that");
            let stop = self.impression_end(b, next, forward);
            return (stop > start).then(|| Draft {
                content: vec![(start, stop - 1)],
                cue,
                origin: CueOrigin::Form(hit.form),
                source: None,
                media: Vec::new(),
            });
        }
        // The subject: its noun phrase, or the words since the sentence's start or last comma, without a
        // conjunction that opens them. A relative pronoun is no subject to read ("questions that seemed").
        let relative = matches!(self.lower(b), "who" | "which");
        if STOP_WORDS.contains(self.lower(b)) && !relative {
            return None;
        }
        let subject = self.impression_subject(s, b).or(relative.then_some(b)).or_else(|| {
            let floor = s.start.max(b.saturating_sub(12));
            let mut a = (floor..=b).rev().find(|&k| !self.is_word(k)).map_or(floor, |k| k + 1);
            while a < b && STOP_WORDS.contains(self.lower(a)) {
                a += 1;
            }
            (a > floor || floor == s.start).then_some(a)
        })?;
        let stop = self.impression_end(subject, next, forward);
        if w == "to" && !self.is_word(next + 1) || stop <= next {
            return None;
        }
        Some(Draft {
            content: vec![(subject, b), (next, stop - 1)],
            cue,
            origin: CueOrigin::Form(hit.form),
            source: None,
            media: Vec::new(),
        })
    }

    /// The subject of a verb of seeming that ends at word `b`: a noun phrase with the prepositional phrases
    /// it heads ("the character of the race", "a broader swath of Republican voters").
    pub(super) fn impression_subject(&self, s: Sentence, b: usize) -> Option<usize> {
        let (mut a, _) = self.np_backward(b)?;
        for _ in 0..3 {
            let of = a >= s.start + 2
                && self.is_word(a - 1)
                && matches!(self.lower(a - 1), "of" | "on" | "for" | "in" | "from" | "about" | "with");
            if !of {
                break;
            }
            match self.np_backward(a - 2) {
                Some((x, _)) if x >= s.start => a = x,
                _ => break,
            }
        }
        Some(a)
    }

    /// The end of what something seems, within `start..stop`: the writer goes on after a colon, a semicolon
    /// or a dash ("seemed to agree: at one point ..."), and after a comma with a clause of time, cause or
    /// concession ("appeared to dismiss it, when he told ...", "seems to be moving, despite ...").
    /// A subject that opens a subordinate clause ("while many voters are expected to C, she ...") ends it at
    /// the first comma.
    pub(super) fn impression_end(&self, subject: usize, start: usize, stop: usize) -> usize {
        let subordinate = subject > 0
            && self.is_word(subject - 1)
            && matches!(
                self.lower(subject - 1),
                "while" | "although" | "though" | "if" | "when" | "because" | "since" | "whereas" | "unless" | "as"
            );
        (start + 1..stop)
            .find(|&k| {
                if self.st.in_quote[k] != 0 {
                    return false;
                }
                match self.punct(k) {
                    Some(':' | ';') => true,
                    Some('\u{2014}' | '\u{2013}' | '-') => !self.paired_dash(k, stop),
                    Some(',') if subordinate => true,
                    Some(',') => self.is_word(k + 1) && IMPRESSION_ENDERS.contains(&self.lower(k + 1)),
                    _ => false,
                }
            })
            .unwrap_or(stop)
    }
}
