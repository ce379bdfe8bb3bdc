//! A processed document and its JSON form, shared by the command line, Python and C.

use serde::Serialize;
use serde_json::Value;

use crate::claim::{Claim, ClaimKind, SourceKind};
use crate::mention::{Mention, Resolution, Span};
use crate::speaker::Speaker;

/// What gazette found in one text. Offsets in the Rust fields are **byte** offsets into `text`; the
/// JSON form ([`Document::to_json`]) uses code points, as Python `str` indices do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'a> {
    /// The text.
    pub text: &'a str,
    /// The mentions, sorted by start.
    pub mentions: Vec<Mention<'a>>,
    /// The claims, in the order of their cues (empty from [`crate::Gazetteer::document`]).
    pub claims: Vec<Claim<'a>>,
    /// Who is quoted: each claim's [`Claim::speaker_id`] indexes this list (empty from
    /// [`crate::Gazetteer::document`]).
    pub speakers: Vec<Speaker<'a>>,
}

/// Converts byte offsets into code-point offsets (Python `str` indices), in one pass over the text when
/// the offsets come in ascending order, as the starts and ends of [`crate::Gazetteer::find`] do.
///
/// ```
/// let text = "Côte d’Ivoire";
/// let mut cp = gazette::CodePoints::new(text);
/// assert_eq!((cp.at(0), cp.at(text.find('I').unwrap()), cp.at(text.len())), (0, 7, 13));
/// ```
#[derive(Debug, Clone)]
pub struct CodePoints<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CodePoints<'a> {
    /// A converter for offsets into `text`.
    pub fn new(text: &'a str) -> CodePoints<'a> {
        CodePoints { text, byte: 0, chars: 0 }
    }

    /// The code-point offset of byte offset `at` (a character boundary). Calls with ascending offsets
    /// cost one pass in total; a smaller offset restarts from the beginning.
    ///
    /// # Panics
    /// When `at` is not a character boundary of the text.
    pub fn at(&mut self, at: usize) -> usize {
        if at < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..at].chars().count();
        self.byte = at;
        self.chars
    }

    /// Converts byte offsets given in any order: sorts them and walks the text once.
    pub(crate) fn table(text: &'a str, mut offsets: Vec<usize>) -> OffsetTable {
        offsets.sort_unstable();
        offsets.dedup();
        let mut cp = CodePoints::new(text);
        let chars = offsets.iter().map(|&b| cp.at(b)).collect();
        OffsetTable { bytes: offsets, chars }
    }
}

/// Byte offsets and their code-point offsets, from [`CodePoints::table`].
pub(crate) struct OffsetTable {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl OffsetTable {
    /// The code-point offset of a byte offset that was in the table.
    fn get(&self, byte: usize) -> usize {
        self.bytes.binary_search(&byte).map_or(0, |i| self.chars[i])
    }

    fn span(&self, s: Span) -> [usize; 2] {
        [self.get(s.start), self.get(s.end)]
    }
}

impl Document<'_> {
    /// The document as JSON, every offset in **code points**; this is the `extract --jsonl` line
    /// without its `id`:
    /// - `"mentions"`: `[{"start", "end", "text", "entity_id", "type", "name", "resolution"}]`;
    /// - `"quotes"`: the claims in the evaluation format (`content_start`, `content_end`,
    ///   `content_spans`, `cue_start`, `cue_end`, `source_start`, `source_end`, `source_spans`,
    ///   `source_text`, `speaker`) plus `entity_id`, `source_kind`, `cue_lemma`, `medium_start`,
    ///   `medium_end`, `medium_text`, `medium_entity_id`, `kind` and `speaker_id`; absent values are
    ///   `null`;
    /// - `"speakers"`: `[{"id", "name", "entity_id", "type", "mentions": [[start, end], ...], "claims"}]`,
    ///   where `id` is the index that a quote's `speaker_id` gives.
    ///
    /// Keys come in alphabetical order.
    pub fn to_json(&self) -> Value {
        let mut offsets: Vec<usize> = self.mentions.iter().flat_map(|m| [m.start, m.end]).collect();
        for c in &self.claims {
            let spans = c.content.iter().chain([&c.cue]).chain(&c.source).chain(&c.relative).chain(&c.medium);
            offsets.extend(spans.flat_map(|s| [s.start, s.end]));
        }
        offsets.extend(self.speakers.iter().flat_map(|s| &s.mentions).flat_map(|s| [s.start, s.end]));
        let cp = CodePoints::table(self.text, offsets);
        let record = DocumentJson {
            mentions: self.mentions.iter().map(|m| MentionJson::new(m, &cp)).collect(),
            quotes: self.claims.iter().map(|c| ClaimJson::new(c, &cp)).collect(),
            speakers: self.speakers.iter().enumerate().map(|(id, s)| SpeakerJson::new(id, s, &cp)).collect(),
        };
        serde_json::to_value(record).expect("a document's JSON has string keys only")
    }
}

