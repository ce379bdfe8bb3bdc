//! `gazette extract`: the mentions and claims of text files, or of JSON Lines corpora.
//!
//! A bad input line or an unreadable file is reported on stderr (file, line number, what was wrong) and
//! the rest is processed.

use std::io::{BufRead, BufWriter, Read, Write};

use clap::ValueEnum;
use serde_json::Value;

use super::csv;
use super::progress::Progress;
use super::report::report;
use crate::{Document, Extractor, GazetteerBuilder, HtmlPage, HtmlSection};

/// Finds the mentions and claims of news text.
///
/// FILEs are text files, or with --jsonl JSON Lines files of {"id", "text"} documents; with no FILE
/// (or "-") stdin is read. The embedded default gazetteer is used unless --no-default is given; each
/// --gazetteer adds to it, and its names take precedence over the default's.
#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  gazette extract article.txt                                   a readable report of one text
  gazette extract --format json a.txt b.txt                     one JSON line per text file
  gazette extract --jsonl < docs.jsonl > out.jsonl              one JSON line per {\"id\", \"text\"} line
  gazette extract --jsonl --gazetteer names.tsv --no-default corpus.jsonl
  gazette extract --jsonl --format csv --claims corpus.jsonl > claims.csv
  gazette extract --jsonl --format html corpus.jsonl > corpus.html   one page, an index of the documents

Exit codes: 0 all input processed, 1 some input or a gazetteer failed, 2 usage error.")]
pub(crate) struct Args {
    /// Add a gazetteer (.jsonl or .tsv) to the embedded default; repeatable
    #[arg(short = 'g', long = "gazetteer", value_name = "FILE")]
    pub(crate) gazetteers: Vec<String>,
    /// Leave the embedded default gazetteer out (then --gazetteer is required)
    #[arg(long, requires = "gazetteers")]
    pub(crate) no_default: bool,
    /// Read JSON Lines documents; write one JSON line per document
    #[arg(long)]
    pub(crate) jsonl: bool,
    /// What to write [default: text for text files, json with --jsonl]
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    /// With --format csv: one row per claim instead of one per mention
    #[arg(long)]
    pub(crate) claims: bool,
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

/// What `extract` writes for each document.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub(crate) enum Format {
    /// A readable report of mentions and claims
    Text,
    /// One JSON line per document (see the README's JSON schema)
    Json,
    /// One row per mention, or per claim with --claims; offsets in code points, as in the JSON
    Csv,
    /// One standalone page for the run: each document's mentions, claims and speakers marked
    Html,
}

/// Runs `gazette extract`: false when a gazetteer or some input failed (each reported on stderr).
pub(crate) fn run(args: &Args) -> std::io::Result<bool> {
    match load(args) {
        Ok(extractor) => extract(args, &extractor),
        Err(e) => {
            eprintln!("extract: {e}");
            Ok(false)
        }
    }
}

/// The user's gazetteers, with the embedded default unless `--no-default` (whose names theirs take
/// precedence over: see `GazetteerBuilder::with_default`).
pub(crate) fn load(args: &Args) -> crate::Result<Extractor> {
    let mut builder = GazetteerBuilder::new();
    builder.with_default(!args.no_default);
    for f in &args.gazetteers {
        builder.add_path(f)?;
    }
    Extractor::new(builder.build()?)
}

/// The inputs named, or stdin.
pub(crate) fn inputs(args: &Args) -> Vec<&str> {
    if args.inputs.is_empty() { vec!["-"] } else { args.inputs.iter().map(String::as_str).collect() }
}

pub(crate) fn open(path: &str) -> std::io::Result<Box<dyn BufRead>> {
    Ok(if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?))
    })
}

pub(crate) fn display(path: &str) -> &str {
    if path == "-" { "stdin" } else { path }
}

/// A JSON Lines document: its `id` (null when absent) and its text.
pub(crate) struct Line {
    pub(crate) id: Value,
    pub(crate) text: String,
}

impl AsRef<str> for Line {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// A JSON Lines line's document, or what was wrong with it.
fn parse_line(line: &[u8]) -> Result<Line, String> {
    let line =
        std::str::from_utf8(line).map_err(|e| format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()))?;
    // A byte-order mark, as some editors write at the start of a file.
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    let doc: Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let Value::Object(mut doc) = doc else {
        return Err(NO_TEXT.to_string());
    };
    let Some(Value::String(text)) = doc.remove("text") else {
        return Err(NO_TEXT.to_string());
    };
    Ok(Line { id: doc.remove("id").unwrap_or(Value::Null), text })
}

const NO_TEXT: &str = "expected an object with a string \"text\"";

/// What a document gives: text to write as it comes, or a section of the run's page.
pub(crate) enum Shown {
    Text(String),
    Html(HtmlSection),
}

