//! Word class: whether a cue form the scan found is a verb here, decided once per sentence, before any
//! construction reads it; and how far a verb cue reaches left over the words it absorbs.
//!
//! A form a noun or an adjective shares gives no claim where the context shows that reading:
//! - a noun-like form ("support", "plans") is a verb only in a verb's context: "they support", "would back",
//!   "strategists fear that", "Roe plans to run" (`verb_hits`); elsewhere it neither attributes nor ends
//!   another claim's content;
//! - a capitalised cue inside a sentence is part of a name: "the State Department" (not in a title-case
//!   headline: "Bush Says He Will Stay");
//! - after a determiner or a possessive it is a noun: "a reply", "the FBI's report";
//! - a base form after a possessive or a noun that cannot be its subject is a noun: "his radio show";
//! - a participle between a preposition, a determiner or a number and a plural is an adjective: "a
//!   combination of pledged delegates", "300 pledged delegates";
//! - a base or third-person form before a verb of its own is a noun: "the jobs report has cleared", "the
//!   Kok report said";
//! - after a word of broadcasting it is a noun: "a reality TV show", "news reports";
//! - after a possessive, a plural is a noun and a participle before a noun an adjective: "in his remarks",
//!   "his favored provision".
//!
//! A verb cue absorbs the auxiliaries, negation, adverbs and words of time on its left: "did not rule
//! out", "has long said", "on Monday said", "two weeks ago said". A participle after a message that a verb
//! of publishing takes reaches back to that verb: "issued a statement saying", "sent out a letter this
//! week urging" are one cue, whose source is the verb's.

