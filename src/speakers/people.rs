//! People the text names in passing, wherever it names them: "Jane Roe", "Gov. Jane Roe" and a later
//! "Roe" are a person of the document, so that a pronoun left without an antecedent among the sources
//! and the gazetteer's mentions can stand for someone the text named in a sentence without a claim
//! ("Jane Roe took the stage. She said ...").
//!
//! - a name is a capitalised first name that says a gender (`first_name_gender`: "Jane", not "Jordan"),
//!   then one to three more words of a name, with no mark between them ("Jane Q. Roe", "Bill de Blasio");
//!   a title inside the run opens the name after it ("Flint Mayor Karen Weaver"), and a function word or
//!   a word of time ends it ("Donald Trump Is Now ...", "... Beach Tuesday");
//! - a name that overlaps a gazetteer mention is the gazetteer's ("Virginia Beach"), and one that ends in
//!   a word of places and things or an organisation's head noun is none (`NOT_PEOPLE_LAST_WORDS`,
//!   `ORGANISATION_HEADS`: "the Rose Garden", "Grant Park", "Walt Disney Studios"), nor is a run of
//!   capitals longer than a name ("the Peter Sellers Award For Comedy");
//! - a first name that is also a function word is none at all ("Will Trump win?");
//! - a surname alone ("Roe") stands for that person, for a pronoun's salience, when the text names only
//!   one person with it; any other name of one word after an honorific (`HONORIFICS`: "Ms. Nwanguma",
//!   "Mr Obama") is a person of the honorific's gender;
//! - a name inside a quotation is what the speaker talks about: a mention of the person, but no
//!   antecedent for a pronoun outside it (`"You won't beat Hillary Clinton," she said` is not Clinton).
//!
//! These people are the last resort of a pronoun (see `resolve`), looked for only in a document with a
//! pronoun left unresolved: a claim's source, a gazetteer mention and the speaker of the paragraph come
//! first, and a surname given as a source is still resolved by `names` alone. A name that some source
//! gives as written is that source's person, whose mentions stay the source's own.

use std::collections::HashMap;

use super::names::{bare, in_capitals, is_capitalised, name_word, without_suffix};
use super::{Cluster, Doc, Event};
use crate::lexicon;
use crate::mention::{Mention, Span};
use crate::structure::{Structure, TokKind};

/// The most words a name has after its first name.
const MAX_MORE_WORDS: usize = 3;

/// A capitalised word of the text (or a name's particle, "de", "van"), as the claims stage's tokens give
/// it: the words the names are made of, kept for the speakers stage. Offsets are bytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Capital {
    span: Span,
    /// Whether the next token is not a word of a name (a mark, a lowercase word): the name ends here.
    ends_name: bool,
    /// Whether the word is inside a quotation: a name there is what the speaker talks about, no one a
    /// pronoun after the quotation stands for.
    quoted: bool,
}

/// The capitalised words and name particles of a block of the text, from its tokens, for
/// `Doc::people_in_text`. Most tokens are lowercase words, passed over at the cost of one test.
pub(crate) fn capitals(text: &str, st: &Structure, out: &mut Vec<Capital>) {
    let toks = &st.toks;
    // A capitalised token is a word ("al-Sudani" counts, its particle aside).
    let capital = |k: usize| toks.get(k).is_some_and(|t| t.capitalised);
    // "Bill de Blasio": a particle between two words of a name (the capital after it, a field, is asked
    // first: most capitalised words are followed by two lowercase ones).
    let particle = |k: usize| {
        capital(k + 1)
            && toks
                .get(k)
                .is_some_and(|t| t.kind == TokKind::Word && lexicon::NAME_PARTICLES.contains(&text[t.start..t.end]))
    };
    let mut k = 0;
    // The sentence of token `k`: a name ends with its sentence ("Hank Williams Jr. He said").
    let mut sentence = 0;
    while k < toks.len() {
        let t = &toks[k];
        if !t.capitalised {
            k += 1;
            continue;
        }
        while st.sentences.get(sentence).is_some_and(|s| s.end <= k) {
            sentence += 1;
        }
        let last_of_sentence = st.sentences.get(sentence).is_some_and(|s| s.end == k + 1);
        // "Roe's": the name without its possessive, which ends it.
        let span = bare(text, Span { start: t.start, end: t.end });
        let possessive = span.end != t.end;
        let between = !possessive && !capital(k + 1) && particle(k + 1);
        let ends_name = possessive || last_of_sentence || !(between || capital(k + 1));
        out.push(Capital { span, ends_name, quoted: st.in_quote[k] != 0 });
        if between {
            let p = &toks[k + 1];
            let span = Span { start: p.start, end: p.end };
            out.push(Capital { span, ends_name: false, quoted: st.in_quote[k + 1] != 0 });
            k += 1;
        }
        k += 1;
    }
}

