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
    /// The last offset asked for, and its code points.
    byte: usize,
    chars: usize,
    /// The bytes from `byte` to here are ASCII, so an offset up to here costs a subtraction: news text is
    /// mostly ASCII, and Python's `find` converts two offsets a mention, a few dozen bytes apart, on which
    /// `chars().count()` was 40% of the instructions that the binding added to the core's `find`.
    ascii: usize,
}

impl<'a> CodePoints<'a> {
    /// A converter for offsets into `text`.
    pub fn new(text: &'a str) -> CodePoints<'a> {
        CodePoints { text, byte: 0, chars: 0, ascii: 0 }
    }

    /// The code-point offset of byte offset `at` (a character boundary). Calls with ascending offsets
    /// cost one pass in total; a smaller offset restarts from the beginning.
    ///
    /// # Panics
    /// When `at` is not a character boundary of the text.
    #[inline]
    pub fn at(&mut self, at: usize) -> usize {
        // Inside the ASCII run, every offset is a boundary and costs a subtraction.
        if self.byte <= at && at <= self.ascii {
            (self.chars, self.byte) = (self.chars + at - self.byte, at);
            return self.chars;
        }
        self.walk(at)
    }

    /// [`CodePoints::at`] past the known ASCII run: a character at a time until the next run.
    fn walk(&mut self, at: usize) -> usize {
        assert!(self.text.is_char_boundary(at), "byte offset {at} is not a character boundary of the text");
        if at < self.byte {
            *self = CodePoints::new(self.text);
        }
        while at > self.ascii {
            (self.chars, self.byte) = (self.chars + self.ascii - self.byte, self.ascii);
            let rest = &self.text.as_bytes()[self.byte..];
            if rest[0].is_ascii() {
                self.ascii += ascii_run(rest, at - self.byte);
            } else {
                // A leading byte: its high bits give the length of its character.
                (self.chars, self.byte) = (self.chars + 1, self.byte + rest[0].leading_ones() as usize);
                self.ascii = self.byte;
            }
        }
        (self.chars, self.byte) = (self.chars + at - self.byte, at);
        self.chars
    }
}

/// How far [`CodePoints`] looks for ASCII past the offset asked for, so that the next few offsets, a
/// mention's end and the next mentions, fall in the run it knows. Costs nothing: the text is looked at once.
const LOOK_AHEAD: usize = 1024;

/// The length of the ASCII run that starts `bytes`, looked at 64 bytes at a time (which the compiler makes
/// a few vector instructions) and as far as [`LOOK_AHEAD`] past `want` bytes: so a longer run may be
/// reported shorter, never past a byte above 127.
fn ascii_run(bytes: &[u8], want: usize) -> usize {
    let mut run = 0;
    for block in bytes.chunks_exact(64) {
        if block.iter().fold(0, |a, b| a | b) >= 0x80 {
            break;
        }
        run += 64;
        if run >= want + LOOK_AHEAD {
            return run;
        }
    }
    run + bytes[run..].iter().position(|b| !b.is_ascii()).unwrap_or(bytes.len() - run)
}

/// Byte offsets and their code-point offsets (Python `str` indices), for offsets that come in no order, as
/// those of a document's claims do: sorted, then converted in one walk over the text.
///
/// ```
/// let text = "Côte d’Ivoire";
/// let table = gazette::OffsetTable::new(text, [text.len(), text.find('I').unwrap(), 0]);
/// assert_eq!((table.get(0), table.get(text.find('I').unwrap()), table.get(text.len())), (0, 7, 13));
/// ```
#[derive(Debug, Clone)]
pub struct OffsetTable {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl OffsetTable {
    /// The table of `offsets`: byte offsets into `text`, in any order, repeats allowed.
    ///
    /// # Panics
    /// When an offset is not a character boundary of the text.
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> OffsetTable {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut cp = CodePoints::new(text);
        let chars = bytes.iter().map(|&b| cp.at(b)).collect();
        OffsetTable { bytes, chars }
    }

    /// The code-point offset of byte offset `byte`, one of those the table was made with.
    ///
    /// # Panics
    /// When the table was not made with `byte`.
    pub fn get(&self, byte: usize) -> usize {
        self.chars[self.bytes.binary_search(&byte).expect("an offset the table was made with")]
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
        serde_json::to_value(self.json_record(None)).expect("a document's JSON has string keys only")
    }

    /// [`Document::to_json`] as a string, the same as `to_json().to_string()` but written directly,
    /// without building the JSON values first. Offsets are code points.
    pub fn to_json_string(&self) -> String {
        self.json_line(None)
    }

    /// The JSON string with `"id": id` first when `id` is given: an `extract --jsonl` line.
    pub(crate) fn json_line(&self, id: Option<&Value>) -> String {
        serde_json::to_string(&self.json_record(id)).expect("a document's JSON has string keys only")
    }

