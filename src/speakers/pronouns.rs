//! Pronouns: a pronoun source is the person or organisation that the text is about where it stands.
//!
//! - "he" and "she" stand for a person whose gender, if known, agrees: "Jane Roe said ... He added"
//!   passes over her; the gender comes from a title ("Mrs. Roe"), a first name, or a pronoun already
//!   tied to the person;
//! - "it" and "they" stand for an organisation, a country or a group, and only "they" for a group of
//!   names ("Trump and Sanders said ... They added") or a people ("the Japanese"); "they" after an
//!   anonymous source ("officials said ... they added") is no one's;
//! - salience: in the pronoun's own sentence the source of a claim, else its first mention (the
//!   subject); then the most recent speaker of the paragraph ("Roe said X. Doe was there. He added");
//!   then the sentences before, nearest first, up to [`WINDOW`] of them;
//! - a description that stands as a pronoun does ("the 31-year-old", "the Scot", "the American"; not "the
//!   Japanese", a people) is the subject of one of those sentences before, a claim's source or a person
//!   named where the sentence opens ("Agassi was delighted. \"I felt good,\" said the American"), not the
//!   most recent speaker, from whom such a description usually turns away.

use super::{Doc, Event, merge, within};
use crate::claim::Claim;
use crate::lexicon::{self, Gender};
use crate::mention::{Mention, Span};

/// How many sentences before its own a pronoun looks back.
const WINDOW: usize = 3;

/// What a pronoun can stand for.
#[derive(Debug, Clone, Copy)]
pub(super) struct Want {
    person: bool,
    gender: Option<Gender>,
    /// Whether an anonymous source can take the pronoun ("they").
    plural: bool,
}

impl Want {
    /// Whether a cluster of this kind and gender can be what the pronoun or description stands for:
    /// a person for "he", "she" and a description, something else for "it" and "they", and no other
    /// gender than one known.
    fn takes(self, person: bool, gender: Option<Gender>) -> bool {
        person == self.person && (gender.is_none() || self.gender.is_none() || gender == self.gender)
    }
}

/// What the pronoun that opens `source` can stand for ("She's" is "she").
pub(super) fn want(source: &str) -> Option<Want> {
    let word = source.split(|c: char| !c.is_alphabetic()).next()?;
    Some(match &*crate::lexicon::lowercase(word) {
        "he" => Want { person: true, gender: Some(Gender::Male), plural: false },
        "she" => Want { person: true, gender: Some(Gender::Female), plural: false },
        "it" => Want { person: false, gender: None, plural: false },
        "they" => Want { person: false, gender: None, plural: true },
        _ => return None,
    })
}

/// What a description that stands for one person as a pronoun does can stand for: "the 31-year-old",
/// "the Scot", "the Frenchwoman", "the Northern Irishman", "the 55-year-old Frenchman", "the American" (a
/// nationality of the gazetteer's in the singular; not "the Japanese", a people). `mentions` are the
/// gazetteer's.
pub(super) fn description_want(text: &str, source: Span, mentions: &[Mention<'_>]) -> Option<Want> {
    let phrase = &text[source.start..source.end];
    // Most sources open otherwise: no words to gather for them.
    if !phrase.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the ")) {
        return None;
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (&the, rest) = words.split_first()?;
    let (&last, between) = rest.split_last()?;
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let age =
        |w: &str| w.strip_suffix("-year-old").is_some_and(|a| !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()));
    // "the Northern Irishman", "the 55-year-old Frenchman": one capitalised word or an age before the noun.
    if !the.eq_ignore_ascii_case("the") || between.len() > 1 || !between.iter().all(|w| capitalised(w) || age(w)) {
        return None;
    }
    let person = Want { person: true, gender: None, plural: false };
    if last.ends_with("-year-old") {
        return (between.is_empty() && age(last)).then_some(person);
    }
    let lower = lexicon::lowercase(last);
    let at = source.end - last.len();
    let nationality = || {
        within(mentions, source).any(|m| m.start == at && m.kind.eq_ignore_ascii_case("NORP"))
            && !lexicon::COLLECTIVE_NATIONALITY_ENDINGS.iter().any(|e| lower.ends_with(e))
    };
    if !(capitalised(last) && (lexicon::DEMONYM_NOUNS.contains(&lower) || nationality())) {
        return None;
    }
    // "the Frenchwoman", "the Dutchman".
    let gender =
        if lower.ends_with("woman") { Some(Gender::Female) } else { lower.ends_with("man").then_some(Gender::Male) };
    Some(Want { gender, ..person })
}

