//! Designation and predicative forms: a stance that no verb of the lexicon gives.
//!
//! - a predicative adjective of belief, judgement or will, after a copula: "X is confident that C", "X was
//!   critical of C", "X remains eager to C", "they're hopeful that C";
//! - the same adjective right after its noun: "voters reluctant to C", "officials angry about C";
//! - a designation, how someone not in the text sees or names X: "X is seen as Y", "X is deemed Y", "X is
//!   known for Y", "X was known as Y";
//! - the same, active, with its subject as the source: "Party leaders see him as an asset", "Voters viewed
//!   the economy as their top concern".
//!
//! Left out: "It is unclear whether C" (mostly the writer's own doubt), a condition ("if he is willing to
//! C"), a generic "you" ("you should be sure"), "wants to be sure", and an adjective inside another claim's
//! content or already read as its cue ("worried about").

use super::{CueOrigin, Draft, Hit, Reader, Src};
use crate::lexicon::{
    self, ACTIVE_DESIGNATION_VERBS, AUXILIARIES, BE_FORMS, CONDITIONALS, COORDINATORS, COPULA_CONTRACTIONS,
    DESIGNATION_ADVERBS, DESIGNATION_AS_OR_FOR_VERBS, DESIGNATION_DIRECT_VERBS, DESIGNATION_VERBS,
    INTRODUCTORY_PREPOSITIONS, NON_DESIGNATION_AS, STOP_WORDS, TIME_WORDS,
};
use crate::structure::{Sentence, TokKind};

impl<'r> Reader<'r> {
    /// The predicative adjectives of stance in sentence `s` (its cues are `hits`, its free words `free`), each
    /// a claim pushed to `out`.
    pub(super) fn predicative(&self, s: Sentence, hits: &[Hit], free: &[(usize, &str)], out: &mut Vec<Draft>) {
        for &(j, adj) in free {
            // Inside another claim's content (`members may be willing to pay "because C," Roe said`) the
            // adjective is part of what that source said, and its own content must not hide that claim's cue.
            if out.iter().any(|d| d.holds(j)) {
                continue;
            }
            let Some((start, stop)) = self.adjective_complement(s, j, adj, hits) else { continue };
            let Some((cue_first, src)) = self.stance_holder(s, j) else { continue };
            out.push(Draft {
                content: vec![(start, stop - 1)],
                cue: (cue_first, j),
                origin: CueOrigin::Adjective,
                source: Some(src),
                media: Vec::new(),
            });
        }
    }

    /// The content of the stance adjective `adj` at token `j`, as a range of tokens: a clause ("confident
    /// that C"), an infinitive ("eager to C") or the object of its preposition ("critical of C"), past a
    /// word of time ("hopeful Tuesday that C") and up to a parenthesis (the writer's aside).
    fn adjective_complement(&self, s: Sentence, j: usize, adj: &str, hits: &[Hit]) -> Option<(usize, usize)> {
        let clause = lexicon::CLAUSE_ADJECTIVES.contains(adj);
        let infinitive = lexicon::INFINITIVE_ADJECTIVES.contains(adj);
        let object = lexicon::OBJECT_ADJECTIVES.iter().find(|(a, _)| *a == adj).map(|(_, p)| *p);
        if !(clause || infinitive || object.is_some()) {
            return None;
        }
        let end = self.content_end(s);
        let mut a = j + 1;
        while a < end && self.is_word(a) && TIME_WORDS.contains(self.lower(a)) {
            a += 1;
        }
        if a >= end || !self.is_word(a) {
            return None;
        }
        let w = self.lower(a);
        let next = &hits[hits.partition_point(|h| h.first <= a)..];
        let (start, stop) = if clause && self.opens_clause(a) && self.st.toks[a].kind != TokKind::Open {
            let from = a + usize::from(w == "that");
            (a, self.forward_end(from, end, next, true))
        } else if infinitive && w == "to" && self.is_word(a + 1) && !self.is_cap(a + 1) && !self.is_det(a + 1) {
            (a, self.forward_end(a, end, next, true))
        } else if object.is_some_and(|p| p.contains(&w)) && self.is_word(a + 1) {
            let stop = self.forward_end(a + 1, end, next, false);
            (a + 1, self.object_end(a + 1, stop))
        } else {
            return None;
        };
        let stop = (start..stop).find(|&k| self.punct(k) == Some('(')).unwrap_or(stop);
        (stop > start + 1).then_some((start, stop))
    }

