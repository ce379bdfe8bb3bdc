//! A claim as gazette reports it: who said (or believes, found, wants) what, through which medium.
//! These are the engine's answers (`claims` finds them); the document, the JSON and the C API read them.

use serde::Serialize;

use crate::mention::Span;

/// How a claim's content is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ClaimKind {
    /// The content is a quotation, in the source's own words.
    Direct,
    /// The content is reported speech or stance, with no quotation marks.
    Indirect,
    /// Reported speech with a quoted fragment (`did not rule out an "air strike."`).
    Mixed,
}

impl ClaimKind {
    /// The lowercase name used in JSON: `direct`, `indirect` or `mixed`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Mixed => "mixed",
        }
    }
}

/// What kind of source a claim has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum SourceKind {
    /// A named person, organisation or country ("Matthew Miller", "The US", "Reuters").
    Named,
    /// An unnamed source ("officials", "a security source", "A Hashed official").
    Anonymous,
    /// A pronoun ("he said"), resolved to the person or organisation the text is about there, in
    /// agreement with it (its speaker), when there is one.
    Pronoun,
    /// No source in the text.
    None,
}

impl SourceKind {
    /// The lowercase name used in JSON: `named`, `anonymous`, `pronoun` or `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Pronoun => "pronoun",
            SourceKind::None => "none",
        }
    }
}

/// A claim: who said (or believes, found, wants) what, through which medium. Offsets in every [`Span`]
/// are **byte** offsets into the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim<'a> {
    /// The content, in text order, byte offsets: one span, or several when the cue or source
    /// interrupts it (`"A," she said, "B."`). A direct quotation's span excludes its quotation marks.
    pub content: Vec<Span>,
    /// The cue, with the auxiliaries and negation it absorbs ("did not rule out", "has claimed"), byte
    /// offsets.
    pub cue: Span,
    /// The cue's lemma ("say" for "said", "according to").
    pub cue_lemma: &'a str,
    /// The source as written, titles and appositives included, or `None`. For a relative clause
    /// ("al-Sudani, who has called for") this is the antecedent. Byte offsets.
    pub source: Option<Span>,
    /// The relative pronoun that stands for the source in its clause ("who"), byte offsets.
    pub relative: Option<Span>,
    /// The source's text (`&text[source.start..source.end]`).
    pub source_text: Option<&'a str>,
    /// What kind of source this is.
    pub source_kind: SourceKind,
    /// The id of the source's gazetteer entity: its speaker's entity, when the speaker has one: the person
    /// when the source names one ("US State Department spokesperson Matthew Miller" links to Matthew
    /// Miller; "Mrs. Roe" to the gazetteer's only Roe), a pronoun's or a description's antecedent.
    pub entity_id: Option<&'a str>,
    /// The speaker's canonical name, for every resolved source, linked or not: the entity's name, or the
    /// fullest form of the name in the text.
    pub speaker: Option<&'a str>,
    /// The index of the claim's speaker in [`crate::Document::speakers`]; `None` for anonymous and
    /// absent sources.
    pub speaker_id: Option<usize>,
    /// The medium the claim came through ("Reuters" in "told Reuters", "the X platform" in "via the X
    /// platform"; the source itself in "According to Reuters"), byte offsets.
    pub medium: Option<Span>,
    /// The medium's text.
    pub medium_text: Option<&'a str>,
    /// The id of the medium's gazetteer entity.
    pub medium_entity_id: Option<&'a str>,
    /// Direct, indirect or mixed.
    pub kind: ClaimKind,
}

impl Claim<'_> {
    /// The content's extent, from its first span's start to its last span's end (byte offsets), or `None`
    /// with no content: the JSON's `content_start` and `content_end`.
    pub fn content_bounds(&self) -> Option<Span> {
        let start = self.content.iter().map(|s| s.start).min()?;
        let end = self.content.iter().map(|s| s.end).max()?;
        Some(Span { start, end })
    }

    /// The source's span and the relative pronoun's, in text order (byte offsets): the JSON's
    /// `source_spans`, whose first start and greatest end are its `source_start` and `source_end`.
    pub fn source_spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = self.source.iter().chain(&self.relative).copied().collect();
        spans.sort_by_key(|s| s.start);
        spans
    }

    /// The byte offsets of all the claim's spans (content, cue, source, relative pronoun, medium), in no
    /// order: what an [`crate::OffsetTable`] converts for a document's claims.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        let spans = self.content.iter().chain([&self.cue]).chain(&self.source).chain(&self.relative);
        spans.chain(&self.medium).flat_map(|s| [s.start, s.end])
    }
}
