//! Colon and dash credits: the speaker named before a colon, or after a dash below the quotations.
//!
//! - a transcript's turn or a headline: "BOULDUAN: C", "Cruz: C" (one to four capitalised words that open a
//!   paragraph), and the turn runs to its paragraph's end: "BENENSON: A. B.";
//! - a name alone before a colon that opens a quotation: "- Mark Blumenthal and Jon Cohen: “C”",
//!   "More from Jones: “C”";
//! - a dash credit: a paragraph of quotations, then "- Sanders." or "—President Obama, tweeting after
//!   the speech.".
//!
//! Labels, page furniture, tallies and lists name no speaker: "Q: ...", "BYLINE:", "The Latest:",
//! "Profile: Gordon Brown", "Twitter: @handle", "Clinton: 547", "Replacements: Fortey, Murphy, Daly".

use super::{CueOrigin, Draft, MAX_QUOTE_SENTENCES, Reader, Src};
use crate::lexicon::{COLON_LABELS, LIST_CONJUNCTIONS};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// "BOULDUAN: C" in a transcript, "Cruz: C" in a headline: a paragraph that opens with one to four
    /// capitalised words and a colon.
    pub(super) fn colon(&self, s: Sentence) -> Option<Draft> {
        if s.start > 0 && self.st.toks[s.start - 1].kind != TokKind::Para {
            return None;
        }
        let c = (s.start..(s.start + 5).min(s.end)).find(|&k| self.punct(k) == Some(':'))?;
        let end = self.content_end(s);
        if c == s.start || c + 1 >= end || !(s.start..c).all(|k| self.is_cap(k)) {
            return None;
        }
        // "Q: ...", "A: ..." in an interview, a label ("BYLINE:", "The Latest:") and a tally ("Clinton: 547")
        // name no speaker.
        // "Twitter: @handle", "Contributing: name": page furniture, a channel or a credit.
        let label = (c == s.start + 1 && self.word(s.start).chars().count() == 1)
            || COLON_LABELS.contains(self.lower(c - 1))
            || (c == s.start + 1 && self.lex.is_media_noun(self.lower(s.start)));
        let words = (c + 1..end).any(|k| self.is_word(k) && self.word(k).chars().any(char::is_alphabetic));
        if label || !words || self.names_list(c + 1, end) {
            return None;
        }
        let src = Src { first: s.start, last: c - 1, head: c - 1, relative: None, pronoun: None };
        Some(Draft {
            content: vec![(c + 1, end - 1)],
            cue: (c, c),
            origin: CueOrigin::Colon,
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// Whether tokens `from..to` are a list of three names or more, which names but says nothing: a
    /// line-up or a cast ("Replacements: Fortey, Murphy, Daly", "Iowa: Tim Albrecht, Brad Anderson,
    /// Rob Barron"). Every word outside brackets is capitalised or closes the list ("and").
    fn names_list(&self, from: usize, to: usize) -> bool {
        let (mut commas, mut depth) = (0, 0usize);
        for k in from..to {
            match self.punct(k) {
                Some('(') => depth += 1,
                Some(')') => depth = depth.saturating_sub(1),
                Some(',') if depth == 0 => commas += 1,
                _ if depth == 0 && self.is_word(k) && !self.is_cap(k) && !LIST_CONJUNCTIONS.contains(self.lower(k)) => {
                    return false;
                }
                _ => {}
            }
        }
        commas >= 2
    }

    /// "- Mark Blumenthal and Jon Cohen: “C”", "More from Jones: “C”": capitalised words (joined by "and")
    /// that stand alone before a colon that opens a quotation.
    pub(super) fn colon_quote(&self, s: Sentence) -> Option<Draft> {
        let c = (s.start + 1..s.end.saturating_sub(1)).find(|&k| {
            self.punct(k) == Some(':')
                && self.st.in_quote[k] == 0
                && self.st.toks[k + 1].kind == TokKind::Open
                && self.is_cap(k - 1)
        })?;
        let mut first = c - 1;
        while first > s.start
            && first + 6 > c
            && (self.is_cap(first - 1)
                || (self.lower(first - 1) == "and" && first >= s.start + 2 && self.is_cap(first - 2)))
        {
            first -= 1;
        }
        // The name stands alone, not as the object of a verb or preposition ("told The Post:", "on
        // Twitter:"); "More from Jones:" introduces more of Jones's words.
        if first > s.start && self.is_word(first - 1) && self.lower(first - 1) != "from" {
            return None;
        }
        let q = self.st.quote_of(c + 1)?;
        let src = Src { first, last: c - 1, head: c - 1, relative: None, pronoun: None };
        (q.close > c + 2).then(|| Draft {
            content: vec![(q.open, q.close.min(s.end - 1))],
            cue: (c, c),
            origin: CueOrigin::Colon,
            source: Some(src),
            media: Vec::new(),
        })
    }

    /// A paragraph of quotations, then a paragraph that credits them with a dash ("- Sanders.", "—President
    /// Obama, tweeting after the speech."): the dash is the cue, the name the source. `before` are the
    /// sentences before `s`.
    pub(super) fn dash_credit(&self, before: &[Sentence], s: Sentence) -> Option<Draft> {
        let dash = |k: usize| matches!(self.punct(k), Some('-' | '—' | '\u{2013}'));
        if s.start == 0 || self.st.toks[s.start - 1].kind != TokKind::Para || !dash(s.start) {
            return None;
        }
        let mut a = s.start + 1;
        while dash(a) {
            a += 1;
        }
        let end = self.content_end(s);
        let (first, last) = self.np_forward(a, end).filter(|&(f, _)| self.is_cap(f))?;
        if last + 1 < end && self.punct(last + 1) != Some(',') {
            return None;
        }
        // The quotations of the paragraph before, each a sentence of its own.
        let mut content = Vec::new();
        let mut at = s.start - 1;
        for p in before.iter().rev().take(MAX_QUOTE_SENTENCES) {
            if p.end != at {
                break;
            }
            let q = self.st.quote_of(p.start).filter(|_| self.st.toks[p.start].kind == TokKind::Open)?;
            if q.close + 1 < self.content_end(*p) {
                return None;
            }
            content.push((q.open, q.close));
            at = p.start;
        }
        if content.is_empty() {
            return None;
        }
        content.reverse();
        Some(Draft {
            content,
            cue: (s.start, a - 1),
            origin: CueOrigin::Dash,
            source: Some(Src { first, last, head: last, relative: None, pronoun: None }),
            media: Vec::new(),
        })
    }

    /// "BENENSON: A. B.": a transcript's turn runs to the end of its paragraph.
    pub(super) fn continue_turn(&self, d: &mut Draft, s: Sentence, rest: &[Sentence]) {
        let Some(&(a, b)) = d.content.first() else { return };
        let quotation = self.st.toks[a].kind == TokKind::Open && self.st.quote_of(a).is_some_and(|q| q.close == b);
        let turn = d.origin == CueOrigin::Colon
            && d.content.len() == 1
            && d.source.is_some_and(|x| x.first == s.start)
            && !quotation
            && b + 1 >= self.content_end(s);
        if !turn {
            return;
        }
        let mut end = s.end;
        let mut last = b;
        for next in rest.iter().take(MAX_QUOTE_SENTENCES) {
            // A sentence in the same paragraph starts where the last one ended.
            if next.start != end {
                break;
            }
            last = last.max(self.content_end(*next).saturating_sub(1));
            end = next.end;
        }
        d.content[0].1 = last;
    }
}