/// The gender the honorific right before the one-word name `w` gives ("Ms." before "Nwanguma"), if any. Most
/// capitalised words follow a word that ends in no "r", "s" or ".": no honorific's, so it is not looked up.
fn honorific_before(text: &str, w: &Capital) -> Option<lexicon::Gender> {
    let before = text.as_bytes()[..w.span.start].rchunks(2).next()?;
    if !w.ends_name || !matches!(before, [b'.' | b'r' | b's', b' ']) {
        return None;
    }
    lexicon::honorific_gender_before(text, w.span.start)
}

/// A person's full name in the text: its span, the index of its last word among the capitals, whether it is
/// inside a quotation, and the gender its first name says.
struct FullName {
    span: Span,
    last: usize,
    quoted: bool,
    gender: Option<lexicon::Gender>,
}

/// The full names among the capitalised words `ws` (a first name that says a gender, then one to three more
/// words of a name), but those a gazetteer mention overlaps, in text order.
fn full_names(text: &str, mentions: &[Mention<'_>], ws: &[Capital]) -> Vec<FullName> {
    let word = |w: &Capital| &text[w.span.start..w.span.end];
    let mut names = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let first = word(&ws[i]);
        let gender = if ws[i].ends_name || !is_capitalised(first) { None } else { lexicon::first_name_gender(first) };
        let opens = gender.is_some()
            && !lexicon::STOP_WORDS.contains_lower(first)
            && !lexicon::AUXILIARIES.contains_lower(first);
        // "Finance Minister Palaniappan Chidambaram": two capitalised words after a title are a name, whatever
        // the first name.
        if !opens && titled_name(text, &ws[i..]) {
            let span = Span { start: ws[i + 1].span.start, end: ws[i + 2].span.end };
            if !in_gazetteer(mentions, span) {
                names.push(FullName { span, last: i + 2, quoted: ws[i + 1].quoted, gender: None });
            }
            i += 3;
            continue;
        }
        if !opens {
            i += 1;
            continue;
        }
        let (mut j, mut gender) = (i, gender);
        while j + 1 < ws.len() && j - i < MAX_MORE_WORDS && !ws[j].ends_name && goes_on_name(word(&ws[j + 1])) {
            j += 1;
            // "Flint Mayor Karen Weaver": a title opens the name after it.
            if lexicon::NAME_TITLES.contains_lower(word(&ws[j])) {
                i = j + 1;
                j += 1;
                gender =
                    ws.get(j).filter(|w| is_capitalised(word(w))).and_then(|w| lexicon::first_name_gender(word(w)));
                if gender.is_none() {
                    break;
                }
            }
        }
        if j >= ws.len() {
            break;
        }
        // "Peter Sellers Award For Comedy": a run of capitals longer than a name is a title, no one's.
        let run_on =
            j - i == MAX_MORE_WORDS && !ws[j].ends_name && ws.get(j + 1).is_some_and(|w| goes_on_name(word(w)));
        // The name ends on a capitalised word ("van" ends none).
        while j > i && !is_capitalised(word(&ws[j])) {
            j -= 1;
        }
        let span = Span { start: ws[i].span.start, end: ws[j].span.end };
        let last = lexicon::lowercase(word(&ws[j]));
        if j > i
            && !run_on
            && !in_capitals(&text[span.start..span.end])
            && !lexicon::NOT_PEOPLE_LAST_WORDS.contains(&last)
            && !lexicon::ORGANISATION_HEADS.contains(&last)
            && !in_gazetteer(mentions, span)
        {
            names.push(FullName { span, last: j, quoted: ws[i].quoted, gender });
        }
        i = j + 1;
    }
    names
}

/// Whether a word can go on a name: a word of a name but a function word or a word of time ("Donald Trump Is
/// Now ...", "... Beach Tuesday").
fn goes_on_name(w: &str) -> bool {
    name_word(w)
        && !lexicon::STOP_WORDS.contains_lower(w)
        && !lexicon::AUXILIARIES.contains_lower(w)
        && !lexicon::TIME_WORDS.contains_lower(w)
        && !lexicon::MONTHS.contains_lower(w)
}

