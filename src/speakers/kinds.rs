//! Kinds: whether a name the gazetteer lacks is a person's or an organisation's, from what the text says
//! of it. A name is a person's unless the text says otherwise:
//!
//! - a name the text calls a company or another kind of body, right before it or in apposition
//!   ("carmaker Rover", "Titan, a California-based company,"), or whose role only a body has ("managing
//!   director of T-Mobile", "Fiat chairman Luca di Montezemolo"), is an organisation's;
//! - so is a name of two words or more with no first name that ends in a word of places, companies and
//!   things ("Paramount Pictures", "Qwest Communications": `NOT_PEOPLE_LAST_WORDS`) or opens with an
//!   organisation's name or an acronym of three capitals or more ("BBC Sport", "MSN Spaces"), but not the
//!   members of one ("Labour MPs"), nor a nationality's ("Russian Dmitriy Bogdanov");
//! - a web address names a website ("Factcheck.org", "Outsports.com"), whatever stands before it, and a
//!   word with a capital inside it that no surname's prefix explains names a brand ("SpiceJet",
//!   "LokiTorrent"; not "McCain", "DeLay");
//! - a one-word name whose reported words call it "it" is an organisation's ("Citadel said it did not yet
//!   know", "Uefa has said its own representative saw nothing"), unless they call it "he" or "she"
//!   elsewhere; so is a name that "which" follows ("a case brought by Eolas, which claimed"), a thing's
//!   relative pronoun where a person's is "who";
//! - a title, an honorific or a fuller form makes a person's name ("Mr Lyra" beside "the software firm
//!   Lyra"; "Tom Dunmore" beside "the band Dunmore").

use super::names::{self, Name, occurrences};
use super::within;
use crate::claim::{Claim, ClaimKind};
use crate::lexicon::{self, Gender};
use crate::mention::{Mention, Span};
use crate::resolve::is_organisation;

/// Whether the one-word name `name`, whose fullest form in the text is `fullest`, after the honorific
/// whose gender is `honorific`, is an organisation's: one the text calls a body, or whose reported words
/// do (`called_it`, see [`calls_source_it`]), with no title nor fuller form ("the software firm Lyra",
/// though "Lyra" is a first name).
pub(super) fn one_word_organisation(
    text: &str,
    name: &Name,
    fullest: Span,
    honorific: Option<Gender>,
    called_it: bool,
) -> bool {
    let written = &text[name.span.start..name.span.end];
    let titled = || {
        lexicon::NAME_TITLES.contains_lower(lexicon::word_before(text, name.span.start))
            || lexicon::person_word_before(text, name.span.start)
    };
    web_address(written)
        || inner_capital(written)
        || fullest == name.span
            && honorific.is_none()
            && name.gender.is_none()
            && (((called_it || which_after(text, name.span)) && !titled()) || classed_as_organisation(text, name.span))
}

/// Whether a word has a capital after a lowercase letter that no surname's prefix explains ("SpiceJet",
/// "TiVoToGo"; not "McCain", "MacArthur", "O'Neill", "Campbell-Savours").
fn inner_capital(word: &str) -> bool {
    // Each part of a hyphenated word opens with its own capital ("Campbell-Savours", "Jay-Z").
    word.split('-').any(|part| {
        let mut seen_lower = false;
        for (i, c) in part.char_indices() {
            if c.is_uppercase() && seen_lower {
                return !lexicon::SURNAME_PREFIXES.contains_lower(&part[..i]);
            }
            seen_lower |= c.is_lowercase();
        }
        false
    })
}

/// Whether the relative pronoun "which" follows the name at `span`, with or without a comma: "Eolas,
/// which claimed", "Electronic Arts which makes".
fn which_after(text: &str, span: Span) -> bool {
    let rest = text[span.end..].strip_prefix(',').unwrap_or(&text[span.end..]).trim_start();
    rest.strip_prefix("which").is_some_and(|after| !after.starts_with(char::is_alphanumeric))
}

