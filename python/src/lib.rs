//! The native module `gazette._gazette`: thin classes over the Rust core, every offset in code points.
//!
//! The core does the work and owns the semantics; this module converts arguments and results, releases the
//! GIL around every long call, and maps the core's errors onto Python exceptions. Documents come from the
//! core's JSON form (`Document::to_json`), so `Document.to_dict()`, `.mentions` and `.claims` agree with the
//! command line's `--jsonl` output by construction.

use std::path::{Path, PathBuf};

use pyo3::IntoPyObjectExt;
use pyo3::PyClass;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString};
use serde::{Deserialize, Serialize};

create_exception!(
    gazette,
    GazetteError,
    PyValueError,
    "An error from gazette. `kind`, `message`, and the `path` and 1-based `line` of the input it came from \
     (None when unknown) say what and where."
);
create_exception!(gazette, ParseError, GazetteError, "A line is not in its file's format (JSON, TSV, UTF-8).");
create_exception!(
    gazette,
    EntityError,
    GazetteError,
    "An entity or a lexicon word is invalid: a missing or empty field, or a type clash."
);
create_exception!(
    gazette,
    SavedFileError,
    GazetteError,
    "A saved gazetteer is truncated, corrupt or of another version."
);

/// Maps a core error onto `OSError` (with `filename`) when the operating system refused, else onto
/// `GazetteError` or the subclass for its kind, with `kind`, `message`, `path` and `line` attributes.
fn error(py: Python<'_>, e: gazette::Error) -> PyErr {
    use gazette::ErrorKind as K;
    let path = e.path().map(|p| p.to_string_lossy().into_owned());
    if let Some(io) = e.io_error_kind() {
        return os_error(py, std::io::Error::new(io, e.to_string()), e.path());
    }
    let err = match e.kind() {
        K::Json | K::InvalidUtf8 | K::MissingTab => ParseError::new_err(e.to_string()),
        K::MissingField | K::EmptyName | K::ConflictingType => EntityError::new_err(e.to_string()),
        K::BadBinary => SavedFileError::new_err(e.to_string()),
        _ => GazetteError::new_err(e.to_string()),
    };
    let value = err.value(py);
    let set = || -> PyResult<()> {
        value.setattr("kind", e.kind().to_string())?;
        value.setattr("message", e.message())?;
        value.setattr("path", path)?;
        value.setattr("line", e.line())
    };
    if let Err(failed) = set() {
        return failed;
    }
    err
}

/// `OSError` of the right subclass (FileNotFoundError, ...) with `filename` set, as `open()` raises.
fn os_error(py: Python<'_>, e: std::io::Error, path: Option<&Path>) -> PyErr {
    let err = PyErr::from(e);
    if let Some(p) = path
        && let Err(set) = err.value(py).setattr("filename", p.to_string_lossy())
    {
        return set;
    }
    err
}

/// The options every gazetteer constructor takes.
#[derive(Clone, Copy)]
struct Options {
    fold_diacritics: bool,
    document_resolution: bool,
    with_default: bool,
}

impl Options {
    /// Builds from the entities `add` gives, then the embedded default's when asked (so the caller's
    /// names take precedence).
    fn build(
        self,
        add: impl FnOnce(&mut gazette::GazetteerBuilder) -> gazette::Result<()>,
    ) -> gazette::Result<gazette::Gazetteer> {
        let mut b = gazette::GazetteerBuilder::new();
        b.fold_diacritics(self.fold_diacritics).document_resolution(self.document_resolution);
        add(&mut b)?;
        if self.with_default {
            b.add_embedded()?;
        }
        b.build()
    }
}

/// A mention of an entity: `text[start:end] == text` (offsets in code points).
#[pyclass(frozen, get_all, eq, skip_from_py_object, module = "gazette")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Mention {
    start: usize,
    end: usize,
    text: String,
    entity_id: String,
    #[pyo3(name = "type")]
    #[serde(rename = "type")]
    kind: String,
    name: String,
    resolution: String,
}

