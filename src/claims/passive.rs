//! Passives, raising and impersonal forms: claims whose source is not in the text, or is the agent after
//! "by".
//!
//! - the impersonal passive: "It was announced that C", "it was announced on Monday that C", "Later it
//!   was revealed he had failed" (a clause without "that"), "C, it was confirmed.", "A, it is said, B";
//! - the passive with an infinitive: "Many voters are expected to stay home" (content: the subject and
//!   the infinitive, "Many voters || to stay home");
//! - the passive with its agent: "The plan was rejected by voters", "X has been criticized by his rivals
//!   for C" (source: the agent; content: the subject, and what an "as" or "for" after the agent says);
//! - any other passive is no claim, its subject being what is said or done: "is considered a
//!   frontrunner", "The application was rejected after an interview", "will be announced in March";
//! - "X was asked ..." goes to `questions`;
//! - verbs of seeming: "X seems to C", "X appeared ready", "It seems (that) C"; not "appeared on
//!   television" or "appeared Monday".

use super::{Cue, Draft, Reader, Reading, Src};
use crate::lexicon::{
    self, AGENT_COMPLEMENT_OPENERS, CLAUSE_SUBORDINATORS, COORDINATORS, CueClass, IMPRESSION_ENDERS,
    PASSIVE_ADJUNCT_OPENERS, PHRASE_PREPOSITIONS, RELATIVE_PRONOUNS, RELATIVE_WORDS, SEEMING_COMPLEMENTS, STOP_WORDS,
    TIME_WORDS,
};
use crate::structure::Sentence;