    fn json_record<'s>(&'s self, id: Option<&'s Value>) -> DocumentJson<'s> {
        let mentions = self.mentions.iter().flat_map(|m| [m.start, m.end]);
        let speakers = self.speakers.iter().flat_map(|s| &s.mentions).flat_map(|s| [s.start, s.end]);
        let claims = self.claims.iter().flat_map(Claim::offsets);
        let cp = OffsetTable::new(self.text, mentions.chain(claims).chain(speakers));
        DocumentJson {
            id,
            mentions: self.mentions.iter().map(|m| MentionJson::new(m, &cp)).collect(),
            quotes: self.claims.iter().map(|c| ClaimJson::new(c, &cp)).collect(),
            speakers: self.speakers.iter().enumerate().map(|(id, s)| SpeakerJson::new(id, s, &cp)).collect(),
        }
    }
}

/// The one definition of the document's JSON (`Document::to_json`), which the command line, C and Python
/// all give. Offsets are code points. Every struct here declares its fields in the alphabetical order of
/// their keys, so that a string written directly has the keys in the order of the JSON map.
#[derive(Serialize)]
struct DocumentJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a Value>,
    mentions: Vec<MentionJson<'a>>,
    quotes: Vec<ClaimJson<'a>>,
    speakers: Vec<SpeakerJson<'a>>,
}

/// A mention in the JSON.
#[derive(Serialize)]
struct MentionJson<'a> {
    end: usize,
    entity_id: &'a str,
    name: &'a str,
    resolution: Resolution,
    start: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
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

/// A claim in the JSON: the evaluation format's fields and gazette's own, in alphabetical order.
#[derive(Serialize)]
struct ClaimJson<'a> {
    content_end: usize,
    content_spans: Vec<[usize; 2]>,
    content_start: usize,
    cue_end: usize,
    cue_lemma: &'a str,
    cue_start: usize,
    entity_id: Option<&'a str>,
    kind: ClaimKind,
    medium_end: Option<usize>,
    medium_entity_id: Option<&'a str>,
    medium_start: Option<usize>,
    medium_text: Option<&'a str>,
    source_end: Option<usize>,
    source_kind: SourceKind,
    source_spans: Vec<[usize; 2]>,
    source_start: Option<usize>,
    source_text: Option<&'a str>,
    speaker: Option<&'a str>,
    speaker_id: Option<usize>,
}

impl<'a> ClaimJson<'a> {
    fn new(c: &Claim<'a>, cp: &OffsetTable) -> ClaimJson<'a> {
        let content = c.content_bounds();
        let sources = c.source_spans();
        let at = |o: Option<usize>| o.map(|b| cp.get(b));
        ClaimJson {
            content_start: content.map_or(0, |s| cp.get(s.start)),
            content_end: content.map_or(0, |s| cp.get(s.end)),
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
    claims: usize,
    entity_id: Option<&'a str>,
    id: usize,
    mentions: Vec<[usize; 2]>,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
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

    #[test]
    fn the_json_written_directly_is_the_json_map_written_out() {
        use crate::{Entity, Extractor, Gazetteer};
        let gazetteer =
            Gazetteer::builder().entity(Entity::new("roe", "PERSON", "Tom Roe")).with_default(true).build().unwrap();
        let extractor = Extractor::new(gazetteer).unwrap();
        let text = "Iraq’s minister, Tom Roe, told Reuters: “Talks will résumé.” Roe said later that he was \
                    hopeful, and Iraqi officials said the talks were “going well” in Baghdad.";
        let doc = extractor.extract(text);
        assert!(doc.claims.iter().any(|c| c.medium.is_some() && c.speaker_id.is_some()));
        assert_eq!(doc.to_json_string(), doc.to_json().to_string());
        let id = Value::from("doc-1");
        let line: Value = serde_json::from_str(&doc.json_line(Some(&id))).unwrap();
        let mut expected = doc.to_json();
        expected.as_object_mut().unwrap().insert("id".into(), id);
        assert_eq!(doc.json_line(Some(&expected["id"])), expected.to_string());
        assert_eq!(line, expected);
    }

    proptest::proptest! {
        /// The count by ASCII runs agrees with `chars()` at any boundaries, ascending with gaps or after a
        /// restart, in runs of ASCII longer and shorter than the 64 bytes looked at together and the look-ahead.
        #[test]
        fn code_points_agree_with_chars(
            text in "([a-z ]{0,1100}[é😀’İ]{0,3}){0,6}",
            picks in proptest::collection::vec(proptest::bool::ANY, 0..8000),
        ) {
            let mut cp = CodePoints::new(&text);
            let boundaries: Vec<(usize, usize)> =
                text.char_indices().map(|(b, _)| b).chain([text.len()]).enumerate().collect();
            let picked = boundaries.iter().zip(picks.iter().chain(std::iter::repeat(&true))).filter(|(_, p)| **p);
            for &(chars, byte) in picked.map(|(b, _)| b).chain(boundaries.iter().step_by(7)) {
                proptest::prop_assert_eq!(cp.at(byte), chars);
            }
        }
    }
}
