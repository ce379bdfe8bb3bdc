//! `Document`: a text's mentions, claims and speakers, kept as the core's document until Python asks for
//! them.

use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::sync::OnceLockExt;
use pyo3::types::{PyList, PyString};
use serde::Deserialize;

use crate::claim::Claim;
use crate::errors;
use crate::extractor::Extractor;
use crate::mention::{Mention, MentionJson};
use crate::speaker::Speaker;
use crate::{Reduced, from_json};

/// The core's document of a text. It borrows the text's UTF-8 and the extractor's gazetteer and lexicons,
/// and holds both Python objects: a `str`'s UTF-8 and a frozen object's contents stay in place until the
/// object dies, so the borrow is stretched to `'static` and never outlives them.
struct Core {
    doc: gazette::Document<'static>,
    _text: Py<PyString>,
    extractor: Py<Extractor>,
}

/// What gazette found in one text: its mentions, claims and speakers. An extraction's are made into Python
/// objects, and its JSON written, when first asked for: `extract` costs what the core's does, and a caller
/// who only wants the JSON (as a Spark job does) never pays for the objects.
#[pyclass(frozen, module = "gazette")]
pub(crate) struct Document {
    /// The core's document, or None in an unpickled document, which is given all four parts below.
    core: Option<Core>,
    text: Py<PyString>,
    mentions: OnceLock<Vec<Py<Mention>>>,
    claims: OnceLock<Vec<Py<Claim>>>,
    speakers: OnceLock<Vec<Py<Speaker>>>,
    json: OnceLock<String>,
}

impl Document {
    /// The Python document of an extraction.
    ///
    /// # Safety
    /// `doc` borrows only from `text`'s UTF-8 (as `to_str` gives it) and from `extractor`'s core.
    pub(crate) unsafe fn new(
        doc: gazette::Document<'_>,
        text: &Bound<'_, PyString>,
        extractor: Py<Extractor>,
    ) -> Document {
        // SAFETY: the caller's promise; `Core` holds both owners (see there).
        let doc = unsafe { std::mem::transmute::<gazette::Document<'_>, gazette::Document<'static>>(doc) };
        let core = Core { doc, _text: text.clone().unbind(), extractor };
        Document {
            core: Some(core),
            text: text.clone().unbind(),
            mentions: OnceLock::new(),
            claims: OnceLock::new(),
            speakers: OnceLock::new(),
            json: OnceLock::new(),
        }
    }

    fn core(&self) -> &Core {
        self.core.as_ref().expect("a document without its core is given its mentions, claims, speakers and JSON")
    }

    /// The value of `part`, made by `make` on first use. Two threads may both make it; one value is kept.
    fn part<T>(part: &OnceLock<T>, make: impl FnOnce() -> PyResult<T>) -> PyResult<&T> {
        if let Some(value) = part.get() {
            return Ok(value);
        }
        let value = make()?;
        Ok(part.get_or_init(|| value))
    }

    fn mention_objects(&self, py: Python<'_>) -> PyResult<&[Py<Mention>]> {
        Document::part(&self.mentions, || {
            let Core { doc, extractor, .. } = self.core();
            extractor.get().strings.mentions(py, doc.text, &doc.mentions)
        })
        .map(Vec::as_slice)
    }

    fn claim_objects(&self, py: Python<'_>) -> PyResult<&[Py<Claim>]> {
        Document::part(&self.claims, || {
            let doc = &self.core().doc;
            let cp = gazette::OffsetTable::new(doc.text, doc.claims.iter().flat_map(gazette::Claim::offsets));
            doc.claims.iter().map(|c| Py::new(py, Claim::new(c, &cp))).collect()
        })
        .map(Vec::as_slice)
    }

