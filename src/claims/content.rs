//! content

use super::*;
use crate::lexicon::{self, *};

impl<'r> Reader<'r> {
    /// The end of a content that runs forward from `start`: the sentence end, or before a cue after a
    /// comma ("..., adding"), a participle after a quotation's comma, a coordinated predicate ("and has targeted") when the
    /// content is not a `clause` of its own, or a semicolon.
    pub(super) fn forward_end(&self, start: usize, end: usize, next: &[Hit], clause: bool) -> usize {
        let end = end.min(start + MAX_SPAN);
        // The cues after this one: any of them, not only the next, can open the next claim ("told X that A
        // agrees and said B").
        let cue_at = |i: usize| next.binary_search_by_key(&i, |h| h.first).is_ok();
        let mut paren = false;
        let mut i = start;
        while i < end {
            if let Some(q) = self.st.quote_of(i) {
                i = q.close.max(i) + 1;
                // `"New York values," stating ...`: a comma inside the closing mark counts too.
                if i < end && self.punct(q.close.saturating_sub(1)) == Some(',') && self.is_word(i) && !self.is_cap(i) {
                    let w = self.lower(i);
                    // `"We'll see," when asked whether C`: the question is a claim of its own.
                    let asked = matches!(w, "when" | "after" | "before" | "while" | "as" | "if")
                        && self.is_word(i + 1)
                        && self.lower(i + 1) == "asked";
                    if (w.ends_with("ing") && w.len() > 5) || cue_at(i) || CONTENT_ENDERS.contains(&w) || asked {
                        return i;
                    }
                }
                continue;
            }
            // "... terrorists — a controversial proposal he has raised": the writer's aside after a dash.
            let dash = matches!(self.punct(i), Some('\u{2014}' | '\u{2013}' | '-'));
            // "(She says C.) The leaders ...": the parenthesis the content is in closes.
            paren |= self.punct(i) == Some('(');
            if self.punct(i) == Some(';') {
                return i;
            }
            if self.punct(i) == Some(')') && !paren {
                return if i > start + 1 && matches!(self.punct(i - 1), Some('.' | '!' | '?')) { i - 1 } else { i };
            }
            if dash && i > start && self.is_det(i + 1) && !self.paired_dash(i, end) {
                // "--" is two tokens: the content ends before the first.
                let mut d = i;
                while d > start + 1 && matches!(self.punct(d - 1), Some('-' | '\u{2014}' | '\u{2013}')) {
                    d -= 1;
                }
                return d;
            }
            // "..., a move that angered many", "..., the first in years", "..., who lost": the writer's closing comment on what was said, an
            // appositive that runs to the end of the sentence.
            // Not after an opening subordinate clause: "said that when it rained, the roads flooded".
            let subordinate = || {
                self.is_word(start)
                    && matches!(
                        self.lower(start),
                        "when"
                            | "if"
                            | "because"
                            | "although"
                            | "though"
                            | "while"
                            | "after"
                            | "before"
                            | "since"
                            | "as"
                            | "unless"
                            | "once"
                    )
                    && (start..i).all(|k| self.punct(k) != Some(','))
            };
            if self.punct(i) == Some(',')
                && self.is_word(i + 1)
                && matches!(self.word(i + 1), "a" | "an" | "the" | "who")
                && (i + 2..end).all(|k| self.st.in_quote[k] != 0 || !matches!(self.punct(k), Some(',' | ';')))
                && !subordinate()
            {
                return i;
            }
            if self.punct(i) == Some(',') && self.is_word(i + 1) && !self.is_cap(i + 1) {
                let w = self.lower(i + 1);
                // "said A, but that B": a second that-clause of the same verb goes on with the content.
                let second_clause = w == "but" && self.is_word(i + 2) && self.lower(i + 2) == "that";
                // A participle after the comma goes on with the content ("said the campaign recovered,
                // coming from behind") unless it is a cue of its own ("..., adding that").
                if cue_at(i + 1) || (CONTENT_ENDERS.contains(&w) && !second_clause) {
                    return i;
                }
            }
            // "X tweeted a photograph and said C", "42% say A, 32% call B": the next cue's clause is not
            // this content; "A and that she expects B" is a second clause of this one.
            let conjunction = self.is_word(i) && matches!(self.lower(i), "and" | "but");
            if i > start
                && (self.punct(i) == Some(',') || conjunction)
                && !(self.is_word(i + 1) && self.lower(i + 1) == "that")
            {
                // "... and 60 percent said": a short subject and the next cue.
                let following = next.get(next.partition_point(|h| h.first <= i)).map(|h| h.first);
                // Not when the words before the cue open with a function word and so are no subject
                // ("..., despite their claims", "but also because he denied").
                let subject = |c: usize| {
                    let w = self.lower(i + 1);
                    c == i + 1
                        || w == "and"
                        || !(STOP_WORDS.contains(w)
                            || matches!(w, "despite" | "amid" | "including" | "regarding" | "given" | "unlike"))
                };
                if let Some(c) = following.filter(|&c| c <= i + 6 && subject(c)) {
                    if (i + 1..c).all(|k| self.is_word(k)) {
                        return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
                    }
                }
            }
            // "called the merger a bad deal, and ranked her among the worst": after a comma, a past verb is
            // a second predicate of the source; without the comma it is one only when the content is no
            // clause of its own ("vowed to keep it legal and celebrated the ruling").
            if i > start && self.is_word(i) && self.lower(i) == "and" && self.is_word(i + 1) && !self.is_cap(i + 1) {
                let w = self.lower(i + 1);
                let past = w.len() > 4 && w.ends_with("ed") && !STOP_WORDS.contains(w);
                // "called it a disgrace and likened it to X": a verb with an object pronoun of its own is the
                // source's next predicate, even after a clause.
                let object = self.is_word(i + 2)
                    && matches!(
                        self.lower(i + 2),
                        "him" | "her" | "it" | "them" | "himself" | "herself" | "itself" | "themselves"
                    )
                    && (past || (w.len() > 3 && w.ends_with('s')));
                if (past && (self.punct(i - 1) == Some(',') || !clause)) || object {
                    return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
                }
            }
            // "said he was excited as he faced a test": a clause of time after the content.
            if i > start + 1
                && self.is_word(i)
                && self.lower(i) == "as"
                && self.is_word(i + 1)
                && lexicon::pronoun_kind(self.lower(i + 1)).is_some()
            {
                return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
            }
            // "considers X a threat and has targeted": a second predicate of the source, unless the
            // content is a clause with a subject of its own ("said the campaign opened X and has had Y").
            if i > start
                && !clause
                && self.is_word(i)
                && matches!(self.lower(i), "and" | "but")
                && self.is_word(i + 1)
                && AUXILIARIES.contains(self.lower(i + 1))
                && self.lower(i + 1) != "to"
            {
                return if self.punct(i - 1) == Some(',') { i - 1 } else { i };
            }
            i += 1;
        }
        end
    }