#[pymethods]
impl Mention {
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let m = slf.get();
        let (py, start, end) = (slf.py(), m.start, m.end);
        let (text, id, kind) = (repr(py, &m.text)?, repr(py, &m.entity_id)?, repr(py, &m.kind)?);
        Ok(format!("Mention(start={start}, end={end}, text={text}, entity_id={id}, type={kind})"))
    }

    /// Pickles as its JSON, so that Spark can ship mentions between workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        reduce_json(slf)
    }

    #[staticmethod]
    fn _from_json(json: &str) -> PyResult<Mention> {
        from_json(json)
    }
}

/// `__reduce__` for a result type: its `_from_json` and its JSON.
/// What `__reduce__` returns: a callable and its arguments.
type Reduced<'py, Args> = PyResult<(Bound<'py, PyAny>, Args)>;

fn reduce_json<'py, T>(slf: &Bound<'py, T>) -> Reduced<'py, (String,)>
where
    T: PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Serialize + Sync,
{
    let json = serde_json::to_string(slf.get()).map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok((slf.as_any().get_type().getattr("_from_json")?, (json,)))
}

fn from_json<T: for<'de> Deserialize<'de>>(json: &str) -> PyResult<T> {
    serde_json::from_str(json).map_err(|e| PyValueError::new_err(format!("not a pickled gazette object: {e}")))
}

/// Python's repr of a string or None, for `__repr__`s that read like Python.
fn repr<'py, T: IntoPyObjectExt<'py>>(py: Python<'py>, value: T) -> PyResult<String> {
    Ok(value.into_bound_py_any(py)?.repr()?.to_string())
}

/// A claim, with the fields of a `quotes` entry of `Document.to_dict()` (offsets in code points).
#[pyclass(frozen, get_all, eq, skip_from_py_object, module = "gazette")]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Claim {
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
    source_kind: String,
    speaker: Option<String>,
    entity_id: Option<String>,
    medium_start: Option<usize>,
    medium_end: Option<usize>,
    medium_text: Option<String>,
    medium_entity_id: Option<String>,
    kind: String,
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
        reduce_json(slf)
    }

    #[staticmethod]
    fn _from_json(json: &str) -> PyResult<Claim> {
        from_json(json)
    }
}

/// One text's extraction, computed without the GIL.
struct Extracted {
    mentions: Vec<Mention>,
    claims: Vec<Claim>,
    json: String,
}

#[derive(Deserialize)]
struct Parts {
    mentions: Vec<Mention>,
    quotes: Vec<Claim>,
}

impl Extracted {
    fn new(doc: &gazette::Document<'_>) -> Extracted {
        let value = doc.to_json();
        let json = value.to_string();
        let parts: Parts = serde_json::from_value(value).expect("Document::to_json has the documented shape");
        Extracted { mentions: parts.mentions, claims: parts.quotes, json }
    }

    fn into_document(self, py: Python<'_>, text: Py<PyString>) -> PyResult<Document> {
        Ok(Document {
            text,
            mentions: self.mentions.into_iter().map(|m| Py::new(py, m)).collect::<PyResult<_>>()?,
            claims: self.claims.into_iter().map(|c| Py::new(py, c)).collect::<PyResult<_>>()?,
            json: self.json,
        })
    }
}

/// What gazette found in one text: its mentions and its claims.
#[pyclass(frozen, module = "gazette")]
struct Document {
    text: Py<PyString>,
    mentions: Vec<Py<Mention>>,
    claims: Vec<Py<Claim>>,
    json: String,
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
    fn to_json(&self) -> &str {
        &self.json
    }

