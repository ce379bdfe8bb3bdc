//! The native module `gazette._gazette`: thin classes over the Rust core, every offset in code points.
//!
//! The core does the work and owns the semantics; this module converts arguments and results, releases the
//! GIL around every long call, and maps the core's errors onto Python exceptions.
//!
//! Results are read from the core's typed fields (`gazette::Mention`, `gazette::Claim`,
//! `gazette::Speaker`) into small Python objects that share their strings. A `Document` keeps the core's
//! document and makes those objects, and its JSON (the core's own, `gazette::Document::to_json`, the
//! command line's `--jsonl` line), when first asked for them: `extract` costs what the core's does.

mod claim;
mod document;
mod errors;
mod extractor;
mod gazetteer;
mod mention;
mod speaker;

use pyo3::IntoPyObjectExt;
use pyo3::PyClass;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

use crate::claim::Claim;
use crate::document::Document;
use crate::errors::{EntityError, GazetteError, ParseError, SavedFileError};
use crate::extractor::Extractor;
use crate::gazetteer::Gazetteer;
use crate::mention::Mention;
use crate::speaker::Speaker;

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

/// Runs the `gazette` command line `args` (the program's name first) and returns its exit code. The console
/// script `gazette` and `python -m gazette` (gazette/__main__.py) call it, so they run the binary's code;
/// it writes to the process's stdout and stderr itself, and flushes stdout before it returns.
#[pyfunction]
fn _run_cli(py: Python<'_>, args: Vec<std::ffi::OsString>) -> u8 {
    py.detach(|| gazette::cli::run(args))
}

#[pymodule]
fn _gazette(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(_run_cli, m)?)?;
    m.add_class::<Gazetteer>()?;
    m.add_class::<Extractor>()?;
    m.add_class::<Document>()?;
    m.add_class::<Mention>()?;
    m.add_class::<Claim>()?;
    m.add_class::<Speaker>()?;
    m.add("GazetteError", py.get_type::<GazetteError>())?;
    m.add("ParseError", py.get_type::<ParseError>())?;
    m.add("EntityError", py.get_type::<EntityError>())?;
    m.add("SavedFileError", py.get_type::<SavedFileError>())?;
    Ok(())
}
