//! Finds mentions and claims in news text: a readable report, or JSON for corpora.
//!
//! ```text
//! extract [OPTIONS] [FILE ...]
//! extract article.txt                                   a readable report of one text
//! extract --format json a.txt b.txt                     one JSON line per text file
//! extract --jsonl < docs.jsonl > out.jsonl              one JSON line per {"id", "text"} line
//! ```
//! The embedded default gazetteer (`Gazetteer::embedded()`) is always used unless `--no-default` is
//! given; each `--gazetteer FILE` (JSONL or TSV, by extension) adds to it, and its names take
//! precedence over the default's. The JSON of a document is `{"id", "mentions": [...], "quotes": [...]}`,
//! offsets in code points (see `Document::to_json` and the README's JSON schema).
//!
//! A bad input line or an unreadable file is reported on stderr (file, line number, what was wrong) and
//! the rest is processed. Exit code: 0 when every input was processed, 1 when some input or a gazetteer
//! failed, 2 for a usage error.

use std::io::{BufRead, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use gazette::{Document, Extractor, GazetteerBuilder};

const USAGE: &str = "\
usage: extract [OPTIONS] [FILE ...]

Finds the mentions and claims of news text. FILEs are text files, or with --jsonl JSON Lines files of
{\"id\", \"text\"} documents; with no FILE (or \"-\") stdin is read.

options:
  --gazetteer FILE   add a gazetteer (.jsonl or .tsv) to the embedded default; repeatable
  --no-default       leave the embedded default gazetteer out (then --gazetteer is required)
  --jsonl            read JSON Lines documents; write one JSON line per document
  --format text|json a readable report, or one JSON line per document
                     (default: text for text files, json with --jsonl)
  --threads N        documents extracted in parallel with --jsonl (default, and 0: all cores)
  --quiet            no progress line on stderr
  -h, --help         this help

exit codes: 0 all input processed, 1 some input or a gazetteer failed, 2 usage error";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Json,
}

struct Args {
    jsonl: bool,
    format: Option<Format>,
    gazetteers: Vec<String>,
    no_default: bool,
    threads: usize,
    quiet: bool,
    inputs: Vec<String>,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        jsonl: false,
        format: None,
        gazetteers: Vec::new(),
        no_default: false,
        threads: 0, // every core, as Extractor::extract_each reads it
        quiet: false,
        inputs: Vec::new(),
    };
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--gazetteer" | "-g" => args.gazetteers.push(value("--gazetteer")?),
            "--no-default" => args.no_default = true,
            "--quiet" | "-q" => args.quiet = true,
            "--format" => {
                args.format = Some(match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    other => return Err(format!("--format is text or json, not {other:?}")),
                })
            }
            "--threads" => {
                args.threads = match value("--threads")?.parse() {
                    Ok(n) => n,
                    _ => return Err("--threads needs a number of threads (0: every core)".to_string()),
                }
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            s => args.inputs.push(s.to_string()),
        }
    }
    if args.no_default && args.gazetteers.is_empty() {
        return Err("--no-default needs at least one --gazetteer FILE".to_string());
    }
    if args.inputs.is_empty() {
        args.inputs.push("-".to_string());
    }
    Ok(args)
}

/// The user's gazetteers, with the embedded default unless `--no-default` (whose names theirs take
/// precedence over: see `GazetteerBuilder::with_default`).
fn load(args: &Args) -> Result<Extractor, gazette::Error> {
    let mut builder = GazetteerBuilder::new();
    builder.with_default(!args.no_default);
    for f in &args.gazetteers {
        builder.add_path(f)?;
    }
    Extractor::new(builder.build()?)
}

fn open(path: &str) -> std::io::Result<Box<dyn BufRead>> {
    Ok(if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?))
    })
}

fn display(path: &str) -> &str {
    if path == "-" { "stdin" } else { path }
}

