//! `gazette extract`: the mentions and claims of text files, or of JSON Lines corpora, as a readable
//! report, JSON, CSV or one HTML page.

use std::io::{BufWriter, Write};

use clap::ValueEnum;
use serde_json::Value;

use super::corpus::{Input, display, id_name};
use super::csv;
use super::jsonl::Output;
use super::report::report;
use crate::{Document, HtmlPage, HtmlSection};

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
  gazette extract --jsonl --no-default -g names.gaz corpus.jsonl   a saved gazetteer, loaded as saved
  gazette extract --jsonl --format csv --claims corpus.jsonl > claims.csv
  gazette extract --jsonl --format html corpus.jsonl > corpus.html   one page, an index of the documents

Exit codes: 0 all input processed, 1 some input or a gazetteer failed, 2 usage error.")]
pub(crate) struct Args {
    #[command(flatten)]
    pub(crate) input: Input,
    /// What to write [default: text for text files, json with --jsonl]
    #[arg(long, value_enum)]
    pub(crate) format: Option<Format>,
    /// With --format csv: one row per claim instead of one per mention
    #[arg(long)]
    pub(crate) claims: bool,
}

/// What `extract` writes for each document.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub(crate) enum Format {
    /// A readable report of mentions, claims and speakers
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
    let reading = args.input.read_ahead();
    let Some(extractor) = args.input.extractor("extract") else { return Ok(false) };
    let format = args.format.unwrap_or(if args.input.jsonl { Format::Json } else { Format::Text });
    let names: Vec<&str> = args.input.inputs().into_iter().map(display).collect();
    let title = format!("gazette: {}", names.join(", "));
    let mut out = Sink::new(BufWriter::new(std::io::stdout().lock()), format, args.claims, &title)?;
    let claims = args.claims;
    args.input.each("extract", reading, &extractor, |id, doc| show(id, doc, format, claims), &mut out)
}

/// What a document gives: text to write as it comes, or a section of the run's page.
pub(crate) enum Shown {
    Text(String),
    Html(HtmlSection),
}

/// A document's output in `format`, `id` naming it; `claims` picks the claim rows of the CSV.
fn show(id: &Value, doc: &Document<'_>, format: Format, claims: bool) -> Shown {
    Shown::Text(match format {
        Format::Json => document_json(id, doc),
        Format::Text => report(&id_name(id), doc),
        Format::Csv => csv::rows(&id_name(id), doc, claims),
        Format::Html => return Shown::Html(HtmlSection::new(&id_name(id), doc)),
    })
}

fn document_json(id: &Value, doc: &Document<'_>) -> String {
    let mut line = doc.json_line(Some(id));
    line.push('\n');
    line
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
}

