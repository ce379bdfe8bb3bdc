//! How a quotation goes on: a source's quotation runs over the sentences after its own that are whole
//! quotations, up to its paragraph's end, and over the next paragraph when that is whole quotations only.
//!
//! - `"A," she said. "B."` and `She said: "A." "B."`;
//! - a content that ends with a quotation goes on too: `Yet Trump is "a change agent," Cole said. "B."`;
//! - a leading word: `But "B."`, `Now, "B."`;
//! - the writer's tail after the last quotation: `"B" to the rest of the country.`;
//! - a quotation the paragraph's end closes, its mark left open, is whole too;
//! - the quotations are one voice's: of a sentence's claims, the first that goes on into them takes them
//!   (`"A," X said, referring to Y. "B."` is said, not referred to).
//!
//! A claim with no source in the text ("when asked about C.") has no voice to go on in.

use super::{Draft, MAX_QUOTE_SENTENCES, Reader};
use crate::lexicon::{SOURCE_CUE_WORDS, STOP_WORDS};
use crate::structure::{self, Sentence, TokKind};

impl<'r> Reader<'r> {
    /// A quotation the source goes on with: `"A," she said. "B."` and `She said: "A." "B."` take the
    /// sentences after theirs that are whole quotations, up to the end of the paragraph.
    pub(super) fn continue_quote(&self, d: &mut Draft, s: Sentence, rest: &[Sentence]) {
        let Some(&(a, b)) = d.content.last() else { return };
        // `Yet Trump is "a change agent," Cole said. "B."`: a content that ends with a quotation goes on too.
        let whole =
            self.st.toks[b].kind == TokKind::Close && self.st.quote_of(b).is_some_and(|q| q.close == b && q.open >= a);
        // A claim with no source in the text ("when asked about C.") has no voice to go on in.
        let runs_to_end = b > d.cue.0 && b + 1 >= self.content_end(s) && d.source.is_some();
        if !(whole && b < d.cue.0 || runs_to_end) {
            return;
        }
        // The sentence's quotation when the sentence is that quotation alone (a quotation the paragraph's
        // end closes, its mark left open, is whole too).
        let alone = |x: &Sentence| {
            let q = self.st.quote_of(x.start).filter(|_| self.st.toks[x.start].kind == TokKind::Open)?;
            let closed = match self.st.toks[q.close].kind {
                TokKind::Close => q.close < x.end,
                TokKind::Para => q.close == x.end,
                _ => false,
            };
            closed.then_some(q)
        };
        let mut end = s.end;
        let mut crossed = false;
        // A content already taken from the next paragraph ("he said:" and its quotation) goes on from there.
        let taken = rest.iter().take(MAX_QUOTE_SENTENCES).take_while(|x| x.start <= b).count();
        if let Some(last) = rest[..taken].last() {
            end = last.end;
            crossed = true;
        }
        let rest = &rest[taken..];
        // Bounded, so that a paragraph of many quotations stays linear.
        for (k, next) in rest.iter().take(MAX_QUOTE_SENTENCES).enumerate() {
            // A sentence in the same paragraph starts where the last one ended. A claim that ends its
            // paragraph goes on into the next one when that is whole quotations only, with no voice of its own.
            if next.start != end {
                let paragraph = self.st.toks.get(end).is_some_and(|t| t.kind == TokKind::Para) && next.start == end + 1;
                if crossed || !paragraph {
                    return;
                }
                let mut at = end + 1;
                for x in rest[k..].iter().take(MAX_QUOTE_SENTENCES) {
                    if x.start != at {
                        break;
                    }
                    match alone(x) {
                        Some(q) if q.close + 1 >= self.content_end(*x) => at = x.end,
                        _ => return,
                    }
                }
                crossed = true;
            }
            let Some(q) = alone(next) else {
                // `But "B."`, `Now, "B."`: a word that leads into the quotation and the quotation goes on too.
                if let Some(q) = self.led_quotation(*next) {
                    d.content.push((next.start, q.close));
                    end = next.end;
                    continue;
                }
                return;
            };
            if q.close + 1 < self.content_end(*next) {
                // `"B" to the rest of the country.`: the writer finishes the quoted sentence; the quotation
                // is still the source's, and the last. Not when a source of its own follows.
                let w = self.lower(q.close + 1);
                let tail = self.is_word(q.close + 1)
                    && !self.is_cap(q.close + 1)
                    && (STOP_WORDS.contains(w) || w == "to")
                    && !SOURCE_CUE_WORDS.contains(w);
                if tail {
                    d.content.push((q.open, q.close));
                }
                return;
            }
            d.content.push((q.open, q.close));
            end = next.end;
        }
    }

    /// The quotation of a sentence that is one word (and a comma) and a quotation that runs to its end
    /// (`But "B."`, `Now, "B."`).
    pub(super) fn led_quotation(&self, s: Sentence) -> Option<structure::Quote> {
        if !self.is_word(s.start) || self.st.in_quote[s.start] != 0 {
            return None;
        }
        let open = if self.punct(s.start + 1) == Some(',') { s.start + 2 } else { s.start + 1 };
        let q = self.st.quote_of(open).filter(|q| q.open == open && open < s.end)?;
        (q.close + 1 >= self.content_end(s) && self.st.toks[q.close].kind == TokKind::Close).then_some(q)
    }
}
