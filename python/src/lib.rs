//! The native module `gazette._gazette`: thin classes over the Rust core, every offset in code points.
//!
//! The core does the work and owns the semantics; this module converts arguments and results, releases the
//! GIL around every long call, and maps the core's errors onto Python exceptions.
//!
//! Results are read from the core's typed fields (`gazette::Mention`, `gazette::Claim`) into small Python
//! objects that share their strings. A document's JSON is the core's own (`gazette::Document::to_json`, the
//! command line's `--jsonl` line), made from the kept core document when first asked for: it costs about
//! what the extraction does, and most callers never ask.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::Instant;

use pyo3::IntoPyObjectExt;
use pyo3::PyClass;
use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::{MutexExt, OnceLockExt};
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

/// A mention of an entity: `text[start:end] == text` (offsets in code points). It is one small object: its
/// entity's strings and its resolution are shared with every mention linked the same way (see `Shared`).
#[pyclass(frozen, skip_from_py_object, module = "gazette")]
struct Mention {
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    /// None when the text is the entity's name, as most are.
    text: Option<Py<PyString>>,
    link: Arc<Link>,
}

/// What the mentions linked to one entity in one way share: the entity's strings and the resolution.
struct Link {
    id: Py<PyString>,
    kind: Py<PyString>,
    name: Py<PyString>,
    resolution: Py<PyString>,
}

/// A mention as JSON, the form of `Document.to_dict()`'s "mentions": how a mention pickles, and how a
/// pickled document's mentions are read back.
#[derive(Serialize, Deserialize)]
struct MentionJson<'a> {
    start: usize,
    end: usize,
    #[serde(borrow)]
    text: Cow<'a, str>,
    #[serde(borrow)]
    entity_id: Cow<'a, str>,
    #[serde(borrow, rename = "type")]
    kind: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    resolution: Cow<'a, str>,
}

impl Mention {
    fn from_json(py: Python<'_>, m: &MentionJson<'_>) -> Mention {
        let new = |s: &str| PyString::new(py, s).unbind();
        let resolution = PyString::intern(py, &m.resolution).unbind();
        let link = Link { id: new(&m.entity_id), kind: new(&m.kind), name: new(&m.name), resolution };
        Mention { start: m.start, end: m.end, text: Some(new(&m.text)), link: Arc::new(link) }
    }

    fn text_ref(&self) -> &Py<PyString> {
        self.text.as_ref().unwrap_or(&self.link.name)
    }

    /// The strings that equality compares, beside the offsets.
    fn strings(&self) -> [&Py<PyString>; 5] {
        let l = &self.link;
        [self.text_ref(), &l.id, &l.kind, &l.name, &l.resolution]
    }
}

#[pymethods]
impl Mention {
    /// The mention as it appears in the text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text_ref().clone_ref(py)
    }

    /// The linked entity's id.
    #[getter]
    fn entity_id(&self, py: Python<'_>) -> Py<PyString> {
        self.link.id.clone_ref(py)
    }

    /// The linked entity's type.
    #[getter]
    #[pyo3(name = "type")]
    fn kind(&self, py: Python<'_>) -> Py<PyString> {
        self.link.kind.clone_ref(py)
    }

    /// The linked entity's canonical name.
    #[getter]
    fn name(&self, py: Python<'_>) -> Py<PyString> {
        self.link.name.clone_ref(py)
    }

    /// How the mention was linked: "gazetteer", "partial" or "acronym".
    #[getter]
    fn resolution(&self, py: Python<'_>) -> Py<PyString> {
        self.link.resolution.clone_ref(py)
    }

    fn __eq__(&self, py: Python<'_>, other: &Self) -> PyResult<bool> {
        if (self.start, self.end) != (other.start, other.end) {
            return Ok(false);
        }
        for (a, b) in self.strings().into_iter().zip(other.strings()) {
            if !a.is(b) && !PyAnyMethods::eq(a.bind(py).as_any(), b.bind(py))? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let (start, end, l) = (self.start, self.end, &self.link);
        let (text, id, kind) = (repr(py, self.text_ref())?, repr(py, &l.id)?, repr(py, &l.kind)?);
        Ok(format!("Mention(start={start}, end={end}, text={text}, entity_id={id}, type={kind})"))
    }

    /// Pickles as its JSON, so that Spark can ship mentions between workers.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> Reduced<'py, (String,)> {
        let (py, m) = (slf.py(), slf.get());
        let [text, entity_id, kind, name, resolution] = m.strings().map(|s| s.bind(py).to_cow());
        let json = MentionJson {
            start: m.start,
            end: m.end,
            text: text?,
            entity_id: entity_id?,
            kind: kind?,
            name: name?,
            resolution: resolution?,
        };
        reduce_json(slf, &json)
    }

    #[staticmethod]
    fn _from_json(py: Python<'_>, json: &str) -> PyResult<Mention> {
        Ok(Mention::from_json(py, &from_json(json)?))
    }
}