impl<'r> Reader<'r> {
    /// The passive readings of a cue: an impersonal "it" with a that-clause, a subject with an infinitive,
    /// a question someone was asked, an agent after "by". A form that is a cue only in the passive
    /// ("expected") is no cue without it. `subject` is the sentence's last source (see `attribute`).
    pub(super) fn passive(&self, c: &Cue, subject: &mut Option<Src>) -> Reading {
        if lexicon::PASSIVE_ONLY.contains(c.lower()) && !c.passive {
            return Reading::NotACue;
        }
        // "X was asked about C": X is the one asked, not the source.
        if c.passive && c.form.lemma == "ask" {
            return Reading::only(self.asked_passive(c));
        }
        // "The bill was backed by some hi-tech firms": the agent of a passive is its source, and the
        // subject a participle after it shares ("..., saying they needed protections").
        // ("was quoted by Reuters as saying C" names a medium: see `quoting_agent`.)
        if c.passive
            && c.form.class != CueClass::Tell
            && c.form.lemma != "quote"
            && let Some(d) = self.passive_agent(c)
        {
            *subject = d.source;
            return Reading::Claim(d);
        }
        // "The application was rejected after an interview": the subject of a passive object verb is what
        // was rejected, not who rejected it.
        if c.passive && c.form.class == CueClass::Object {
            return Reading::NotACue;
        }
        if !c.passive || !matches!(c.form.class, CueClass::Stance | CueClass::Speech) {
            return Reading::Next;
        }
        let (s, hit, end) = (c.s, c.hit, c.end);
        // "it was announced on Monday that C": a short adjunct may come before "that".
        let adjunct = self.is_word(hit.last + 1) && PASSIVE_ADJUNCT_OPENERS.contains(self.lower(hit.last + 1));
        let that = if adjunct {
            (hit.last + 2..end.min(hit.last + 7))
                .take_while(|&k| self.is_word(k))
                .find(|&k| self.lower(k) == "that")
                .unwrap_or(hit.last + 1)
        } else {
            hit.last + 1
        };
        let next = self.is_word(that).then(|| self.lower(that));
        let first = c.span.0;
        // "it has been revealed he had failed a test", "it is estimated 50% of users will": a clause
        // without "that" opens with a name, a determiner, a number or a subject pronoun (a quotation is
        // what "it" is called).
        let after = hit.last + 1;
        let clause = after < end
            && self.is_word(after)
            && (self.opens_clause(after)
                || self.is_cap(after)
                || self.is_det(after)
                || self.word(after).starts_with(|c: char| c.is_ascii_digit()));
        // The impersonal "it", wherever the clause starts ("Later it was revealed that C").
        let it = first.checked_sub(1).filter(|&b| b >= s.start && self.lower(b) == "it");
        // Its claim, with the cue from "it" on and no source.
        let impersonal = |a: usize, content| Draft {
            content,
            cue: (a, hit.last),
            origin: c.origin(),
            source: None,
            media: Vec::new(),
        };
        // "C, it has been revealed.", "C, it was confirmed on Wednesday.": after the content, the impersonal
        // passive ends its sentence, with at most an adjunct.
        // "A, it is said, B": a comma after it goes on with the content.
        if let Some(a) = it.filter(|&a| a > s.start + 1 && self.is_comma_like(a - 1))
            && (after >= end || matches!(self.punct(after), Some('.' | ';' | ',')) || (adjunct && next != Some("that")))
        {
            return Reading::Claim(impersonal(a, self.content_around(s, a - 1, after, end)));
        }
        if let Some(a) = it
            && (next == Some("that") || clause)
        {
            let from = if next == Some("that") { that + 1 } else { after };
            let stop = self.forward_end(from, end, c.next, true);
            return Reading::only((stop > from).then(|| impersonal(a, vec![(from, stop - 1)])));
        }
        let subject = first.checked_sub(1).filter(|&b| b >= s.start).and_then(|b| self.passive_subject(s, b, end));
        match (next, subject) {
            // "to" before a determiner or a name is a preposition: "will be shown to the user".
            (Some("to"), Some((a, z))) if !(self.is_det(that + 1) || self.is_cap(that + 1)) => {
                // "the closing of the plant is expected to": the phrase with its prepositional phrases.
                let a = if a < z && z + 1 == first { self.impression_subject(s, z).map_or(a, |x| x.min(a)) } else { a };
                let stop = self.impression_end(a, hit.last + 1, self.forward_end(hit.last + 1, end, c.next, true));
                Reading::only((stop > hit.last + 2).then(|| Draft {
                    content: vec![(a, z), (hit.last + 1, stop - 1)],
                    cue: c.span,
                    origin: c.origin(),
                    source: None,
                    media: Vec::new(),
                }))
            }
            // "was quoted by Reuters as saying C": the medium reading (`quoting_agent`).
            _ if c.form.lemma == "quote" => Reading::Next,
            // "is considered a frontrunner", "will be announced in March": the subject is not the one who
            // considers or announces.
            _ => Reading::NotACue,
        }
    }