    fn speaker_objects(&self, py: Python<'_>) -> PyResult<&[Py<Speaker>]> {
        Document::part(&self.speakers, || {
            let doc = &self.core().doc;
            let spans = doc.speakers.iter().flat_map(|s| &s.mentions);
            let cp = gazette::OffsetTable::new(doc.text, spans.flat_map(|s| [s.start, s.end]));
            doc.speakers.iter().enumerate().map(|(id, s)| Py::new(py, Speaker::new(id, s, &cp))).collect()
        })
        .map(Vec::as_slice)
    }

    fn json(&self, py: Python<'_>) -> &str {
        self.json.get_or_init_py_attached(py, || {
            let doc = &self.core().doc;
            py.detach(|| doc.to_json_string())
        })
    }
}

/// A pickled document's mentions, claims and speakers, read back from its JSON.
#[derive(Deserialize)]
struct Parts<'a> {
    #[serde(borrow)]
    mentions: Vec<MentionJson<'a>>,
    quotes: Vec<Claim>,
    speakers: Vec<Speaker>,
}

#[pymethods]
impl Document {
    /// The text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The mentions, sorted by start.
    #[getter]
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.mention_objects(py)?.iter().map(|m| m.clone_ref(py)))
    }

    /// The claims, in the order of their cues.
    #[getter]
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.claim_objects(py)?.iter().map(|c| c.clone_ref(py)))
    }

    /// Who is quoted, in the order of their first claims: each claim's `speaker_id` indexes this list.
    #[getter]
    fn speakers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.speaker_objects(py)?.iter().map(|s| s.clone_ref(py)))
    }

    /// The document as JSON text: the `extract --jsonl` line without its "id".
    fn to_json(&self, py: Python<'_>) -> &str {
        self.json(py)
    }

    /// The document as a dict: `{"mentions": [...], "quotes": [...], "speakers": [...]}`, the `extract
    /// --jsonl` line without its "id".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.json(py),))
    }

    /// The mentions (or, with "claims" or "speakers", the claims or the speakers) as a pandas DataFrame, one
    /// row each.
    #[pyo3(signature = (what = "mentions"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, what: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("gazette._pandas")?.call_method1("to_pandas", (slf, what))
    }

    /// The notebook view: the core's HTML renderer (`gazette::HtmlSection`, which `gazette extract
    /// --format html` uses too) over the text and the JSON.
    fn _repr_html_(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).to_str()?;
        let section = gazette::HtmlSection::from_json("", text, self.json(py)).map_err(|e| errors::error(py, e))?;
        Ok(section.to_html())
    }

    fn __repr__(&self) -> String {
        let (mentions, claims, speakers) = match &self.core {
            Some(Core { doc, .. }) => (doc.mentions.len(), doc.claims.len(), doc.speakers.len()),
            None => (
                self.mentions.get().map_or(0, Vec::len),
                self.claims.get().map_or(0, Vec::len),
                self.speakers.get().map_or(0, Vec::len),
            ),
        };
        format!("Document(mentions={mentions}, claims={claims}, speakers={speakers})")
    }

    /// Pickles as its text and JSON, so that Spark can ship documents between workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (Py<PyString>, String)> {
        let (py, d) = (slf.py(), slf.get());
        Ok((slf.get_type().getattr("_from_json")?, (d.text.clone_ref(py), d.json(py).to_owned())))
    }

    #[staticmethod]
    fn _from_json(py: Python<'_>, text: Py<PyString>, json: String) -> PyResult<Document> {
        let parts: Parts = from_json(&json)?;
        let mentions =
            parts.mentions.iter().map(|m| Py::new(py, Mention::from_json(py, m))).collect::<PyResult<Vec<_>>>()?;
        let claims = parts.quotes.into_iter().map(|c| Py::new(py, c)).collect::<PyResult<Vec<_>>>()?;
        let speakers = parts.speakers.into_iter().map(|s| Py::new(py, s)).collect::<PyResult<Vec<_>>>()?;
        Ok(Document {
            core: None,
            text,
            mentions: OnceLock::from(mentions),
            claims: OnceLock::from(claims),
            speakers: OnceLock::from(speakers),
            json: OnceLock::from(json),
        })
    }
}
