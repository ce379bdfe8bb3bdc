//! Descriptions: a definite description that repeats a role the text gave one person is that person.
//!
//! - a role in apposition after a name: "Jon Doe, the agency's commissioner, said ..." and later "the
//!   commissioner said";
//! - a role just before a name: "Agency Director Jon Doe" and later "the agency director";
//! - a possessive role: "Jon Doe, Roe's campaign manager, ..." and later "Roe's campaign manager said"
//!   (which names Roe, but is not Roe);
//! - a description that no role before it explains may repeat a role given within a few hundred bytes
//!   after it, as a lead does before the name ("The home secretary has defended ..." and then "New Home
//!   Secretary Charles Clarke said");
//! - roles are read wherever the person is mentioned: at a gazetteer entity's every mention, at a source's
//!   name, and at every place the text writes the full name of a person who speaks ("Prime Minister Keir
//!   Starmer met ..." and later "Starmer said", then "the prime minister told the BBC");
//! - the head is a role noun (`NAME_TITLES`: "commissioner", "candidate", "director");
//! - the description's words must all be in the role, with the same head noun, and no other person of the
//!   document may hold a role with that head and those words; a description with no antecedent stays
//!   anonymous.

use std::collections::HashMap;

use super::Doc;
use crate::lexicon;
use crate::mention::Span;

/// The most words a role before a name is read over.
const MAX_ROLE_BEFORE: usize = 5;

/// The most bytes a role after a name is read over.
const MAX_ROLE_AFTER: usize = 160;

/// The most bytes after a description that the role it repeats is looked for, when none is given before
/// it: a lead and the paragraph after it.
const CATAPHORA_REACH: usize = 600;

/// A role the text gives a cluster, where it gives it.
struct Role {
    head: String,
    words: Vec<String>,
    cluster: usize,
    pos: usize,
}