/// The one definition of the document's JSON (`Document::to_json`), which the command line, C and Python
/// all give. Offsets are code points.
#[derive(Serialize)]
struct DocumentJson<'a> {
    mentions: Vec<MentionJson<'a>>,
    quotes: Vec<ClaimJson<'a>>,
    speakers: Vec<SpeakerJson<'a>>,
}

/// A mention in the JSON.
#[derive(Serialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    entity_id: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    name: &'a str,
    resolution: Resolution,
}

impl<'a> MentionJson<'a> {
    fn new(m: &Mention<'a>, cp: &OffsetTable) -> MentionJson<'a> {
        MentionJson {
            start: cp.get(m.start),
            end: cp.get(m.end),
            text: m.text,
            entity_id: m.entity_id,
            kind: m.kind,
            name: m.name,
            resolution: m.resolution,
        }
    }
}

/// A claim in the JSON: the evaluation format's fields, then gazette's own.
#[derive(Serialize)]
struct ClaimJson<'a> {
    content_start: usize,
    content_end: usize,
    content_spans: Vec<[usize; 2]>,
    cue_start: usize,
    cue_end: usize,
    source_start: Option<usize>,
    source_end: Option<usize>,
    source_spans: Vec<[usize; 2]>,
    source_text: Option<&'a str>,
    speaker: Option<&'a str>,
    entity_id: Option<&'a str>,
    source_kind: SourceKind,
    cue_lemma: &'a str,
    medium_start: Option<usize>,
    medium_end: Option<usize>,
    medium_text: Option<&'a str>,
    medium_entity_id: Option<&'a str>,
    kind: ClaimKind,
    speaker_id: Option<usize>,
}

impl<'a> ClaimJson<'a> {
    fn new(c: &Claim<'a>, cp: &OffsetTable) -> ClaimJson<'a> {
        let content_start = c.content.iter().map(|s| s.start).min().unwrap_or(0);
        let content_end = c.content.iter().map(|s| s.end).max().unwrap_or(0);
        let mut sources: Vec<Span> = c.source.iter().chain(&c.relative).copied().collect();
        sources.sort_by_key(|s| s.start);
        let at = |o: Option<usize>| o.map(|b| cp.get(b));
        ClaimJson {
            content_start: cp.get(content_start),
            content_end: cp.get(content_end),
            content_spans: c.content.iter().map(|s| cp.span(*s)).collect(),
            cue_start: cp.get(c.cue.start),
            cue_end: cp.get(c.cue.end),
            source_start: at(sources.first().map(|s| s.start)),
            source_end: at(sources.iter().map(|s| s.end).max()),
            source_spans: sources.iter().map(|s| cp.span(*s)).collect(),
            source_text: c.source_text,
            speaker: c.speaker,
            entity_id: c.entity_id,
            source_kind: c.source_kind,
            cue_lemma: c.cue_lemma,
            medium_start: at(c.medium.map(|s| s.start)),
            medium_end: at(c.medium.map(|s| s.end)),
            medium_text: c.medium_text,
            medium_entity_id: c.medium_entity_id,
            kind: c.kind,
            speaker_id: c.speaker_id,
        }
    }
}

/// A speaker in the JSON: `id` is its index in the list, which quotes give as `speaker_id`.
#[derive(Serialize)]
struct SpeakerJson<'a> {
    id: usize,
    name: &'a str,
    entity_id: Option<&'a str>,
    #[serde(rename = "type")]
    kind: &'a str,
    mentions: Vec<[usize; 2]>,
    claims: usize,
}

impl<'a> SpeakerJson<'a> {
    fn new(id: usize, s: &Speaker<'a>, cp: &OffsetTable) -> SpeakerJson<'a> {
        SpeakerJson {
            id,
            name: s.name,
            entity_id: s.entity_id,
            kind: s.entity_type,
            mentions: s.mentions.iter().map(|m| cp.span(*m)).collect(),
            claims: s.claims,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_characters_not_bytes() {
        let text = "é😀 Iraq";
        let mut cp = CodePoints::new(text);
        assert_eq!(cp.at(0), 0);
        assert_eq!(cp.at(2), 1);
        assert_eq!(cp.at(6), 2);
        assert_eq!(cp.at(text.len()), 7);
        assert_eq!(cp.at(2), 1);
    }
}
