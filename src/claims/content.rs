//! Where a content ends: a content that runs forward from the cue stops at the first of these, and an
//! object content or a content before the cue has bounds of its own.
//!
//! - a semicolon; the close of the parenthesis it is in ("(She says C.) The leaders ...");
//! - the writer's aside after a dash: "... terrorists — a controversial proposal he has raised";
//! - the writer's closing comment: "..., a move that angered many", "..., who lost", "..., which angered
//!   him" (not a relative clause between the content's subject and its verb: "the talks, which began a
//!   decade ago, remained useful");
//! - the next cue's clause: "..., adding that", "X tweeted a photograph and said C", "42% say A, 32% call B"
//!   (not a base form after a modal or an infinitive: "says he'd sit Putin down and tell him C");
//! - a participle or a conjunction after a quotation's comma: `"New York values," stating ...`;
//! - a second predicate of the source: "called the merger a bad deal, and ranked her among the worst",
//!   "considers X a threat and has targeted";
//! - a clause of time: "said he was excited as he faced a test";
//! - an object content ends before an adjunct of time or of the occasion: "praised X in an interview";
//! - a content before the cue starts at its sentence's start, after a colon, or after a clause opener
//!   ("..., whereas C, according to X").

use super::{Hit, MAX_SPAN, Reader};
use crate::lexicon::{
    self, ARTICLES, ASKED_AFTER_QUOTE, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, CLAUSE_OPENING_WORDS,
    CLOSING_APPOSITIVE_OPENERS, CONTENT_ENDERS, CONTRAST_FOCUS_WORDS, COORDINATORS, FINITE_AUXILIARIES,
    INFINITIVE_PREPOSITIONS, INTRODUCTORY_PREPOSITIONS, LIST_CONJUNCTIONS, MODALS, MONTH_PARTS, NON_SUBJECT_OPENERS,
    OBJECT_ENDERS, OBJECT_MODIFIER_OPENERS, OCCASION_NOUNS, OCCASION_PREPOSITIONS_OF_OBJECT, RELATIVE_WORDS,
    STOP_WORDS, SUBORDINATORS, TIME_WORDS, VERB_OBJECT_PRONOUNS,
};
use crate::structure::TokKind;

impl<'r> Reader<'r> {
    /// The end of a content that runs forward from `start` (at most to `end`), as the module doc lists;
    /// `next` are the cues after the content's own. A content that is a `clause` of its own (a verb's
    /// that-clause) goes on over "and" and a past verb without a comma ("said the campaign opened X and
    /// has had Y").
    pub(super) fn forward_end(&self, start: usize, end: usize, next: &[Hit], clause: bool) -> usize {
        let end = end.min(start + MAX_SPAN);
        let mut paren = false;
        let mut i = start;
        while i < end {
            if let Some(q) = self.st.quote_of(i) {
                i = q.close.max(i) + 1;
                if self.ends_after_quotation(i, end, q.close, next) {
                    return i;
                }
                continue;
            }
            // "(She says C.) The leaders ...": the parenthesis the content is in closes.
            paren |= self.punct(i) == Some('(');
            if let Some(e) = self.mark_end(start, i, end, paren).or_else(|| self.clause_end(start, i, next, clause)) {
                return e;
            }
            i += 1;
        }
        end
    }

    /// Where a content after the "that" at `i` starts: past a comma that opens an adjunct ("said that,
    /// even if it rained, the roads were dry") or a quotation (`said that, "C"`). Before a conjunction, a
    /// participle or a last word, "that" is a pronoun and the comma stays: "denied that, saying C",
    /// "acknowledges that, but C", "rejected that, too".
    pub(super) fn after_that(&self, i: usize) -> usize {
        let a = i + 1;
        let open = |k: usize| self.st.toks.get(k).is_some_and(|t| t.kind == TokKind::Open);
        let adjunct = self.punct(a) == Some(',')
            && (open(a + 1)
                || (self.is_word(a + 1)
                    && self.is_word(a + 2)
                    && !COORDINATORS.contains(self.lower(a + 1))
                    && !self.ing_participle(a + 1)));
        a + usize::from(adjunct)
    }

