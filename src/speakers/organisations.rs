//! Organisations: the short and possessive forms of an organisation's name.
//!
//! - "X's campaign" (or office, administration, company...: `ORGANISATION_HEADS`) is an organisation,
//!   never the person X: the gazetteer's "X campaign" when it has one ("Roe's campaign" is the Roe
//!   campaign), else one of its own, named as written;
//! - "The Post" after "The Washington Post", "the campaign" after "Roe's campaign", "the commission"
//!   after "the Commission on Debates": the one organisation of the document, mentioned before, whose
//!   name ends or opens with that word; a short form with no such antecedent, or two, stays anonymous,
//!   and so does one that ends many kinds of name ("The House" is not "the White House");
//! - an acronym that the text defines in parentheses after a name ("the Office for National Statistics
//!   (ONS)", "the Academy of Motion Picture Arts and Sciences (Ampas)") is that name's organisation,
//!   wherever it stands alone.

use std::collections::{HashMap, HashSet};

use super::Doc;
use super::names;
use crate::lexicon;
use crate::mention::Span;

/// The longest acronym looked for in parentheses, in bytes.
const MAX_ACRONYM: usize = 8;

/// The words the text writes alone in parentheses ("(ONS)"): the only ones an acronym it defines can be,
/// so that [`defined_acronym`] searches only for them.
pub(super) fn parenthesised(text: &str) -> HashSet<&str> {
    let mut out = HashSet::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let rest = &text.as_bytes()[open + 1..];
        if let Some(close) = rest.iter().take(MAX_ACRONYM + 1).position(|&b| b == b')') {
            out.extend(text.get(open + 1..open + 1 + close));
        }
    }
    out
}

/// "the Office for National Statistics (ONS)": the name that the text, within `FULLER_FORM_REACH` of
/// `at`, defines `acronym` for in the parentheses right after it, when the initials of the name's
/// capitalised words spell it (case aside: "Ampas", "Acpo"); the definition nearest before `at` first.
pub(super) fn defined_acronym(text: &str, acronym: &str, at: usize) -> Option<Span> {
    if acronym.len() < 2 || acronym.len() > MAX_ACRONYM || !acronym.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    let near = names::reach(text, Span { start: at, end: at });
    let defined = names::occurrences(text, near, acronym).filter_map(|k| {
        let open =
            k.checked_sub(1).filter(|&o| text.as_bytes()[o] == b'(' && text[k + acronym.len()..].starts_with(')'))?;
        let before = text[..open].trim_end();
        // The name's clause: back to the last mark that could end it.
        let from = before.rfind([',', ';', ':', '.', '(', ')', '"', '\n']).map_or(0, |p| p + 1);
        let name = names::trailing_name(text, Span { start: from, end: before.len() })?;
        let words = text[name.span.start..name.span.end].split_whitespace();
        let initials: String = words.filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect();
        (name.words >= 2 && initials.eq_ignore_ascii_case(acronym)).then_some(name.span)
    });
    // In text order: the last definition before `at`, else the first after it.
    let mut nearest_before = None;
    for d in defined {
        if d.start >= at {
            return nearest_before.or(Some(d));
        }
        nearest_before = Some(d);
    }
    nearest_before
}

/// The first part of a source phrase, before a comma or a parenthesis, as its words with byte spans.
fn head_words(text: &str, source: Span) -> Vec<Span> {
    let phrase = &text[source.start..source.end];
    let end = source.start + phrase.find([',', '(', ';']).unwrap_or(phrase.len());
    let mut out = Vec::new();
    let mut at = source.start;
    for w in text[source.start..end].split(' ') {
        if !w.is_empty() {
            out.push(Span { start: at, end: at + w.len() });
        }
        at += w.len() + 1;
    }
    out
}

/// A word without the punctuation around it.
fn word(text: &str, w: Span) -> &str {
    text[w.start..w.end].trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
}

