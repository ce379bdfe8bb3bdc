//! The documents a command reads: text files, or JSON Lines corpora of `{"id", "text"}` lines extracted on
//! every core (`jsonl`); and the gazetteers they are read with.
//!
//! A bad input line or an unreadable file is reported on stderr (file, line number, what was wrong) and
//! the rest is processed.

use std::io::Read;

use serde_json::Value;

use super::jsonl::{Jsonl, Output};
use super::progress::Progress;
use super::reading::{Opener, ReadAhead, Source};
use crate::extractor::extractor_alongside;
use crate::{Document, Extractor, Gazetteer, GazetteerBuilder};

/// The inputs and gazetteers of `extract` and `speakers`.
#[derive(clap::Args)]
pub(crate) struct Input {
    /// Add a gazetteer (.jsonl, .tsv, or saved by `gazette gazetteer build`) to the embedded default;
    /// repeatable
    #[arg(short = 'g', long = "gazetteer", value_name = "FILE")]
    pub(crate) gazetteers: Vec<String>,
    /// Leave the embedded default gazetteer out (then --gazetteer is required; one saved gazetteer alone
    /// then loads without being built again)
    #[arg(long, requires = "gazetteers")]
    pub(crate) no_default: bool,
    /// Read JSON Lines files of {"id", "text"} documents
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// Documents extracted in parallel with --jsonl (0: every core)
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub(crate) threads: usize,
    /// No progress line on stderr
    #[arg(short, long)]
    pub(crate) quiet: bool,
    /// Text files, or JSON Lines files with --jsonl ("-": stdin)
    #[arg(value_name = "FILE")]
    pub(crate) inputs: Vec<String>,
}

impl Input {
    /// The user's gazetteers, with the embedded default unless `--no-default` (whose names theirs take
    /// precedence over: see `GazetteerBuilder::with_default`); `None` when one failed, reported on stderr
    /// as `command`'s error.
    pub(crate) fn extractor(&self, command: &str) -> Option<Extractor> {
        let mut builder = GazetteerBuilder::new();
        builder.with_default(!self.no_default);
        let fold = builder.fold();
        let gazetteer = || match (&self.gazetteers[..], self.no_default) {
            // Alone, a saved gazetteer loads as it was saved, without building its names again.
            ([one], true) => Gazetteer::from_path(one),
            (files, _) => {
                for f in files {
                    builder.add_path(f)?;
                }
                builder.build()
            }
        };
        extractor_alongside(fold, gazetteer).map_err(|e| eprintln!("{command}: {e}")).ok()
    }

    /// The inputs named, or stdin.
    pub(crate) fn inputs(&self) -> Vec<&str> {
        if self.inputs.is_empty() { vec!["-"] } else { self.inputs.iter().map(String::as_str).collect() }
    }

    /// With `--jsonl`, the inputs' lines start to be read on a thread of their own (see [`ReadAhead`]):
    /// called before the extractor is built, so that the first batch is read while the gazetteer loads.
    pub(crate) fn read_ahead(&self) -> Option<ReadAhead> {
        if !self.jsonl {
            return None;
        }
        let inputs = self.inputs().into_iter().map(|input| {
            let input = input.to_string();
            Box::new(move || open(&input)) as Opener
        });
        Some(ReadAhead::start(inputs.collect()))
    }

    /// Extracts every document of every input, in input order: `show` makes each document's output (on
    /// the extraction threads) and `out` takes it, and is finished before the last progress line.
    /// `reading` is these inputs' [`Input::read_ahead`]. `command` names the command in messages. False
    /// when some input failed (each reported on stderr).
    pub(crate) fn each<T: Send>(
        &self,
        command: &str,
        reading: Option<ReadAhead>,
        extractor: &Extractor,
        show: impl Fn(&Value, &Document<'_>) -> T + Sync,
        out: &mut dyn Output<T>,
    ) -> std::io::Result<bool> {
        let mut all_ok = true;
        if let Some(reading) = reading {
            let mut progress = Progress::new(command, self.quiet);
            for input in self.inputs() {
                let mut jsonl = Jsonl {
                    command,
                    extractor,
                    threads: self.threads,
                    errors: &mut std::io::stderr(),
                    progress: &mut progress,
                };
                let done = jsonl.run(&reading, display(input), &show, out);
                if let Err(e) = done {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return Err(e);
                    }
                    eprintln!("{command}: {}: {e}", display(input));
                    all_ok = false;
                }
            }
            out.finish()?;
            progress.finish();
            return Ok(all_ok && progress.bad == 0);
        }
        for input in self.inputs() {
            match read_text(input) {
                Ok(text) => out.put(show(&Value::from(display(input)), &extractor.extract(&text)))?,
                Err(e) => {
                    eprintln!("{command}: {}: {e}", display(input));
                    all_ok = false;
                }
            }
        }
        out.finish()?;
        Ok(all_ok)
    }
}

/// An input opened for the reading thread: live unless it is a regular file (stdin piped from a program
/// or typed, a named pipe, a process substitution).
fn open(path: &str) -> std::io::Result<Source> {
    // Not `stdin().lock()`, which may not move to the thread that reads the batches.
    let (reader, file): (Box<dyn Read + Send>, bool) = if path == "-" {
        (Box::new(std::io::stdin()), stdin_is_file())
    } else {
        let file = std::fs::File::open(path)?;
        let regular = file.metadata()?.is_file();
        (Box::new(file), regular)
    };
    Ok(Source::new(reader, !file))
}

/// Whether stdin is redirected from a regular file (`< file`), which is read a whole batch at a time.
#[cfg(unix)]
fn stdin_is_file() -> bool {
    use std::os::fd::AsFd;
    let stdin = std::io::stdin();
    let file = stdin.as_fd().try_clone_to_owned().map(std::fs::File::from);
    file.and_then(|f| f.metadata()).is_ok_and(|m| m.is_file())
}

/// Elsewhere stdin is taken for live: its lines are extracted as they come.
#[cfg(not(unix))]
fn stdin_is_file() -> bool {
    false
}

/// An input's name in messages.
pub(crate) fn display(path: &str) -> &str {
    if path == "-" { "stdin" } else { path }
}

fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path).and_then(|mut source| source.reader.read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// A document's id as a name: a string as it is, anything else as JSON.
pub(crate) fn id_name(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