    /// Whether the content ends at `i`, right after a quotation that closes at `close`: `"New York values,"
    /// stating ...`: a participle, a cue, a content ender or a "when asked" after a comma inside the closing
    /// mark. `"We'll see," when asked whether C`: the question is a claim of its own. So does the next
    /// cue's clause, as after a comma outside the marks: `They want to "create jobs," Sanders said.`
    fn ends_after_quotation(&self, i: usize, end: usize, close: usize, next: &[Hit]) -> bool {
        if i >= end || self.punct(close.saturating_sub(1)) != Some(',') || !self.is_word(i) {
            return false;
        }
        if self.next_cue_clause(close, next) {
            return true;
        }
        if self.is_cap(i) {
            return false;
        }
        let w = self.lower(i);
        let asked = ASKED_AFTER_QUOTE.contains(w) && self.is_word(i + 1) && self.lower(i + 1) == "asked";
        (w.ends_with("ing") && w.len() > 5) || cue_at(next, i) || CONTENT_ENDERS.contains(w) || asked
    }

    /// Where the content ends at a mark `i`: a semicolon, a closing parenthesis it did not open (before a
    /// full stop inside it), a dash before a determiner that opens the writer's aside, and a comma before
    /// the writer's closing appositive that runs to the sentence's end. `paren`: an opening parenthesis
    /// came since the content's start.
    fn mark_end(&self, start: usize, i: usize, end: usize, paren: bool) -> Option<usize> {
        let dash = self.is_dash(i);
        if self.punct(i) == Some(';') {
            return Some(i);
        }
        if self.punct(i) == Some(')') && !paren {
            return Some(if i > start + 1 && matches!(self.punct(i - 1), Some('.' | '!' | '?')) { i - 1 } else { i });
        }
        if dash && i > start && self.is_det(i + 1) && !self.paired_dash(i, end) {
            // "--" is two tokens: the content ends before the first.
            let mut d = i;
            while d > start + 1 && self.is_dash(d - 1) {
                d -= 1;
            }
            return Some(d);
        }
        // "..., a move that angered many", "..., the first in years", "..., who lost": the writer's closing
        // comment on what was said, an appositive that runs to the end of the sentence.
        let closing = self.punct(i) == Some(',')
            && self.is_word(i + 1)
            && CLOSING_APPOSITIVE_OPENERS.contains(self.word(i + 1))
            && (i + 2..end).all(|k| self.st.in_quote[k] != 0 || !matches!(self.punct(k), Some(',' | ';')))
            && !self.closes_opening_adjunct(start, i);
        closing.then_some(i)
    }

    /// Whether the comma at `i` closes the subordinate clause or adjunct that opens the content at `start`
    /// ("said that when it rained, the roads flooded", "said that despite the rain, the roads were dry",
    /// "said that, even if it rained, the roads were dry"): the content's main clause comes after it.
    fn closes_opening_adjunct(&self, start: usize, i: usize) -> bool {
        let adjunct = start > 1 && self.punct(start - 1) == Some(',') && self.lower(start - 2) == "that";
        let opener = |w: &str| SUBORDINATORS.contains(w) || INTRODUCTORY_PREPOSITIONS.contains(w);
        ((self.is_word(start) && opener(self.lower(start))) || adjunct)
            && (start..i).all(|k| self.punct(k) != Some(','))
    }

