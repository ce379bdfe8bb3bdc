//! The crate's one error type: what went wrong, and where (file and line) when it came from input.

use std::fmt;
use std::path::{Path, PathBuf};

/// An error from loading, building or saving a gazetteer.
///
/// The message names the file and the 1-based line when the error came from input, e.g.
/// `gaz.jsonl:12: missing field "name"`. Use [`Error::kind`], [`Error::path`] and [`Error::line`] to
/// inspect it programmatically.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.render())]
pub struct Error(Box<Inner>);

#[derive(Debug)]
struct Inner {
    kind: ErrorKind,
    message: String,
    path: Option<PathBuf>,
    line: Option<u64>,
    io_kind: Option<std::io::ErrorKind>,
}

/// What kind of error occurred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing a file failed.
    Io,
    /// A line is not valid JSON, or not a JSON object of the expected shape.
    Json,
    /// A required field is missing or empty.
    MissingField,
    /// A name or alias has no characters that can be matched (empty, or only white space).
    EmptyName,
    /// The same entity id was given two different types.
    ConflictingType,
    /// Input is not valid UTF-8.
    InvalidUtf8,
    /// A TSV line does not have exactly three tab-separated fields.
    MissingTab,
    /// A saved gazetteer file is truncated, corrupt, or from an incompatible version.
    BadBinary,
    /// An input exceeds a documented size limit.
    TooLarge,
    /// The automaton could not be built.
    Build,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error(Box::new(Inner { kind, message: message.into(), path: None, line: None, io_kind: None }))
    }

    pub(crate) fn io(err: std::io::Error, path: Option<&Path>) -> Error {
        let mut e = Error::new(ErrorKind::Io, err.to_string());
        e.0.path = path.map(Path::to_path_buf);
        e.0.io_kind = Some(err.kind());
        e
    }

    pub(crate) fn at_line(mut self, line: u64) -> Error {
        self.0.line = Some(line);
        self
    }

    pub(crate) fn in_file(mut self, path: Option<&Path>) -> Error {
        if self.0.path.is_none() {
            self.0.path = path.map(Path::to_path_buf);
        }
        self
    }

    /// The kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.0.kind
    }

    /// The file the error came from, when it came from a file.
    pub fn path(&self) -> Option<&Path> {
        self.0.path.as_deref()
    }

    /// The 1-based line of the input the error came from, when it came from a line-based input.
    pub fn line(&self) -> Option<u64> {
        self.0.line
    }

    /// What was wrong, without the file and line prefix.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The kind of the underlying I/O error, for errors of kind [`ErrorKind::Io`] that came from the
    /// operating system.
    pub fn io_error_kind(&self) -> Option<std::io::ErrorKind> {
        self.0.io_kind
    }

    fn render(&self) -> String {
        let mut out = String::new();
        match (&self.0.path, self.0.line) {
            (Some(p), Some(l)) => out.push_str(&format!("{}:{}: ", p.display(), l)),
            (Some(p), None) => out.push_str(&format!("{}: ", p.display())),
            (None, Some(l)) => out.push_str(&format!("line {}: ", l)),
            (None, None) => {}
        }
        out.push_str(&self.0.message);
        out
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            ErrorKind::Io => "I/O error",
            ErrorKind::Json => "bad JSON",
            ErrorKind::MissingField => "missing field",
            ErrorKind::EmptyName => "empty name",
            ErrorKind::ConflictingType => "conflicting type",
            ErrorKind::InvalidUtf8 => "invalid UTF-8",
            ErrorKind::MissingTab => "missing tab",
            ErrorKind::BadBinary => "bad saved gazetteer",
            ErrorKind::TooLarge => "too large",
            ErrorKind::Build => "build error",
        };
        f.write_str(s)
    }
}

/// A `Result` whose error is [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
