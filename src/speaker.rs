//! A speaker as gazette reports it: one person, organisation or group that the document quotes, with
//! every mention of it and a canonical name. The `speakers` stage finds them; the document, the JSON and
//! the C API read them.

use serde::Serialize;

use crate::mention::Span;

/// Who is quoted: the cluster of a document's mentions that refer to one person, organisation or group.
/// A claim points to its speaker with [`crate::Claim::speaker_id`], an index into
/// [`crate::Document::speakers`]. Anonymous sources ("officials") are no speaker. Offsets in every
/// [`Span`] are **byte** offsets into the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker<'a> {
    /// The canonical name: the linked entity's name, or when nothing is linked, the fullest form the
    /// text gives ("Elena Marković" for a later "Marković").
    pub name: &'a str,
    /// The id of the speaker's gazetteer entity, when there is one.
    pub entity_id: Option<&'a str>,
    /// The entity's type, or the inferred `PERSON`, `ORG` or `GROUP` when nothing is linked.
    pub entity_type: &'a str,
    /// Every mention of the speaker in the text, names, pronouns and descriptions, sorted; byte offsets.
    pub mentions: Vec<Span>,
    /// How many of the document's claims the speaker makes.
    pub claims: usize,
}