impl<W: Write> Output<Shown> for Sink<W> {
    fn put(&mut self, shown: Shown) -> std::io::Result<()> {
        match shown {
            Shown::Text(text) => self.out.write_all(text.as_bytes()),
            Shown::Html(section) => {
                self.page.get_or_insert_default().push(section);
                Ok(())
            }
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if let Some(page) = self.page.take() {
            self.out.write_all(page.to_html().as_bytes())?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;
    use crate::cli::jsonl::Jsonl;
    use crate::cli::progress::Progress;
    use crate::cli::reading::{ReadAhead, Source};
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
        let (mut errors, mut progress) = (Vec::new(), Progress::new("extract", true));
        let mut out = Sink::new(Vec::new(), Format::Json, false, "").unwrap();
        let mut jsonl = Jsonl { command: "extract", extractor, threads, errors: &mut errors, progress: &mut progress };
        let show = |id: &Value, doc: &Document<'_>| show(id, doc, Format::Json, false);
        let input = input.to_vec();
        let reading =
            ReadAhead::start(vec![Box::new(move || Ok(Source::new(Box::new(std::io::Cursor::new(input)), false)))]);
        jsonl.run(&reading, "docs.jsonl", &show, &mut out).unwrap();
        (String::from_utf8(out.out).unwrap(), String::from_utf8(errors).unwrap(), progress)
    }

    #[test]
    fn options_and_their_errors() {
        let a = args("--jsonl --gazetteer a.tsv -g b.jsonl --no-default --threads 3 --format text x y").unwrap();
        assert!(a.input.jsonl && a.input.no_default && a.format == Some(Format::Text));
        let a = a.input;
        assert_eq!(
            (a.gazetteers, a.threads, a.inputs),
            (vec!["a.tsv".into(), "b.jsonl".into()], 3, vec!["x".into(), "y".into()])
        );
        assert_eq!(args("").unwrap().input.inputs(), ["-"]);
        assert_eq!(args("--no-default").err().unwrap(), "one or more required arguments were not provided");
        assert_eq!(args("--format xml").err().unwrap(), "one of the values isn't valid for an argument");
        assert_eq!(args("--threads 0").unwrap().input.threads, 0, "0 is every core, as in the library and Python");
        assert!(args("--threads -1").is_err());
        assert!(args("--gazetteer").is_err());
        assert!(args("--frobnicate").is_err());
    }

    #[test]
    fn a_bad_line_is_reported_with_its_number_and_the_rest_go_on_in_order() {
        let extractor = args("").unwrap().input.extractor("extract").unwrap();
        // A byte-order mark, CRLF line ends, fields besides the text (left unread), a repeated key (the last
        // one counts, as in a JSON object), and bad lines in the middle; lines of several lengths (taken
        // longest first on several threads) over more than two batches of 1,024.
        let mut input = b"\xef\xbb\xbf".to_vec();
        for i in 0..2500 {
            let more = " More.".repeat(i % 7);
            let line = format!(
                "{{\"text\": null, \"id\": {i}, \"notes\": [{{\"at\": [0, 4]}}, \"x\"], \
                 \"text\": \"Iraqi officials said talks on day {i} went well.{more}\"}}\r\n"
            );
            input.extend_from_slice(line.as_bytes());
            if i == 20 {
                input.extend_from_slice(b"{\"id\": \"no text\"}\n\nnot json\n{\"text\": \"\xff\"}\n[\"text\"]\n");
            }
            if i == 1500 {
                input.extend_from_slice(b"not json\n");
            }
        }
        for threads in [1, 2, 4] {
            let (out, errors, progress) = jsonl(&extractor, &input, threads);
            let ids: Vec<u64> =
                out.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_u64().unwrap()).collect();
            assert_eq!(ids, (0..2500).collect::<Vec<_>>());
            assert!(out.lines().all(|l| l.contains("\"cue_lemma\":\"say\"") && l.contains("norp:IQ")));
            assert_eq!(
                errors,
                "extract: docs.jsonl:22: expected an object with a string \"text\"\n\
                 extract: docs.jsonl:24: expected ident at line 1 column 2\n\
                 extract: docs.jsonl:25: invalid UTF-8 at byte 10 of the line\n\
                 extract: docs.jsonl:26: expected an object with a string \"text\"\n\
                 extract: docs.jsonl:1507: expected ident at line 1 column 2\n"
            );
            assert_eq!((progress.documents, progress.bad), (2500, 5));
        }
    }

    #[test]
    fn own_gazetteers_extend_the_default_and_take_precedence_unless_it_is_left_out() {
        let dir = std::env::temp_dir().join(format!("gazette-extract-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let own = dir.join("own.jsonl");
        std::fs::write(&own, "{\"id\": \"iraq\", \"type\": \"GPE\", \"name\": \"Iraq\"}\n").unwrap();
        let ids = |line: &str| -> Vec<String> {
            let extractor =
                args(&format!("{line} --gazetteer {}", own.display())).unwrap().input.extractor("extract").unwrap();
            extractor.extract("Iraqi officials in Iraq").mentions.iter().map(|m| m.entity_id.to_string()).collect()
        };
        assert_eq!(ids(""), ["norp:IQ", "iraq"]);
        assert_eq!(ids("--no-default"), ["iraq"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
