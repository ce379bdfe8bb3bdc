//! `Claim`: a claim's fields as `Document.to_dict()` gives them, read from the core's typed claim, with its
//! offsets in code points.

use std::borrow::Cow;

use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{Reduced, from_json, reduce_json, repr};

/// A claim, with the fields of a `quotes` entry of `Document.to_dict()` (offsets in code points).
#[pyclass(frozen, get_all, eq, skip_from_py_object, module = "gazette")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Claim {
    content_start: usize,
    content_end: usize,
    content_spans: Vec<(usize, usize)>,
    cue_start: usize,
    cue_end: usize,
    cue_lemma: String,
    source_start: Option<usize>,
    source_end: Option<usize>,
    source_spans: Vec<(usize, usize)>,
    source_text: Option<String>,
    source_kind: Cow<'static, str>,
    speaker: Option<String>,
    entity_id: Option<String>,
    medium_start: Option<usize>,
    medium_end: Option<usize>,
    medium_text: Option<String>,
    medium_entity_id: Option<String>,
    kind: Cow<'static, str>,
    speaker_id: Option<usize>,
}

impl Claim {
    /// The Python claim of a core claim: its typed fields, offsets in code points, and the fields that the
    /// JSON form derives from them (as `Document::to_json` does): the content's bounds over its spans, and
    /// the source's spans with the relative pronoun's, in text order.
    pub(crate) fn new(c: &gazette::Claim<'_>, cp: &OffsetTable) -> Claim {
        let span = |s: &gazette::Span| (cp.get(s.start), cp.get(s.end));
        let mut sources: Vec<(usize, usize)> = c.source.iter().chain(&c.relative).map(span).collect();
        sources.sort_by_key(|s| s.0);
        let owned = |s: Option<&str>| s.map(str::to_owned);
        Claim {
            content_start: c.content.iter().map(|s| s.start).min().map_or(0, |b| cp.get(b)),
            content_end: c.content.iter().map(|s| s.end).max().map_or(0, |b| cp.get(b)),
            content_spans: c.content.iter().map(span).collect(),
            cue_start: cp.get(c.cue.start),
            cue_end: cp.get(c.cue.end),
            cue_lemma: c.cue_lemma.to_owned(),
            source_start: sources.first().map(|s| s.0),
            source_end: sources.iter().map(|s| s.1).max(),
            source_spans: sources,
            source_text: owned(c.source_text),
            source_kind: Cow::Borrowed(c.source_kind.as_str()),
            speaker: owned(c.speaker),
            entity_id: owned(c.entity_id),
            medium_start: c.medium.map(|s| cp.get(s.start)),
            medium_end: c.medium.map(|s| cp.get(s.end)),
            medium_text: owned(c.medium_text),
            medium_entity_id: owned(c.medium_entity_id),
            kind: Cow::Borrowed(c.kind.as_str()),
            speaker_id: c.speaker_id,
        }
    }
}

#[pymethods]
impl Claim {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let (py, c) = (slf.py(), slf.get());
        let (cue, source, kind) = (repr(py, &c.cue_lemma)?, repr(py, &c.source_text)?, repr(py, &c.kind)?);
        Ok(format!("Claim(cue_lemma={cue}, source_text={source}, content_spans={:?}, kind={kind})", c.content_spans))
    }

    /// Pickles as its JSON, so that Spark can ship claims between workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        reduce_json(slf, slf.get())
    }

    #[staticmethod]
    fn _from_json(json: &str) -> PyResult<Claim> {
        from_json(json)
    }
}

/// The code points of a document's claim (or speaker) offsets, which come in no order: sorted, then
/// converted in one walk over the text (a `gazette::CodePoints` restarts from the beginning on a smaller
/// offset). An ASCII text needs no walk: its offsets are its code points.
pub(crate) enum OffsetTable {
    Ascii,
    Sorted { bytes: Vec<usize>, chars: Vec<usize> },
}

impl OffsetTable {
    pub(crate) fn new(text: &str, claims: &[gazette::Claim<'_>]) -> OffsetTable {
        let spans = claims
            .iter()
            .flat_map(|c| c.content.iter().chain([&c.cue]).chain(&c.source).chain(&c.relative).chain(&c.medium));
        OffsetTable::of_spans(text, spans)
    }

    /// The table of the offsets of `spans`.
    pub(crate) fn of_spans<'s>(text: &str, spans: impl Iterator<Item = &'s gazette::Span>) -> OffsetTable {
        if text.is_ascii() {
            return OffsetTable::Ascii;
        }
        let mut bytes: Vec<usize> = spans.flat_map(|s| [s.start, s.end]).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut cp = gazette::CodePoints::new(text);
        let chars = bytes.iter().map(|&b| cp.at(b)).collect();
        OffsetTable::Sorted { bytes, chars }
    }

    pub(crate) fn get(&self, byte: usize) -> usize {
        match self {
            OffsetTable::Ascii => byte,
            OffsetTable::Sorted { bytes, chars } => {
                chars[bytes.binary_search(&byte).expect("the table holds every offset it was made for")]
            }
        }
    }
}
