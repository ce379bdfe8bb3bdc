//! `Document`: a text's mentions and claims as Python objects, and the core's document kept for its JSON.

use std::sync::OnceLock;

use pyo3::prelude::*;
use pyo3::sync::OnceLockExt;
use pyo3::types::{PyList, PyString};
use serde::Deserialize;

use crate::claim::{Claim, OffsetTable};
use crate::extractor::Extractor;
use crate::mention::{Mention, MentionJson};
use crate::{Reduced, from_json};

/// One text's results as far as they go without the GIL: the core's document, its mentions' code-point
/// offsets and its claims for Python.
pub(crate) struct Extracted<'a> {
    doc: gazette::Document<'a>,
    mentions: Vec<(usize, usize)>,
    claims: Vec<Claim>,
}

impl Extracted<'_> {
    pub(crate) fn new(doc: gazette::Document<'_>) -> Extracted<'_> {
        let (cp, mentions) = OffsetTable::new(&doc);
        let claims = doc.claims.iter().map(|c| Claim::new(c, &cp)).collect();
        Extracted { doc, mentions, claims }
    }
}

/// The core's document of a text, kept for its JSON. It borrows the text's UTF-8 and the extractor's
/// gazetteer and lexicons, and holds both Python objects: a `str`'s UTF-8 and a frozen object's contents
/// stay in place until the object dies, so the borrow is stretched to `'static` and never outlives them.
struct Core {
    doc: gazette::Document<'static>,
    _text: Py<PyString>,
    _extractor: Py<Extractor>,
}

/// Where a document's JSON comes from.
enum Json {
    /// The core's document, whose JSON is made on first use: most callers never ask for it, and it costs
    /// about what the extraction did.
    Core(Core, OnceLock<String>),
    /// A pickle's.
    Given(String),
}

/// What gazette found in one text: its mentions and its claims.
#[pyclass(frozen, module = "gazette")]
pub(crate) struct Document {
    json: Json,
    text: Py<PyString>,
    mentions: Vec<Py<Mention>>,
    claims: Vec<Py<Claim>>,
}

impl Document {
    /// The Python document of an extraction.
    ///
    /// # Safety
    /// `e.doc` borrows only from `text`'s UTF-8 (as `to_str` gives it) and from `extractor`'s core.
    pub(crate) unsafe fn new(
        py: Python<'_>,
        e: Extracted<'_>,
        text: Py<PyString>,
        extractor: Py<Extractor>,
    ) -> PyResult<Document> {
        let mentions = extractor.get().strings.mentions(py, &e.doc.mentions, e.mentions.into_iter())?;
        let claims = e.claims.into_iter().map(|c| Py::new(py, c)).collect::<PyResult<_>>()?;
        // SAFETY: the caller's promise; `Core` holds both owners (see there).
        let doc = unsafe { std::mem::transmute::<gazette::Document<'_>, gazette::Document<'static>>(e.doc) };
        let core = Core { doc, _text: text.clone_ref(py), _extractor: extractor };
        Ok(Document { json: Json::Core(core, OnceLock::new()), text, mentions, claims })
    }

    fn json(&self, py: Python<'_>) -> &str {
        match &self.json {
            Json::Core(core, json) => json.get_or_init_py_attached(py, || py.detach(|| core.doc.to_json().to_string())),
            Json::Given(json) => json,
        }
    }
}

/// A pickled document's mentions and claims, read back from its JSON.
#[derive(Deserialize)]
struct Parts<'a> {
    #[serde(borrow)]
    mentions: Vec<MentionJson<'a>>,
    quotes: Vec<Claim>,
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
        PyList::new(py, self.mentions.iter().map(|m| m.clone_ref(py)))
    }

    /// The claims, in the order of their cues.
    #[getter]
    fn claims<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.claims.iter().map(|c| c.clone_ref(py)))
    }

    /// The document as JSON text: the `extract --jsonl` line without its "id".
    fn to_json(&self, py: Python<'_>) -> &str {
        self.json(py)
    }

    /// The document as a dict: `{"mentions": [...], "quotes": [...]}`, the `extract --jsonl` line without
    /// its "id".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.json(py),))
    }

    /// The mentions (or, with "claims", the claims) as a pandas DataFrame, one row each.
    #[pyo3(signature = (what = "mentions"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, what: &str) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("gazette._display")?.call_method1("to_pandas", (slf, what))
    }

    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py().import("gazette._display")?.call_method1("to_html", (slf,))
    }

    fn __repr__(&self) -> String {
        format!("Document(mentions={}, claims={})", self.mentions.len(), self.claims.len())
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
            parts.mentions.iter().map(|m| Py::new(py, Mention::from_json(py, m))).collect::<PyResult<_>>()?;
        let claims = parts.quotes.into_iter().map(|c| Py::new(py, c)).collect::<PyResult<_>>()?;
        Ok(Document { json: Json::Given(json), text, mentions, claims })
    }
}