/// The Python strings that mentions share, so that a mention costs one small object: each entity's id,
/// type and name, made at its first mention and kept as long as the gazetteer (one set at most per entity),
/// and the resolutions, interned; with each link, the last surface other than the name that it was found
/// under.
///
/// Keys are the addresses of the gazetteer's own strings, which `gazette::Mention`'s `entity_id` and `kind`
/// borrow: one address per entity and per type, fixed while the gazetteer lives. So each cache belongs to
/// the one gazetteer whose strings it keys, and lives no longer than it.
#[derive(Default)]
struct Shared(Mutex<Strings>);

type ByAddress<K, V> = HashMap<K, V, BuildHasherDefault<AddressHasher>>;

#[derive(Default)]
struct Strings {
    /// By entity and resolution: the one lookup of most mentions.
    links: ByAddress<(usize, gazette::Resolution), Linked>,
    /// Ids and names by entity, and types, for the first link of each.
    entities: ByAddress<usize, (Py<PyString>, Py<PyString>)>,
    types: ByAddress<usize, Py<PyString>>,
    resolutions: Vec<(gazette::Resolution, Py<PyString>)>,
}

struct Linked {
    link: Arc<Link>,
    /// The last surface other than the name that the link was found under: most mentions of an entity
    /// repeat its name or the surface before ("BBC", "BBC", ...).
    alias: Option<(Box<str>, Py<PyString>)>,
}

/// Hashes the address keys of `Strings` with one multiplication, as rustc-hash does: they need no defence
/// against chosen keys, and a lookup per mention is on the hot path.
#[derive(Default)]
struct AddressHasher(u64);

impl Hasher for AddressHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0 ^ n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        // The product's high bits are its best: the table indexes by the low ones.
        self.0.rotate_left(26)
    }
}

impl Shared {
    /// The Python mentions of the core's, given their code-point offsets.
    fn mentions(
        &self,
        py: Python<'_>,
        found: &[gazette::Mention<'_>],
        offsets: impl Iterator<Item = (usize, usize)>,
    ) -> PyResult<Vec<Py<Mention>>> {
        // Held while Python objects are made, which runs no Python code; taken without blocking on the GIL.
        let mut strings = self.0.lock_py_attached(py).unwrap_or_else(PoisonError::into_inner);
        found.iter().zip(offsets).map(|(m, (start, end))| Py::new(py, strings.mention(py, m, start, end))).collect()
    }
}

impl Strings {
    fn mention(&mut self, py: Python<'_>, m: &gazette::Mention<'_>, start: usize, end: usize) -> Mention {
        let Strings { links, entities, types, resolutions } = self;
        let entity = m.entity_id.as_ptr() as usize;
        let linked = links.entry((entity, m.resolution)).or_insert_with(|| {
            let new = |s: &str| PyString::new(py, s).unbind();
            let (id, name) = entities.entry(entity).or_insert_with(|| (new(m.entity_id), new(m.name)));
            let kind = types.entry(m.kind.as_ptr() as usize).or_insert_with(|| new(m.kind));
            let resolution = interned(py, resolutions, m.resolution);
            let link = Link { id: id.clone_ref(py), kind: kind.clone_ref(py), name: name.clone_ref(py), resolution };
            Linked { link: Arc::new(link), alias: None }
        });
        let text = (m.text != m.name).then(|| match &linked.alias {
            Some((alias, s)) if **alias == *m.text => s.clone_ref(py),
            _ => linked.alias.insert((m.text.into(), PyString::new(py, m.text).unbind())).1.clone_ref(py),
        });
        Mention { start, end, text, link: linked.link.clone() }
    }
}

/// The interned Python string of a resolution.
fn interned(
    py: Python<'_>,
    known: &mut Vec<(gazette::Resolution, Py<PyString>)>,
    r: gazette::Resolution,
) -> Py<PyString> {
    if let Some((_, s)) = known.iter().find(|(k, _)| *k == r) {
        return s.clone_ref(py);
    }
    let s = PyString::intern(py, r.as_str()).unbind();
    known.push((r, s.clone_ref(py)));
    s
}

/// What `__reduce__` returns: a callable and its arguments.
type Reduced<'py, Args> = PyResult<(Bound<'py, PyAny>, Args)>;