/// A document's output in `format`, `id` naming it; `claims` picks the claim rows of the CSV.
fn show(id: &Value, doc: &Document<'_>, format: Format, claims: bool) -> Shown {
    Shown::Text(match format {
        Format::Json => document_json(id.clone(), doc),
        Format::Text => report(&id_name(id), doc),
        Format::Csv => csv::rows(&id_name(id), doc, claims),
        Format::Html => return Shown::Html(HtmlSection::new(&id_name(id), doc)),
    })
}

/// Where the documents' output goes: text straight to `out`, HTML sections into one page written at the end.
pub(crate) struct Sink<W> {
    pub(crate) out: W,
    page: Option<HtmlPage>,
}

impl<W: Write> Sink<W> {
    /// A sink for `format`, with the CSV header written and the page titled `title`.
    pub(crate) fn new(mut out: W, format: Format, claims: bool, title: &str) -> std::io::Result<Sink<W>> {
        if format == Format::Csv {
            out.write_all(if claims { csv::CLAIMS } else { csv::MENTIONS }.as_bytes())?;
        }
        Ok(Sink { out, page: (format == Format::Html).then(|| HtmlPage::new(title)) })
    }

    fn put(&mut self, shown: Shown) -> std::io::Result<()> {
        match shown {
            Shown::Text(text) => self.out.write_all(text.as_bytes()),
            Shown::Html(section) => {
                self.page.get_or_insert_default().push(section);
                Ok(())
            }
        }
    }

    /// Writes the page, if any, and flushes.
    pub(crate) fn finish(&mut self) -> std::io::Result<()> {
        if let Some(page) = self.page.take() {
            self.out.write_all(page.to_html().as_bytes())?;
        }
        self.out.flush()
    }
}

/// A document's id as a name: a string as it is, anything else as JSON.
pub(crate) fn id_name(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn document_json(id: Value, doc: &Document<'_>) -> String {
    let mut json = serde_json::Map::new();
    json.insert("id".into(), id);
    if let Value::Object(rest) = doc.to_json() {
        json.extend(rest);
    }
    let mut line = Value::Object(json).to_string();
    line.push('\n');
    line
}

/// Where `run_jsonl` reads and writes, and what it shows.
pub(crate) struct Jsonl<'a, W, E> {
    pub(crate) extractor: &'a Extractor,
    pub(crate) format: Format,
    pub(crate) claims: bool,
    pub(crate) threads: usize,
    pub(crate) out: &'a mut Sink<W>,
    pub(crate) errors: &'a mut E,
    pub(crate) progress: &'a mut Progress,
}

impl<W: Write, E: Write> Jsonl<'_, W, E> {
    /// Lines of `reader` read and parsed a batch at a time, extracted on `threads` threads, written in
    /// input order; bad lines are reported to `errors` with `name` and their number.
    pub(crate) fn run(&mut self, reader: &mut dyn BufRead, name: &str) -> std::io::Result<()> {
        const BATCH_LINES: usize = 1024;
        const BATCH_BYTES: usize = 8 << 20;
        let mut number = 0u64;
        // Each line's number, its length in bytes, and its document or what was wrong with it.
        let mut batch: Vec<(u64, usize, Result<Line, String>)> = Vec::new();
        let mut line = Vec::new();
        loop {
            batch.clear();
            let mut bytes = 0;
            while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
                line.clear();
                if reader.read_until(b'\n', &mut line)? == 0 {
                    break;
                }
                number += 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                bytes += line.len();
                batch.push((number, line.len(), parse_line(&line)));
            }
            if batch.is_empty() {
                return Ok(());
            }
            let docs: Vec<&Line> = batch.iter().filter_map(|(_, _, doc)| doc.as_ref().ok()).collect();
            let (format, claims) = (self.format, self.claims);
            let mut shown = self
                .extractor
                .extract_each(&docs, self.threads, |i, doc| show(&docs[i].id, &doc, format, claims))
                .into_iter();
            for (number, len, doc) in &batch {
                self.progress.bytes += *len as u64;
                match doc {
                    Ok(_) => {
                        self.out.put(shown.next().expect("a document shown for each line"))?;
                        self.progress.documents += 1;
                    }
                    Err(e) => {
                        let fresh_line = if self.progress.live { "\n" } else { "" };
                        writeln!(self.errors, "{fresh_line}extract: {name}:{number}: {e}")?;
                        self.progress.bad += 1;
                    }
                }
            }
            self.progress.tick();
        }
    }
}