    /// Where the content ends at word or comma `i` because another clause starts: the next cue's, a
    /// content ender's, a second predicate of the source's, a clause of time.
    fn clause_end(&self, start: usize, i: usize, next: &[Hit], clause: bool) -> Option<usize> {
        // Before the comma or conjunction at `i`.
        let before = || if self.punct(i - 1) == Some(',') { i - 1 } else { i };
        if self.punct(i) == Some(',') && self.is_word(i + 1) && !self.is_cap(i + 1) {
            let w = self.lower(i + 1);
            // "said A, but that B": a second that-clause of the same verb goes on with the content; so does
            // a second predicate of its subject in a form of "be" ("said prices fell, but were up on the
            // year"; "but did not elaborate" and "but would not say" are the source's).
            // "said A, but not B", "said not only A, but also B": a contrast inside the content, too.
            let second_clause = w == "but"
                && self.is_word(i + 2)
                && (self.lower(i + 2) == "that"
                    || BE_FORMS.contains(self.lower(i + 2))
                    || CONTRAST_FOCUS_WORDS.contains(self.lower(i + 2)));
            // A participle after the comma goes on with the content ("said the campaign recovered,
            // coming from behind") unless it is a cue of its own ("..., adding that").
            if cue_at(next, i + 1) || (CONTENT_ENDERS.contains(w) && !second_clause && !self.inside_subject(i)) {
                return Some(i);
            }
        }
        if i == start {
            return None;
        }
        let conjunction = self.is_word(i) && COORDINATORS.contains(self.lower(i));
        if (self.punct(i) == Some(',') || conjunction)
            && self.next_cue_clause(i, next)
            && !self.base_after(start, i, next)
        {
            return Some(before());
        }
        // "some say A - an old favorite - others say B": the next cue's clause, with a subject, after a
        // closed aside ("the four of them - A, B and C - knew" goes on: the verb is the content's).
        let subject_and_cue = || !cue_at(next, i + 1) && self.next_cue_clause(i, next);
        if let Some(d) = self.closes_dash_aside(start, i).filter(|_| subject_and_cue()) {
            return Some(d);
        }
        // "called the merger a bad deal, and ranked her among the worst": after a comma, a past verb is
        // a second predicate of the source; without the comma it is one only when the content is no
        // clause of its own ("vowed to keep it legal and celebrated the ruling").
        if self.is_word(i) && self.lower(i) == "and" && self.is_word(i + 1) && !self.is_cap(i + 1) {
            let w = self.lower(i + 1);
            let past = past_form(w);
            // "called it a disgrace and likened it to X": a verb with an object pronoun of its own is the
            // source's next predicate, even after a clause.
            let object = self.is_word(i + 2)
                && VERB_OBJECT_PRONOUNS.contains(self.lower(i + 2))
                && (past || (w.len() > 3 && w.ends_with('s')));
            if (past && (self.punct(i - 1) == Some(',') || !clause)) || object {
                return Some(before());
            }
        }
        // "said he was excited as he faced a test": a clause of time after the content.
        if i > start + 1
            && self.is_word(i)
            && self.lower(i) == "as"
            && self.is_word(i + 1)
            && lexicon::pronoun_kind(self.lower(i + 1)).is_some()
        {
            return Some(before());
        }
        // "considers X a threat and has targeted": a second predicate of the source, unless the
        // content is a clause with a subject of its own ("said the campaign opened X and has had Y").
        let predicate = !clause
            && conjunction
            && self.is_word(i + 1)
            && AUXILIARIES.contains(self.lower(i + 1))
            && self.lower(i + 1) != "to";
        predicate.then(before)
    }

    /// Whether the relative clause after the comma at `i` interrupts the content's subject: it closes with a
    /// comma and the subject's verb follows ("said the talks, which began a decade ago, remained useful",
    /// "found that the entities, which include trusts, are still his").
    fn inside_subject(&self, i: usize) -> bool {
        if !RELATIVE_WORDS.contains(self.lower(i + 1)) {
            return false;
        }
        let Some(close) = (i + 2..i + 25).find(|&k| !self.is_word(k)) else { return false };
        let w = if self.is_word(close + 1) { self.lower(close + 1) } else { "" };
        let past = past_form(w);
        self.punct(close) == Some(',') && (FINITE_AUXILIARIES.contains(w) || past)
    }

