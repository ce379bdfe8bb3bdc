//! One sentence: which constructions read it, and in what order a verb cue is tried against them.
//!
//! The sentence-wide constructions come first, each in its own room: transcripts and headlines
//! ("ROE: C", `colon`), verbs no lexicon lists before a that-clause ("X acknowledges that C",
//! `preposed`), polls ("In a CNN poll, C", `noun_cues`) and verbs no lexicon lists after a quotation
//! (`"Go back," Trump barked`, `postposed`). Then each verb cue, in text order, is tried against:
//! 1. the passive ("voters are expected to C", "it is believed that C", "X was asked about C"), `passive`
//!    and `questions`;
//! 2. verbs of seeming ("X seems to C"), `passive`;
//! 3. an opening "asked" ("Asked whether C, X demurred"), `questions`;
//! 4. "according to X" ("According to X, C", "C, according to X"), `according`;
//! 5. an inverted cue that opens its sentence ("Said Jane Roe: C"), `postposed`;
//! 6. an opening participle clause ("Noting C, Allen said"), `preposed`;
//! 7. the general case: the cue's source (`source`), then either the content before the cue ("C, X said",
//!    `postposed`) or after it ("X said (that) C", `preposed`).
//!
//! A pronoun's postposed cue that repeats the claim its sentence opens with (`X said that C, "Q," he
//! said`) gives no claim of its own; the first claim ends where it would have begun.
//!
//! Last come the stances no verb gives: predicative adjectives and designations ("X is confident that C",
//! "X is seen as Y", `predicative`) and nouns after a possessive ("his claim that C", `noun_cues`).

use super::subject::CueSource;
use super::{Cue, Draft, Hit, Reader, Reading, Src};
use crate::lexicon::{
    AS_CLAUSE_ONLY, CueClass, FEELING_PARTICIPLES, IRREGULAR_PASSIVE_PARTICIPLES, PASSIVE_AUXILIARIES, PronounKind,
};
use crate::structure::Sentence;

impl<'r> Reader<'r> {
    /// The claims of one sentence, given its cues in order.
    pub(super) fn sentence(&self, s: Sentence, hits: &[Hit]) -> Vec<Draft> {
        let hits = &self.verb_hits(s, hits);
        let mut out = Vec::new();
        // Both read a colon, which most sentences lack: one search of the sentence's bytes spares them.
        if self.holds_byte(s, b':') {
            out.extend(self.colon(s).or_else(|| self.colon_quote(s)));
        }
        self.that_clauses(s, hits, &mut out);
        out.extend(self.in_poll(s, hits));
        out.extend(self.quote_verb(s, hits));
        let mut subject: Option<Src> = None;
        // "Bush Says He Will Stay": in a title-case headline a capitalised cue is a verb, not part of a name.
        let headline = hits.iter().any(|h| h.first > s.start && self.is_cap(h.first)) && self.title_case(s);
        let reaches: Vec<Option<usize>> = hits.iter().map(|&h| self.message_reach(s, h)).collect();
        for (k, hit) in hits.iter().enumerate() {
            // A cue inside a quotation is the quoted speaker's, and a noun or an adjective is no cue.
            if self.st.in_quote[hit.first] != 0 || !self.reads_as_verb(s, *hit, headline) {
                continue;
            }
            // "issued a statement saying C": a cue that a later participle reaches back over is part of it.
            if reaches[k + 1..].iter().flatten().any(|&v| v <= hit.first) {
                continue;
            }
            let outer = subject;
            // "he did say he found C and called D": a cue inside another claim's content lends its source
            // to no later "and V"; the main clause's does.
            let inner = out.iter().any(|o| o.content.iter().any(|&(a, b)| a <= hit.first && hit.last <= b));
            let draft = self.attribute(s, *hit, reaches[k], &hits[k + 1..], &mut subject);
            if inner {
                subject = outer;
            }
            // `X said that C, "Q," he said`: a postposed cue whose content opens with an earlier claim's
            // source and cue repeats that claim, which ends where the postposed content does.
            if let Some(d) = &draft
                && let Some(e) = out.iter_mut().find(|e| self.repeated_by(e, d))
            {
                let end = d.content.last().map_or(d.cue.0, |c| c.1);
                e.content.retain(|c| c.0 <= end);
                for c in &mut e.content {
                    c.1 = c.1.min(end);
                }
                continue;
            }
            out.extend(draft);
        }
        let free: Vec<(usize, &str)> = self.free_words(s).collect();
        self.predicative(s, hits, &free, &mut out);
        self.designation(s, &free, &mut out);
        self.active_designation(s, &free, &mut out);
        self.noun_cues(s, hits, &free, &mut out);
        out
    }

