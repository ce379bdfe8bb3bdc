//! Finds mentions and claims in news text.
//!
//! ```text
//! extract [--gazetteer FILE ...] [TEXT_FILE]                       a readable report of one text
//! extract --jsonl [--gazetteer FILE ...] < docs.jsonl > out.jsonl   one JSON line per document
//! ```
//! Without `--gazetteer`, the embedded default gazetteer (`Gazetteer::embedded()`) is used; with it,
//! exactly the given files (merged).
//! `--jsonl` reads `{"id", "text"}` a line and writes `{"id", "mentions": [...], "quotes": [...]}` a
//! line, offsets in code points (see `Document::to_json`). A bad input line is reported on stderr with
//! its number and skipped; the exit code is then 1. Gazetteer files are JSONL or TSV, by extension.

use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use gazette::{Extractor, Gazetteer, GazetteerBuilder};

const USAGE: &str = "usage: extract [--jsonl] [--gazetteer FILE ...] [TEXT_FILE]";

struct Args {
    jsonl: bool,
    gazetteers: Vec<String>,
    input: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { jsonl: false, gazetteers: Vec::new(), input: None };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--jsonl" => args.jsonl = true,
            "--gazetteer" | "-g" => args.gazetteers.push(it.next().ok_or("--gazetteer needs a file")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}\n{USAGE}")),
            s => {
                if args.input.replace(s.to_string()).is_some() {
                    return Err(format!("one text file at a time\n{USAGE}"));
                }
            }
        }
    }
    Ok(args)
}

fn load(files: &[String]) -> Result<Extractor, gazette::Error> {
    if files.is_empty() {
        return Extractor::new(Gazetteer::embedded());
    }
    let mut builder = GazetteerBuilder::new();
    for f in files {
        builder.add_path(f)?;
    }
    Extractor::new(builder.build()?)
}

fn run_jsonl(extractor: &Extractor) -> std::io::Result<bool> {
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut all_ok = true;
    for (n, line) in stdin.split(b'\n').enumerate() {
        let line = line?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let doc: serde_json::Value = match serde_json::from_slice(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("extract: stdin:{}: {e}", n + 1);
                all_ok = false;
                continue;
            }
        };
        let Some(text) = doc.get("text").and_then(|t| t.as_str()) else {
            eprintln!("extract: stdin:{}: expected an object with a string \"text\"", n + 1);
            all_ok = false;
            continue;
        };
        let mut json = serde_json::Map::new();
        json.insert("id".into(), doc.get("id").cloned().unwrap_or(serde_json::Value::Null));
        if let serde_json::Value::Object(rest) = extractor.extract(text).to_json() {
            json.extend(rest);
        }
        serde_json::to_writer(&mut out, &json)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(all_ok)
}

fn report(extractor: &Extractor, name: &str, text: &str) {
    let doc = extractor.extract(text);
    let mut entities: Vec<&str> = doc.mentions.iter().map(|m| m.entity_id).collect();
    entities.sort_unstable();
    entities.dedup();
    println!("{name}: {} mentions of {} entities", doc.mentions.len(), entities.len());
    for m in &doc.mentions {
        let line = text[..m.start].matches('\n').count() + 1;
        println!(
            "  line {line:>3}  {:<32} -> {} ({}, {}) [{}]",
            m.text.replace('\n', " "),
            m.name,
            m.entity_id,
            m.kind,
            m.resolution.as_str()
        );
    }
    println!("{name}: {} claims", doc.claims.len());
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for c in &doc.claims {
        let line = text[..c.cue.start].matches('\n').count() + 1;
        let source = match (c.source_text, c.speaker) {
            (Some(s), Some(who)) => format!("{} -> {who}", flat(s)),
            (Some(s), None) => flat(s),
            (None, _) => "(none)".to_string(),
        };
        println!("  line {line:>3}  {} claim, source [{}] {source}", c.kind.as_str(), c.source_kind.as_str());
        println!("            cue     {} ({})", flat(&text[c.cue.start..c.cue.end]), c.cue_lemma);
        if let Some(m) = c.medium_text {
            println!(
                "            medium  {}{}",
                flat(m),
                c.medium_entity_id.map(|e| format!(" -> {e}")).unwrap_or_default()
            );
        }
        let content: Vec<String> = c.content.iter().map(|s| flat(&text[s.start..s.end])).collect();
        println!("            content {}", content.join(" … "));
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::from(2);
        }
    };
    let extractor = match load(&args.gazetteers) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("extract: {e}");
            return ExitCode::FAILURE;
        }
    };
    if args.jsonl {
        return match run_jsonl(&extractor) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => {
                eprintln!("extract: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let (name, mut bytes) = (args.input.clone().unwrap_or_else(|| "stdin".into()), Vec::new());
    let read = match args.input.as_deref() {
        Some(path) if path != "-" => std::fs::read(path).map(|b| bytes = b),
        _ => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
    };
    if let Err(e) = read {
        eprintln!("extract: {name}: {e}");
        return ExitCode::FAILURE;
    }
    match String::from_utf8(bytes) {
        Ok(text) => {
            report(&extractor, &name, &text);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("extract: {name}: invalid UTF-8 at byte {}", e.utf8_error().valid_up_to());
            ExitCode::FAILURE
        }
    }
}