    /// "Trump has been criticized by his rivals for failing C", "X is seen by voters as Y": a passive with
    /// "by" and its agent right after the cue. The agent is the source; the content is the subject, with
    /// what an "as" or "for" after the agent says of it.
    fn passive_agent(&self, c: &Cue) -> Option<Draft> {
        let (s, hit, end) = (c.s, c.hit, c.end);
        let by = hit.last + 1;
        if !(self.is_word(by) && self.lower(by) == "by") {
            return None;
        }
        let (a, z) = self.joined_forward(by + 1, end, false)?;
        let b = c.span.0.checked_sub(1).filter(|&b| b >= s.start)?;
        let mut content = vec![self.passive_subject(s, b, end)?];
        let rest = z + 1;
        if rest < end && self.is_word(rest) && AGENT_COMPLEMENT_OPENERS.contains(self.lower(rest)) {
            let stop = self.forward_end(rest + 1, end, c.next, true);
            if stop > rest + 1 {
                content.push((rest, stop - 1));
            }
        }
        let pronoun = if a == z { lexicon::pronoun_kind(self.lower(a)) } else { None };
        let source = Src { first: a, last: z, head: z, relative: None, pronoun };
        Some(Draft { content, cue: c.span, origin: c.origin(), source: Some(source), media: Vec::new() })
    }

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
        let w = self.lower(b);
        if RELATIVE_WORDS.contains(w) {
            Some((b, b))
        } else if COORDINATORS.contains(w) {
            self.sentence_subject(s, end).map(|x| (x.first, x.last))
        } else {
            self.np_backward(b)
        }
    }

    /// A verb of seeming: "X seems to C", "X appeared ready", "It seems (that) C", the subject and what it
    /// seems, with no source. "appeared on television" and "appeared Monday" are not impressions.
    pub(super) fn seeming(&self, c: &Cue) -> Reading {
        if c.form.class != CueClass::Raising {
            return Reading::Next;
        }
        let (s, hit, end) = (c.s, c.hit, c.end);
        let next = hit.last + 1;
        if next >= end || !self.is_word(next) || self.is_cap(next) {
            return Reading::NotACue;
        }
        let w = self.lower(next);
        let function = STOP_WORDS.contains(w) || TIME_WORDS.contains(w);
        if function && !SEEMING_COMPLEMENTS.contains(w) {
            return Reading::NotACue;
        }
        let Some(b) = c.span.0.checked_sub(1).filter(|&b| b >= s.start && self.is_word(b)) else {
            return Reading::NotACue;
        };
        let forward = self.forward_end(next, end, c.next, true);
        let draft = |content: Vec<(usize, usize)>| Draft {
            content,
            cue: c.span,
            origin: c.origin(),
            source: None,
            media: Vec::new(),
        };
        if self.lower(b) == "it" && (b == s.start || !self.is_word(b - 1)) {
            let start = next + usize::from(w == "that");
            let stop = self.impression_end(b, next, forward);
            return Reading::only((stop > start).then(|| draft(vec![(start, stop - 1)])));
        }
        // The subject: its noun phrase, or the words since the sentence's start or last comma, without a
        // conjunction that opens them. A relative pronoun is no subject to read ("questions that seemed").
        let relative = RELATIVE_PRONOUNS.contains(self.lower(b));
        if STOP_WORDS.contains(self.lower(b)) && !relative {
            return Reading::NotACue;
        }
        let subject = self.impression_subject(s, b).or(relative.then_some(b)).or_else(|| {
            let floor = s.start.max(b.saturating_sub(12));
            let mut a = (floor..=b).rev().find(|&k| !self.is_word(k)).map_or(floor, |k| k + 1);
            while a < b && STOP_WORDS.contains(self.lower(a)) {
                a += 1;
            }
            (a > floor || floor == s.start).then_some(a)
        });
        let Some(subject) = subject else { return Reading::NotACue };
        let stop = self.impression_end(subject, next, forward);
        if w == "to" && !self.is_word(next + 1) || stop <= next {
            return Reading::NotACue;
        }
        Reading::Claim(draft(vec![(subject, b), (next, stop - 1)]))
    }

    /// The subject of a verb of seeming that ends at word `b`: a noun phrase with the prepositional phrases
    /// it heads ("the character of the race", "a broader swath of Republican voters").
    pub(super) fn impression_subject(&self, s: Sentence, b: usize) -> Option<usize> {
        let (mut a, _) = self.np_backward(b)?;
        for _ in 0..3 {
            let of = a >= s.start + 2 && self.is_word(a - 1) && PHRASE_PREPOSITIONS.contains(self.lower(a - 1));
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
        let subordinate =
            subject > 0 && self.is_word(subject - 1) && CLAUSE_SUBORDINATORS.contains(self.lower(subject - 1));
        (start + 1..stop)
            .find(|&k| {
                if self.st.in_quote[k] != 0 {
                    return false;
                }
                match self.punct(k) {
                    Some(':' | ';') => true,
                    Some('\u{2014}' | '\u{2013}' | '-') => !self.paired_dash(k, stop),
                    Some(',') if subordinate => true,
                    Some(',') => self.is_word(k + 1) && IMPRESSION_ENDERS.contains(self.lower(k + 1)),
                    _ => false,
                }
            })
            .unwrap_or(stop)
    }
}
