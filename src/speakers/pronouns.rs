//! Pronouns: a pronoun source is the person or organisation that the text is about where it stands.
//!
//! - "he" and "she" stand for a person whose gender, if known, agrees: "Jane Roe said ... He added"
//!   passes over her; the gender comes from a title ("Mrs. Roe"), a first name, or a pronoun already
//!   tied to the person;
//! - "it" and "they" stand for an organisation, a country or a group, and only "they" for a group of
//!   names ("Trump and Sanders said ... They added") or a people ("the Japanese"); "they" after an anonymous source ("officials said
//!   ... they added") is no one's;
//! - salience: in the pronoun's own sentence the source of a claim, else its first mention (the
//!   subject); then the most recent speaker of the paragraph ("Roe said X. Doe was there. He added");
//!   then the sentences before, nearest first, up to [`WINDOW`] of them.

use super::{Doc, Event, merge};
use crate::claim::Claim;
use crate::lexicon::Gender;

/// How many sentences before its own a pronoun looks back.
const WINDOW: usize = 3;

/// What a pronoun can stand for.
#[derive(Debug, Clone, Copy)]
struct Want {
    person: bool,
    gender: Option<Gender>,
    /// Whether an anonymous source can take the pronoun ("they").
    plural: bool,
}

/// What the pronoun that opens `source` can stand for ("She's" is "she").
fn want(source: &str) -> Option<Want> {
    let word = source.split(|c: char| !c.is_alphabetic()).next()?;
    Some(match &*crate::lexicon::lowercase(word) {
        "he" => Want { person: true, gender: Some(Gender::Male), plural: false },
        "she" => Want { person: true, gender: Some(Gender::Female), plural: false },
        "it" => Want { person: false, gender: None, plural: false },
        "they" => Want { person: false, gender: None, plural: true },
        _ => return None,
    })
}

impl Doc<'_> {
    /// Pass 3: the cluster a pronoun source stands for, with the pronoun added to it.
    pub(super) fn pronoun(&mut self, claim: &Claim<'_>, sentences: &[usize]) -> Option<usize> {
        let source = claim.source?;
        let want = want(&self.text[source.start..source.end])?;
        let at = source.start;
        let fits = |e: &Event| match e.cluster {
            Some(c) => {
                let c = &self.clusters[c];
                c.person == want.person
                    && (c.gender.is_none() || want.gender.is_none() || c.gender == want.gender)
                    // A group of names is "they", not "it"; so is a people ("the British", "Japanese
                    // officials").
                    && (c.kind != "GROUP" && !c.kind.eq_ignore_ascii_case("NORP") || want.plural)
            }
            None => want.plural,
        };
        let s = sentences.partition_point(|&x| x <= at).saturating_sub(1);
        let sentence_start = |k: usize| sentences.get(k).copied().unwrap_or(0);
        let from = sentence_start(s.saturating_sub(WINDOW));
        let window = self.window(from, at);
        let window = window.as_slice();
        // The window's events all lie after `from`: the paragraph's start is looked for no further back.
        let paragraph = self.text[from..at].rfind('\n').map_or(from, |i| from + i + 1);
        // Within one sentence: a claim's source, the most recent; else the first mention.
        let pick = |events: &[Event]| -> Option<Event> {
            let fit: Vec<&Event> = events.iter().filter(|e| fits(e)).collect();
            fit.iter().rev().find(|e| e.speaker).or(fit.first()).map(|e| **e)
        };
        let here = window.partition_point(|e| e.pos < sentence_start(s));
        let chosen = pick(&window[here..])
            .or_else(|| window.iter().rev().find(|e| e.speaker && e.pos >= paragraph && fits(e)).copied())
            .or_else(|| {
                (1..=WINDOW.min(s)).find_map(|back| {
                    let a = window.partition_point(|e| e.pos < sentence_start(s - back));
                    let b = window.partition_point(|e| e.pos < sentence_start(s - back + 1));
                    pick(&window[a..b])
                })
            })?;
        let c = chosen.cluster?;
        self.learn_from_pronoun(c, want.gender);
        self.clusters[c].mentions.push(source);
        // Pronouns come in text order, so this list stays sorted.
        self.pronoun_events.push(Event { pos: at, cluster: Some(c), speaker: true });
        Some(c)
    }

    /// The events from `from` to before `at`, in text order: the names' and sources', then at the same
    /// position the pronouns resolved before.
    fn window(&self, from: usize, at: usize) -> Vec<Event> {
        let range = |events: &[Event]| events.partition_point(|e| e.pos < from)..events.partition_point(|e| e.pos < at);
        let named = self.events[range(&self.events)].iter().copied();
        merge(named, self.pronoun_events[range(&self.pronoun_events)].iter().copied())
    }
}