    /// The document as a dict: `{"mentions": [...], "quotes": [...]}`, the `extract --jsonl` line without
    /// its "id".
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py.import("json")?.call_method1("loads", (self.json.as_str(),))
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
        Ok((slf.get_type().getattr("_from_json")?, (d.text.clone_ref(py), d.json.clone())))
    }

    #[staticmethod]
    fn _from_json(py: Python<'_>, text: Py<PyString>, json: String) -> PyResult<Document> {
        let parts: Parts = from_json(&json)?;
        Extracted { mentions: parts.mentions, claims: parts.quotes, json }.into_document(py, text)
    }
}

/// The mentions of `text` with code-point offsets; the GIL is released while matching.
fn find(py: Python<'_>, gazetteer: &gazette::Gazetteer, text: &Bound<'_, PyString>) -> PyResult<Vec<Mention>> {
    let text = text.to_str()?;
    Ok(py.detach(|| {
        let mut cp = gazette::CodePoints::new(text);
        gazetteer
            .find(text)
            .into_iter()
            .map(|m| Mention {
                start: cp.at(m.start),
                end: cp.at(m.end),
                text: m.text.to_owned(),
                entity_id: m.entity_id.to_owned(),
                kind: m.kind.to_owned(),
                name: m.name.to_owned(),
                resolution: m.resolution.as_str().to_owned(),
            })
            .collect()
    }))
}

/// A built gazetteer: entities and the automaton that finds their names. Immutable and thread-safe.
#[pyclass(frozen, module = "gazette")]
struct Gazetteer(gazette::Gazetteer);

#[pymethods]
impl Gazetteer {
    /// Builds a gazetteer from dicts shaped like JSONL gazetteer lines:
    /// `{"id", "type", "name", "aliases" (optional), "case_sensitive" (optional)}`. An error's `line` is
    /// the 1-based position of the bad entity. With `with_default`, the embedded default gazetteer's
    /// entities are added after these, whose names take precedence.
    #[new]
    #[pyo3(signature = (entities, *, fold_diacritics = true, document_resolution = true, with_default = false))]
    fn new(
        py: Python<'_>,
        entities: &Bound<'_, PyAny>,
        fold_diacritics: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Gazetteer> {
        let options = Options { fold_diacritics, document_resolution, with_default };
        // Each dict becomes one JSONL line, so the core's reader checks it as it checks a file.
        let dumps = py.import("json")?.getattr("dumps")?;
        let mut jsonl = String::new();
        for entity in entities.try_iter()? {
            jsonl.push_str(dumps.call1((entity?,))?.extract::<&str>()?);
            jsonl.push('\n');
        }
        py.detach(|| options.build(|b| b.add_jsonl(jsonl.as_bytes(), None).map(|_| ())))
            .map(Gazetteer)
            .map_err(|e| error(py, e))
    }

    /// Loads and builds a JSONL gazetteer file: one entity a line.
    #[staticmethod]
    #[pyo3(signature = (path, *, fold_diacritics = true, document_resolution = true, with_default = false))]
    fn from_jsonl(
        py: Python<'_>,
        path: PathBuf,
        fold_diacritics: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Self> {
        Gazetteer::from_file(py, path, Options { fold_diacritics, document_resolution, with_default }, Format::Jsonl)
    }

    /// Loads and builds a TSV gazetteer file: `surface<TAB>type<TAB>id` a line.
    #[staticmethod]
    #[pyo3(signature = (path, *, fold_diacritics = true, document_resolution = true, with_default = false))]
    fn from_tsv(
        py: Python<'_>,
        path: PathBuf,
        fold_diacritics: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Self> {
        Gazetteer::from_file(py, path, Options { fold_diacritics, document_resolution, with_default }, Format::Tsv)
    }

    /// Loads a gazetteer written by `save`, much faster than building it.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::load(&path)).map(Gazetteer).map_err(|e| error(py, e))
    }

    /// Rebuilds a gazetteer from `to_bytes()`.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::from_bytes(data)).map(Gazetteer).map_err(|e| error(py, e))
    }

    /// The embedded default gazetteer for international news: countries, demonyms, cities, provinces,
    /// territories and regions, organisations, institutions, armed groups, parties, media and facilities.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> Gazetteer {
        Gazetteer(py.detach(gazette::Gazetteer::embedded))
    }

