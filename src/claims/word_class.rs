//! word_class

use super::*;
use crate::lexicon::{self, *};

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
    /// and before "that" ("strategists fear that"). "plan" needs an infinitive after it.
    pub(super) fn noun_form_is_verb(&self, s: Sentence, hit: Hit) -> bool {
        let form = &self.forms[hit.form];
        let mut first = hit.first;
        while first > s.start && self.is_word(first - 1) && self.absorbed(first - 1) {
            first -= 1;
        }
        let next = self.is_word(hit.last + 1).then(|| self.lower(hit.last + 1));
        let infinitive = lexicon::INFINITIVE_ONLY.contains(&form.lemma.as_str());
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
            Some(_) => plural_form == matches!(prev, "he" | "she" | "it"),
            None => matches!(prev, "who" | "that" | "which") || QUANTIFIERS.contains(prev),
        };
        // "Roe plans to run": before an infinitive any noun phrase but a possessive one is a subject.
        let noun_subject = infinitive
            && !self.is_det(first - 1)
            && !STOP_WORDS.contains(prev)
            && !prev.ends_with("'s")
            && !prev.ends_with("\u{2019}s");
        subject || noun_subject || (!plural_form && prev.ends_with('s') && next == Some("that"))
    }

    /// Whether a word left of a cue joins it: an auxiliary, a negation, an adverb in -ly.
    pub(super) fn absorbed(&self, i: usize) -> bool {
        let w = self.lower(i);
        let time = |k: usize| self.is_word(k) && TIME_WORDS.contains(self.lower(k));
        AUXILIARIES.contains(w)
            || matches!(w, "however" | "meanwhile" | "though" | "always" | "ever" | "first")
            // "have both urged": a floating quantifier after an auxiliary.
            || (matches!(w, "both" | "all" | "each") && i > 0 && self.is_word(i - 1) && AUXILIARIES.contains(self.lower(i - 1)))
            // "Trump at the time said".
            || (i.saturating_sub(2)..=i).any(|a| {
                self.is_word(a + 2) && self.lower(a) == "at" && self.lower(a + 1) == "the" && self.lower(a + 2) == "time"
            })
            || (w.len() > 4 && w.ends_with("ly") && !self.lex.is_source_noun(w) && !self.is_cap(i))
            || time(i)
            || (matches!(w, "on" | "last" | "this" | "late" | "early") && time(i + 1))
            || self.ago(i)
    }

    /// Whether word `i` is in a span of time counted back ("less than two weeks ago", "a few days ago").
    pub(super) fn ago(&self, i: usize) -> bool {
        let part = |k: usize| {
            let w = self.lower(k);
            w.bytes().all(|c| c.is_ascii_digit())
                || matches!(
                    w,
                    "ago"
                        | "less"
                        | "more"
                        | "than"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "just"
                        | "only"
                        | "a"
                        | "an"
                        | "few"
                        | "several"
                        | "couple"
                        | "of"
                        | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "six"
                        | "seven"
                        | "eight"
                        | "nine"
                        | "ten"
                        | "minutes"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "years"
                        | "hour"
                        | "day"
                        | "week"
                        | "month"
                        | "year"
                        | "decade"
                        | "decades"
                )
        };
        (i..self.st.toks.len().min(i + 6)).take_while(|&k| self.is_word(k) && part(k)).any(|k| self.lower(k) == "ago")
    }
}