    /// Whether the cue right after the conjunction at `i` is in its base form after a modal or an
    /// infinitive in the content since `start`: a second verb of the content ("says he'd sit Putin down and
    /// tell him C", "urged them to stay and say C"), not the source's.
    fn base_after(&self, start: usize, i: usize, next: &[Hit]) -> bool {
        let Some(h) = next.iter().find(|h| h.first == i + 1) else { return false };
        let form = &self.forms[h.form];
        form.form == form.lemma
            && (start..i).any(|k| {
                self.is_word(k) && {
                    let w = self.lower(k);
                    MODALS.contains(w) || INFINITIVE_PREPOSITIONS.contains(w) || lexicon::is_modal_contraction(w)
                }
            })
    }

    /// Whether the comma or conjunction at `i` is followed by the next cue's clause: "X tweeted a photograph
    /// and said C", "42% say A, 32% call B", "... and 60 percent said": a short subject, then the cue. Not
    /// "A and that she expects B", a second clause of this content, nor words that open with a function
    /// word and so are no subject ("..., despite their claims", "but also because he denied").
    fn next_cue_clause(&self, i: usize, next: &[Hit]) -> bool {
        if self.is_word(i + 1) && self.lower(i + 1) == "that" {
            return false;
        }
        // A cue after an article is a noun ("..., a recount of the vote could not be done"); one after a
        // possessive is a noun cue of its own ("..., and his call for C").
        let article = |c: usize| self.is_word(c - 1) && ARTICLES.contains(self.lower(c - 1));
        let following = next.get(next.partition_point(|h| h.first <= i)).map(|h| h.first).filter(|&c| !article(c));
        let subject = |c: usize| {
            let w = self.lower(i + 1);
            c == i + 1 || w == "and" || !(STOP_WORDS.contains(w) || NON_SUBJECT_OPENERS.contains(w))
        };
        following.filter(|&c| c <= i + 6 && subject(c)).is_some_and(|c| (i + 1..c).all(|k| self.is_word(k)))
    }

    /// Where the dash at `i` starts ("--" is two tokens) when it closes an aside that a dash after `start`
    /// opened.
    fn closes_dash_aside(&self, start: usize, i: usize) -> Option<usize> {
        if !self.is_dash(i) || self.is_dash(i + 1) {
            return None;
        }
        let mut d = i;
        while d > start && self.is_dash(d - 1) {
            d -= 1;
        }
        // Not an aside that opens the content ("indicate that — at least for now — Republicans seem").
        (start + 1..d).any(|k| self.is_dash(k) && !self.is_dash(k - 1)).then_some(d)
    }

    /// Whether the dash at `i` opens an aside that another dash closes a few words on ("a bigger stage --
    /// the DNC -- to counterbalance"): the content goes on past it.
    pub(super) fn paired_dash(&self, i: usize, end: usize) -> bool {
        let mut k = i + 1;
        while self.is_dash(k) {
            k += 1;
        }
        (k..end.min(k + 12)).take_while(|&j| self.is_word(j) || self.is_dash(j)).any(|j| self.is_dash(j) && j + 1 < end)
    }

