//! `Gazetteer`: building, loading and saving from Python, and `find`.

use std::path::PathBuf;
use std::time::Instant;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use crate::errors::{error, os_error};
use crate::mention::{Mention, Shared};

/// The options every gazetteer constructor takes.
#[derive(Clone, Copy)]
struct Options {
    fold_diacritics: bool,
    proper_nouns: bool,
    document_resolution: bool,
    with_default: bool,
}

impl Options {
    /// Builds from the entities `add` gives, with the embedded default's after them when asked (the core's
    /// `with_default`, so that the caller's names take precedence).
    fn build(
        self,
        add: impl FnOnce(&mut gazette::GazetteerBuilder) -> gazette::Result<()>,
    ) -> gazette::Result<gazette::Gazetteer> {
        let mut b = gazette::GazetteerBuilder::new();
        b.fold_diacritics(self.fold_diacritics)
            .proper_nouns(self.proper_nouns)
            .document_resolution(self.document_resolution)
            .with_default(self.with_default);
        add(&mut b)?;
        b.build()
    }
}

/// The mentions of `text` with code-point offsets; the GIL is released while matching.
pub(crate) fn find(
    py: Python<'_>,
    gazetteer: &gazette::Gazetteer,
    strings: &Shared,
    text: &Bound<'_, PyString>,
) -> PyResult<Vec<Py<Mention>>> {
    let text = text.to_str()?;
    let found = py.detach(|| gazetteer.find(text));
    strings.mentions(py, text, &found)
}

/// Seconds that `call` takes, without the GIL: how the benchmark times the core beside the binding.
pub(crate) fn core_seconds<T>(py: Python<'_>, call: impl FnOnce() -> T + Send) -> f64 {
    py.detach(|| {
        let start = Instant::now();
        drop(call());
        start.elapsed().as_secs_f64()
    })
}

/// A built gazetteer: entities and the automaton that finds their names. Immutable and thread-safe.
#[pyclass(frozen, module = "gazette")]
pub(crate) struct Gazetteer {
    pub(crate) inner: gazette::Gazetteer,
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
    #[pyo3(signature = (entities, *, fold_diacritics = true, proper_nouns = true, document_resolution = true, with_default = false))]
    fn new(
        py: Python<'_>,
        entities: &Bound<'_, PyAny>,
        fold_diacritics: bool,
        proper_nouns: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Gazetteer> {
        let options = Options { fold_diacritics, proper_nouns, document_resolution, with_default };
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
    #[pyo3(signature = (path, *, fold_diacritics = true, proper_nouns = true, document_resolution = true, with_default = false))]
    fn from_jsonl(
        py: Python<'_>,
        path: PathBuf,
        fold_diacritics: bool,
        proper_nouns: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Self> {
        Gazetteer::from_file(
            py,
            path,
            Options { fold_diacritics, proper_nouns, document_resolution, with_default },
            Format::Jsonl,
        )
    }

    /// Loads and builds a TSV gazetteer file: `surface<TAB>type<TAB>id` a line.
    #[staticmethod]
    #[pyo3(signature = (path, *, fold_diacritics = true, proper_nouns = true, document_resolution = true, with_default = false))]
    fn from_tsv(
        py: Python<'_>,
        path: PathBuf,
        fold_diacritics: bool,
        proper_nouns: bool,
        document_resolution: bool,
        with_default: bool,
    ) -> PyResult<Self> {
        Gazetteer::from_file(
            py,
            path,
            Options { fold_diacritics, proper_nouns, document_resolution, with_default },
            Format::Tsv,
        )
    }

    /// Loads a gazetteer written by `save`, much faster than building it.
    #[staticmethod]
    fn load(py: Python<'_>, path: PathBuf) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::load(&path)).map(Gazetteer::from).map_err(|e| error(py, e))
    }

    /// The gazetteer of a file, by its name or its first bytes (as Rust's `Gazetteer::from_path` and C's
    /// `gazette_gazetteer_from_path`): a JSONL (`.jsonl`, `.json`) or TSV (`.tsv`, `.txt`) file built with the
    /// default options, or a gazetteer written by `save` under any other name, loaded with its own options.
    #[staticmethod]
    fn from_path(py: Python<'_>, path: PathBuf) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::from_path(&path)).map(Gazetteer::from).map_err(|e| error(py, e))
    }

    /// Rebuilds a gazetteer from `to_bytes()`.
    #[staticmethod]
    fn from_bytes(py: Python<'_>, data: &[u8]) -> PyResult<Gazetteer> {
        py.detach(|| gazette::Gazetteer::from_bytes(data)).map(Gazetteer::from).map_err(|e| error(py, e))
    }

    /// The embedded default gazetteer for international news: countries, demonyms, cities, provinces,
    /// territories and regions, organisations, institutions, armed groups, parties, media and facilities.
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