    /// Whether the dash at `i` opens an aside that another dash closes a few words on ("a bigger stage --
    /// the DNC -- to counterbalance"): the content goes on past it.
    pub(super) fn paired_dash(&self, i: usize, end: usize) -> bool {
        let dash = |k: usize| matches!(self.punct(k), Some('\u{2014}' | '\u{2013}' | '-'));
        let mut k = i + 1;
        while dash(k) {
            k += 1;
        }
        (k..end.min(k + 12)).take_while(|&j| self.is_word(j) || dash(j)).any(|j| dash(j) && j + 1 < end)
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
            let clause = commas == 0 && self.is_word(i + 1) && matches!(self.lower(i + 1), "and" | "but");
            if matches!(self.punct(i), Some(';' | ':' | '(' | '\u{2014}'))
                || (self.punct(i) == Some(',') && (clause || !self.in_list(i, stop)))
            {
                return i;
            }
            commas += usize::from(self.punct(i) == Some(','));
            if self.is_word(i) && OBJECT_ENDERS.contains(&self.lower(i)) {
                return i;
            }
            // "criticized X by citing a poll", "praised X as he left": how or when, not what.
            if self.is_word(i) && self.is_word(i + 1) {
                let (w, n) = (self.lower(i), self.lower(i + 1));
                let gerund = n.len() > 5 && n.ends_with("ing") && !self.is_cap(i + 1);
                let subject = lexicon::pronoun_kind(n).is_some();
                if (w == "by" && gerund) || (w == "as" && subject) {
                    return i;
                }
            }
            // "praised X in an interview", "on Twitter", "on Monday": where or when it was said; "backed the
            // mayor in the primary" keeps its adjunct.
            if self.is_word(i)
                && matches!(self.lower(i), "in" | "on")
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
        if self.month(a) || (matches!(w, "early" | "late" | "mid") && self.month(a + 1)) {
            return true;
        }
        if w.len() > 5 && w.ends_with("ing") && !self.is_cap(a) {
            return true;
        }
        if !self.is_det(a) {
            return false;
        }
        // The occasion noun ends its phrase: "a tweet on Sunday", not "a tweet storm".
        let ends = |k: usize| !self.is_word(k + 1) || STOP_WORDS.contains(self.lower(k + 1));
        (a + 1..stop.min(a + 5))
            .take_while(|&k| self.is_word(k) && !STOP_WORDS.contains(self.lower(k)))
            .any(|k| OCCASION_NOUNS.contains(&self.lower(k)) && ends(k))
    }

