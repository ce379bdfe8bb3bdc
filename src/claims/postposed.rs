//! The cue after its content: the content runs from the clause's start to the comma or quotation before
//! the source, and an interrupted content goes on after the cue.
//!
//! - postposed: "C, X said.", "C, analysts say; D", `"A," X said, "B."`, `"A," she said of the plan, "B."`,
//!   "The documents indicate, he said, that C", "A, he said, because B";
//! - inverted: "C, said X.", `"A," said X, "B."`, `"C," wrote one commenter`;
//! - inverted at the sentence's start: "Said Jane Roe, who grew up there, \"C\"", "Added Roe: C";
//! - a verb no lexicon lists after an opening quotation: `"Go back to Univision," Trump barked.`,
//!   `"No," she snapped, and left`.

use super::{Cue, CueOrigin, Draft, Hit, MediumPhrase, Reader, Reading, Src};
use crate::lexicon::{
    self, ADJUNCT_COMMA_OPENERS, ARTICLES, AUXILIARIES, BE_FORMS, COORDINATORS, CueClass, EXPLETIVE_VERBS, EXPLETIVES,
    FINITE_AUXILIARIES, INTRODUCTORY_PREPOSITIONS, MONTHS, POSTPOSED_ADJUNCT_OPENERS, POSTPOSED_SPEECH_ADJUNCT_OPENERS,
    QUOTE_VERB_FOLLOWERS, REASON_CONJUNCTIONS, RELATIVE_OPENERS, SCENE_OPENER_MODIFIERS, SCENE_OPENERS, STOP_WORDS,
    TIME_DETERMINERS, TIME_WORDS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// Whether what follows a verb cue and its source (token `after` on) leaves the content before them:
    /// nothing, a semicolon, an adjunct, or a comma that does not open a quotation. `before_src` is the
    /// comma or closing mark before the source, when there is one.
    pub(super) fn content_before(&self, c: &Cue, after: usize, before_src: Option<usize>) -> bool {
        let (s, end) = (c.s, c.end);
        // After a comma comes either more of the sentence around the claim or, when the source opens the
        // sentence, the quotation itself ("X said, \"C\"").
        let quote_follows = self.st.toks.get(after + 1).is_some_and(|t| t.kind == TokKind::Open);
        let that_follows = self.is_word(after) && self.lower(after) == "that";
        // `on "Morning Joe," Brzezinski asked`: a short title after a word is no quotation of the source's.
        let title = |b: usize| {
            self.st.quote_of(b).is_some_and(|q| {
                q.close <= q.open + 7 && q.open > s.start && self.is_word(q.open - 1) && !self.is_cap(q.open - 1)
            })
        };
        let quote_before =
            before_src.is_some_and(|b| self.st.toks[b].kind == TokKind::Close && !title(b)) && !that_follows;
        // "C, X said in posing the question": an adjunct after a postposed cue.
        // Not when a that-clause follows the adjunct ("told the audience at his fundraiser that C").
        let adjunct_after = before_src.is_some()
            && self.is_word(after)
            && (POSTPOSED_ADJUNCT_OPENERS.contains(self.lower(after))
                || (c.form.class == CueClass::Speech && POSTPOSED_SPEECH_ADJUNCT_OPENERS.contains(self.lower(after))))
            && !(after + 1..end.min(after + 15)).take_while(|&k| self.is_word(k)).any(|k| self.lower(k) == "that");
        // "As boos erupt, the executive says, \"Quiet down.\"": an opening subordinate clause is the writer's
        // scene, and the quotation the content.
        // "Asked whether C, she said, \"D\"", "Pressed on C, he replied: D": so is an opening participle clause.
        // "In a statement on Thursday, X said, \"D\"", "Last week, X said, \"D\"": and an opening phrase of place,
        // time or occasion.
        // "Soon after the vote, X said, \"D\"": a word of degree or measure may come before the opener.
        let modified = SCENE_OPENER_MODIFIERS.contains(self.lower(s.start)) && self.is_word(s.start + 1);
        let opener = self.lower(s.start + usize::from(modified));
        let scene = self.is_word(s.start)
            && (SCENE_OPENERS.contains(opener)
                || (opener.ends_with("ing") && s.start < c.span.0)
                || INTRODUCTORY_PREPOSITIONS.contains(opener)
                || TIME_WORDS.contains(opener)
                || TIME_DETERMINERS.contains(opener));
        // "C, analysts say; D": a semicolon ends the claim's clause, and "(C, X says)" a parenthesis.
        after >= end
            || (matches!(self.punct(after), Some(';' | ')')) && before_src.is_some())
            || quote_before
            || adjunct_after
            || (self.punct(after) == Some(',') && ((before_src.is_some() && !scene) || !quote_follows))
    }

    /// "C, X said." and `"A," X said, "B."`: the content before the comma or closing mark `b` before the
    /// source, and its second part after the cue.
    pub(super) fn postposed(
        &self,
        c: &Cue,
        src: Src,
        b: usize,
        after: usize,
        media: Vec<MediumPhrase>,
    ) -> Option<Draft> {
        if b == c.s.start {
            return None;
        }
        let content = self.content_around(c.s, b, after, c.end);
        Some(Draft { content, cue: c.span, origin: c.origin(), source: Some(src), media })
    }

    /// The content of a cue after it: from its clause's start (or, when the cue closes a parenthesis at
    /// `after`, from inside it: "ratings (at one point as low as 19%, Gutin says) hurt") to the comma or
    /// closing mark `b` before the cue's phrase, and its second part after the comma at `after`.
    pub(super) fn content_around(&self, s: Sentence, b: usize, after: usize, end: usize) -> Vec<(usize, usize)> {
        let mut from = self.clause_start(s.start, b);
        if self.punct(after) == Some(')')
            && let Some(o) = self.open_paren(from, b)
        {
            from = o + 1;
        }
        let mut content = vec![(from, self.before_punct(b))];
        content.extend(self.continuation(after, end, self.st.toks[from].kind == TokKind::Open));
        content
    }

    /// "C, said X" and `"A," said X, "B."`: the cue after a comma or quotation `b`, the source after it.
    pub(super) fn inverted(&self, c: &Cue, b: usize) -> Option<Draft> {
        let (s, cue, end) = (c.s, c.span, c.end);
        // `"C," wrote one commenter`: after a determiner, any noun heads the source.
        let (a, z) =
            self.np_forward(cue.1 + 1, end).or_else(|| self.hearer(cue.1 + 1, end).filter(|&(a, _)| self.is_det(a)))?;
        let w = self.lower(a);
        let pronoun = lexicon::pronoun_kind(w);
        if !(self.is_cap(a) || self.is_cap(z) || self.is_det(a) || pronoun.is_some() || self.can_head(a)) {
            return None;
        }
        // `"C," Jane Roe, D-Mass., said Tuesday`: a time after the cue is when, not who.
        if (a..=z).all(|k| !self.is_word(k) || TIME_WORDS.contains(self.lower(k)) || MONTHS.contains(self.lower(k))) {
            return None;
        }
        // "Ultimately, there will be, says Mr Donofrio, no value in it", "Often, said Mr Pearson, the data
        // was lost": a content cut after an auxiliary, or after its opening word alone, goes on after the
        // source, whose appositive, if an article opens one, ends at a comma ("The question is, said Roe, a
        // fellow, whether it works").
        let cut = b > s.start
            && self.is_word(b - 1)
            && (b - 1 == s.start
                || FINITE_AUXILIARIES.contains(self.lower(b - 1))
                || BE_FORMS.contains(self.lower(b - 1)));
        let (z, head) = match pronoun {
            Some(_) => (a, a),
            None if cut => {
                let article = self.is_word(z + 2) && ARTICLES.contains(self.lower(z + 2));
                let comma =
                    article.then(|| (z + 2..=self.appositive_after(z, end)).find(|&k| self.punct(k) == Some(',')));
                comma.flatten().map_or((z, z), |comma| (comma - 1, z))
            }
            None => (self.appositive_after(z, end), z),
        };
        let mut i = z + 1;
        // `X, citing "the polls," said the candidate could win`: a finite verb after the phrase makes it
        // the subject of the content, and the quotation before the cue part of an aside.
        if i < end && self.is_word(i) && FINITE_AUXILIARIES.contains(self.lower(i)) {
            return None;
        }
        let mut media = Vec::new();
        if let Some((after, m)) = self.after_cue(i, CueClass::Speech, end) {
            i = after;
            media = m;
        }
        if i < end && self.punct(i) != Some(',') && (self.st.toks[b].kind != TokKind::Close || pronoun.is_some()) {
            return None;
        }
        let src = Src { first: a, last: z, head, relative: None, pronoun };
        let content = self.content_around(s, b, i, end);
        Some(Draft { content, cue, origin: c.origin(), source: Some(src), media })
    }

    /// "Said Jane Roe, who grew up there, \"C\"", "Added Roe: C": an inverted cue of saying that opens its
    /// sentence, its source, then a comma or colon and the content.
    pub(super) fn opening_inverted(&self, c: &Cue) -> Reading {
        if c.form.class != CueClass::Speech || c.span.0 != c.s.start || c.participle {
            return Reading::Next;
        }
        Reading::only(self.inverted_at_start(c))
    }

    fn inverted_at_start(&self, c: &Cue) -> Option<Draft> {
        let end = c.end;
        let (a, z) = self.np_forward(c.hit.last + 1, end)?;
        if !(self.is_cap(a) || self.is_det(a)) {
            return None;
        }
        let last = self.appositive_after(z, end);
        let mut start = last + 1;
        if !matches!(self.punct(start), Some(',' | ':')) {
            return None;
        }
        start += 1;
        let stop = match self.st.quote_of(start).filter(|q| q.open == start && q.close < end) {
            Some(q) => q.close,
            None => end.checked_sub(1)?,
        };
        let src = Src { first: a, last, head: z, relative: None, pronoun: None };
        (stop > start).then(|| Draft {
            content: vec![(start, stop)],
            cue: c.span,
            origin: c.origin(),
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// `"Go back to Univision," Trump barked.`, `"No," she snapped, and left`: a quotation that opens its
    /// sentence and ends with a comma, question or exclamation mark, then a name or a pronoun and a verb in
    /// the past that no lexicon lists, then the sentence's end, a comma or a conjunction. Only the place
    /// makes the verb a cue, so the sentence must have no cue of its own.
    pub(super) fn quote_verb(&self, s: Sentence, hits: &[Hit]) -> Option<Draft> {
        if !hits.is_empty() || self.st.toks[s.start].kind != TokKind::Open {
            return None;
        }
        let q = self.st.quote_of(s.start)?;
        if self.st.toks[q.close].kind != TokKind::Close || !matches!(self.punct(q.close - 1), Some(',' | '?' | '!')) {
            return None;
        }
        let end = self.content_end(s);
        let (a, z) = self.np_forward(q.close + 1, end)?;
        let pronoun = lexicon::pronoun_kind(self.lower(a));
        if !(self.is_cap(a) || pronoun.is_some()) {
            return None;
        }
        let v = if pronoun.is_some() { a + 1 } else { z + 1 };
        if !self.is_word(v) {
            return None;
        }
        let w = self.lower(v);
        let verb =
            !self.is_cap(v) && w.len() > 3 && w.ends_with("ed") && !STOP_WORDS.contains(w) && !AUXILIARIES.contains(w);
        let after = v + 1 >= end
            || self.punct(v + 1) == Some(',')
            || (self.is_word(v + 1) && QUOTE_VERB_FOLLOWERS.contains(self.lower(v + 1)));
        if !verb || !after {
            return None;
        }
        let z = if pronoun.is_some() { a } else { z };
        Some(Draft {
            content: vec![(q.open, self.before_punct(q.close))],
            cue: (v, v),
            origin: CueOrigin::AfterQuotation,
            source: Some(Src { first: a, last: z, head: z, relative: None, pronoun }),
            media: Vec::new(),
        })
    }

    /// The second part of an interrupted content: after the comma at `after`, a quotation when the first
    /// part was one, or the rest of the sentence when it was not and the rest is not a participle.
    pub(super) fn continuation(&self, after: usize, end: usize, quoted: bool) -> Option<(usize, usize)> {
        if after >= end {
            return None;
        }
        let quotation = |start: usize| {
            let q = self.st.quote_of(start)?;
            Some((start, q.close.min(end.max(start + 1) - 1).max(start)))
        };
        // `"A," X said "B."`: a quotation straight after the cue, with no comma.
        // Not a title (`told NBC's "Today" on Monday`): the quotation ends the sentence. Not after a
        // relative clause (`said Roe, who thinks they "need C."`): the quotation is that clause's.
        if quoted && self.st.toks[after].kind == TokKind::Open {
            let q = self.st.quote_of(after)?;
            let last = (q.close + 1..end).all(|k| matches!(self.punct(k), Some('.' | '!' | '?')));
            let relative =
                (after.saturating_sub(8)..after).any(|k| self.is_word(k) && RELATIVE_OPENERS.contains(self.lower(k)));
            return (last && !relative).then(|| quotation(after)).flatten();
        }
        // `"A," she said of the plan, "B."`: an adjunct of the cue before the comma.
        let (after, adjunct) = match self.punct(after) {
            Some(',') => (after, false),
            _ => (self.adjunct_comma(after, end)?, true),
        };
        let start = after + 1;
        if start >= end {
            return None;
        }
        if self.st.toks[start].kind == TokKind::Open {
            return quotation(start);
        }
        let w = self.lower(start);
        // `"A," she said, and "B."`: a quotation the conjunction joins to the first.
        if quoted && COORDINATORS.contains(w) && self.st.toks.get(start + 1).is_some_and(|t| t.kind == TokKind::Open) {
            return quotation(start + 1).map(|(_, b)| (start, b));
        }
        // "The documents indicate, he said, that C", and after a quotation, `"A," he said, that C`.
        let start = if w == "that" && start + 1 < end {
            start + 1
        } else if adjunct {
            return None;
        } else if !quoted
            && REASON_CONJUNCTIONS.contains(w)
            && self.is_word(start + 1)
            && self.lower(start + 1) != "that"
        {
            // "A, he said, because B": the reason is part of what was said.
            start
        } else if quoted
            || !self.is_word(start)
            // "..., adding C" is a cue of its own; "..., spending will fall" is a subject.
            || (w.ends_with("ing")
                && !w.ends_with("thing")
                && !(self.is_word(start + 1) && AUXILIARIES.contains(self.lower(start + 1))))
            // "When she got inside, she said, there were no ballots": an expletive with its verb is a subject.
            || (STOP_WORDS.contains(w) && !AUXILIARIES.contains(w) && !self.expletive_subject(start))
        {
            return None;
        } else {
            start
        };
        // It ends where a content running forward would ("..., which he said would fall").
        let stop = self.forward_end(start, end, &[], true);
        (stop > start).then(|| (start, stop - 1))
    }

    /// Whether an expletive subject and its verb start at `i`: "there were", "there will be", "there seem
    /// to be", or a contraction that holds the verb ("it's").
    fn expletive_subject(&self, i: usize) -> bool {
        let w = self.lower(i);
        let verb = |v: &str| FINITE_AUXILIARIES.contains(v) || EXPLETIVE_VERBS.contains(v);
        EXPLETIVES.contains(w) && (w.contains(['\'', '\u{2019}']) || (self.is_word(i + 1) && verb(self.lower(i + 1))))
    }

    /// The comma that ends a short adjunct of the cue at `i` ("of the families", "in an interview
    /// afterward", "while visiting the plant"): words only, a few of them.
    pub(super) fn adjunct_comma(&self, i: usize, end: usize) -> Option<usize> {
        if !self.is_word(i) || !ADJUNCT_COMMA_OPENERS.contains(self.lower(i)) {
            return None;
        }
        (i + 1..end.min(i + 16))
            .take_while(|&k| self.is_word(k) || self.punct(k) == Some(','))
            .find(|&k| self.punct(k) == Some(','))
    }
}