use super::{Hit, Reader};
use crate::lexicon::{
    self, ADJECTIVE_PREPOSITIONS, AGO_WORDS, AUXILIARIES, BROADCAST_WORDS, CONTRACTED_SUBJECTS, CUE_ADVERBS,
    DETERMINERS, FINITE_AUXILIARIES, FLOATING_QUANTIFIERS, LY_NOUNS, MESSAGE_NOUNS, POSSESSIVES,
    PREPOSITIONAL_CUE_FORMS, PUBLISHING_PARTICLES, PUBLISHING_VERBS, QUANTIFIERS, RELATIVE_WORDS, SINGULAR_QUANTIFIERS,
    SINGULAR_SUBJECTS, SOURCE_CUE_WORDS, STOP_WORDS, THIRD_PERSON_POSSESSIVES, TIME_ADJUNCT_OPENERS, TIME_WORDS,
    UNAMBIGUOUS_OBJECT_PRONOUNS, UNAMBIGUOUS_POSSESSIVES, VERB_LINKS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// The sentence's cue hits without the noun-like forms that the context shows to be nouns ("the
    /// support of", "his plans"): those neither attribute nor end another claim's content.
    pub(super) fn verb_hits(&self, s: Sentence, hits: &[Hit]) -> Vec<Hit> {
        hits.iter()
            .copied()
            .filter(|&h| !lexicon::is_noun_form(&self.forms[h.form]) || self.noun_form_is_verb(s, h))
            .collect()
    }

    /// Whether a noun-like cue form ("support", "plans", "fear") is a verb here: after an auxiliary or an
    /// adverb the cue absorbed ("would back", "also plans"), after a subject pronoun, a relative pronoun or a
    /// quantifier standing for people ("they support", "who fear", "most support"), or after a plural noun
    /// and before "that", a name, a determiner or a pronoun ("strategists fear that", "voters support the
    /// plan"). "plan" needs an infinitive after it.
    fn noun_form_is_verb(&self, s: Sentence, hit: Hit) -> bool {
        let form = &self.forms[hit.form];
        let first = self.absorbed_from(s, hit.first);
        let next = self.is_word(hit.last + 1).then(|| self.lower(hit.last + 1));
        let infinitive = lexicon::INFINITIVE_ONLY.contains(form.lemma.as_str());
        if infinitive && next != Some("to") {
            return false;
        }
        if first < hit.first {
            return true;
        }
        if first == s.start || !self.is_word(first - 1) {
            return false;
        }
        let prev = self.lower(first - 1);
        let plural_form = form.form != form.lemma;
        let subject = match lexicon::pronoun_kind(prev) {
            Some(_) => plural_form == SINGULAR_SUBJECTS.contains(prev),
            None => RELATIVE_WORDS.contains(prev) || QUANTIFIERS.contains(prev),
        };
        // "Roe plans to run": before an infinitive any noun phrase but a possessive one is a subject.
        let noun_subject = infinitive
            && !self.is_det(first - 1)
            && !STOP_WORDS.contains(prev)
            && !prev.ends_with("'s")
            && !prev.ends_with("\u{2019}s");
        // "strategists fear that C": after a plural noun, before "that"; "officials fear Europe is failing",
        // "voters support the plan": after a plural noun of people, before a name, a determiner or a pronoun
        // ("speeches offer a preview" offers nothing).
        let plural_subject = !plural_form
            && prev.ends_with('s')
            && !self.is_det(first - 1)
            && !STOP_WORDS.contains(prev)
            && (next == Some("that")
                || (self.lex.is_source_noun(prev)
                    && self.is_word(hit.last + 1)
                    && (self.is_cap(hit.last + 1)
                        || self.is_det(hit.last + 1)
                        || next.is_some_and(|w| lexicon::pronoun_kind(w).is_some()))));
        subject || noun_subject || plural_subject
    }

    /// Whether a cue hit that `verb_hits` kept is read as a verb here, so that it may attribute: not part of
    /// a name, not a noun or an adjective that shares its spelling. `headline` says whether the sentence is
    /// a title-case headline.
    pub(super) fn reads_as_verb(&self, s: Sentence, hit: Hit, headline: bool) -> bool {
        let form = &self.forms[hit.form];
        let lower_cue = form.form.as_str();
        // A capitalised cue inside a sentence is part of a name ("State Department"), unless it opens a
        // quotation, a parenthesis or what follows a colon ("(According to X, C.)").
        // In a headline, only a finite form no noun shares ("Says", "Denied", not "Claim", "Warning").
        let finite = lower_cue != form.lemma && !lower_cue.ends_with("ing");
        if hit.first > s.start
            && self.is_cap(hit.first)
            && !(headline && finite)
            && self.st.toks[hit.first - 1].kind != TokKind::Open
            && !matches!(self.punct(hit.first - 1), Some('(' | ':'))
        {
            return false;
        }
        let one_word = !lower_cue.contains(' ');
        let base = lower_cue == form.lemma;
        let participle = lower_cue.ends_with("ed");
        let finite_form = !participle && !lower_cue.ends_with("ing");
        !(self.determined(s, hit, lower_cue)
            || (base && one_word && self.modified_base(s, hit))
            || (participle && self.participle_adjective(s, hit, one_word))
            || (one_word && finite_form && self.noun_before_verb(s, hit, lower_cue))
            || (one_word && (base || lexicon::is_plural_of(lower_cue, &form.lemma)) && self.broadcast_noun(s, hit))
            || (one_word && self.after_possessive(s, hit, lower_cue))
            || (PREPOSITIONAL_CUE_FORMS.contains(lower_cue)
                && self.is_word(hit.last + 1)
                && self.lower(hit.last + 1) == "to"))
    }

    /// A determiner or a possessive before the cue makes it a noun ("a reply", "the FBI's report"), but for
    /// a quantifier that is its subject ("Several said").
    fn determined(&self, s: Sentence, hit: Hit, lower_cue: &str) -> bool {
        if hit.first <= s.start {
            return false;
        }
        let prev = self.lower(hit.first - 1);
        // "She's predicting" is a pronoun and its auxiliary, not a possessive.
        // (`trim_end_matches` with a string sets up a substring search each time: stripped by hand.)
        let mut stem = prev;
        while let Some(s) = stem.strip_suffix("'s") {
            stem = s;
        }
        while let Some(s) = stem.strip_suffix("’s") {
            stem = s;
        }
        let contraction = CONTRACTED_SUBJECTS.contains(stem);
        let possessive = (prev.ends_with("'s") || prev.ends_with("’s")) && !contraction;
        // "Several said": a quantifier before a verb form no noun shares is its subject.
        // "One says C": a singular quantifier takes no plural noun after it.
        let subject = QUANTIFIERS.contains(prev)
            && (!lower_cue.ends_with('s') || SINGULAR_QUANTIFIERS.contains(prev))
            && !lower_cue.ends_with("ing")
            && (hit.first < s.start + 2 || !self.is_det(hit.first - 2));
        let noun = self.is_det(hit.first - 1) && !THIRD_PERSON_POSSESSIVES.contains(prev);
        possessive || (noun && !subject)
    }

    /// "his radio show", "a talk show": a base form after a possessive, or after a singular noun that cannot
    /// be its subject, is a noun ("4 in 10 say", "those surveyed say", "say they" keep their verb).
    fn modified_base(&self, s: Sentence, hit: Hit) -> bool {
        if hit.first <= s.start || !self.is_word(hit.first - 1) {
            return false;
        }
        let prev = self.lower(hit.first - 1);
        let modifier = !self.is_cap(hit.first - 1)
            && !prev.ends_with('s')
            && !prev.ends_with("ly")
            && !prev.ends_with("ed")
            && !prev.bytes().all(|b| b.is_ascii_digit())
            && !UNAMBIGUOUS_OBJECT_PRONOUNS.contains(prev)
            && !(self.is_word(hit.last + 1) && self.opens_clause(hit.last + 1))
            && lexicon::pronoun_kind(prev).is_none()
            && !STOP_WORDS.contains(prev)
            && !AUXILIARIES.contains(prev)
            && !DETERMINERS.contains(prev)
            && !QUANTIFIERS.contains(prev)
            && !self.lex.is_source_noun(prev);
        POSSESSIVES.contains(prev) || modifier
    }

    /// "a combination of pledged delegates", "the alleged victims", "300 pledged delegates": a participle
    /// between a preposition, a determiner or a number and a plural noun is an adjective.
    fn participle_adjective(&self, s: Sentence, hit: Hit, one_word: bool) -> bool {
        if hit.first <= s.start || !self.is_word(hit.last + 1) || self.is_cap(hit.last + 1) {
            return false;
        }
        let prev = self.lower(hit.first - 1);
        let n = self.lower(hit.last + 1);
        let plural = one_word
            && (self.is_det(hit.first - 1) || ADJECTIVE_PREPOSITIONS.contains(prev))
            && n.len() > 3
            && n.ends_with('s')
            && !STOP_WORDS.contains(n)
            && !AUXILIARIES.contains(n);
        let counted = (self.word(hit.first - 1).bytes().all(|b| b.is_ascii_digit()) || QUANTIFIERS.contains(prev))
            && !self.is_det(hit.last + 1)
            && !STOP_WORDS.contains(n)
            && !AUXILIARIES.contains(n);
        plural || counted
    }

    /// "the jobs report has cleared", "a report that could raise": a base or third-person form before a
    /// verb of its own is the noun it shares a spelling with ("what he says is true" keeps its verb).
    fn noun_before_verb(&self, s: Sentence, hit: Hit, lower_cue: &str) -> bool {
        let finite = |k: usize| self.is_word(k) && FINITE_AUXILIARIES.contains(self.lower(k));
        let next = hit.last + 1;
        // "the Kok report said", "reports say": a verb of saying right after it is its own.
        let verb = finite(next)
            || (self.is_word(next) && VERB_LINKS.contains(self.lower(next)) && finite(next + 1))
            || (self.is_word(next) && SOURCE_CUE_WORDS.contains(self.lower(next)));
        // "which critics say is", "a provision that lawmakers believe is": a relative clause's verb
        // before its gap.
        let gap = (hit.first.saturating_sub(10).max(s.start)..hit.first)
            .any(|k| self.is_word(k) && lexicon::GAP_OPENERS.contains(self.lower(k)));
        let subject = hit.first > s.start && lexicon::pronoun_kind(self.lower(hit.first - 1)).is_some();
        verb && !subject && !gap && lower_cue != "said"
    }

    /// "a reality TV show", "news reports", "morning shows": after a word of broadcasting, a base or
    /// third-person form is the noun.
    fn broadcast_noun(&self, s: Sentence, hit: Hit) -> bool {
        if hit.first <= s.start {
            return false;
        }
        let prev = self.lower(hit.first - 1);
        BROADCAST_WORDS.contains(prev) && (prev == "tv" || !self.is_cap(hit.first - 1) || hit.first - 1 == s.start)
    }

    /// After a possessive ("her" may be an object, so not it), a plural is a noun ("in his remarks",
    /// "their claims") and a participle before a noun an adjective ("his favored provision").
    fn after_possessive(&self, s: Sentence, hit: Hit, lower_cue: &str) -> bool {
        if hit.first <= s.start || !UNAMBIGUOUS_POSSESSIVES.contains(self.lower(hit.first - 1)) {
            return false;
        }
        let noun_next = self.is_word(hit.last + 1)
            && !self.is_cap(hit.last + 1)
            && !STOP_WORDS.contains(self.lower(hit.last + 1))
            && !self.is_det(hit.last + 1);
        lower_cue.ends_with('s') || (lower_cue.ends_with("ed") && noun_next)
    }

    /// The first token of a verb cue at `hit`: "renewed its call for" joins the verb and the possessive, and
    /// the cue absorbs the words on its left that `absorbed` accepts.
    pub(super) fn cue_start(&self, s: Sentence, hit: Hit) -> usize {
        let mut first = hit.first;
        if first >= s.start + 2
            && THIRD_PERSON_POSSESSIVES.contains(self.lower(first - 1))
            && self.is_word(first - 2)
            && !self.is_cap(first - 2)
        {
            first -= 2;
        }
        self.absorbed_from(s, first)
    }

    /// "X issued a statement saying C", "sent out a letter this week urging C", "sent a text message to
    /// supporters saying C": a participle cue after a message that a verb of publishing takes reaches back
    /// to that verb, which is where its source and its cue begin. The verb's token, when `hit` is one.
    pub(super) fn message_reach(&self, s: Sentence, hit: Hit) -> Option<usize> {
        if !self.lower(hit.first).ends_with("ing") {
            return None;
        }
        // The message noun, before the adjuncts of time, place or hearer that may follow it.
        let noun = (hit.first.saturating_sub(8).max(s.start + 1)..hit.first).rev().find(|&k| {
            self.is_word(k) && MESSAGE_NOUNS.contains(self.lower(k)) && {
                let mut j = k + 1;
                while j < hit.first && self.is_word(j) && TIME_WORDS.contains(self.lower(j)) {
                    j += 1;
                }
                self.cue_adjuncts(j, hit.first, false).0 == hit.first
            }
        })?;
        let (first, _) = self.np_backward(noun)?;
        let mut verb = first.checked_sub(1)?;
        // "sent out a statement", "put out a release".
        if verb > s.start && PUBLISHING_PARTICLES.contains(self.lower(verb)) {
            verb -= 1;
        }
        (verb >= s.start && self.is_word(verb) && PUBLISHING_VERBS.contains(self.lower(verb))).then_some(verb)
    }

    /// Token `first` moved left over the words a cue absorbs, within sentence `s`.
    pub(super) fn absorbed_from(&self, s: Sentence, mut first: usize) -> usize {
        while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
            first -= 1;
        }
        first
    }

    /// Whether a word left of a cue joins it: an auxiliary, a negation, an adverb in -ly.
    pub(super) fn absorbed(&self, i: usize) -> bool {
        let w = self.lower(i);
        let time = |k: usize| self.is_word(k) && TIME_WORDS.contains(self.lower(k));
        AUXILIARIES.contains(w)
            || CUE_ADVERBS.contains(w)
            // "have both urged": a floating quantifier after an auxiliary.
            || (FLOATING_QUANTIFIERS.contains(w) && i > 0 && self.is_word(i - 1) && AUXILIARIES.contains(self.lower(i - 1)))
            // "Trump at the time said".
            || (i.saturating_sub(2)..=i).any(|a| {
                self.is_word(a + 2) && self.lower(a) == "at" && self.lower(a + 1) == "the" && self.lower(a + 2) == "time"
            })
            || (w.len() > 4
                && w.ends_with("ly")
                && !self.lex.is_source_noun(w)
                && !LY_NOUNS.contains(w)
                && !self.is_cap(i))
            || time(i)
            || (TIME_ADJUNCT_OPENERS.contains(w) && time(i + 1))
            || self.ago(i)
    }

    /// Whether word `i` is in a span of time counted back ("less than two weeks ago", "a few days ago").
    fn ago(&self, i: usize) -> bool {
        let part = |k: usize| {
            let w = self.lower(k);
            w.bytes().all(|c| c.is_ascii_digit()) || AGO_WORDS.contains(w)
        };
        (i..self.st.toks.len().min(i + 6)).take_while(|&k| self.is_word(k) && part(k)).any(|k| self.lower(k) == "ago")
    }
}