/// What the words a claim reports say of its source: an indirect content that opens (after its "that")
/// with "it" or "its" calls it a body, `Some(true)` ("Citadel said it did not yet know"); with "he",
/// "she", "his" or "her", a person, `Some(false)`; otherwise `None`.
pub(super) fn calls_source_it(text: &str, claim: &Claim<'_>) -> Option<bool> {
    let first = claim.content.first().filter(|_| claim.kind == ClaimKind::Indirect)?;
    let mut words = text[first.start..first.end].split(|c: char| !c.is_alphanumeric());
    let word = words.next().filter(|w| *w != "that").or_else(|| words.next())?;
    if lexicon::BODY_PRONOUNS.contains(word) {
        Some(true)
    } else {
        let person = Some(lexicon::PronounKind::Person);
        (lexicon::pronoun_kind(word) == person || lexicon::possessive_kind(word) == person).then_some(false)
    }
}

/// Whether `word` ends in a web domain's suffix ("Factcheck.org", "Outsports.com"), not a sentence's
/// full stop: a website's name.
fn web_address(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    word.rsplit_once('.').is_some_and(|(site, suffix)| !site.is_empty() && lexicon::WEB_SUFFIXES.contains_lower(suffix))
}

/// Whether `name`, of two words or more, after the honorific whose gender is `honorific`, is an
/// organisation's (see the module doc); `mentions` are the gazetteer's.
pub(super) fn organisation(text: &str, name: &Name, honorific: Option<Gender>, mentions: &[Mention<'_>]) -> bool {
    let written = &text[name.span.start..name.span.end];
    let last = written.rsplit(' ').next().unwrap_or(written);
    let opening = written.split(' ').next().unwrap_or(written);
    let members = || last.strip_suffix('s').is_some_and(|w| lexicon::NAME_TITLES.contains_lower(w));
    let body_first = || {
        !members()
            && (within(mentions, name.span)
                .any(|m| m.start == name.span.start && m.end < name.span.end && is_organisation(m.kind))
                || opening.len() >= 3 && opening.bytes().all(|b| b.is_ascii_uppercase()))
    };
    web_address(last)
        || names::first_name(written).and_then(lexicon::first_name_gender).is_none()
            && honorific.is_none()
            && name.gender.is_none()
            && (lexicon::NOT_PEOPLE_LAST_WORDS.contains_lower(last)
                || body_first()
                || which_after(text, name.span)
                || classed_as_organisation(text, name.span))
}

/// Whether the text, within `FULLER_FORM_REACH` of the name at `word`, says it names an organisation: a
/// lowercase noun of [`lexicon::ORGANISATION_KINDS`] right before it ("Web tracking company Envisional",
/// "carmaker Rover") or heading the appositive after it ("Titan, a California-based company, pleaded").
fn classed_as_organisation(text: &str, word: Span) -> bool {
    let written = &text[word.start..word.end];
    let kind = |w: &str| w.starts_with(char::is_lowercase) && lexicon::ORGANISATION_KINDS.contains(w);
    occurrences(text, names::reach(text, word), written).any(|at| {
        let before = text[..at].strip_suffix(' ').and_then(|left| left.rsplit(char::is_whitespace).next());
        // The appositive: a determiner or a possessive, then a few words up to its comma or full stop; its
        // head is the last before a preposition ("the godfather of the group" is a person).
        let appositive = || {
            let rest = text[at + written.len()..].strip_prefix(", ")?;
            let phrase = &rest[..rest.find([',', '.', ';', ':', '(', ')']).unwrap_or(rest.len())];
            let first = phrase.split_whitespace().next()?;
            let opens = lexicon::DETERMINERS.contains(first) || lexicon::possessor(first).is_some();
            let head = phrase.split_whitespace().take_while(|w| !lexicon::AFFILIATION_PREPOSITIONS.contains(w)).last();
            (opens && phrase.split_whitespace().nth(6).is_none()).then_some(head).flatten()
        };
        // "managing director of T-Mobile", "an economist at Barclays": a role that only a body has.
        let role = || {
            let mut words = text[..at].trim_end().rsplit(char::is_whitespace);
            matches!(words.next(), Some("of" | "at"))
                && words.next().is_some_and(|w| lexicon::ORGANISATION_ROLES.contains(w))
        };
        // "Fiat chairman Luca di Montezemolo": the title of a body's head between its name and a holder's.
        let head = || {
            let rest = text[at + written.len()..].strip_prefix(' ').unwrap_or_default();
            lexicon::ORGANISATION_HEAD_TITLES.iter().any(|title| {
                rest.strip_prefix(title)
                    .and_then(|r| r.strip_prefix(' '))
                    .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
            })
        };
        before.is_some_and(kind) || appositive().is_some_and(kind) || role() || head()
    })
}