    /// Saves the gazetteer in its compact binary form, for `load`.
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        py.detach(|| self.0.save(&path)).map_err(|e| error(py, e))
    }

    /// The saved binary form, as `save` writes it.
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &py.detach(|| self.0.to_bytes()))
    }

    /// The mentions in `text`: leftmost-longest, non-overlapping, on word boundaries, then the
    /// document-level links (surnames, organisation modifiers, acronyms). Offsets are code points.
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<Mention>> {
        find(py, &self.0, text)
    }

    /// The number of entities.
    fn __len__(&self) -> usize {
        self.0.len()
    }

    /// Pickles as the saved binary form, so unpickling costs what `load` does.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let py = slf.py();
        Ok((slf.get_type().getattr("from_bytes")?, (slf.get().to_bytes(py),)))
    }

    fn __repr__(&self) -> String {
        format!("Gazetteer(entities={}, names={})", self.0.len(), self.0.name_count())
    }
}

enum Format {
    Jsonl,
    Tsv,
}

impl Gazetteer {
    fn from_file(py: Python<'_>, path: PathBuf, options: Options, format: Format) -> PyResult<Gazetteer> {
        let file = std::fs::File::open(&path).map_err(|e| os_error(py, e, Some(&path)))?;
        let reader = std::io::BufReader::new(file);
        py.detach(|| {
            options.build(|b| {
                match format {
                    Format::Jsonl => b.add_jsonl(reader, Some(&path))?,
                    Format::Tsv => b.add_tsv(reader, Some(&path))?,
                };
                Ok(())
            })
        })
        .map(Gazetteer)
        .map_err(|e| error(py, e))
    }
}

/// Finds mentions and claims. Immutable and thread-safe; pickles with its gazetteer's saved form.
#[pyclass(frozen, module = "gazette")]
struct Extractor {
    inner: gazette::Extractor,
    /// The gazetteer given, or None for the embedded default (which a pickle then need not carry).
    gazetteer: Option<Py<Gazetteer>>,
    /// The words added to the built-in lexicons, kept for pickling.
    additions: Additions,
}

/// Words added to the built-in lexicons: verbs of saying and of stance (lemmas), source and media nouns.
#[derive(Clone, Default)]
struct Additions {
    cues: Vec<String>,
    stance_cues: Vec<String>,
    source_nouns: Vec<String>,
    media_nouns: Vec<String>,
}

#[pymethods]
impl Extractor {
    /// An extractor over `gazetteer` (None: the embedded default), with words added to the built-in
    /// lexicons: `cues` ("opine") and `stance_cues` ("reckon") by lemma, `source_nouns` ("insider") and
    /// `media_nouns` ("newsletter").
    #[new]
    #[pyo3(signature = (gazetteer = None, cues = Vec::new(), stance_cues = Vec::new(), source_nouns = Vec::new(), media_nouns = Vec::new()))]
    fn new(
        py: Python<'_>,
        gazetteer: Option<Py<Gazetteer>>,
        cues: Vec<String>,
        stance_cues: Vec<String>,
        source_nouns: Vec<String>,
        media_nouns: Vec<String>,
    ) -> PyResult<Extractor> {
        let g = gazetteer.as_ref().map(|g| g.get().0.clone());
        let additions = Additions { cues, stance_cues, source_nouns, media_nouns };
        let inner = py
            .detach(|| {
                let mut b = gazette::Extractor::builder();
                b.gazetteer(g.unwrap_or_else(gazette::Gazetteer::embedded));
                for w in &additions.cues {
                    b.cue(w);
                }
                for w in &additions.stance_cues {
                    b.stance_cue(w);
                }
                for w in &additions.source_nouns {
                    b.source_noun(w);
                }
                for w in &additions.media_nouns {
                    b.media_noun(w);
                }
                b.build()
            })
            .map_err(|e| error(py, e))?;
        Ok(Extractor { inner, gazetteer, additions })
    }