/// The organisations' mentions by the words a short form can repeat, kept as the passes add mentions:
/// each mention is read once, so that a document of many short forms costs no more than its mentions.
#[derive(Default)]
pub(super) struct ShortForms {
    /// Lowercase word: the start of each mention it ends or heads, and the mention's cluster.
    by_word: HashMap<String, Vec<(usize, usize)>>,
    /// How many of each cluster's mentions have been read.
    read: Vec<usize>,
}

/// The words a short form of a mention can be: the last word of its name ("Post" in "The Washington
/// Post"), or the first after an article ("Commission" in "the Commission on Debates").
fn ends(name: &str) -> [Option<&str>; 2] {
    let mut words = name.split(|c: char| !c.is_alphanumeric()).filter(|x| !x.is_empty());
    let first = words.next();
    let first = if first.is_some_and(|f| f.eq_ignore_ascii_case("the")) { words.next() } else { first };
    let last = words.next_back().or(first);
    [first, last]
}

impl Doc<'_> {
    /// Reads the short forms of the organisations' mentions added since the last call.
    fn read_short_forms(&mut self) {
        let (text, clusters, forms) = (self.text, &self.clusters, &mut self.short_forms);
        forms.read.resize(clusters.len(), 0);
        for (c, cluster) in clusters.iter().enumerate() {
            if !cluster.person {
                for m in &cluster.mentions[forms.read[c]..] {
                    for w in ends(&text[m.start..m.end]).into_iter().flatten() {
                        forms.by_word.entry(w.to_ascii_lowercase()).or_default().push((m.start, c));
                    }
                }
            }
            forms.read[c] = cluster.mentions.len();
        }
    }

    /// "X's campaign": the organisation, from the gazetteer when it has "X campaign".
    pub(super) fn possessive_organisation(&mut self, source: Span) -> Option<usize> {
        let text = self.text;
        let ws = head_words(text, source);
        let [.., owner, head] = ws.as_slice() else { return None };
        let head_word = word(text, *head);
        if !lexicon::ORGANISATION_HEADS.contains(head_word) {
            return None;
        }
        let owner_word = word(text, *owner);
        let x = lexicon::possessor(owner_word)?;
        if !x.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let probe = format!("{x} {head_word}");
        let span = Span { start: owner.start, end: head.end };
        let c = match self.gazetteer.entity_spanning(&probe) {
            Some(e) => self.entity_at(e),
            None => self.as_written(&text[span.start..span.end], "ORG", span),
        };
        self.clusters[c].mentions.push(span);
        Some(c)
    }

    /// "The Post", "the campaign": the one organisation mentioned before whose name holds the word.
    pub(super) fn short_form(&mut self, source: Span) -> Option<usize> {
        let text = self.text;
        let ws = head_words(text, source);
        // "the" in the phrase, or just before a name that starts after it ("the Times").
        let (start, w) = match ws.as_slice() {
            [the, w] if word(text, *the).eq_ignore_ascii_case("the") => (the.start, w),
            [w] if w.start >= 4 && text.as_bytes()[w.start - 4..w.start].eq_ignore_ascii_case(b"the ") => {
                (w.start - 4, w)
            }
            _ => return None,
        };
        let short = word(text, *w);
        let capitalised = short.chars().next().is_some_and(char::is_uppercase);
        let lower = lexicon::lowercase(short);
        if !capitalised && !lexicon::ORGANISATION_HEADS.contains(&lower)
            || lexicon::AMBIGUOUS_SHORT_FORMS.contains(&lower)
        {
            return None;
        }
        self.read_short_forms();
        let mut found = (self.short_forms.by_word.get(&short.to_ascii_lowercase()).into_iter().flatten())
            .filter(|&&(pos, _)| pos < source.start)
            .map(|&(_, c)| c);
        let c = found.next()?;
        if found.any(|other| other != c) {
            return None;
        }
        self.clusters[c].mentions.push(Span { start, end: w.end });
        Some(c)
    }
}