    /// The end of an object content: before a comma that is not a list's, an adjunct of time or an
    /// adjunct that says where it was said ("praised X in an interview"); other prepositional phrases,
    /// relative clauses and coordinated objects stay ("accused X of Y", "talked about a group who ...").
    pub(super) fn object_end(&self, start: usize, stop: usize) -> usize {
        let mut i = start + 1;
        let mut commas = 0;
        while i < stop {
            if let Some(q) = self.st.quote_of(i) {
                i = q.close + 1;
                continue;
            }
            // "charged X with murder, and Y fired Z": ", and" with no list before it opens a new clause.
            let clause = commas == 0 && self.is_word(i + 1) && COORDINATORS.contains(self.lower(i + 1));
            // "praised the mayor, whose plan won", "..., including X": the object's own modifier.
            let modifier = self.is_word(i + 1) && OBJECT_MODIFIER_OPENERS.contains(self.lower(i + 1));
            if matches!(self.punct(i), Some(';' | ':' | '(' | '\u{2014}'))
                || (self.punct(i) == Some(',') && (clause || !(modifier || self.in_list(i, stop))))
            {
                return i;
            }
            commas += usize::from(self.punct(i) == Some(','));
            if self.is_word(i) && OBJECT_ENDERS.contains(self.lower(i)) {
                return i;
            }
            // "criticized X by citing a poll", "praised X as he left": how or when, not what.
            if self.is_word(i) && self.is_word(i + 1) {
                let (w, n) = (self.lower(i), self.lower(i + 1));
                let subject = lexicon::pronoun_kind(n).is_some();
                if (w == "by" && self.ing_participle(i + 1)) || (w == "as" && subject) {
                    return i;
                }
            }
            // "praised X in an interview", "on Twitter", "on Monday": where or when it was said; "backed the
            // mayor in the primary" keeps its adjunct.
            if self.is_word(i)
                && OCCASION_PREPOSITIONS_OF_OBJECT.contains(self.lower(i))
                && (self.is_word(i + 1) && TIME_WORDS.contains(self.lower(i + 1))
                    || self.occasion(i + 1, stop)
                    || self.np_forward(i + 1, stop).is_some_and(|(a, b)| self.is_media(a, b)))
            {
                return i;
            }
            i += 1;
        }
        stop
    }

    /// Whether the phrase at `a` (after "in" or "on") says when or on what occasion something was said:
    /// a month ("December", "early June"), a gerund ("in answering"), or a phrase headed within a few words
    /// by an occasion noun ("a tweet", "his opening statement", "the fifth Republican debate").
    pub(super) fn occasion(&self, a: usize, stop: usize) -> bool {
        if !self.is_word(a) || a >= stop {
            return false;
        }
        let w = self.lower(a);
        if self.month(a) || (MONTH_PARTS.contains(w) && self.month(a + 1)) {
            return true;
        }
        if self.ing_participle(a) {
            return true;
        }
        if !self.is_det(a) {
            return false;
        }
        // The occasion noun ends its phrase: "a tweet on Sunday", "a tweet Tuesday", not "a tweet storm".
        let ends = |k: usize| {
            !self.is_word(k + 1) || STOP_WORDS.contains(self.lower(k + 1)) || TIME_WORDS.contains(self.lower(k + 1))
        };
        (a + 1..stop.min(a + 5))
            .take_while(|&k| self.is_word(k) && !STOP_WORDS.contains(self.lower(k)))
            .any(|k| OCCASION_NOUNS.contains(self.lower(k)) && ends(k))
    }

    /// Whether the comma at `i` separates the items of a list that "and" or "or" soon closes ("cite jobs,
    /// safety and housing").
    pub(super) fn in_list(&self, i: usize, stop: usize) -> bool {
        (i + 1..stop.min(i + 12))
            .take_while(|&k| self.is_word(k) || self.punct(k) == Some(','))
            .any(|k| self.is_word(k) && LIST_CONJUNCTIONS.contains(self.lower(k)))
    }

    /// Where a content before the cue starts: the sentence start, after a colon, or after a comma and a
    /// clause opener ("..., whereas C, according to X"); a semicolon joins the parts of one content.
    pub(super) fn clause_start(&self, start: usize, stop: usize) -> usize {
        // A quotation that ends right before the cue and opens its own clause is the whole content
        // (`"A," she said, but "B," said Kunin`).
        let last = stop.saturating_sub(1);
        if let Some(q) = self.st.quote_of(last).filter(|q| q.close >= last && q.open > start)
            && !self.is_word(q.open - 1)
        {
            return q.open;
        }
        let start = start.max(stop.saturating_sub(MAX_SPAN));
        let start = self.after_dateline(start).filter(|&d| d < stop).unwrap_or(start);
        let mut from = start;
        for i in start..stop.saturating_sub(1) {
            if self.st.in_quote[i] != 0 {
                continue;
            }
            if self.punct(i) == Some(',') && self.is_word(i + 1) && CLAUSE_OPENERS.contains(self.lower(i + 1)) {
                from = i + 2;
            } else if self.punct(i) == Some(':') {
                // "His final assessment: \"C,\" he said."
                from = i + 1;
            }
        }
        from
    }