    /// The gazetteer whose mentions are found.
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> PyResult<Py<Gazetteer>> {
        match &self.gazetteer {
            Some(g) => Ok(g.clone_ref(py)),
            None => Py::new(py, Gazetteer(gazette::Gazetteer::embedded())),
        }
    }

    /// The mentions in `text`, as `Gazetteer.find` gives them.
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<Mention>> {
        find(py, self.inner.gazetteer().expect("an Extractor always has a gazetteer"), text)
    }

    /// The mentions and claims of `text`.
    fn extract(&self, py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Document> {
        let s = text.to_str()?;
        let extracted = py.detach(|| Extracted::new(&self.inner.extract(s)));
        extracted.into_document(py, text.unbind())
    }

    /// `extract` over many texts on `threads` threads (default: every core), with the GIL released; a
    /// progress bar on stderr when `progress` is true (tqdm's when it is installed).
    #[pyo3(signature = (texts, threads = None, progress = false))]
    fn extract_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        progress: bool,
    ) -> PyResult<Vec<Document>> {
        let threads = match threads {
            Some(0) => return Err(PyValueError::new_err("threads must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        let objects: Vec<Bound<'_, PyString>> = texts
            .try_iter()?
            .map(|t| t?.extract::<Bound<'_, PyString>>().map_err(PyErr::from))
            .collect::<PyResult<_>>()?;
        let strs: Vec<&str> = objects.iter().map(|t| t.to_str()).collect::<PyResult<_>>()?;
        let bar =
            if progress { Some(py.import("gazette._progress")?.call_method1("bar", (strs.len(),))?) } else { None };
        // Chunks bound how long Ctrl-C and the progress bar wait; many documents a thread keep the
        // threads busy between chunks.
        let chunk = threads * 64;
        let mut docs = Vec::with_capacity(strs.len());
        let mut run = || -> PyResult<()> {
            for (texts, objects) in strs.chunks(chunk).zip(objects.chunks(chunk)) {
                let done = py.detach(|| self.inner.extract_each(texts, threads, |_, doc| Extracted::new(&doc)));
                for (e, text) in done.into_iter().zip(objects) {
                    docs.push(e.into_document(py, text.clone().unbind())?);
                }
                if let Some(bar) = &bar {
                    bar.call_method1("update", (texts.len(),))?;
                }
                py.check_signals()?;
            }
            Ok(())
        };
        let result = run();
        if let Some(bar) = &bar {
            bar.call_method0("close")?;
        }
        result.map(|()| docs)
    }

    /// Pickles as the gazetteer (its saved binary form, or None for the embedded default) and the words
    /// added to the lexicons.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Option<Py<Gazetteer>>, Vec<String>, Vec<String>, Vec<String>, Vec<String>))>
    {
        let (py, x) = (slf.py(), slf.get());
        let a = x.additions.clone();
        let gazetteer = x.gazetteer.as_ref().map(|g| g.clone_ref(py));
        Ok((slf.get_type().into_any(), (gazetteer, a.cues, a.stance_cues, a.source_nouns, a.media_nouns)))
    }

    fn __repr__(&self) -> String {
        let g = self.inner.gazetteer().expect("an Extractor always has a gazetteer");
        let which = if self.gazetteer.is_some() { "" } else { "embedded " };
        format!("Extractor({which}gazetteer of {} entities)", g.len())
    }
}

#[pymodule]
fn _gazette(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<Gazetteer>()?;
    m.add_class::<Extractor>()?;
    m.add_class::<Document>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Claim>()?;
    m.add("GazetteError", py.get_type::<GazetteError>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("EntityError", py.get_type::<EntityError>())?;
    m.add("SavedFileError", py.get_type::<SavedFileError>())?;
    Ok(())
}