/// A word lowercased, without its possessive ending or the punctuation around it.
fn plain(word: &str) -> String {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let w = lexicon::possessor(w).unwrap_or(w);
    w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn is_possessive(word: &str) -> bool {
    lexicon::possessor(word).is_some()
}

/// The words of a description up to where a role ends: a preposition, a verb, a relative ("the agency
/// commissioner who", "Roe's campaign manager was asked"); "and" between capitalised words stays
/// ("Customs and Border Protection").
fn role_words(words: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let lower = lexicon::lowercase(w);
        let joins =
            &*lower == "and" && words.get(i + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        if !joins && (lexicon::STOP_WORDS.contains(&lower) || lexicon::NAME_LINKS.contains(&lower)) {
            break;
        }
        let p = plain(w);
        if !p.is_empty() {
            out.push(p);
        }
        if w.ends_with([',', '.', ';', ':']) {
            break;
        }
    }
    out
}

/// The role that a phrase in apposition gives a cluster, when the phrase opens with an article or a
/// possessive ("the agency's commissioner", "Roe's campaign manager"). With `whole`, the role must be the
/// whole phrase: before a name's comma, "The Tory leader has shrugged off the defection of one of his MPs,
/// Robert Jackson" gives Jackson no role.
fn opening_role(ws: &[&str], whole: bool, cluster: usize, pos: usize) -> Option<Role> {
    let first = ws.first()?;
    if !(["the", "a", "an"].contains(&&*lexicon::lowercase(first)) || is_possessive(first)) {
        return None;
    }
    let words = role_words(ws);
    if whole && words.len() < ws.iter().filter(|w| !plain(w).is_empty()).count() {
        return None;
    }
    let head = words.last().filter(|h| !h.is_empty() && !lexicon::looks_plural(h))?.clone();
    Some(Role { head, words, cluster, pos })
}

/// The roles the text gives the people of the document, by head noun, kept as the passes add mentions:
/// each mention is read once, so that a document of many descriptions costs no more than its mentions.
#[derive(Default)]
pub(super) struct Roles {
    by_head: HashMap<String, Vec<Role>>,
    /// How many of each cluster's mentions have been read.
    read: Vec<usize>,
}

/// The roles the text gives at one mention of a person: after the name, in the phrase before it, and
/// just before it.
fn roles_at(text: &str, m: Span, cluster: usize, out: &mut Vec<Role>) {
    let name = &text[m.start..m.end];
    // No pronoun is longer than four bytes, in lowercase too.
    if name.len() <= 4 && lexicon::pronoun_kind(&lexicon::lowercase(name)).is_some() {
        return;
    }
    let after = &text[m.end..];
    if let Some(rest) = after.strip_prefix(", ") {
        let end = rest.find(['\n', ',', '.', ';', '(']).unwrap_or(rest.len()).min(MAX_ROLE_AFTER);
        let end = (0..=end).rev().find(|&i| rest.is_char_boundary(i)).unwrap_or(0);
        let ws: Vec<&str> = rest[..end].split_whitespace().collect();
        out.extend(opening_role(&ws, false, cluster, m.start));
    }
    // "The company's chief executive, Jane Roe,": the role in the phrase before the comma.
    if let Some(head) = text[..m.start].strip_suffix(", ") {
        let from = head.rfind(['\n', '.', ',', ';', ':', '"', '“']).map_or(0, |i| i + 1);
        let from = (from..head.len()).find(|&i| head.is_char_boundary(i)).unwrap_or(head.len());
        let ws: Vec<&str> = head[from..].split_whitespace().collect();
        out.extend(opening_role(&ws, true, cluster, m.start));
    }
    let line = text[..m.start].rfind(['\n', '.', ',', ';', ':']).map_or(0, |i| i + 1);
    let mut words: Vec<String> = Vec::new();
    // From the name back: the words before are never all needed.
    for w in text[line..m.start].split_whitespace().rev().take(MAX_ROLE_BEFORE) {
        if lexicon::STOP_WORDS.contains_lower(w) || lexicon::DETERMINERS.contains_lower(w) {
            break;
        }
        if is_possessive(w) && words.is_empty() {
            break;
        }
        words.insert(0, plain(w));
    }
    if let Some(head) = words.last().filter(|h| !h.is_empty() && !lexicon::looks_plural(h)) {
        out.push(Role { head: head.clone(), words: words.clone(), cluster, pos: m.start });
    }
}

impl Doc<'_> {
    /// Reads the roles at the people's mentions added since the last call.
    fn read_roles(&mut self) {
        let (text, clusters, roles) = (self.text, &self.clusters, &mut self.roles);
        roles.read.resize(clusters.len(), 0);
        let mut found = Vec::new();
        for (c, cluster) in clusters.iter().enumerate().filter(|(_, c)| c.person) {
            for m in &cluster.mentions[roles.read[c]..] {
                roles_at(text, *m, c, &mut found);
            }
            roles.read[c] = cluster.mentions.len();
        }
        for role in found {
            roles.by_head.entry(role.head.clone()).or_default().push(role);
        }
    }

    /// Pass 4, for a source that is a definite description ("the commissioner", "Roe's campaign
    /// manager"): the one person the text gave that role before it.
    pub(super) fn description(&mut self, source: Span) -> Option<usize> {
        self.description_within(source, 0)
    }

    /// For a description that no role before it explains, once every claim's source is read: the one
    /// person the text gives that role within [`CATAPHORA_REACH`] bytes after it, as a lead does before
    /// the name ("The home secretary has defended his decision ... New Home Secretary Charles Clarke
    /// said ...").
    pub(super) fn description_ahead(&mut self, source: Span) -> Option<usize> {
        self.description_within(source, CATAPHORA_REACH)
    }

    /// The one person given the role of the description `source` before it, or up to `ahead` bytes after.
    fn description_within(&mut self, source: Span, ahead: usize) -> Option<usize> {
        let text = self.text;
        let phrase = &text[source.start..source.end];
        let phrase = &phrase[..phrase.find([',', '(', ';']).unwrap_or(phrase.len())];
        let ws: Vec<&str> = phrase.split_whitespace().collect();
        // "Jane Roe's campaign manager" repeats "Roe's campaign manager": the possessor by its last word.
        let from = ws.iter().position(|w| is_possessive(w)).unwrap_or(0);
        let first = ws.first()?;
        if !(first.eq_ignore_ascii_case("the") || is_possessive(ws[from])) || ws.len() < from + 2 {
            return None;
        }
        let words: Vec<String> = ws[from..].iter().map(|w| plain(w)).filter(|w| !w.is_empty() && w != "the").collect();
        // A person's role, singular: "the two nations" and "the report" are no one.
        let head = words.last().filter(|h| !lexicon::looks_plural(h) && lexicon::NAME_TITLES.contains(h.as_str()))?;
        self.read_roles();
        let mut found = (self.roles.by_head.get(head).into_iter().flatten())
            .filter(|r| r.pos < source.start + ahead && words.iter().all(|w| r.words.contains(w)))
            .map(|r| r.cluster);
        let c = found.next()?;
        if found.any(|other| other != c) {
            return None;
        }
        let at = Span { start: source.start, end: source.start + phrase.trim_end().len() };
        self.clusters[c].mentions.push(at);
        Some(c)
    }
}
