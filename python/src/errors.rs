//! Python exceptions for the core's errors: `GazetteError` and a subclass per kind of bad input, or the
//! `OSError` that `open()` would raise.

use std::path::Path;

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

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
pub(crate) fn error(py: Python<'_>, e: gazette::Error) -> PyErr {
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
pub(crate) fn os_error(py: Python<'_>, e: std::io::Error, path: Option<&Path>) -> PyErr {
    let err = PyErr::from(e);
    if let Some(p) = path
        && let Err(set) = err.value(py).setattr("filename", p.to_string_lossy())
    {
        return set;
    }
    err
}