    /// Where the text starts after the dateline that opens a paragraph at `start`: "WASHINGTON (AP) — C",
    /// "BEIRUT, Lebanon — C": words in capitals (and a country after a comma), an agency in parentheses,
    /// then a dash.
    fn after_dateline(&self, start: usize) -> Option<usize> {
        if start > 0 && self.st.toks[start - 1].kind != TokKind::Para {
            return None;
        }
        let capitals = |k: usize| {
            self.is_word(k)
                && self.word(k).chars().any(char::is_alphabetic)
                && self.word(k).chars().all(|c| !c.is_lowercase())
        };
        let mut k = start;
        while k < start + 6 && capitals(k) {
            k += 1;
        }
        if k == start {
            return None;
        }
        // "BEIRUT, Lebanon": the country after the city.
        if self.punct(k) == Some(',') && self.is_word(k + 1) && self.is_cap(k + 1) {
            k += 2;
        }
        if self.punct(k) == Some('(') {
            k = (k + 1..k + 5).find(|&j| self.punct(j) == Some(')'))? + 1;
        }
        if !self.is_dash(k) {
            return None;
        }
        while self.is_dash(k) {
            k += 1;
        }
        Some(k)
    }

    /// Whether token `i` opens a clause or a quotation: "that", a question word, or a subject pronoun
    /// followed by its verb ("felt he could win", not "felt it") or joined to it ("say they'll shift").
    pub(super) fn opens_clause(&self, i: usize) -> bool {
        if self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Open) {
            return true;
        }
        let w = self.lower(i);
        self.is_word(i)
            && (CLAUSE_OPENING_WORDS.contains(w)
                || ((lexicon::pronoun_kind(w).is_some() || w == "there") && self.is_word(i + 1))
                || lexicon::is_contracted_pronoun(w))
    }

    /// Whether a clause or an infinitive, maybe after its own short subject, starts at `i` ("that C", "to
    /// win", "rates to rise", "the bank to act").
    pub(super) fn clause_or_infinitive(&self, i: usize, end: usize) -> bool {
        self.opens_clause(i)
            || (i..end.min(i + 6))
                .take_while(|&k| self.is_word(k) && (k == i || !STOP_WORDS.contains(self.lower(k))))
                .any(|k| self.lower(k) == "to")
    }
}

/// Whether the lowercase word `w` looks like a past form that is a verb ("ranked", "remained"): five
/// letters or more in "-ed", no stop word.
fn past_form(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && !STOP_WORDS.contains(w)
}

/// Whether one of the cues `next` starts at token `i`: any of them, not only the next, can open the next
/// claim ("told X that A agrees and said B").
fn cue_at(next: &[Hit], i: usize) -> bool {
    next.binary_search_by_key(&i, |h| h.first).is_ok()
}

#[cfg(test)]
mod tests {
    use crate::claims::Hit;
    use crate::claims::reader::Sample;