    /// Whose stance the adjective at token `j` reports, and where its cue starts: the noun right before it
    /// ("voters reluctant to"), or the subject of its copula, past words of degree and the copula's
    /// auxiliaries ("is not so sure", "has long been"), which the cue takes.
    fn stance_holder(&self, s: Sentence, j: usize) -> Option<(usize, Src)> {
        let mut k = j;
        while k > s.start + 1 && j - k < 4 && self.is_word(k - 1) && {
            let d = self.lower(k - 1);
            lexicon::DEGREE_WORDS.contains(d) || (d.len() > 4 && d.ends_with("ly") && !self.is_cap(k - 1))
        } {
            k -= 1;
        }
        let c = k - 1;
        if !self.is_word(c) {
            return None;
        }
        let cop = self.lower(c);
        // "voters reluctant to C", "officials angry about C": the adjective right after its noun.
        if k == j && !lexicon::COPULAS.contains(cop) && !STOP_WORDS.contains(cop) {
            let noun = self.lex.is_source_noun(cop) || self.is_cap(c);
            let (first, last) = self.np_backward(c).filter(|_| noun)?;
            return Some((j, Src { first, last, head: last, relative: None, pronoun: None }));
        }
        // "they're hopeful", "he's confident": the subject pronoun and its copula are one word.
        let contracted = lexicon::contracted_pronoun(cop, COPULA_CONTRACTIONS)
            .filter(|_| !cop.starts_with("it") && !cop.starts_with("that"));
        if let Some(p) = contracted {
            return Some((c, Src { first: c, last: c, head: c, relative: None, pronoun: Some(p) }));
        }
        if !lexicon::COPULAS.contains(cop) {
            return None;
        }
        let mut first = c;
        while first > s.start
            && self.is_word(first - 1)
            && (self.absorbed(first - 1) || lexicon::DEGREE_WORDS.contains(self.lower(first - 1)))
        {
            first -= 1;
        }
        // "wants to be sure": the subject is not the stance's source here.
        if first == s.start || (first..c).any(|x| self.lower(x) == "to") {
            return None;
        }
        let b = first - 1;
        // "It is unclear whether C" is mostly the writer's own doubt.
        if self.is_word(b) && self.lower(b) == "it" {
            return None;
        }
        if self.is_word(b) || self.punct(b) == Some(')') {
            let src = self.source_before(b).filter(|x| {
                x.pronoun.is_some() || self.is_cap(x.head) || self.lex.is_source_noun(self.lower(x.head))
            })?;
            // "if he is willing to C", "you should be sure": a condition or a generic "you" reports no one's
            // stance.
            let condition = src.first > s.start && CONDITIONALS.contains(self.lower(src.first - 1));
            let generic = src.pronoun.is_some() && self.lower(src.first) == "you";
            (!condition && !generic).then_some((first, src))
        } else if self.punct(b) == Some(',') {
            self.appositive(s, b).map(|x| (first, x))
        } else {
            None
        }
    }

