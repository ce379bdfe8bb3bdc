//! The progress line of `gazette extract --jsonl` on stderr.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use crate::html::counted;

/// Documents, bytes and bad lines so far, shown on stderr: updated in place on a terminal, and once at
/// the end.
pub(crate) struct Progress {
    command: String,
    quiet: bool,
    /// Whether the line is updated in place (stderr is a terminal and the run is not quiet).
    pub(crate) live: bool,
    started: Instant,
    shown: Instant,
    pub(crate) documents: u64,
    pub(crate) bytes: u64,
    pub(crate) bad: u64,
}

impl Progress {
    /// The progress of `command` (which heads the line), shown unless `quiet`.
    pub(crate) fn new(command: &str, quiet: bool) -> Progress {
        let now = Instant::now();
        let live = !quiet && std::io::stderr().is_terminal();
        let command = command.to_string();
        Progress { command, quiet, live, started: now, shown: now, documents: 0, bytes: 0, bad: 0 }
    }

    fn line(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let bad =
            if self.bad == 0 { String::new() } else { format!(", {}", counted(self.bad, "bad line", "bad lines")) };
        format!(
            "{}: {}{bad}, {mb:.1} MB in {secs:.1} s, {:.1} MB/s",
            self.command,
            counted(self.documents, "document", "documents"),
            mb / secs.max(1e-9)
        )
    }

    /// Shows the line again on a terminal, at most four times a second.
    pub(crate) fn tick(&mut self) {
        if self.live && self.shown.elapsed() >= Duration::from_millis(250) {
            self.shown = Instant::now();
            eprint!("\r{}", self.line());
        }
    }

    /// Shows the final line, unless quiet.
    pub(crate) fn finish(&self) {
        if !self.quiet {
            eprintln!("{}{}", if self.live { "\r" } else { "" }, self.line());
        }
    }
}
