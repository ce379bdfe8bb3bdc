//! The medium a claim came through, and the other phrases between a cue and its content.
//!
//! - a hearer of "tell": "told Reuters C" (a medium when it names one, "told reporters" is not);
//! - a channel after the cue: "said in a post on the X platform", "said via X", "wrote on Twitter";
//! - a medium after "according to X": "according to sources who spoke to Reuters" (`according`);
//! - a channel in an adjunct that opens the sentence and ends at a comma right before the source: "In an
//!   interview with the BBC, X said C", "Speaking on CNN, X said C";
//! - adjuncts that are no medium but stand between the cue and its content: "said pleasantly", "said
//!   Thursday", "reported ten days ago", "said of the request: C", "said, without evidence, that C".
//!
//! A phrase is a medium when a word of the media lexicon is in it ("the X platform", "the newspaper"), when
//! "via" opens it, or, at linking, when a gazetteer entity of type MEDIA is in it ("Reuters").

use super::{Attributor, Draft, MediumPhrase, Reader, Src};
use crate::lexicon::{
    self, COORDINATORS, CUE_ADJUNCT_PREPOSITIONS, CueClass, MEDIUM_PARTICIPLES, MEDIUM_PREPOSITIONS, MONTHS,
    NAME_LINKS, OBJECT_PRONOUNS, PUBLISHING_PARTICIPLES, QUOTED_AS_PARTICIPLES, QUOTING_AGENT_PREPOSITIONS, STOP_WORDS,
    TIME_DETERMINERS, TIME_WORDS, TRAILING_TIME_WORDS,
};
use crate::mention::{Mention, Span};
use crate::structure::{Sentence, Tok, TokKind};