/// Whether `ws` opens with a capitalised title and two words of a name that end the run, the first no
/// first name that says a gender (those open a name of their own): "Finance Minister Palaniappan
/// Chidambaram", "Director Anurag Kashyap"; not "General Motors Corp" (a word of things or a body's head
/// noun ends it), "Chief Police Officers" (nor a source noun) nor "President Bush".
fn titled_name(text: &str, ws: &[Capital]) -> bool {
    let word = |k: usize| &text[ws[k].span.start..ws[k].span.end];
    let name = |k: usize| {
        let w = word(k);
        goes_on_name(w) && is_capitalised(w) && !in_capitals(w) && !lexicon::NAME_TITLES.contains_lower(w)
    };
    ws.len() >= 3
        && is_capitalised(word(0))
        && lexicon::NAME_TITLES.contains_lower(word(0))
        && !ws[0].ends_name
        && !ws[1].ends_name
        && name(1)
        && name(2)
        && lexicon::first_name_gender(word(1)).is_none()
        && ws[2].ends_name
        && !lexicon::NOT_PEOPLE_LAST_WORDS.contains_lower(word(2))
        && !lexicon::ORGANISATION_HEADS.contains_lower(word(2))
        && !lexicon::SOURCE_NOUNS.contains_lower(word(2))
        && !lexicon::NAMELESS_WORDS.contains_lower(word(2))
}

/// Whether a gazetteer mention overlaps `s`.
fn in_gazetteer(mentions: &[Mention<'_>], s: Span) -> bool {
    let from = mentions.partition_point(|m| m.end <= s.start);
    mentions.get(from).is_some_and(|m| m.start < s.end)
}

impl<'a> Doc<'a> {
    /// The cluster of a person the text names, and whether it is the text's alone (no source names the
    /// person as written).
    fn named_in_text(&mut self, name: &'a str, passing: &mut HashMap<&'a str, usize>) -> (usize, bool) {
        if let Some(&c) = self.by_name.get(without_suffix(name)) {
            return (c, false);
        }
        let c = *passing.entry(name).or_insert_with(|| {
            let cluster =
                Cluster { entity: None, name, kind: "PERSON", person: true, gender: None, mentions: Vec::new() };
            self.clusters.push(cluster);
            self.clusters.len() - 1
        });
        (c, true)
    }

    /// The people the text names, each a cluster (unless the gazetteer has them or a source names them
    /// as written), mentioned at every full name and at every surname that only one of them has: their
    /// mentions as events, for a pronoun's salience.
    pub(super) fn people_in_text(&mut self, mentions: &[Mention<'a>], ws: &[Capital]) -> Vec<Event> {
        let text = self.text;
        let word = |w: &Capital| &text[w.span.start..w.span.end];
        // A surname stands for the one person who has it.
        let (mut events, mut passing) = (Vec::new(), HashMap::new());
        let mut by_surname: HashMap<&str, Option<usize>> = HashMap::new();
        let mut named = vec![false; ws.len()];
        for FullName { span, last, quoted, gender } in full_names(text, mentions, ws) {
            let (c, own) = self.named_in_text(&text[span.start..span.end], &mut passing);
            if own {
                self.clusters[c].mentions.push(span);
            }
            self.learn_from_name(c, gender);
            if !quoted {
                events.push(Event { pos: span.start, cluster: Some(c), speaker: false });
            }
            let surname = by_surname.entry(word(&ws[last])).or_insert(Some(c));
            if *surname != Some(c) {
                *surname = None;
            }
            named[last] = true;
        }
        // Only for salience: a surname alone is not read for roles, nor listed among the person's mentions
        // unless a claim resolves to it. Most words are no surname: their length and first byte say so.
        let (mut lengths, mut firsts) = (0u64, [false; 256]);
        for surname in by_surname.keys() {
            lengths |= 1 << surname.len().min(63);
            firsts[surname.as_bytes()[0] as usize] = true;
        }
        for (k, w) in ws.iter().enumerate() {
            let bytes = &text.as_bytes()[w.span.start..w.span.end];
            if named[k] || w.quoted {
                continue;
            }
            let known = lengths & 1 << bytes.len().min(63) != 0 && firsts[bytes[0] as usize];
            match known.then(|| by_surname.get(word(w))).flatten() {
                Some(&Some(c)) if !in_gazetteer(mentions, w.span) => {
                    events.push(Event { pos: w.span.start, cluster: Some(c), speaker: false });
                }
                Some(_) => {}
                // "Ms. Nwanguma was shocked ..., she said": an honorific before a name of one word says
                // that it is a person's, and the gender.
                None => {
                    let Some(gender) = honorific_before(text, w) else { continue };
                    if in_gazetteer(mentions, w.span) || !is_capitalised(word(w)) || in_capitals(word(w)) {
                        continue;
                    }
                    let (c, own) = self.named_in_text(word(w), &mut passing);
                    if own {
                        self.clusters[c].mentions.push(w.span);
                    }
                    self.learn_from_name(c, Some(gender));
                    events.push(Event { pos: w.span.start, cluster: Some(c), speaker: false });
                }
            }
        }
        events
    }
}