    /// Whether the postposed claim `d` repeats the earlier claim `e` (`X said that C, "Q," he said`): `d`'s
    /// source is a pronoun that can stand for `e`'s, and its content, all before its cue, opens with `e`'s
    /// source and holds `e`'s cue; both cues are verbs of saying, and `e`'s content follows its cue. A
    /// named source reports a claim ("C, CNN reported" with a claim in C), and so does "according to".
    fn repeated_by(&self, e: &Draft, d: &Draft) -> bool {
        // "he", "she" stand for a name ("Social media has added C, she noted", "Opinion polls suggested that
        // C, he said" repeat nothing).
        let agrees = |x: Src| match d.source.and_then(|p| p.pronoun) {
            Some(PronounKind::Person) => self.is_cap(x.head),
            Some(_) => true,
            None => false,
        };
        d.content.last().is_some_and(|c| c.1 < d.cue.0)
            && e.source.is_some_and(|x| agrees(x) && d.content.first().is_some_and(|c| c.0 == x.first))
            && d.content_holds((e.cue.0, e.cue.0))
            && e.is_saying(self.forms)
            && d.is_saying(self.forms)
            && e.content.first().is_some_and(|c| c.0 > e.cue.1)
    }

    /// Whether the sentence is a title-case headline: at least three words of four letters or more, nearly
    /// all capitalised.
    fn title_case(&self, s: Sentence) -> bool {
        let (mut long, mut cap) = (0usize, 0usize);
        for i in (s.start..s.end).filter(|&i| self.is_word(i) && self.word(i).len() >= 4) {
            long += 1;
            cap += usize::from(self.is_cap(i));
        }
        long >= 3 && cap * 10 >= long * 9
    }

    /// The claim of a verb cue, tried against the constructions in the order the module doc gives.
    /// `reach` is the verb of publishing a participle cue reaches back to (`message_reach`); `next` are
    /// the cues after it in the sentence; `subject` is the last source a cue of the sentence took, which a
    /// coordinated verb or a participle shares.
    fn attribute(
        &self,
        s: Sentence,
        hit: Hit,
        reach: Option<usize>,
        next: &[Hit],
        subject: &mut Option<Src>,
    ) -> Option<Draft> {
        let form = &self.forms[hit.form];
        let first = reach.map_or_else(|| self.cue_start(s, hit), |v| self.absorbed_from(s, v));
        let lower = form.form.as_str();
        // The passive: "many voters are expected to stay home", "it is believed that C": the source is
        // not in the text.
        // A phrasal verb's participle is its first word ("was ruled out"), but for a participle of feeling,
        // an adjective whose subject feels it ("is worried about").
        let verb = match lower.split_once(' ') {
            Some((verb, _)) if !FEELING_PARTICIPLES.contains(verb) => verb,
            _ => lower,
        };
        let passive = (first..hit.first).any(|k| PASSIVE_AUXILIARIES.contains(self.lower(k)))
            && (verb.ends_with("ed") || IRREGULAR_PASSIVE_PARTICIPLES.contains(verb));
        // "referring to", "calling for": a phrasal participle too; a cue that reaches back to a verb of
        // publishing is that verb's form ("issued a statement saying", "issuing a letter urging").
        let participle = match reach {
            Some(v) => self.lower(v).ends_with("ing"),
            None => lower.split(' ').next().is_some_and(|w| w.ends_with("ing")),
        };
        let end = self.content_end(s);
        let message = reach.is_some();
        let c = Cue { s, hit, form, span: (first, hit.last), end, next, passive, participle, message };
        let reading = self
            .passive(&c, subject)
            .or_next(|| self.seeming(&c))
            .or_next(|| self.opening_asked(&c))
            .or_next(|| self.according_to(&c))
            .or_next(|| self.opening_inverted(&c))
            .or_next(|| self.opening_participle(&c, subject))
            .or_next(|| self.with_source(&c, subject));
        match reading {
            Reading::Claim(d) => Some(d),
            Reading::NotACue | Reading::Next => None,
        }
    }