impl<'r> Reader<'r> {
    /// What follows a cue before its content: a hearer for "tell", then phrases such as "in a post on
    /// the X platform", "via X", "on Tuesday". Returns where the content may start and the medium.
    pub(super) fn after_cue(&self, mut i: usize, class: CueClass, end: usize) -> Option<(usize, Vec<MediumPhrase>)> {
        let mut media = Vec::new();
        if class == CueClass::Tell {
            let (a, b) = self.hearer(i, end)?;
            media.push((a, b, self.is_media(a, b)));
            i = b + 1;
        }
        // "said pleasantly", "said Thursday": an adverb or a day after the cue.
        while i < end
            && self.is_word(i)
            && ((!self.is_cap(i) && self.lower(i).ends_with("ly") && self.lower(i).len() > 4)
                || TIME_WORDS.contains(self.lower(i)))
        {
            i += 1;
        }
        // "the Times reported late Thursday", "reported ten days ago": a time phrase that ends the sentence.
        let time = |k: usize| {
            let w = self.lower(k);
            TIME_WORDS.contains(w) || TRAILING_TIME_WORDS.contains(w)
        };
        if i < end
            && end - i <= 4
            && (i..end).all(|k| self.is_word(k))
            && (self.lower(end - 1) == "ago" || (i..end).all(time))
        {
            return Some((end, media));
        }
        // Prepositional phrases right after the cue are adjuncts when they end where the content (or the
        // sentence) begins.
        // "said on Thursday he C": a subject pronoun opens the content's clause, unless a "that" follows, after
        // a relative clause of the adjunct's ("said in a statement she released on Monday that C"), or the
        // adjunct was a "this" or "last" before no word of time ("said this meant they C").
        let pronoun_clause = |j: usize| {
            let timeless = || {
                j >= 2 && TIME_DETERMINERS.contains(self.lower(j - 2)) && {
                    let w = self.lower(j - 1);
                    !(TIME_WORDS.contains(w) || MONTHS.contains(w))
                }
            };
            self.is_word(j)
                && lexicon::pronoun_kind(self.lower(j)).is_some()
                && !timeless()
                && !(j + 1..end.min(j + 10)).any(|k| self.is_word(k) && self.lower(k) == "that")
        };
        let opens_content = |j: usize| {
            j >= end
                || matches!(self.punct(j), Some(',' | ':'))
                || self.st.toks[j].kind == TokKind::Open
                || (self.is_word(j) && self.lower(j) == "that")
                || pronoun_clause(j)
        };
        let (mut j, mut found) = self.cue_adjuncts(i, end, false);
        // "said at a news conference, \"C\"": an adjunct's object may be any noun when a comma or a colon and
        // a quotation follow it ("declined to comment, saying C", "joked with his friend at the table, his
        // brother grew impatient" and 'said on ABC's "This Week"' go on otherwise).
        let quotation = |k: usize| {
            matches!(self.punct(k), Some(',' | ':')) && self.st.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Open)
        };
        // Only where a preposition opens the words after the cue: most cues have none.
        let preposition = i < end && self.is_word(i) && CUE_ADJUNCT_PREPOSITIONS.contains(self.lower(i));
        if preposition && !(j > i && opens_content(j)) {
            let (k, loose) = self.cue_adjuncts(i, end, true);
            if quotation(k) {
                (j, found) = (k, loose);
            }
        }
        if j > i && opens_content(j) {
            i = j;
            media.extend(found);
        }
        // "said of the request: \"C\"", "reported after the raid:": words up to a colon that opens the
        // content are the cue's adjuncts.
        if i < end && self.is_word(i) && (STOP_WORDS.contains(self.lower(i)) || NAME_LINKS.contains(self.lower(i))) {
            let colon = (i + 1..self.st.toks.len().min(i + 16))
                .take_while(|&k| self.is_word(k) || self.punct(k) == Some(':') || self.in_name_punct(k))
                .find(|&k| self.punct(k) == Some(':'));
            if let Some(c) = colon {
                let opens = self.st.toks.get(c + 1).is_some_and(|t| matches!(t.kind, TokKind::Open | TokKind::Para));
                if opens {
                    return Some((c.min(end), media));
                }
            }
        }
        // "said, without evidence, that C", "said, in an interview, \"C\"": an aside between commas.
        if self.punct(i) == Some(',') {
            let close = (i + 1..end.min(i + 10)).find(|&k| !self.is_word(k));
            if let Some(c) = close.filter(|&c| c > i + 1 && self.punct(c) == Some(',')) {
                if self.is_word(c + 1) && self.lower(c + 1) == "that" {
                    i = c + 1;
                } else if self.st.toks.get(c + 1).is_some_and(|t| t.kind == TokKind::Open) {
                    i = c;
                }
            }
        }
        Some((i, media))
    }

    /// The medium phrases of an adjunct that opens sentence `s` and ends at a comma right before the
    /// source `src`: "In an interview with the BBC, X said C", "Speaking on CNN, X said C" (with an opening
    /// participle of `MEDIUM_PARTICIPLES`). None unless prepositional phrases fill the adjunct.
    pub(super) fn opening_media(&self, s: Sentence, src: &Src) -> Vec<MediumPhrase> {
        let Some(comma) = src.first.checked_sub(1).filter(|&k| k > s.start && self.punct(k) == Some(',')) else {
            return Vec::new();
        };
        let from = s.start + usize::from(self.is_word(s.start) && MEDIUM_PARTICIPLES.contains(self.lower(s.start)));
        self.adjuncts_filling(from, comma).unwrap_or_default()
    }

    /// The medium phrases of an aside between a source and its cue, which starts at token `cue`: "Jane Roe,
    /// in an interview with CNN, said C". None unless prepositional phrases fill the aside.
    pub(super) fn aside_media(&self, src: &Src, cue: usize) -> Vec<MediumPhrase> {
        let (open, close) = (src.last + 1, cue.saturating_sub(1));
        if open >= close || self.punct(open) != Some(',') || self.punct(close) != Some(',') {
            return Vec::new();
        }
        self.adjuncts_filling(open + 1, close).unwrap_or_default()
    }

    /// The medium phrases of the cue's adjuncts when they fill tokens `from..to` exactly, and nothing else
    /// stands there ("In an interview with the BBC," before a source, ", in a statement," after it,
    /// "Writing on Facebook," before a subject); `None` otherwise.
    pub(super) fn adjuncts_filling(&self, from: usize, to: usize) -> Option<Vec<MediumPhrase>> {
        let (end, found) = self.cue_adjuncts(from, to, false);
        (from < to && end == to).then_some(found)
    }

    /// After a verb of quoting, who quoted and what of the cue goes on: "was quoted by Reuters as saying C"
    /// (the medium, Reuters, and the content after "as saying"), "was quoted as saying by the Interfax news
    /// agency" (the medium). The token after them, and the medium; `None` when there is no such phrase.
    pub(super) fn quoting_agent(&self, i: usize, end: usize) -> Option<(usize, MediumPhrase)> {
        if !(self.is_word(i) && QUOTING_AGENT_PREPOSITIONS.contains(self.lower(i))) {
            return None;
        }
        let (a, b) = self.np_forward(i + 1, end)?;
        let medium = (a, b, true);
        let as_saying = b + 2 < end && self.lower(b + 1) == "as" && QUOTED_AS_PARTICIPLES.contains(self.lower(b + 2));
        if as_saying {
            return Some((b + 3, medium));
        }
        (b + 1 >= end).then_some((end, medium))
    }

    /// Up to three prepositional phrases from token `i` on ("in a post on the X platform", "last week"):
    /// the token after them, and those that may name a medium. With `any_noun`, a phrase's object may end
    /// in any word ("at a rally"), not only a name or a noun that could be a source ("in a statement").
    pub(super) fn cue_adjuncts(&self, i: usize, end: usize, any_noun: bool) -> (usize, Vec<MediumPhrase>) {
        let mut j = i;
        let mut found = Vec::new();
        for _ in 0..3 {
            if j >= end || !self.is_word(j) || !CUE_ADJUNCT_PREPOSITIONS.contains(self.lower(j)) {
                break;
            }
            // "vowed to defeat Trump": "to" before a verb and its object marks an infinitive, not a preposition
            // ("said to reporters", "complained to broadcasting watchdog Ofcom").
            let k = j + 1;
            let object = |n: usize| {
                n >= end
                    || !self.is_word(n)
                    || self.is_det(n)
                    || self.is_cap(n)
                    || lexicon::pronoun_kind(self.lower(n)).is_some()
                    || OBJECT_PRONOUNS.contains(self.lower(n))
            };
            let infinitive = self.lower(j) == "to"
                && self.is_word(k)
                && !(object(k) || self.can_head(k) || self.is_number(k))
                && object(k + 1);
            if infinitive {
                break;
            }
            let np = if TIME_DETERMINERS.contains(self.lower(j)) {
                Some((j, j + 1))
            } else {
                self.phrase_forward(j + 1, end, any_noun)
            };
            let Some((a, b)) = np else { break };
            if MEDIUM_PREPOSITIONS.contains(self.lower(j)) {
                found.push((a, b, self.lower(j) == "via" || self.is_media(a, b)));
            }
            j = b + 1;
            // "in a statement posted on Facebook", "in a video posted online", "released Monday".
            if j < end && self.is_word(j) && PUBLISHING_PARTICIPLES.contains(self.lower(j)) {
                j += 1;
                if j < end && self.is_word(j) && (self.lower(j) == "online" || TIME_WORDS.contains(self.lower(j))) {
                    j += 1;
                }
            }
        }
        (j, found)
    }

    /// The words between a draft's cue and the content after it, when they are its adjuncts or its hearer
    /// ("said in a statement posted on Facebook that C", "told Congress this week that C"): words only, and
    /// no coordinator ("is ruled out with an injury but Cole said: C" holds another claim).
    pub(super) fn between_cue_and_content(&self, d: &Draft) -> Option<(usize, usize)> {
        let (a, b) = (d.cue.1 + 1, d.content.first()?.0.checked_sub(1)?);
        (a <= b && (a..=b).all(|k| self.is_word(k) && !COORDINATORS.contains(self.lower(k)))).then_some((a, b))
    }

    /// Whether the phrase `a..=b` names a medium: a media word in it ("platform", "News", "Twitter").
    pub(super) fn is_media(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|k| self.is_word(k) && self.lex.is_media_noun(self.lower(k)))
    }
}

impl Attributor {
    /// The first of the draft's medium phrases that is sure or holds a MEDIA entity, and that entity.
    pub(super) fn medium_of<'a>(
        &self,
        d: &Draft,
        toks: &[Tok],
        mentions: &[Mention<'a>],
    ) -> Option<(Span, Option<&'a str>)> {
        d.media.iter().find_map(|&(a, b, sure)| {
            let s = Span { start: toks[a].start, end: toks[b].end };
            let from = mentions.partition_point(|m| m.start < s.start);
            let inside = || mentions[from..].iter().take_while(|m| m.end <= s.end);
            let media = inside().filter(|m| m.kind.eq_ignore_ascii_case("MEDIA")).last();
            // Another mention links the medium only when it ends the medium's words: in "the New York
            // Daily News" or "Britain's ITV" the place only says which medium.
            let entity = media.or_else(|| inside().filter(|m| m.end == s.end).last()).map(|m| m.entity_id);
            (sure || media.is_some()).then_some((s, entity))
        })
    }
}
