//! What a scan finds in a text, the types every later stage reads: byte spans, the matcher's raw
//! matches, and the mentions they become once dressed with their entity's strings.

use serde::Serialize;

/// A span of text. Offsets are **byte** offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the end.
    pub end: usize,
}

/// How a mention was linked to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Resolution {
    /// The text is one of the entity's names.
    Gazetteer,
    /// A part of a name met in full earlier in the document: a person's surname ("Romanowski" after
    /// "Alina L. Romanowski"), with or without its `al-` article or middle initial, or an
    /// organisation's first word used as a modifier ("a Hashed official" after "Hashed al-Shaabi").
    Partial,
    /// An acronym defined in the document ("Popular Mobilisation Forces (PMF)").
    Acronym,
}

impl Resolution {
    /// The lowercase name used in JSON: `gazetteer`, `partial` or `acronym`.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Gazetteer => "gazetteer",
            Resolution::Partial => "partial",
            Resolution::Acronym => "acronym",
        }
    }
}

/// A mention of an entity in a text. Offsets are **byte** offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Mention<'a> {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// The mention as it appears in the text (`&text[start..end]`).
    pub text: &'a str,
    /// The linked entity's id.
    pub entity_id: &'a str,
    /// The linked entity's type.
    #[serde(rename = "type")]
    pub kind: &'a str,
    /// The linked entity's canonical name.
    pub name: &'a str,
    /// How the mention was linked.
    pub resolution: Resolution,
}

/// A mention before it is dressed with strings: byte span, entity index, resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Raw {
    pub start: usize,
    pub end: usize,
    pub entity: u32,
    pub resolution: Resolution,
}