    /// Whether the comma at `i` separates the items of a list that "and" or "or" soon closes ("cite jobs,
    /// safety and housing").
    pub(super) fn in_list(&self, i: usize, stop: usize) -> bool {
        (i + 1..stop.min(i + 12))
            .take_while(|&k| self.is_word(k) || self.punct(k) == Some(','))
            .any(|k| self.is_word(k) && matches!(self.lower(k), "and" | "or"))
    }

    /// Where a content before the cue starts: the sentence start, after a colon, or after a comma and a
    /// clause opener ("..., whereas C, according to X"); a semicolon joins the parts of one content.
    pub(super) fn clause_start(&self, start: usize, stop: usize) -> usize {
        // A quotation that ends right before the cue and opens its own clause is the whole content
        // (`"A," she said, but "B," said Kunin`).
        let last = stop.saturating_sub(1);
        if let Some(q) = self.st.quote_of(last).filter(|q| q.close >= last && q.open > start) {
            if !self.is_word(q.open - 1) {
                return q.open;
            }
        }
        let start = start.max(stop.saturating_sub(MAX_SPAN));
        let mut from = start;
        for i in start..stop.saturating_sub(1) {
            if self.st.in_quote[i] != 0 {
                continue;
            }
            if self.punct(i) == Some(',') && self.is_word(i + 1) && CLAUSE_OPENERS.contains(&self.lower(i + 1)) {
                from = i + 2;
            } else if self.punct(i) == Some(':') {
                // "His final assessment: \"C,\" he said."
                from = i + 1;
            }
        }
        from
    }

    /// Whether token `i` opens a clause or a quotation: "that", a question word, or a subject pronoun
    /// followed by its verb ("felt he could win", not "felt it").
    pub(super) fn opens_clause(&self, i: usize) -> bool {
        if self.st.toks.get(i).is_some_and(|t| t.kind == TokKind::Open) {
            return true;
        }
        let w = self.lower(i);
        self.is_word(i)
            && (matches!(w, "that" | "whether" | "if" | "what" | "why" | "how" | "when" | "where" | "who")
                || ((lexicon::pronoun_kind(w).is_some() || w == "there") && self.is_word(i + 1)))
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