    /// A content that runs forward from the first token reading `from` to the end of the sentence, with
    /// later cues at the tokens reading `cues` (the `n`-th of them, from 0), each with the lexicon's form;
    /// `clause`: the content is a clause of its own.
    fn forward(text: &'static str, from: &str, cues: &[(&str, usize)], clause: bool) -> &'static str {
        let t = Sample::new(text);
        let r = t.reader();
        let form = |w: &str| r.forms.iter().position(|f| f.form == w).expect("a cue form");
        let next: Vec<Hit> =
            cues.iter().map(|&(w, n)| Hit { first: t.nth(w, n), last: t.nth(w, n), form: form(w) }).collect();
        let a = t.at(from);
        t.until(a, r.forward_end(a, r.content_end(t.sentence()), &next, clause))
    }

    /// An object content from the first token reading `from`.
    fn object(text: &'static str, from: &str) -> &'static str {
        let t = Sample::new(text);
        let r = t.reader();
        let a = t.at(from);
        t.until(a, r.object_end(a, r.content_end(t.sentence())))
    }

    /// A content before the first token reading `cue`, from where its clause starts.
    fn before(text: &'static str, cue: &str) -> &'static str {
        let t = Sample::new(text);
        let c = t.at(cue);
        t.until(t.reader().clause_start(t.sentence().start, c), c)
    }

    #[test]
    fn a_mark_ends_a_content_a_semicolon_a_parenthesis_a_dash_and_a_closing_appositive() {
        assert_eq!(
            forward("He said the plan would fail; the vote was rigged.", "the", &[], true),
            "the plan would fail"
        );
        let cry = forward("(She says the photo would have made her cry.) The leaders stayed away.", "the", &[], true);
        assert_eq!(cry, "the photo would have made her cry");
        let dash = forward("She said she would not do it \u{2014} a proposal she has raised before.", "she", &[], true);
        assert_eq!(dash, "she would not do it");
        let jobs = forward("She said the plant would cut 3,000 jobs, a move that angered the union.", "the", &[], true);
        assert_eq!(jobs, "the plant would cut 3,000 jobs");
    }

    #[test]
    fn an_aside_inside_the_content_does_not_end_it() {
        let t = "She said she took her message to a bigger stage -- the convention -- to reach more voters.";
        assert_eq!(
            forward(t, "she", &[], true),
            "she took her message to a bigger stage -- the convention -- to reach more voters"
        );
        let idea = forward("She said the plan, a bold idea, would work.", "the", &[], true);
        assert_eq!(idea, "the plan, a bold idea, would work");
        // After an opening subordinate clause, the comma opens no closing appositive.
        let rained = forward("She said that when it rained, the roads flooded.", "when", &[], true);
        assert_eq!(rained, "when it rained, the roads flooded");
    }

    #[test]
    fn the_next_cue_ends_a_content_after_a_comma_or_a_short_subject() {
        let t = "She said the plan would fail, adding that the vote was rigged.";
        assert_eq!(forward(t, "the", &[("adding", 0)], true), "the plan would fail");
        // A participle that is no cue goes on with the content.
        assert_eq!(forward(t, "the", &[], true), "the plan would fail, adding that the vote was rigged");
        let t = "She told Reuters that she believes the plan will work and said the vote was fair.";
        assert_eq!(forward(t, "she", &[("believes", 0), ("said", 0)], true), "she believes the plan will work");
        let t = "She said the plan failed, and 60 percent said it would.";
        assert_eq!(forward(t, "the", &[("said", 1)], true), "the plan failed");
        // Words that open with a function word are no subject of the next cue.
        let t = "She said the group has not changed, despite the call for change.";
        assert_eq!(forward(t, "the", &[], true), "the group has not changed, despite the call for change");
    }

    #[test]
    fn a_second_that_clause_goes_on_and_the_writers_clause_after_but_ends_it() {
        let t = "She said the border must be secured, but that she would not back it.";
        assert_eq!(forward(t, "the", &[], true), "the border must be secured, but that she would not back it");
        let t = "She said the border must be secured, but few voters agree.";
        assert_eq!(forward(t, "the", &[], true), "the border must be secured");
    }

    #[test]
    fn a_second_predicate_of_the_source_ends_a_content_that_is_no_clause_of_its_own() {
        let t = "She called the merger a bad deal, and ranked her among the worst.";
        assert_eq!(forward(t, "the", &[], false), "the merger a bad deal");
        let t = "She vowed to keep it legal and celebrated the ruling.";
        assert_eq!(forward(t, "to", &[], false), "to keep it legal");
        assert_eq!(forward(t, "to", &[], true), "to keep it legal and celebrated the ruling");
        let t = "She said the ministry raised taxes and cut spending.";
        assert_eq!(forward(t, "the", &[], true), "the ministry raised taxes and cut spending");
        // A clause of time ends it.
        assert_eq!(forward("She said she was excited as she faced the vote.", "she", &[], true), "she was excited");
    }

    #[test]
    fn a_participle_after_a_quotations_comma_ends_the_content() {
        assert_eq!(forward("She said \"New York values,\" stating it twice.", "\"", &[], true), "\"New York values,\"");
    }

    #[test]
    fn an_object_ends_before_a_closing_comma_a_means_and_the_occasion_it_was_said_on() {
        assert_eq!(object("She praised the mayor, a longtime ally of the party.", "the"), "the mayor");
        assert_eq!(object("She praised the mayor, and the council voted the plan down.", "the"), "the mayor");
        assert_eq!(object("She criticized the plan by holding up a poll of voters.", "the"), "the plan");
        assert_eq!(object("She praised the mayor as he left.", "the"), "the mayor");
        assert_eq!(object("She praised the mayor at the rally.", "the"), "the mayor");
        assert_eq!(object("She praised the mayor in an interview.", "the"), "the mayor");
        assert_eq!(object("She criticized the plan in a tweet on Sunday.", "the"), "the plan");
        assert_eq!(object("She described the wall in December.", "the"), "the wall");
        assert_eq!(object("She praised the mayor on Monday.", "the"), "the mayor");
    }

    #[test]
    fn an_object_keeps_its_list_its_prepositional_phrases_and_its_predicate() {
        let list = object("Residents cite jobs, safety and housing as top concerns.", "jobs");
        assert_eq!(list, "jobs, safety and housing as top concerns");
        assert_eq!(
            object("She praised the mayor, the council, and the governor.", "the"),
            "the mayor, the council, and the governor"
        );
        assert_eq!(object("She backed the mayor in the primary.", "the"), "the mayor in the primary");
        assert_eq!(
            object("She accused the ministry of a breach of trust.", "the"),
            "the ministry of a breach of trust"
        );
        assert_eq!(object("She described the mayor as a weak leader.", "the"), "the mayor as a weak leader");
        // An occasion noun ends its phrase: "a tweet storm" is no occasion.
        assert_eq!(object("She criticized the plan in a tweet storm.", "the"), "the plan in a tweet storm");
    }

    #[test]
    fn a_content_before_the_cue_starts_after_a_clause_opener_a_colon_or_at_a_quotation() {
        assert_eq!(before("Turnout was high, whereas prices fell, according to Reuters.", "according"), "prices fell,");
        assert_eq!(before("His verdict: prices fell, he said.", "he"), "prices fell,");
        assert_eq!(before("His final assessment: \"We won,\" he said.", "he"), "\"We won,\"");
        // A semicolon joins the parts of one content.
        assert_eq!(before("Prices fell; turnout was high, he said.", "he"), "Prices fell; turnout was high,");
    }

    #[test]
    fn a_clause_opens_with_that_a_question_word_or_a_subject_and_its_verb() {
        let t = Sample::new(
            "She felt he could win, she felt it, she asked how, she expects rates to rise and hopes to win",
        );
        let (r, end) = (t.reader(), t.sentence().end);
        assert!(r.opens_clause(t.at("he")));
        assert!(r.opens_clause(t.at("how")));
        // A pronoun that is an object opens none.
        assert!(!r.opens_clause(t.at("it")));
        // An infinitive, maybe after its own short subject.
        assert!(r.clause_or_infinitive(t.at("rates"), end));
        assert!(r.clause_or_infinitive(t.nth("to", 1), end));
        assert!(!r.clause_or_infinitive(t.at("could"), end));
    }
}