/// Documents, bytes and bad lines so far, shown on stderr: updated in place on a terminal, and once at
/// the end.
struct Progress {
    quiet: bool,
    live: bool,
    started: Instant,
    shown: Instant,
    documents: u64,
    bytes: u64,
    bad: u64,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        let now = Instant::now();
        let live = !quiet && std::io::stderr().is_terminal();
        Progress { quiet, live, started: now, shown: now, documents: 0, bytes: 0, bad: 0 }
    }

    fn line(&self) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let bad = if self.bad == 0 { String::new() } else { format!(", {} bad lines", self.bad) };
        format!(
            "extract: {} documents{bad}, {mb:.1} MB in {secs:.1} s, {:.1} MB/s",
            self.documents,
            mb / secs.max(1e-9)
        )
    }

    fn tick(&mut self) {
        if self.live && self.shown.elapsed() >= Duration::from_millis(250) {
            self.shown = Instant::now();
            eprint!("\r{}", self.line());
        }
    }

    fn finish(&self) {
        if !self.quiet {
            eprintln!("{}{}", if self.live { "\r" } else { "" }, self.line());
        }
    }
}

/// A JSON Lines document: its `id` (null when absent) and its text.
struct Line {
    id: serde_json::Value,
    text: String,
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
    let doc: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
    let serde_json::Value::Object(mut doc) = doc else {
        return Err(NO_TEXT.to_string());
    };
    let Some(serde_json::Value::String(text)) = doc.remove("text") else {
        return Err(NO_TEXT.to_string());
    };
    Ok(Line { id: doc.remove("id").unwrap_or(serde_json::Value::Null), text })
}

const NO_TEXT: &str = "expected an object with a string \"text\"";

/// A JSON Lines document's output line.
fn show_line(id: &serde_json::Value, doc: &Document<'_>, format: Format) -> String {
    match format {
        Format::Json => document_json(id.clone(), doc),
        Format::Text => {
            let name = match id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            report(&name, doc)
        }
    }
}

fn document_json(id: serde_json::Value, doc: &Document<'_>) -> String {
    let mut json = serde_json::Map::new();
    json.insert("id".into(), id);
    if let serde_json::Value::Object(rest) = doc.to_json() {
        json.extend(rest);
    }
    let mut line = serde_json::Value::Object(json).to_string();
    line.push('\n');
    line
}

/// Lines read and parsed a batch at a time, extracted on `threads` threads, written in input order; bad
/// lines are reported to `errors` with `name` and their number.
#[allow(clippy::too_many_arguments)]
fn run_jsonl(
    extractor: &Extractor,
    reader: &mut dyn BufRead,
    name: &str,
    format: Format,
    threads: usize,
    out: &mut impl Write,
    errors: &mut impl Write,
    progress: &mut Progress,
) -> std::io::Result<()> {
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
        let mut shown =
            extractor.extract_each(&docs, threads, |i, doc| show_line(&docs[i].id, &doc, format)).into_iter();
        for (number, len, doc) in &batch {
            progress.bytes += *len as u64;
            match doc {
                Ok(_) => {
                    out.write_all(shown.next().expect("a line shown for each document").as_bytes())?;
                    progress.documents += 1;
                }
                Err(e) => {
                    writeln!(errors, "{}extract: {name}:{number}: {e}", if progress.live { "\n" } else { "" })?;
                    progress.bad += 1;
                }
            }
        }
        progress.tick();
    }
}

fn read_text(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    open(path).and_then(|mut r| r.read_to_end(&mut bytes)).map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()))
}

fn report(name: &str, doc: &Document<'_>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let text = doc.text;
    let mut entities: Vec<&str> = doc.mentions.iter().map(|m| m.entity_id).collect();
    entities.sort_unstable();
    entities.dedup();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{name}: {} mentions of {} entities", doc.mentions.len(), entities.len());
    for m in &doc.mentions {
        let line = text[..m.start].matches('\n').count() + 1;
        let _ = writeln!(
            out,
            "  line {line:>3}  {:<32} -> {} ({}, {}) [{}]",
            m.text.replace('\n', " "),
            m.name,
            m.entity_id,
            m.kind,
            m.resolution.as_str()
        );
    }
    let _ = writeln!(out, "{name}: {} claims", doc.claims.len());
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in &doc.claims {
        let line = text[..c.cue.start].matches('\n').count() + 1;
        let source = match (c.source_text, c.speaker) {
            (Some(s), Some(who)) => format!("{} -> {who}", flat(s)),
            (Some(s), None) => flat(s),
            (None, _) => "(none)".to_string(),
        };
        let _ =
            writeln!(out, "  line {line:>3}  {} claim, source [{}] {source}", c.kind.as_str(), c.source_kind.as_str());
        let _ = writeln!(out, "            cue     {} ({})", flat(&text[c.cue.start..c.cue.end]), c.cue_lemma);
        if let Some(m) = c.medium_text {
            let entity = c.medium_entity_id.map(|e| format!(" -> {e}")).unwrap_or_default();
            let _ = writeln!(out, "            medium  {}{entity}", flat(m));
        }
        let content: Vec<String> = c.content.iter().map(|s| flat(&text[s.start..s.end])).collect();
        let _ = writeln!(out, "            content {}", content.join(" … "));
    }
    out
}

