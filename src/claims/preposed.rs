//! The cue before its content: "X said (that) C", "X told Reuters C", "X said: C", and the verbs no lexicon
//! lists whose that-clause makes them cues.
//!
//! - the content after the cue, past a hearer, a medium and adjuncts: "X said Monday that C", "told the
//!   audience at his fundraiser that C", "said during a taping in Buffalo, New York, that C";
//! - the next paragraph after a colon: "In a speech last July, he said:" and the words below;
//! - a noun of attitude that joins a light verb: "expressed support for C", "offered kind words about C";
//! - an opening participle clause, whose source is the subject after its comma: "Noting C, Allen said";
//! - a verb no lexicon lists between a source and "that": "X acknowledges that C", "X has long maintained
//!   that C".
//!
//! What a content may not be: a topic ("talked about C"), an aspect verb's infinitive ("will continue to
//! raise money"), one function word or mark.

use super::{Cue, CueOrigin, Draft, Hit, MAX_SPAN, MediumPhrase, Reader, Reading, Src};
use crate::lexicon::{
    self, AUXILIARIES, BE_FORMS, CLAUSE_SUBORDINATORS, COORDINATORS, COUNT_MODIFIERS, CueClass, DETERMINERS,
    FINITE_AUXILIARIES, INDEFINITE_ARTICLES, INTRODUCTORY_PREPOSITIONS, LIGHT_NOUN_PREPOSITIONS, LIGHT_NOUNS,
    LIGHT_VERBS, MEDIUM_PARTICIPLES, NON_VERB_AUXILIARIES, QUANTIFIERS, QUESTION_WORDS, RELATIVE_WORDS, STOP_WORDS,
    THAT_ADJUNCT_OPENERS, TIME_WORDS, TOPIC_PREPOSITIONS, TRAILING_TIME_WORDS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// "Noting C, Allen said ...", "While saying C, he continued": an opening participle clause belongs to
    /// the subject after its comma, which later cues of the sentence share.
    pub(super) fn opening_participle(&self, c: &Cue, subject: &mut Option<Src>) -> Reading {
        let (s, hit, end) = (c.s, c.hit, c.end);
        let first = c.span.0;
        // "After saying C, X left", "Besides attacking X, Y praised Z": after a preposition too.
        let opens_clause = first == s.start
            || (first == s.start + 1
                && (STOP_WORDS.contains(self.lower(s.start))
                    || INTRODUCTORY_PREPOSITIONS.contains(self.lower(s.start))));
        if !(c.participle && opens_clause) {
            return Reading::Next;
        }
        let comma = (hit.last + 1..end.min(hit.last + MAX_SPAN))
            .find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(','));
        let Some((comma, (a, z))) = comma.and_then(|k| Some((k, self.np_forward(k + 1, end)?))) else {
            return Reading::NotACue;
        };
        let pronoun = lexicon::pronoun_kind(self.lower(a));
        let last = if pronoun.is_some() { a } else { z };
        let src = Src { first: a, last, head: last, relative: None, pronoun };
        *subject = Some(src);
        // "Writing on Facebook, the mayor said C", "Writing in the Post, Roe argued C": a clause of the cue's
        // adjuncts alone (where, through what) says nothing; its medium is the next cue's.
        if MEDIUM_PARTICIPLES.contains(c.lower()) && self.adjuncts_filling(hit.last + 1, comma).is_some() {
            return Reading::NotACue;
        }
        let start = hit.last + 1 + usize::from(self.is_word(hit.last + 1) && self.lower(hit.last + 1) == "that");
        Reading::only((comma > start).then(|| Draft {
            content: vec![(start, comma - 1)],
            cue: c.span,
            origin: c.origin(),
            source: Some(src),
            media: Vec::new(),
        }))
    }

    /// "In a speech last July, he said:" with nothing after the colon: the content is the next paragraph.
    pub(super) fn next_paragraph(&self, c: &Cue, src: Src, after: usize) -> Option<Draft> {
        let s = c.s;
        if after < c.end || self.punct(s.end - 1) != Some(':') {
            return None;
        }
        let next = s.end + 1;
        if !self.st.toks.get(s.end).is_some_and(|t| t.kind == TokKind::Para) || next >= self.st.toks.len() {
            return None;
        }
        let mut stop = (next..self.st.toks.len().min(next + MAX_SPAN))
            .find(|&k| self.st.toks[k].kind == TokKind::Para)
            .unwrap_or(self.st.toks.len().min(next + MAX_SPAN));
        while stop > next + 1 && matches!(self.punct(stop - 1), Some('.' | '!' | '?' | ',' | ';' | ':')) {
            stop -= 1;
        }
        Some(Draft {
            content: vec![(next, stop - 1)],
            cue: c.span,
            origin: c.origin(),
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// "X said (that) C": the content after the cue, which starts at or after token `after`.
    pub(super) fn preposed(&self, c: &Cue, src: Src, after: usize, media: Vec<MediumPhrase>) -> Option<Draft> {
        let (mut start, that) = self.content_start(c, after)?;
        let (form, end) = (c.form, c.end);
        // "expressed support for C", "offered kind words about C": a noun of attitude and its
        // preposition join the cue; what they are about is the content.
        // "shared her doubts about C" reports; "shared a meal with voters" does not: "share" needs a noun
        // of attitude in its object.
        if form.lemma == "share"
            && !(start..end.min(start + 4)).any(|k| self.is_word(k) && LIGHT_NOUNS.contains(self.lower(k)))
        {
            return None;
        }
        let mut cue = c.span;
        // Only after a light verb: "stressed bipartisan support for C" stresses the support itself.
        if !that
            && LIGHT_VERBS.contains(form.lemma.as_str())
            && let Some(p) = self.light_noun(start, end)
        {
            cue.1 = p;
            start = p + 1;
        }
        let mut stop = self.forward_end(start, end, c.next, matches!(form.class, CueClass::Speech | CueClass::Tell));
        if form.class == CueClass::Object {
            stop = self.object_end(start, stop);
        }
        // "Although the administration has argued that C, President Obama has deemed D": a source in the
        // subordinate clause that opens the sentence says what that clause holds, which ends at its first
        // comma. A conjunction may come first ("But while X said C, ...").
        let s = c.s;
        let opener = s.start + usize::from(self.is_word(s.start) && COORDINATORS.contains(self.lower(s.start)));
        if src.first == opener + 1 && self.is_word(opener) && CLAUSE_SUBORDINATORS.contains(self.lower(opener)) {
            stop = (start + 1..stop).find(|&k| self.st.in_quote[k] == 0 && self.punct(k) == Some(',')).unwrap_or(stop);
        }
        // "renewed its call for C, expressing D": a phrasal verb's object ends before a participle.
        if form.lemma.contains(' ') {
            stop = (start..stop)
                .find(|&k| {
                    self.st.in_quote[k] == 0
                        && self.punct(k) == Some(',')
                        && self.is_word(k + 1)
                        && !self.is_cap(k + 1)
                        && self.lower(k + 1).ends_with("ing")
                })
                .unwrap_or(stop);
        }
        // "released a statement through the SFX Sports Group with the news": adjuncts alone, no content.
        if stop <= start || self.adjuncts_filling(start, stop).is_some() {
            return None;
        }
        let opener = self.lower(start);
        // "talked about C" is no claim of this cue, but "said that over the years C" is, and so is "said
        // about half of them left": before a number, "about" makes the count approximate.
        let count = COUNT_MODIFIERS.contains(opener) && {
            let n =
                start + 1 + usize::from(self.is_word(start + 1) && INDEFINITE_ARTICLES.contains(self.lower(start + 1)));
            self.is_number(n)
        };
        if !that && self.is_word(start) && TOPIC_PREPOSITIONS.contains(opener) && !count {
            return None;
        }
        // "will continue to raise money": an aspect verb, not speech.
        if opener == "to" && lexicon::ASPECTUAL.contains(form.lemma.as_str()) {
            return None;
        }
        // A content of one function word or mark ("And", "—") is no content.
        if stop == start + 1 && (!self.is_word(start) || STOP_WORDS.contains(opener)) {
            return None;
        }
        Some(Draft { content: vec![(start, stop - 1)], cue, origin: c.origin(), source: Some(src), media })
    }

    /// Where a content after the cue starts, from token `after` on: past a comma or colon, words of time and
    /// an adjunct before "that", and past "that" (with whether there was one). `None` when what follows
    /// does not suit the cue: "continue" with no comma, colon, quotation or "that"; a verb that needs a
    /// clause or an infinitive without one.
    fn content_start(&self, c: &Cue, after: usize) -> Option<(usize, bool)> {
        let (form, end) = (c.form, c.end);
        // "continued the work", "continued campaigning": "continue" reports only what follows a comma, a
        // colon, a quotation or "that" ("Issa continued, \"C\"").
        let opens_words = matches!(self.punct(after), Some(',' | ':'))
            || self.st.toks.get(after).is_some_and(|t| t.kind == TokKind::Open)
            || (self.is_word(after) && self.lower(after) == "that");
        if form.lemma == "continue" && !opens_words {
            return None;
        }
        let mut start = after;
        if matches!(self.punct(start), Some(',' | ':')) {
            start += 1;
        }
        // "promised Monday to begin", "said on Thursday he C", "said last week C": a day before the content is
        // an adjunct.
        loop {
            let time = |k: usize| k < end && self.is_word(k) && TIME_WORDS.contains(self.lower(k));
            if time(start) {
                start += 1;
            } else if time(start + 1) && self.is_word(start) && TRAILING_TIME_WORDS.contains(self.lower(start)) {
                start += 2;
            } else {
                break;
            }
        }
        // "said during a taping in Buffalo, New York, that C", "told the audience at his fundraiser that C": an
        // adjunct, then "that" after a comma or after words alone.
        if self.is_word(start) && THAT_ADJUNCT_OPENERS.contains(self.lower(start)) {
            // The next cue ends the adjunct, unless a determiner makes it a noun ("said in a tweet that C").
            let next_verb = c.next.iter().find(|h| !(h.first > 0 && self.is_det(h.first - 1)));
            let limit = end.min(start + 30).min(next_verb.map_or(usize::MAX, |h| h.first));
            let that =
                (start + 2..limit).take_while(|&k| self.st.in_quote[k] == 0 && self.punct(k) != Some(';')).find(|&k| {
                    self.is_word(k)
                        && self.lower(k) == "that"
                        && (self.punct(k - 1) == Some(',') || (start..k).all(|j| self.is_word(j)))
                });
            if let Some(t) = that {
                start = t;
            }
        }
        // "realized the race would grind on", "knew the plan was flawed": a noun phrase and a finite verb are
        // a clause without "that". The phrase may take prepositional phrases and a superlative ("found the
        // most common approach around the world is C"), but no relative clause ("knew people who were").
        // Nor an infinitive, a subordinate clause or a pronoun's clause inside it ("is understood to have
        // been", "found as the name is", "find a site they can trust").
        let subject_and_verb = || {
            let opener = self.lower(start);
            let noun_phrase = self.is_word(start)
                && (self.is_det(start) || !STOP_WORDS.contains(opener))
                && lexicon::pronoun_kind(opener).is_none();
            let words = (start..end.min(start + 10)).take_while(|&k| {
                self.is_word(k) && {
                    let w = self.lower(k);
                    !(RELATIVE_WORDS.contains(w)
                        || QUESTION_WORDS.contains(w)
                        || COORDINATORS.contains(w)
                        || CLAUSE_SUBORDINATORS.contains(w)
                        || w == "to"
                        || lexicon::pronoun_kind(w).is_some())
                }
            });
            noun_phrase && words.skip(1).any(|k| FINITE_AUXILIARIES.contains(self.lower(k)))
        };
        if lexicon::CLAUSAL_ONLY.contains(form.lemma.as_str()) && !self.opens_clause(start) && !subject_and_verb() {
            return None;
        }
        if lexicon::INFINITIVE_COMPLEMENT.contains(form.lemma.as_str()) && !self.clause_or_infinitive(start, end) {
            return None;
        }
        // "said that was a mistake": a "that" before a verb is the subject, not the complementizer.
        let that = self.is_word(start)
            && self.lower(start) == "that"
            && !(self.is_word(start + 1)
                && AUXILIARIES.contains(self.lower(start + 1))
                && !NON_VERB_AUXILIARIES.contains(self.lower(start + 1)));
        Some((if that { self.after_that(start) } else { start }, that))
    }

    /// "X acknowledges that C" with a verb no lexicon lists: a verb (in -s or -ed, or after an
    /// auxiliary) between a source and "that" reports a proposition.
    pub(super) fn that_clauses(&self, s: Sentence, hits: &[Hit], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        let mut h = 0;
        for i in s.start + 2..end {
            // The word first: nearly every token fails it.
            if self.lower(i) != "that" || !self.is_word(i) || self.st.in_quote[i] != 0 {
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
            let first = self.absorbed_from(s, v);
            // After a form of "be" only a participle is a verb ("is clear that" is an adjective).
            // "is not clear that": the copula may stand before a negation or an adverb.
            let after_be = (first..v).any(|k| BE_FORMS.contains(self.lower(k)));
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
            let Some(src) = self.source_before(first - 1).filter(|x| {
                // "Pocket-sized devices that": a capitalised compound adjective is no name.
                let adjective =
                    self.word(x.head).split_once('-').is_some_and(|(_, b)| b.starts_with(char::is_lowercase));
                x.pronoun.is_some() || self.is_cap(x.head) && !adjective || self.lex.is_source_noun(self.lower(x.head))
            }) else {
                continue;
            };
            let start = self.after_that(i);
            let stop = self.forward_end(start, end, &[], true);
            if stop > start + 1 {
                out.push(Draft {
                    content: vec![(start, stop - 1)],
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
    fn light_noun(&self, a: usize, end: usize) -> Option<usize> {
        let mut k = a;
        while k < end.min(a + 5) && self.is_word(k) {
            let w = self.lower(k);
            if LIGHT_NOUNS.contains(w) {
                let p = k + 1;
                let prep = self.is_word(p) && LIGHT_NOUN_PREPOSITIONS.contains(self.lower(p));
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