    /// "Party leaders see him as an asset": the subject sees the object as what follows "as". The content is
    /// the object and its complement, "as" included; the object is a few words with no mark or function
    /// word but a conjunction, and no subject and verb follow "as" ("saw him as he left").
    pub(super) fn active_designation(&self, s: Sentence, free: &[(usize, &str)], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for &(j, verb) in free {
            if !ACTIVE_DESIGNATION_VERBS.contains(verb)
                || out.iter().any(|d| d.holds(j))
                || (self.is_word(j - 1) && (BE_FORMS.contains(self.lower(j - 1)) || self.lower(j - 1) == "being"))
            {
                continue;
            }
            let object = |k: usize| {
                let w = self.lower(k);
                self.is_word(k)
                    && (!(STOP_WORDS.contains(w) || INTRODUCTORY_PREPOSITIONS.contains(w)) || COORDINATORS.contains(w))
                    && lexicon::pronoun_kind(w).is_none_or(|_| k == j + 1)
            };
            let Some(as_at) = (j + 1..end.min(j + 12))
                .take_while(|&k| object(k) || self.lower(k) == "as")
                .find(|&k| self.lower(k) == "as")
                .filter(|&k| k > j + 1)
            else {
                continue;
            };
            let n = as_at + 1;
            let conjunction = self.is_word(n) && self.is_word(n + 1) && lexicon::pronoun_kind(self.lower(n)).is_some();
            if n >= end || !self.is_word(n) || NON_DESIGNATION_AS.contains(self.lower(n)) || conjunction {
                continue;
            }
            let Some(src) = self.source_before(j - 1).filter(|x| {
                x.pronoun.is_some()
                    || x.relative.is_some()
                    || self.is_cap(x.head)
                    || self.lex.is_source_noun(self.lower(x.head))
            }) else {
                continue;
            };
            let stop = self.object_end(n, end);
            out.push(Draft {
                content: vec![(j + 1, stop - 1)],
                cue: (j, j),
                origin: CueOrigin::Unlisted,
                source: Some(src),
                media: Vec::new(),
            });
        }
    }

    /// "X is seen as Y", "X is deemed Y", "X is known for Y", "X was known as Y": how someone not in the
    /// text sees or names X. The content is X and what it is seen as, without "as".
    pub(super) fn designation(&self, s: Sentence, free: &[(usize, &str)], out: &mut Vec<Draft>) {
        let end = self.content_end(s);
        for &(j, verb) in free {
            // Verbs that need "as" ("seen as"), that may take "as" or "for" ("known as", "known for"), or that
            // take their complement directly ("deemed classified").
            let with_as = DESIGNATION_VERBS.contains(verb);
            let known = DESIGNATION_AS_OR_FOR_VERBS.contains(verb);
            let direct = DESIGNATION_DIRECT_VERBS.contains(verb);
            if !(with_as || known || direct) || out.iter().any(|d| d.holds(j)) {
                continue;
            }
            // The auxiliary before the verb, past adverbs ("is increasingly seen as", "has long been known").
            let mut k = j;
            let adverb = |i: usize| {
                let w = self.lower(i);
                !self.is_cap(i) && (w.ends_with("ly") || DESIGNATION_ADVERBS.contains(w))
            };
            while k > s.start + 1 && j - k < 3 && self.is_word(k - 1) && adverb(k - 1) {
                k -= 1;
            }
            let aux = (k > s.start && self.is_word(k - 1)).then(|| k - 1).filter(|&a| BE_FORMS.contains(self.lower(a)));
            let mut a = j + 1;
            let prep = self.is_word(a) && (self.lower(a) == "as" || (known && self.lower(a) == "for"));
            if (with_as || known) && !prep {
                continue;
            }
            a += usize::from(prep);
            if a >= end || !(self.is_word(a) || self.st.toks[a].kind == TokKind::Open) {
                continue;
            }
            let w = self.lower(a);
            if self.is_word(a) && !self.is_det(a) && (STOP_WORDS.contains(w) || AUXILIARIES.contains(w)) {
                continue;
            }
            // The one so seen: the passive's subject, with its prepositional phrases. A participle without
            // an auxiliary ("the contests known as Y") is left out: mostly it only names a thing.
            let Some(x) = aux else { continue };
            let Some(b) = self.absorbed_from(s, x).checked_sub(1).filter(|&b| b >= s.start) else { continue };
            let Some(mut subject) = self.passive_subject(s, b, end) else { continue };
            if subject.0 < subject.1 && subject.1 == b {
                subject.0 = self.impression_subject(s, b).map_or(subject.0, |x| x.min(subject.0));
            }
            let stop = self.object_end(a, end);
            if stop <= a {
                continue;
            }
            out.push(Draft {
                content: vec![subject, (a, stop - 1)],
                cue: (x, j),
                origin: CueOrigin::Unlisted,
                source: None,
                media: Vec::new(),
            });
        }
    }
}
