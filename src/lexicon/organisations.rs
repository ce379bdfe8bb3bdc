//! Organisations: the head nouns by which a text refers again to an organisation it has named.

use super::Words;

/// Nouns that head a short form of an organisation's name ("the campaign" after "the Clinton
/// campaign", "the commission" after "the Commission on Presidential Debates") or a possessive one
/// ("Roe's campaign" is an organisation, not Roe), lowercase.
pub(crate) const ORGANISATION_HEADS: Words = Words::new(&[
    "campaign",
    "office",
    "administration",
    "organization",
    "organisation",
    "foundation",
    "company",
    "firm",
    "commission",
    "committee",
    "council",
    "agency",
    "department",
    "ministry",
    "party",
    "government",
    "team",
    "court",
    "board",
    "group",
    "network",
    "newspaper",
    "paper",
    "union",
    "university",
    "institute",
    "bank",
]);

/// Capitalised words that end the names of several kinds of body, so that "The House" after "the White
/// House" is not a short form of it, lowercase.
pub(crate) const AMBIGUOUS_SHORT_FORMS: Words =
    Words::new(&["house", "state", "states", "city", "county", "news", "center"]);
