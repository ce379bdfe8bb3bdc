//! `Extractor`: mentions and claims of one text or of many on several threads.

use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::document::Document;
use crate::errors::error;
use crate::gazetteer::{Gazetteer, core_seconds, find};
use crate::mention::{Mention, Shared};

/// Finds mentions and claims. Immutable and thread-safe; pickles with its gazetteer's saved form.
#[pyclass(frozen, module = "gazette")]
pub(crate) struct Extractor {
    inner: gazette::Extractor,
    /// The gazetteer given, or None for the embedded default (which a pickle then need not carry).
    gazetteer: Option<Py<Gazetteer>>,
    /// The words added to the built-in lexicons, kept for pickling.
    additions: Additions,
    /// The strings of the mentions of `inner`'s gazetteer.
    pub(crate) strings: Shared,
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
                // No gazetteer: the core's default, the embedded one, as in Rust and C.
                if let Some(g) = g {
                    b.gazetteer(g);
                }
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
            None => Py::new(py, Gazetteer::from(self.gazetteer_ref().clone())),
        }
    }

    /// The mentions in `text`, as `Gazetteer.find` gives them.
    fn find(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<Vec<Py<Mention>>> {
        find(py, self.gazetteer_ref(), &self.strings, text)
    }

    /// The mentions and claims of `text`.
    fn extract(slf: &Bound<'_, Self>, text: &Bound<'_, PyString>) -> PyResult<Document> {
        let (py, inner) = (slf.py(), &slf.get().inner);
        let s = text.to_str()?;
        let doc = py.detach(|| inner.extract(s));
        // SAFETY: the document borrows `s`, the UTF-8 of `text`, and `slf`'s core.
        Ok(unsafe { Document::new(doc, text, slf.clone().unbind()) })
    }

    /// `extract` over many texts on `threads` threads (None or 0: every core), with the GIL released; a
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
        let mut docs = Vec::with_capacity(strs.len());
        let mut run = || -> PyResult<()> {
            for range in chunks(&strs, threads) {
                let (texts, objects) = (&strs[range.clone()], &objects[range]);
                let done = py.detach(|| inner.extract_each(texts, threads, |_, doc| doc));
                for (doc, text) in done.into_iter().zip(objects) {
                    // SAFETY: the document borrows the UTF-8 of `text` (in `strs`) and `slf`'s core.
                    docs.push(unsafe { Document::new(doc, text, slf.clone().unbind()) });
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

/// Text for each thread between two looks at Ctrl-C and the progress bar: a few dozen milliseconds of work.
/// Each chunk ends with threads waiting for the last text, so chunks are not made smaller.
const CHUNK_BYTES: usize = 1 << 20;

/// `extract_many`'s texts in chunks of about `threads * CHUNK_BYTES`, and at least `threads` texts.
fn chunks(texts: &[&str], threads: usize) -> Vec<std::ops::Range<usize>> {
    let (mut chunks, mut start, mut bytes) = (Vec::new(), 0, 0);
    for (i, text) in texts.iter().enumerate() {
        bytes += text.len();
        if bytes >= threads * CHUNK_BYTES && i + 1 - start >= threads {
            chunks.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < texts.len() {
        chunks.push(start..texts.len());
    }
    chunks
}

/// `extract_many`'s `threads`: at least 1, every core by default.
fn thread_count(threads: Option<usize>) -> PyResult<usize> {
    // None and 0 are every core, as in Rust, C and the extract tool.
    Ok(gazette::Extractor::threads(threads.unwrap_or(0)))
}

/// The `str`s of an iterable, or a `TypeError`.
fn strs<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    texts.try_iter()?.map(|t| t?.extract::<Bound<'py, PyString>>().map_err(PyErr::from)).collect()
}