    /// The general case: the cue's source, then what follows the cue decides where the content is.
    fn with_source(&self, c: &Cue, subject: &mut Option<Src>) -> Reading {
        let (src, borrowed) = match self.cue_source(c, *subject) {
            CueSource::Found(src, borrowed) => (src, borrowed),
            // `"C," said X, referring to Y`: an inverted source is the subject a participle after it shares.
            CueSource::Settled(reading) => {
                if let Reading::Claim(Draft { source: Some(src), .. }) = &reading {
                    *subject = Some(*src);
                }
                return reading;
            }
        };
        *subject = Some(src);
        // "Do you support Ted Cruz?", "Why does he think so?": a question asks, it claims nothing.
        if !borrowed && self.asks(c.s, src.first) {
            return Reading::NotACue;
        }
        // What follows the cue: a hearer, a medium, then the content or nothing.
        // "was quoted by Reuters as saying C": who quoted is the medium.
        let agent = (c.form.lemma == "quote").then(|| self.quoting_agent(c.hit.last + 1, c.end)).flatten();
        let Some((after, media)) = (match agent {
            Some((after, medium)) => Some((after, vec![medium])),
            None => self.after_cue(c.hit.last + 1, c.form.class, c.end),
        }) else {
            return Reading::NotACue;
        };
        if let Some(d) = self.as_clause(c, src, after) {
            return Reading::Claim(Draft { media, ..d });
        }
        if AS_CLAUSE_ONLY.contains(c.form.lemma.as_str()) {
            return Reading::NotACue;
        }
        let after = self.past_question_hearer(c, after);
        let before_src = src.first.checked_sub(1).filter(|&b| !borrowed && b >= c.s.start && self.is_comma_like(b));
        // "Rubio says, win or lose, he's staying in the race": a comma after a source that opens the
        // sentence leaves nothing before it to report, so the content follows.
        // Only a verb of saying, and only with a clause after the comma or after an adjunct's comma.
        let clause_after = || {
            (after + 1..c.end.min(after + 16))
                .filter(|&k| k == after + 1 || self.punct(k - 1) == Some(','))
                .any(|k| self.opens_clause(k))
        };
        let opening = src.first == c.s.start
            && self.punct(after) == Some(',')
            && c.form.class == CueClass::Speech
            && !c.participle
            && clause_after();
        let postposed = !opening && self.content_before(c, after, before_src);
        // "In an interview with the BBC, X said C": a channel before the source, after those after the cue.
        let mut media = media;
        if !postposed && !borrowed {
            media.extend(self.opening_media(c.s, &src));
            media.extend(self.aside_media(&src, c.span.0));
        }
        if let Some(d) = self.next_paragraph(c, src, after) {
            return Reading::Claim(Draft { media, ..d });
        }
        Reading::only(if postposed {
            before_src.and_then(|b| self.postposed(c, src, b, after, media))
        } else {
            self.preposed(c, src, after, media)
        })
    }
}
