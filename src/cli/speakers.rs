//! `gazette speakers`: who is quoted in a corpus, how often and how. One row per speaker: by entity id
//! when the speaker is linked to one, by canonical name otherwise (or always by name with `--by name`).

use std::collections::HashMap;
use std::io::{BufWriter, Write};

use clap::ValueEnum;
use serde_json::{Value, json};

use super::corpus::Input;
use super::jsonl::Output;
use crate::{ClaimKind, Document};

/// Who is quoted: claims, documents, direct, indirect and mixed counts, cues and media per speaker.
///
/// Reads what `gazette extract` reads (text files, or JSON Lines with --jsonl) and sums each document's
/// speakers over the corpus.
#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  gazette speakers article.txt                        a table of who is quoted, most claims first
  gazette speakers --jsonl corpus.jsonl --top 20      the twenty most quoted
  gazette speakers --jsonl corpus.jsonl --format csv > speakers.csv
  gazette speakers --jsonl corpus.jsonl --by name     unlinked and linked speakers alike by name

Exit codes: 0 all input processed, 1 some input or a gazetteer failed, 2 usage error.")]
pub(crate) struct Args {
    #[command(flatten)]
    input: Input,
    /// What to write
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Only the N speakers with the most claims
    #[arg(long, value_name = "N")]
    top: Option<usize>,
    /// What makes two speakers one
    #[arg(long, value_enum, default_value_t = By::Entity)]
    by: By,
    /// How many cue lemmas to give per speaker, most frequent first
    #[arg(long, value_name = "N", default_value_t = 3)]
    cues: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// An aligned table
    Table,
    /// A header and one row per speaker
    Csv,
    /// One JSON line per speaker
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum By {
    /// The entity id of a linked speaker, the canonical name of the others
    Entity,
    /// The canonical name
    Name,
}

/// One speaker's claims in one document.
struct Seen {
    key: String,
    name: String,
    entity_id: Option<String>,
    kind: String,
    kinds: [u64; 3],
    cues: Vec<String>,
    media: Vec<String>,
}

/// One speaker over the corpus.
#[derive(Default)]
struct Row {
    name: String,
    entity_id: Option<String>,
    kind: String,
    claims: u64,
    documents: u64,
    kinds: [u64; 3],
    cues: HashMap<String, u64>,
    media: HashMap<String, u64>,
}

/// The rows, by key, in the order speakers were first seen.
#[derive(Default)]
struct Tally {
    rows: Vec<Row>,
    index: HashMap<String, usize>,
}

impl Output<Vec<Seen>> for Tally {
    fn put(&mut self, seen: Vec<Seen>) -> std::io::Result<()> {
        for s in seen {
            let i = *self.index.entry(s.key).or_insert_with(|| {
                self.rows.push(Row { name: s.name, entity_id: s.entity_id, kind: s.kind, ..Row::default() });
                self.rows.len() - 1
            });
            let row = &mut self.rows[i];
            row.documents += 1;
            row.claims += s.kinds.iter().sum::<u64>();
            for (total, n) in row.kinds.iter_mut().zip(s.kinds) {
                *total += n;
            }
            for cue in s.cues {
                *row.cues.entry(cue).or_default() += 1;
            }
            for medium in s.media {
                *row.media.entry(medium).or_default() += 1;
            }
        }
        Ok(())
    }