impl Doc<'_> {
    /// Pass 3: the cluster a pronoun source stands for, with the pronoun added to it.
    pub(super) fn pronoun(&mut self, claim: &Claim<'_>, want: Want, sentences: &[usize]) -> Option<usize> {
        let source = claim.source?;
        let at = source.start;
        let fits = |e: &Event| match e.cluster {
            Some(c) => {
                let c = &self.clusters[c];
                want.takes(c.person, c.gender)
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
        self.note_resolved(source, c, want);
        Some(c)
    }

    /// Pass 4: the person a description that stands as a pronoun stands for ("the 31-year-old", "the
    /// American"): the subject of one of the [`WINDOW`] sentences before its own, nearest first, that
    /// agrees with it ("Agassi was delighted with his win. \"I felt good,\" said the American"); no one's
    /// when none does. Not the most recent speaker: a description, unlike a pronoun, often turns from
    /// them to the one the text is about.
    pub(super) fn described(&mut self, claim: &Claim<'_>, want: Want, sentences: &[usize]) -> Option<usize> {
        let source = claim.source?;
        let at = source.start;
        let s = sentences.partition_point(|&x| x <= at).saturating_sub(1);
        let sentence_start = |k: usize| sentences.get(k).copied().unwrap_or(0);
        let window = self.window(sentence_start(s.saturating_sub(WINDOW)), sentence_start(s));
        let fits = |c: usize| want.takes(self.clusters[c].person, self.clusters[c].gender);
        // The sentence's subject: a claim's source ("\"C,\" Umaga said."), else a mention that opens it
        // ("Spain coach Luis Aragones": "Spain", then him); the first person among them.
        let c = (1..=WINDOW.min(s)).find_map(|back| {
            let (from, to) = (sentence_start(s - back), sentence_start(s - back + 1));
            window[window.partition_point(|e| e.pos < from)..]
                .iter()
                .take_while(|e| e.pos < to)
                .filter(|e| e.speaker || subject_position(&self.text[from..e.pos]))
                .find_map(|e| e.cluster.filter(|&c| fits(c)))
        })?;
        self.note_resolved(source, c, want);
        Some(c)
    }

    /// Records a pronoun or description `source` resolved to cluster `c`: what it says of the gender, a
    /// mention of `c`, and an event in text order (they come in text order within a pass, but a later pass,
    /// the retry with people named in passing or the descriptions, may place one before an earlier's).
    fn note_resolved(&mut self, source: Span, c: usize, want: Want) {
        self.learn_from_pronoun(c, want.gender);
        self.clusters[c].mentions.push(source);
        let k = self.pronoun_events.partition_point(|e| e.pos <= source.start);
        self.pronoun_events.insert(k, Event { pos: source.start, cluster: Some(c), speaker: true });
    }

    /// The events from `from` to before `at`, in text order: the names' and sources', then at the same
    /// position the pronouns resolved before.
    fn window(&self, from: usize, at: usize) -> Vec<Event> {
        let range = |events: &[Event]| events.partition_point(|e| e.pos < from)..events.partition_point(|e| e.pos < at);
        let named = self.events[range(&self.events)].iter().copied();
        merge(named, self.pronoun_events[range(&self.pronoun_events)].iter().copied())
    }
}

/// Whether a mention after `before`, the words that open its sentence, is the sentence's subject: nothing,
/// a title of capitalised words or role nouns ("Spain coach Luis Aragones"), or an introduction up to its
/// comma ("After a tough first set, Molik").
fn subject_position(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().collect();
    let title = words.len() <= 3
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || lexicon::NAME_TITLES.contains(&lexicon::lowercase(w)));
    let introduction = words.len() <= 8 && before.trim_end().ends_with(',') && before.matches(',').count() == 1;
    title || introduction
}