pub(crate) fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path).and_then(|mut r| r.read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

/// Extracts every input to stdout; false when some input failed.
fn extract(args: &Args, extractor: &Extractor) -> std::io::Result<bool> {
    let format = args.format.unwrap_or(if args.jsonl { Format::Json } else { Format::Text });
    let title = format!("gazette: {}", inputs(args).into_iter().map(display).collect::<Vec<_>>().join(", "));
    let mut out = Sink::new(BufWriter::new(std::io::stdout().lock()), format, args.claims, &title)?;
    let mut all_ok = true;
    if args.jsonl {
        let mut progress = Progress::new(args.quiet);
        for input in inputs(args) {
            let mut errors = std::io::stderr();
            let done = open(input).and_then(|mut reader| {
                let mut jsonl = Jsonl {
                    extractor,
                    format,
                    claims: args.claims,
                    threads: args.threads,
                    out: &mut out,
                    errors: &mut errors,
                    progress: &mut progress,
                };
                jsonl.run(&mut reader, display(input))
            });
            if let Err(e) = done {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Err(e);
                }
                eprintln!("extract: {}: {e}", display(input));
                all_ok = false;
            }
        }
        out.finish()?;
        progress.finish();
        return Ok(all_ok && progress.bad == 0);
    }
    for input in inputs(args) {
        let text = match read_text(input) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {}: {e}", display(input));
                all_ok = false;
                continue;
            }
        };
        out.put(show(&Value::from(display(input)), &extractor.extract(&text), format, args.claims))?;
    }
    out.finish()?;
    Ok(all_ok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn args(line: &str) -> Result<Args, String> {
        #[derive(Parser)]
        struct Cli {
            #[command(flatten)]
            args: Args,
        }
        Cli::try_parse_from(std::iter::once("extract").chain(line.split_whitespace()))
            .map(|c| c.args)
            .map_err(|e| e.kind().to_string())
    }

    fn jsonl(extractor: &Extractor, input: &[u8], threads: usize) -> (String, String, Progress) {
        let (mut errors, mut progress) = (Vec::new(), Progress::new(true));
        let mut out = Sink::new(Vec::new(), Format::Json, false, "").unwrap();
        let mut jsonl = Jsonl {
            extractor,
            format: Format::Json,
            claims: false,
            threads,
            out: &mut out,
            errors: &mut errors,
            progress: &mut progress,
        };
        jsonl.run(&mut &input[..], "docs.jsonl").unwrap();
        (String::from_utf8(out.out).unwrap(), String::from_utf8(errors).unwrap(), progress)
    }

    #[test]
    fn options_and_their_errors() {
        let a = args("--jsonl --gazetteer a.tsv -g b.jsonl --no-default --threads 3 --format text x y").unwrap();
        assert!(a.jsonl && a.no_default && a.format == Some(Format::Text));
        assert_eq!(
            (a.gazetteers, a.threads, a.inputs),
            (vec!["a.tsv".into(), "b.jsonl".into()], 3, vec!["x".into(), "y".into()])
        );
        assert_eq!(inputs(&args("").unwrap()), ["-"]);
        assert_eq!(args("--no-default").err().unwrap(), "one or more required arguments were not provided");
        assert_eq!(args("--format xml").err().unwrap(), "one of the values isn't valid for an argument");
        assert_eq!(args("--threads 0").unwrap().threads, 0, "0 is every core, as in the library and Python");
        assert!(args("--threads -1").is_err());
        assert!(args("--gazetteer").is_err());
        assert!(args("--frobnicate").is_err());
    }

    #[test]
    fn a_bad_line_is_reported_with_its_number_and_the_rest_go_on_in_order() {
        let extractor = load(&args("").unwrap()).unwrap();
        // A byte-order mark, CRLF line ends, and bad lines in the middle.
        let mut input = b"\xef\xbb\xbf".to_vec();
        for i in 0..50 {
            let line = format!("{{\"id\": {i}, \"text\": \"Iraqi officials said talks on day {i} went well.\"}}\r\n");
            input.extend_from_slice(line.as_bytes());
            if i == 20 {
                input.extend_from_slice(b"{\"id\": \"no text\"}\n\nnot json\n{\"text\": \"\xff\"}\n");
            }
        }
        for threads in [1, 4] {
            let (out, errors, progress) = jsonl(&extractor, &input, threads);
            let ids: Vec<u64> =
                out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap()).collect();
            assert_eq!(ids, (0..50).collect::<Vec<_>>());
            assert!(out.lines().all(|l| l.contains("\"cue_lemma\":\"say\"") && l.contains("norp:IQ")));
            assert_eq!(
                errors,
                "extract: docs.jsonl:22: expected an object with a string \"text\"\n\
                 extract: docs.jsonl:24: expected ident at line 1 column 2\n\
                 extract: docs.jsonl:25: invalid UTF-8 at byte 10 of the line\n"
            );
            assert_eq!((progress.documents, progress.bad), (50, 3));
        }
    }

    #[test]
    fn own_gazetteers_extend_the_default_and_take_precedence_unless_it_is_left_out() {
        let dir = std::env::temp_dir().join(format!("gazette-extract-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let own = dir.join("own.jsonl");
        std::fs::write(&own, "{\"id\": \"iraq\", \"type\": \"GPE\", \"name\": \"Iraq\"}\n").unwrap();
        let ids = |line: &str| -> Vec<String> {
            let extractor = load(&args(&format!("{line} --gazetteer {}", own.display())).unwrap()).unwrap();
            extractor.extract("Iraqi officials in Iraq").mentions.iter().map(|m| m.entity_id.to_string()).collect()
        };
        assert_eq!(ids(""), ["norp:IQ", "iraq"]);
        assert_eq!(ids("--no-default"), ["iraq"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
