//! The documents a command reads: text files, or JSON Lines corpora of `{"id", "text"}` lines extracted a
//! batch at a time on every core; and the gazetteers they are read with.
//!
//! A bad input line or an unreadable file is reported on stderr (file, line number, what was wrong) and
//! the rest is processed.

use std::io::{BufRead, Read, Write};

use serde_json::Value;

use super::progress::Progress;
use crate::extractor::extractor_alongside;
use crate::pool::each_largest_first;
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

/// Where the documents' outputs go, in input order.
pub(crate) trait Output<T> {
    /// Takes the next document's output.
    fn put(&mut self, shown: T) -> std::io::Result<()>;
    /// Called once every document is in: writes what is left and flushes.
    fn finish(&mut self) -> std::io::Result<()>;
}

fn open(path: &str) -> std::io::Result<Box<dyn BufRead + Send>> {
    Ok(if path == "-" {
        // Not `stdin().lock()`, which may not move to the thread that reads the batches.
        Box::new(std::io::BufReader::with_capacity(1 << 20, std::io::stdin()))
    } else {
        Box::new(std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?))
    })
}

/// An input's name in messages.
pub(crate) fn display(path: &str) -> &str {
    if path == "-" { "stdin" } else { path }
}

fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path).and_then(|mut r| r.read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// A document's id as a name: a string as it is, anything else as JSON.
pub(crate) fn id_name(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A JSON Lines document: its `id` (null when absent) and its text.
struct Line {
    id: Value,
    text: String,
}

/// A JSON Lines line's document, or what was wrong with it.
fn parse_line(line: &[u8]) -> Result<Line, String> {
    let line =
        std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    // A byte-order mark, as some editors write at the start of a file.
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    match serde_json::from_str::<Fields>(line) {
        Ok(Fields(Some(doc))) => Ok(doc),
        Ok(Fields(None)) => Err(NO_TEXT.to_string()),
        Err(e) if e.is_data() => Err(NO_TEXT.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Reads a line's `"id"` and `"text"` and skips every other field unparsed: corpora often carry their
/// annotations beside the text, and building them into values cost more than a third of a one-thread
/// run. As with a JSON object read whole, a repeated key keeps its last value. `None`: an object
/// without a string `"text"`; any other JSON value is a data error.
struct Fields(Option<Line>);

impl<'de> serde::Deserialize<'de> for Fields {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Fields;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(NO_TEXT)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let (mut id, mut text) = (Value::Null, None);
                while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                    match &*key {
                        "id" => id = map.next_value()?,
                        "text" => {
                            text = match map.next_value()? {
                                Value::String(t) => Some(t),
                                _ => None,
                            }
                        }
                        _ => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Fields(text.map(|text| Line { id, text })))
            }
        }
        deserializer.deserialize_map(Visit)
    }
}

const NO_TEXT: &str = "expected an object with a string \"text\"";

/// How a JSON Lines input is read and where its bad lines are reported.
pub(crate) struct Jsonl<'a, E> {
    pub(crate) command: &'a str,
    pub(crate) extractor: &'a Extractor,
    pub(crate) threads: usize,
    pub(crate) errors: &'a mut E,
    pub(crate) progress: &'a mut Progress,
}

/// A batch of JSON Lines: its lines one after the other, and each line's number and where it is in `text`.
struct Batch {
    text: Vec<u8>,
    lines: Vec<(u64, std::ops::Range<usize>)>,
}

/// The most lines, and about the most bytes, of a batch.
const BATCH_LINES: usize = 1024;
const BATCH_BYTES: usize = 8 << 20;

impl Batch {
    fn new() -> Batch {
        // Reserved whole (pages are only touched as lines are read): a batch's text, grown by doubling,
        // was copied about twice over, the first batch's on the way to the first extraction.
        Batch { text: Vec::with_capacity(BATCH_BYTES + (64 << 10)), lines: Vec::with_capacity(BATCH_LINES) }
    }

    /// Refills the batch with the next non-blank lines of `reader`, up to a batch's worth; `number` counts
    /// the lines read. Empty at the end of the input.
    fn fill(&mut self, reader: &mut dyn BufRead, number: &mut u64) -> std::io::Result<()> {
        self.text.clear();
        self.lines.clear();
        while self.lines.len() < BATCH_LINES && self.text.len() < BATCH_BYTES {
            let start = self.text.len();
            if reader.read_until(b'\n', &mut self.text)? == 0 {
                break;
            }
            *number += 1;
            if self.text[start..].iter().all(u8::is_ascii_whitespace) {
                self.text.truncate(start);
                continue;
            }
            self.lines.push((*number, start..self.text.len()));
        }
        Ok(())
    }
}

impl<E: Write> Jsonl<'_, E> {
    /// The next input of `reading`, its batches parsed, extracted and shown on `threads` threads and put
    /// in input order; bad lines are reported to `errors` with `name` and their number. An error (the
    /// input's, or the output's) leaves the rest of the input unread.
    pub(crate) fn run<T: Send>(
        &mut self,
        reading: &ReadAhead,
        name: &str,
        show: &(impl Fn(&Value, &Document<'_>) -> T + Sync),
        out: &mut dyn Output<T>,
    ) -> std::io::Result<()> {
        loop {
            let batch = match reading.next() {
                Handover::Batch(batch) => batch,
                Handover::End(done) => return done,
            };
            if let Err(e) = self.extract(&batch, name, show, out) {
                // The next input is read only when the run goes on.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    reading.skip_input();
                }
                return Err(e);
            }
            reading.recycle(batch);
        }
    }

    /// The batch's documents parsed, extracted and shown on the extraction threads, put in input order.
    fn extract<T: Send>(
        &mut self,
        batch: &Batch,
        name: &str,
        show: &(impl Fn(&Value, &Document<'_>) -> T + Sync),
        out: &mut dyn Output<T>,
    ) -> std::io::Result<()> {
        let Batch { text, lines } = batch;
        // Parsing is per line work too, so it runs on the extraction threads.
        let sizes: Vec<usize> = lines.iter().map(|(_, range)| range.len()).collect();
        let shown = each_largest_first(&sizes, Extractor::threads(self.threads), |i| {
            parse_line(&text[lines[i].1.clone()]).map(|doc| show(&doc.id, &self.extractor.extract(&doc.text)))
        });
        for ((number, range), doc) in lines.iter().zip(shown) {
            self.progress.bytes += range.len() as u64;
            match doc {
                Ok(shown) => {
                    out.put(shown)?;
                    self.progress.documents += 1;
                }
                Err(e) => {
                    let fresh_line = if self.progress.live { "\n" } else { "" };
                    writeln!(self.errors, "{fresh_line}{}: {name}:{number}: {e}", self.command)?;
                    self.progress.bad += 1;
                }
            }
        }
        self.progress.tick();
        Ok(())
    }
}

/// Opens an input for reading, on the reading thread.
type Opener = Box<dyn FnOnce() -> std::io::Result<Box<dyn BufRead + Send>> + Send>;

/// What the reading thread hands over, for each input in turn: its batches, then its end.
enum Handover {
    Batch(Batch),
    /// The input is read through (`Ok`), or could not be opened or read.
    End(std::io::Result<()>),
}

/// JSON Lines inputs read in order, a batch at a time, on a thread of their own, one batch ahead of the
/// extraction: the next batch is read while one is extracted, and the first while the extractor is built.
pub(crate) struct ReadAhead {
    full: std::sync::mpsc::Receiver<Handover>,
    empty: std::sync::mpsc::Sender<Batch>,
}

impl ReadAhead {
    /// Starts reading `inputs`, each opened when its turn comes.
    pub(crate) fn start(inputs: Vec<Opener>) -> ReadAhead {
        // Full batches are handed over one at a time; emptied ones come back to be refilled, so that at
        // most two are alive and their buffers are reused.
        let (full, next) = std::sync::mpsc::sync_channel::<Handover>(0);
        let (empty, refill) = std::sync::mpsc::channel::<Batch>();
        // Not joined: when the extraction stops early (a gazetteer or output error), the thread may be
        // waiting on input that never comes, and it ends with its next hand-over or with the process.
        std::thread::spawn(move || {
            for input in inputs {
                let end = input().and_then(|mut reader| {
                    let mut number = 0u64;
                    loop {
                        let mut batch = refill.try_recv().unwrap_or_else(|_| Batch::new());
                        batch.fill(&mut reader, &mut number)?;
                        if batch.lines.is_empty() {
                            return Ok(());
                        }
                        // A failed hand-over means the extraction has stopped: so does reading.
                        full.send(Handover::Batch(batch)).map_err(|_| std::io::ErrorKind::BrokenPipe)?;
                    }
                });
                if full.send(Handover::End(end)).is_err() {
                    return;
                }
            }
        });
        ReadAhead { full: next, empty }
    }

    /// The next batch of the input being read, or its end.
    fn next(&self) -> Handover {
        self.full.recv().unwrap_or_else(|_| Handover::End(Err(std::io::Error::other("the reading thread stopped"))))
    }

    /// Hands an extracted batch back to be refilled.
    fn recycle(&self, batch: Batch) {
        // The reader may have finished: then the batch is not needed.
        let _ = self.empty.send(batch);
    }

    /// Reads the rest of the input being read, unused.
    fn skip_input(&self) {
        while let Handover::Batch(batch) = self.next() {
            self.recycle(batch);
        }
    }
}