    /// The table is written at the end, once every document is counted.
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Each quoted speaker of `doc` with its claims, keyed `by` entity or name.
fn seen(doc: &Document<'_>, by: By) -> Vec<Seen> {
    let mut seen: Vec<Seen> = doc
        .speakers
        .iter()
        .map(|s| Seen {
            key: match (by, s.entity_id) {
                (By::Entity, Some(id)) => format!("entity {id}"),
                _ => format!("name {}", s.name),
            },
            name: s.name.to_string(),
            entity_id: s.entity_id.map(str::to_string),
            kind: s.entity_type.to_string(),
            kinds: [0; 3],
            cues: Vec::new(),
            media: Vec::new(),
        })
        .collect();
    for c in &doc.claims {
        let Some(s) = c.speaker_id.and_then(|id| seen.get_mut(id)) else { continue };
        s.kinds[match c.kind {
            ClaimKind::Direct => 0,
            ClaimKind::Indirect => 1,
            // Mixed, and any kind a later version adds.
            _ => 2,
        }] += 1;
        s.cues.push(c.cue_lemma.to_string());
        // A linked medium under its entity's name, so that "AP" and "the Associated Press" count as one.
        let linked = c.medium_entity_id.and_then(|id| doc.mentions.iter().find(|m| m.entity_id == id));
        if let Some(m) = linked.map(|m| m.name).or(c.medium_text) {
            s.media.push(m.to_string());
        }
    }
    // Two speakers of a document with one key (a name given twice) count as one document.
    let mut merged: Vec<Seen> = Vec::new();
    for s in seen.into_iter().filter(|s| s.kinds.iter().sum::<u64>() > 0) {
        match merged.iter_mut().find(|m| m.key == s.key) {
            Some(m) => {
                for (total, n) in m.kinds.iter_mut().zip(s.kinds) {
                    *total += n;
                }
                m.cues.extend(s.cues);
                m.media.extend(s.media);
            }
            None => merged.push(s),
        }
    }
    merged
}

/// Runs `gazette speakers`: false when a gazetteer or some input failed (each reported on stderr).
pub(crate) fn run(args: &Args) -> std::io::Result<bool> {
    let reading = args.input.read_ahead();
    let Some(extractor) = args.input.extractor("speakers") else { return Ok(false) };
    let mut tally = Tally::default();
    let by = args.by;
    let all_ok = args.input.each("speakers", reading, &extractor, |_, doc| seen(doc, by), &mut tally)?;
    let mut rows = tally.rows;
    rows.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.name.cmp(&b.name)));
    rows.truncate(args.top.unwrap_or(usize::MAX));
    let mut out = BufWriter::new(std::io::stdout().lock());
    out.write_all(show(&rows, args.format, args.cues).as_bytes())?;
    out.flush()?;
    Ok(all_ok)
}

/// The most frequent of `counts`, `n` at most, most frequent first (then by name).
fn top(counts: &HashMap<String, u64>, n: usize) -> Vec<(&str, u64)> {
    let mut top: Vec<(&str, u64)> = counts.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    top.truncate(n);
    top
}

fn show(rows: &[Row], format: Format, cues: usize) -> String {
    let listed = |counts: &[(&str, u64)]| counts.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>();
    let header =
        ["speaker", "entity_id", "type", "claims", "documents", "direct", "indirect", "mixed", "cues", "media"];
    let table: Vec<[String; 10]> = rows
        .iter()
        .map(|r| {
            let [direct, indirect, mixed] = r.kinds.map(|n| n.to_string());
            [
                r.name.clone(),
                r.entity_id.clone().unwrap_or_default(),
                r.kind.clone(),
                r.claims.to_string(),
                r.documents.to_string(),
                direct,
                indirect,
                mixed,
                listed(&top(&r.cues, cues)).join(", "),
                listed(&top(&r.media, usize::MAX)).join(", "),
            ]
        })
        .collect();
    match format {
        Format::Json => rows.iter().map(|r| row_json(r, cues).to_string() + "\n").collect(),
        Format::Csv => {
            let mut out = String::new();
            super::csv::row(&mut out, header.iter().map(|h| h.to_string()));
            for row in table {
                super::csv::row(&mut out, row.into_iter());
            }
            out
        }
        Format::Table => aligned(header, &table),
    }
}

fn row_json(r: &Row, cues: usize) -> Value {
    let counts = |counts: &[(&str, u64)], key: &str| {
        counts.iter().map(|(k, v)| json!({ key: k, "count": v })).collect::<Vec<_>>()
    };
    json!({
        "speaker": r.name,
        "entity_id": r.entity_id,
        "type": r.kind,
        "claims": r.claims,
        "documents": r.documents,
        "direct": r.kinds[0],
        "indirect": r.kinds[1],
        "mixed": r.kinds[2],
        "cues": counts(&top(&r.cues, cues), "lemma"),
        "media": counts(&top(&r.media, usize::MAX), "medium"),
    })
}

/// Columns padded to their widest cell, numbers to the right; the last column is not padded.
fn aligned(header: [&str; 10], rows: &[[String; 10]]) -> String {
    let width = |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([header[i].len()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let numeric = |i: usize| (3..8).contains(&i);
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| match (numeric(i), i + 1 == cells.len()) {
                (true, _) => format!("{c:>w$}", w = widths[i]),
                (false, true) => c.to_string(),
                (false, false) => format!("{c:<w$}", w = widths[i]),
            })
            .collect();
        padded.join("  ") + "\n"
    };
    let mut out = line(header.to_vec());
    for r in rows {
        out.push_str(&line(r.iter().map(String::as_str).collect()));
    }
    out
}