fn run(args: &Args, extractor: &Extractor) -> std::io::Result<bool> {
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut all_ok = true;
    if args.jsonl {
        let mut progress = Progress::new(args.quiet);
        let format = args.format.unwrap_or(Format::Json);
        for input in &args.inputs {
            let done = open(input).and_then(|mut reader| {
                let (name, threads) = (display(input), args.threads);
                run_jsonl(
                    extractor,
                    &mut reader,
                    name,
                    format,
                    threads,
                    &mut out,
                    &mut std::io::stderr(),
                    &mut progress,
                )
            });
            if let Err(e) = done {
                if e.kind() == std::io::ErrorKind::BrokenPipe {
                    return Err(e);
                }
                eprintln!("extract: {}: {e}", display(input));
                all_ok = false;
            }
        }
        out.flush()?;
        progress.finish();
        return Ok(all_ok && progress.bad == 0);
    }
    for input in &args.inputs {
        let text = match read_text(input) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("extract: {}: {e}", display(input));
                all_ok = false;
                continue;
            }
        };
        let name = display(input);
        let shown = match args.format.unwrap_or(Format::Text) {
            Format::Text => report(name, &extractor.extract(&text)),
            Format::Json => document_json(name.into(), &extractor.extract(&text)),
        };
        out.write_all(shown.as_bytes())?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("extract: {e}\n{}\n(extract --help says more)", USAGE.lines().next().unwrap_or_default());
            return ExitCode::from(2);
        }
    };
    let extractor = match load(&args) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    match run(&args, &extractor) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A reader that closed the pipe (`| head`) has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Result<Args, String> {
        parse_args(line.split_whitespace().map(String::from))
    }

    fn jsonl(extractor: &Extractor, input: &[u8], threads: usize) -> (String, String, Progress) {
        let (mut out, mut errors, mut progress) = (Vec::new(), Vec::new(), Progress::new(true));
        let mut reader = input;
        run_jsonl(extractor, &mut reader, "docs.jsonl", Format::Json, threads, &mut out, &mut errors, &mut progress)
            .unwrap();
        (String::from_utf8(out).unwrap(), String::from_utf8(errors).unwrap(), progress)
    }

    #[test]
    fn options_and_their_errors() {
        let a = args("--jsonl --gazetteer a.tsv -g b.jsonl --no-default --threads 3 --format text x y").unwrap();
        assert!(a.jsonl && a.no_default && a.format == Some(Format::Text));
        assert_eq!(
            (a.gazetteers, a.threads, a.inputs),
            (vec!["a.tsv".into(), "b.jsonl".into()], 3, vec!["x".into(), "y".into()])
        );
        assert_eq!(args("").unwrap().inputs, ["-"]);
        assert_eq!(args("--no-default").err().unwrap(), "--no-default needs at least one --gazetteer FILE");
        assert_eq!(args("--format xml").err().unwrap(), "--format is text or json, not \"xml\"");
        assert_eq!(args("--threads 0").unwrap().threads, 0, "0 is every core, as in the library and Python");
        assert_eq!(args("--threads -1").err().unwrap(), "--threads needs a number of threads (0: every core)");
        assert_eq!(args("--gazetteer").err().unwrap(), "--gazetteer needs a value");
        assert_eq!(args("--frobnicate").err().unwrap(), "unknown option --frobnicate");
        assert_eq!(args("--help").err().unwrap(), "");
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
            let ids: Vec<u64> = out
                .lines()
                .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].as_u64().unwrap())
                .collect();
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
