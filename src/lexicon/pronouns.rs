//! Pronouns: what each can stand for, and the sets of them that the rules read (possessives, objects,
//! reflexives, relatives, contracted subjects).

use super::Words;

/// What a pronoun can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PronounKind {
    /// he, she: a person.
    Person,
    /// they, it: an organisation, a country or a group.
    Group,
    /// I, we, you: the speaker or hearer, not resolved.
    Deictic,
}

/// Personal pronouns that can stand for a source, by what they can refer to.
pub(crate) fn pronoun_kind(word: &str) -> Option<PronounKind> {
    Some(match word {
        "he" | "she" => PronounKind::Person,
        "they" | "it" => PronounKind::Group,
        "i" | "we" | "you" => PronounKind::Deictic,
        _ => return None,
    })
}

/// Endings of a subject pronoun joined to an auxiliary other than the copula ("they'll", "we've", "he'd");
/// the copula's are `COPULA_CONTRACTIONS`.
const OTHER_AUXILIARY_CONTRACTIONS: &[&str] = &["'ll", "\u{2019}ll", "'d", "\u{2019}d", "'ve", "\u{2019}ve"];

/// The kind of the subject pronoun that `word` (lowercase) joins to one of `endings` ("they're" with
/// `COPULA_CONTRACTIONS`).
pub(crate) fn contracted_pronoun(word: &str, endings: &[&str]) -> Option<PronounKind> {
    endings.iter().find_map(|e| word.strip_suffix(e)).and_then(pronoun_kind)
}

/// Endings of a subject pronoun joined to a modal ("he'd", "they'll").
const MODAL_CONTRACTIONS: &[&str] = &["'ll", "\u{2019}ll", "'d", "\u{2019}d"];

/// Whether `word` (lowercase) is a subject pronoun joined to a modal: "he'd", "they'll".
pub(crate) fn is_modal_contraction(word: &str) -> bool {
    contracted_pronoun(word, MODAL_CONTRACTIONS).is_some()
}

/// The kind of the subject pronoun that `word` (lowercase) joins to its auxiliary: "they'll", "she's", "I'm"
/// (not "I'Anson").
pub(crate) fn contracted_kind(word: &str) -> Option<PronounKind> {
    contracted_pronoun(word, COPULA_CONTRACTIONS).or_else(|| contracted_pronoun(word, OTHER_AUXILIARY_CONTRACTIONS))
}

/// Whether `word` (lowercase) is a subject pronoun joined to its auxiliary: "they'll", "she's", "I'm".
pub(crate) fn is_contracted_pronoun(word: &str) -> bool {
    contracted_kind(word).is_some()
}

/// Pronouns that stand for a thing or a body, never a person: a name whose reported words call it "it"
/// is a body's ("Citadel said it did not yet know").
pub(crate) const BODY_PRONOUNS: Words = Words::new(&["it", "its"]);

/// Possessive pronouns that can own a stance ("his claim that C"), by what they can refer to.
pub(crate) fn possessive_kind(word: &str) -> Option<PronounKind> {
    Some(match word {
        "his" | "her" => PronounKind::Person,
        "their" | "its" => PronounKind::Group,
        "our" | "my" => PronounKind::Deictic,
        _ => return None,
    })
}

/// Subject pronouns that take a verb in -s ("he says"), against "they say".
pub(crate) const SINGULAR_SUBJECTS: Words = Words::new(&["he", "she", "it"]);

/// Words whose "'s" is "is" or "has", not a possessive ("She's predicting", "that's", "there's").
pub(crate) const CONTRACTED_SUBJECTS: Words = Words::new(&["he", "she", "it", "that", "who", "what", "there"]);

/// Possessive determiners: after one, a base form is a noun ("his radio show").
pub(crate) const POSSESSIVES: Words = Words::new(&["its", "his", "her", "their", "our", "my", "your"]);

/// Possessives of a third party, which a verb may take as its own ("renewed its call for") and which,
/// unlike other determiners, leave a quantifier's verb a verb.
pub(crate) const THIRD_PERSON_POSSESSIVES: Words = Words::new(&["its", "his", "her", "their"]);

/// [`POSSESSIVES`] without "her", which may be an object ("told her claims" is no noun phrase).
pub(crate) const UNAMBIGUOUS_POSSESSIVES: Words = Words::new(&["its", "his", "their", "our", "my", "your"]);

/// Object pronouns: a hearer of its own ("told them").
pub(crate) const OBJECT_PRONOUNS: Words = Words::new(&["them", "him", "her", "us", "me"]);

/// [`OBJECT_PRONOUNS`] without "her", which may be a possessive: before a base form they make it a verb
/// ("say they", "told us say").
pub(crate) const UNAMBIGUOUS_OBJECT_PRONOUNS: Words = Words::new(&["him", "them", "us", "me"]);

/// Third-person objects, reflexive or not, that mark a verb's own object ("and likened it to X").
pub(crate) const VERB_OBJECT_PRONOUNS: Words =
    Words::new(&["him", "her", "it", "them", "himself", "herself", "itself", "themselves"]);

/// Reflexive pronouns that intensify the source before them ("Cruz himself said").
pub(crate) const REFLEXIVES: Words = Words::new(&["himself", "herself", "itself", "themselves"]);

/// Relative pronouns that stand for a source in its clause ("X, who has called for C").
pub(crate) const RELATIVE_PRONOUNS: Words = Words::new(&["who", "which"]);

/// Relative pronouns of people, which open an appositive clause with or without a comma ("said a handful of
/// Democrats who point to C").
pub(crate) const PERSON_RELATIVES: Words = Words::new(&["who", "whose"]);

/// Words that open a relative clause or stand for its subject ("who fear", "the report that has").
pub(crate) const RELATIVE_WORDS: Words = Words::new(&["who", "that", "which"]);

/// Words that open a relative clause, possessive included (`said Roe, who thinks they "need C."`).
pub(crate) const RELATIVE_OPENERS: Words = Words::new(&["who", "which", "that", "whose"]);

/// Words that open a clause with a gap that a later verb fills ("which critics say is", "a provision that
/// lawmakers believe is").
pub(crate) const GAP_OPENERS: Words = Words::new(&["who", "what", "which", "that", "whom"]);

/// Subjects with no referent that open no source ("There's", "It's").
pub(crate) const EXPLETIVES: Words =
    Words::new(&["there", "there's", "there\u{2019}s", "here's", "here\u{2019}s", "it's", "it\u{2019}s"]);

/// Verbs of seeming and remaining that an expletive subject takes besides an auxiliary ("there seem to
/// be", "there remains a chance").
#[rustfmt::skip]
pub(crate) const EXPLETIVE_VERBS: Words = Words::new(&[
    "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained", "exist",
    "exists", "existed",
]);

/// Endings of a subject pronoun joined to its copula ("they're hopeful", "he's confident", "I'm sure").
pub(crate) const COPULA_CONTRACTIONS: &[&str] = &["'s", "\u{2019}s", "'re", "\u{2019}re", "'m", "\u{2019}m"];