/// `__reduce__` for a result type: its `_from_json` and its JSON.
fn reduce_json<'py, T: PyClass>(slf: &Bound<'py, T>, value: &impl Serialize) -> Reduced<'py, (String,)> {
    let json = serde_json::to_string(value).map_err(|e| PyValueError::new_err(e.to_string()))?;
    Ok((slf.as_any().get_type().getattr("_from_json")?, (json,)))
}

fn from_json<'a, T: Deserialize<'a>>(json: &'a str) -> PyResult<T> {
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
    source_kind: Cow<'static, str>,
    speaker: Option<String>,
    entity_id: Option<String>,
    medium_start: Option<usize>,
    medium_end: Option<usize>,
    medium_text: Option<String>,
    medium_entity_id: Option<String>,
    kind: Cow<'static, str>,
}

impl Claim {
    /// The Python claim of a core claim: its typed fields, offsets in code points, and the fields that the
    /// JSON form derives from them (as `Document::to_json` does): the content's bounds over its spans, and
    /// the source's spans with the relative pronoun's, in text order.
    fn new(c: &gazette::Claim<'_>, cp: &OffsetTable) -> Claim {
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

/// The code points of a document's claim offsets, which come in no order: sorted, then converted in the
/// walk over the text that converts the mentions' (a `gazette::CodePoints` restarts from the beginning on a
/// smaller offset, and the mentions come sorted). An ASCII text needs neither: its offsets are the same.
enum OffsetTable {
    Ascii,
    Sorted { bytes: Vec<usize>, chars: Vec<usize> },
}

impl OffsetTable {
    /// The table of the claims' offsets, and the mentions' offsets in code points.
    fn new(doc: &gazette::Document<'_>) -> (OffsetTable, Vec<(usize, usize)>) {
        if doc.text.is_ascii() {
            return (OffsetTable::Ascii, doc.mentions.iter().map(|m| (m.start, m.end)).collect());
        }
        let claims = doc.claims.iter();
        let mut bytes: Vec<usize> = claims
            .flat_map(|c| c.content.iter().chain([&c.cue]).chain(&c.source).chain(&c.relative).chain(&c.medium))
            .flat_map(|s| [s.start, s.end])
            .collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut chars = Vec::with_capacity(bytes.len());
        let mut cp = gazette::CodePoints::new(doc.text);
        let mut next = bytes.iter().peekable();
        let mut at = |byte: usize| {
            while let Some(&b) = next.next_if(|&&b| b < byte) {
                chars.push(cp.at(b));
            }
            cp.at(byte)
        };
        let mentions = doc.mentions.iter().map(|m| (at(m.start), at(m.end))).collect();
        chars.extend(next.map(|&b| cp.at(b)));
        (OffsetTable::Sorted { bytes, chars }, mentions)
    }

    fn get(&self, byte: usize) -> usize {
        match self {
            OffsetTable::Ascii => byte,
            OffsetTable::Sorted { bytes, chars } => {
                chars[bytes.binary_search(&byte).expect("the table holds every offset of the claims")]
            }
        }
    }
}

/// One text's results as far as they go without the GIL: the core's document, its mentions' code-point
/// offsets and its claims for Python.
struct Extracted<'a> {
    doc: gazette::Document<'a>,
    mentions: Vec<(usize, usize)>,
    claims: Vec<Claim>,
}

impl Extracted<'_> {
    fn new(doc: gazette::Document<'_>) -> Extracted<'_> {
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
struct Document {
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
    unsafe fn new(
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

/// The mentions of `text` with code-point offsets; the GIL is released while matching.
fn find(
    py: Python<'_>,
    gazetteer: &gazette::Gazetteer,
    strings: &Shared,
    text: &Bound<'_, PyString>,
) -> PyResult<Vec<Py<Mention>>> {
    let text = text.to_str()?;
    let found = py.detach(|| gazetteer.find(text));
    // Counted in the pass that makes the mentions: one walk over the text, as the mentions come sorted, or
    // none in an ASCII text.
    let mut cp = (!text.is_ascii()).then(|| gazette::CodePoints::new(text));
    let mut at = |byte| cp.as_mut().map_or(byte, |cp| cp.at(byte));
    strings.mentions(py, &found, found.iter().map(|m| (at(m.start), at(m.end))))
}

/// Seconds that `call` takes, without the GIL: how the benchmark times the core beside the binding.
fn core_seconds<T>(py: Python<'_>, call: impl FnOnce() -> T + Send) -> f64 {
    py.detach(|| {
        let start = Instant::now();
        drop(call());
        start.elapsed().as_secs_f64()
    })
}

/// A built gazetteer: entities and the automaton that finds their names. Immutable and thread-safe.
#[pyclass(frozen, module = "gazette")]
struct Gazetteer {
    inner: gazette::Gazetteer,
    strings: Shared,
}

impl From<gazette::Gazetteer> for Gazetteer {
    fn from(inner: gazette::Gazetteer) -> Gazetteer {
        Gazetteer { inner, strings: Shared::default() }
    }
}

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
            .map(Gazetteer::from)
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
        py.detach(|| gazette::Gazetteer::load(&path)).map(Gazetteer::from).map_err(|e| error(py, e))
    }

    /// Rebuilds a gazetteer from `to_bytes()`.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::from_bytes(data)).map(Gazetteer::from).map_err(|e| error(py, e))
    }

    /// The embedded default gazetteer: countries, demonyms, capitals and big cities, US states,
    /// international organisations and news media.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> Gazetteer {
        Gazetteer::from(py.detach(gazette::Gazetteer::embedded))
    }

    /// Saves the gazetteer in its compact binary form, for `load`.
    fn save(&self, py: Python<'_>, path: PathBuf) -> PyResult<()> {
        py.detach(|| self.inner.save(&path)).map_err(|e| error(py, e))
    }

    /// The saved binary form, as `save` writes it.
    fn to_bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &py.detach(|| self.inner.to_bytes()))
    }

    /// The mentions in `text`: leftmost-longest, non-overlapping, on word boundaries, then the
    /// document-level links (surnames, organisation modifiers, acronyms). Offsets are code points.
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<Py<Mention>>> {
        find(py, &self.inner, &self.strings, text)
    }

    /// For benches/python/binding.py: the seconds that the core's `find` takes on `text`, its results
    /// dropped, with no Python objects made.
    fn _core_seconds(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<f64> {
        let text = text.to_str()?;
        Ok(core_seconds(py, || self.inner.find(text)))
    }

    /// The number of entities.
    fn __len__(&self) -> usize {
        self.inner.len()
    }

    /// Pickles as the saved binary form, so unpickling costs what `load` does.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyBytes>,))> {
        let py = slf.py();
        Ok((slf.get_type().getattr("from_bytes")?, (slf.get().to_bytes(py),)))
    }

    fn __repr__(&self) -> String {
        format!("Gazetteer(entities={}, names={})", self.inner.len(), self.inner.name_count())
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
        .map(Gazetteer::from)
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
    /// The strings of the mentions of `inner`'s gazetteer.
    strings: Shared,
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
        let g = gazetteer.as_ref().map(|g| g.get().inner.clone());
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
        Ok(Extractor { inner, gazetteer, additions, strings: Shared::default() })
    }

    /// The gazetteer whose mentions are found.
    #[getter]
    fn gazetteer(&self, py: Python<'_>) -> PyResult<Py<Gazetteer>> {
        match &self.gazetteer {
            Some(g) => Ok(g.clone_ref(py)),
            None => Py::new(py, Gazetteer::from(gazette::Gazetteer::embedded())),
        }
    }

    /// The mentions in `text`, as `Gazetteer.find` gives them.
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<Py<Mention>>> {
        find(py, self.gazetteer_ref(), &self.strings, text)
    }

    /// The mentions and claims of `text`.
    fn extract(slf: &Bound<'_, Self>, text: Bound<'_, PyString>) -> PyResult<Document> {
        let (py, inner) = (slf.py(), &slf.get().inner);
        let s = text.to_str()?;
        let extracted = py.detach(|| Extracted::new(inner.extract(s)));
        // SAFETY: the document borrows `s`, the UTF-8 of `text`, and `slf`'s core.
        unsafe { Document::new(py, extracted, text.clone().unbind(), slf.clone().unbind()) }
    }

    /// `extract` over many texts on `threads` threads (default: every core), with the GIL released; a
    /// progress bar on stderr when `progress` is true (tqdm's when it is installed).
    #[pyo3(signature = (texts, threads = None, progress = false))]
    fn extract_many(
        slf: &Bound<'_, Self>,
        texts: &Bound<'_, PyAny>,
        threads: Option<usize>,
        progress: bool,
    ) -> PyResult<Vec<Document>> {
        let (py, inner) = (slf.py(), &slf.get().inner);
        let threads = thread_count(threads)?;
        let objects = strs(texts)?;
        let strs: Vec<&str> = objects.iter().map(|t| t.to_str()).collect::<PyResult<_>>()?;
        let bar =
            if progress { Some(py.import("gazette._progress")?.call_method1("bar", (strs.len(),))?) } else { None };
        // Chunks bound how long Ctrl-C and the progress bar wait; many documents a thread keep the
        // threads busy between chunks.
        let chunks: Vec<_> = strs.chunks(threads * 64).zip(objects.chunks(threads * 64)).collect();
        let mut docs = Vec::with_capacity(strs.len());
        let run = |docs: &mut Vec<Document>| -> PyResult<()> {
            std::thread::scope(|scope| {
                // On more than one thread, the next chunk is extracted while this one becomes Python objects.
                let mut ahead = None;
                for (i, (texts, objects)) in chunks.iter().enumerate() {
                    let done = match ahead.take() {
                        Some(next) => py.detach(|| joined(next)),
                        None => py.detach(|| extract_each(inner, texts, threads)),
                    };
                    if let Some((next, _)) = chunks.get(i + 1).filter(|_| threads > 1) {
                        ahead = Some(scope.spawn(move || extract_each(inner, next, threads)));
                    }
                    for (e, text) in done.into_iter().zip(objects.iter()) {
                        // SAFETY: the document borrows the UTF-8 of `text` (in `strs`) and `slf`'s core.
                        docs.push(unsafe { Document::new(py, e, text.clone().unbind(), slf.clone().unbind()) }?);
                    }
                    if let Some(bar) = &bar {
                        bar.call_method1("update", (texts.len(),))?;
                    }
                    py.check_signals()?;
                }
                Ok(())
            })
        };
        let result = run(&mut docs);
        if let Some(bar) = &bar {
            bar.call_method0("close")?;
        }
        result.map(|()| docs)
    }

    /// For benches/python/binding.py: the seconds that the core's `extract` takes on one text, or its
    /// `extract_each` on a list of texts (on `threads` threads, as `extract_many` counts them), the
    /// documents dropped, with no Python objects made.
    #[pyo3(signature = (texts, threads = None))]
    fn _core_seconds(&self, py: Python<'_>, texts: &Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<f64> {
        if let Ok(text) = texts.cast::<PyString>() {
            let text = text.to_str()?;
            return Ok(core_seconds(py, || self.inner.extract(text)));
        }
        let threads = thread_count(threads)?;
        let objects = strs(texts)?;
        let strs: Vec<&str> = objects.iter().map(|t| t.to_str()).collect::<PyResult<_>>()?;
        Ok(core_seconds(py, || self.inner.extract_each(&strs, threads, |_, doc| doc)))
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
        let g = self.gazetteer_ref();
        let which = if self.gazetteer.is_some() { "" } else { "embedded " };
        format!("Extractor({which}gazetteer of {} entities)", g.len())
    }
}

impl Extractor {
    fn gazetteer_ref(&self) -> &gazette::Gazetteer {
        self.inner.gazetteer().expect("an Extractor always has a gazetteer")
    }
}

/// The core's `extract_each`, each document as far as it goes without the GIL.
fn extract_each<'a>(inner: &'a gazette::Extractor, texts: &'a [&'a str], threads: usize) -> Vec<Extracted<'a>> {
    inner.extract_each(texts, threads, |_, doc| Extracted::new(doc))
}

/// A scoped thread's result, its panic passed on.
fn joined<T>(thread: std::thread::ScopedJoinHandle<'_, T>) -> T {
    thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// `extract_many`'s `threads`: at least 1, every core by default.
fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// The `str`s of an iterable, or a `TypeError`.
fn strs<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    texts.try_iter()?.map(|t| t?.extract::<Bound<'py, PyString>>().map_err(PyErr::from)).collect()
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
