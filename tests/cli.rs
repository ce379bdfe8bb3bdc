//! The built `gazette` binary as a user runs it: exit codes, bad lines reported with their file and line,
//! the help and version, and each `--format` of `extract`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/article.txt");
const SAMPLE_GAZETTEER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/data/gazetteer.jsonl");

/// What a run printed, and its exit code.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `gazette ARGS` with `stdin` as its input.
fn gazette(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the gazette binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().expect("an exit code, not a signal"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gazette-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn help_at_every_level_has_examples_and_version_is_the_crates() {
    let levels = [&["--help"][..], &["extract", "--help"], &["speakers", "--help"], &["gazetteer", "--help"]];
    for args in levels.into_iter().chain([&["gazetteer", "build", "--help"][..], &["gazetteer", "info", "--help"]]) {
        let run = gazette(args, "");
        assert_eq!(run.code, 0, "{args:?}");
        assert!(run.stdout.contains("Usage: gazette"), "{args:?}: {}", run.stdout);
        assert!(run.stdout.contains("Examples:"), "{args:?}: {}", run.stdout);
    }
    let run = gazette(&["--version"], "");
    assert_eq!((run.code, run.stdout.as_str()), (0, concat!("gazette ", env!("CARGO_PKG_VERSION"), "\n")));
}

#[test]
fn usage_errors_exit_2_and_say_what_was_wrong() {
    for (args, says) in [
        (&["extract", "--frobnicate"][..], "--frobnicate"),
        (&["extract", "--no-default", "a.txt"], "--gazetteer"),
        (&["extract", "--format", "xml"], "xml"),
        (&["extract", "--threads", "many"], "many"),
        (&["speak"], "speak"),
        (&[], "Usage"),
    ] {
        let run = gazette(args, "");
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(says), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "");
    }
}

#[test]
fn a_bad_line_is_reported_with_file_and_line_the_rest_is_extracted_and_the_exit_code_is_1() {
    let dir = scratch("bad");
    let docs = dir.join("docs.jsonl");
    std::fs::write(&docs, "{\"id\": 1, \"text\": \"Iraqi officials said so.\"}\nnot json\n{\"id\": 2}\n").unwrap();
    let run = gazette(&["extract", "--jsonl", path(&docs)], "");
    assert_eq!(run.code, 1);
    let ids: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone()).collect();
    assert_eq!(ids, [Value::from(1)]);
    let errors: Vec<&str> = run.stderr.lines().collect();
    let docs = path(&docs);
    assert_eq!(
        errors[..2],
        [
            format!("extract: {docs}:2: expected ident at line 1 column 2"),
            format!("extract: {docs}:3: expected an object with a string \"text\""),
        ]
    );
    assert!(errors[2].starts_with("extract: 1 document, 2 bad lines, 0.0 MB in "), "{}", errors[2]);

    let run = gazette(&["extract", "--jsonl", "--quiet", "-"], "{\"text\": \"Iraq\"}\n{\"text\": 3}\n");
    assert_eq!((run.code, run.stderr.as_str()), (1, "extract: stdin:2: expected an object with a string \"text\"\n"));
    let missing = dir.join("missing.txt");
    let run = gazette(&["extract", SAMPLE, path(&missing)], "");
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with(&format!("{SAMPLE}: ")));
    assert!(run.stderr.starts_with(&format!("extract: {}: ", path(&missing))), "{}", run.stderr);

    // JSON Lines inputs are read in turn, ahead of the extraction: one that cannot be opened is reported,
    // and the next is still read, its documents after the first's.
    let second = dir.join("second.jsonl");
    std::fs::write(&second, "{\"id\": 3, \"text\": \"Iraq\"}\n").unwrap();
    let run = gazette(&["extract", "--jsonl", "-q", docs, path(&missing), path(&second)], "");
    assert_eq!(run.code, 1);
    let ids: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].clone()).collect();
    assert_eq!(ids, [Value::from(1), Value::from(3)]);
    let errors: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    assert!(errors[2].starts_with(&format!("extract: {}: ", path(&missing))), "{}", run.stderr);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_clean_run_exits_0_text_is_the_report_and_json_the_documents_json() {
    let run = gazette(&["extract", "--gazetteer", SAMPLE_GAZETTEER, SAMPLE], "");
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let head = run.stdout.lines().next().unwrap();
    assert!(head.starts_with(&format!("{SAMPLE}: ")) && head.ends_with(" entities"), "{head}");
    assert!(run.stdout.contains(" claim, source [named] "), "{}", run.stdout);

    let run = gazette(&["extract", "--format", "json", SAMPLE], "");
    assert_eq!(run.code, 0);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["id"], SAMPLE);
    assert!(!json["mentions"].as_array().unwrap().is_empty() && !json["quotes"].as_array().unwrap().is_empty());

    let run = gazette(&["extract", "--jsonl", "--format", "text", "-q"], "{\"id\": \"a\", \"text\": \"Iraq\"}\n");
    assert_eq!(
        run.stdout,
        "a: 1 mention of 1 entity\n  line   1  Iraq                             -> Iraq (country:IQ, GPE) [gazetteer]\na: 0 claims\na: 0 speakers\n"
    );
}

#[test]
fn gazetteer_build_saves_what_info_reads_back() {
    let dir = scratch("gazetteer");
    let saved = dir.join("names.gaz");
    let run = gazette(&["gazetteer", "build", SAMPLE_GAZETTEER, path(&saved)], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = gazette(&["gazetteer", "info", path(&saved)], "");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with(&format!("{}: 13 entities, 17 names", path(&saved))), "{}", run.stdout);
    let run = gazette(&["gazetteer", "info", path(&dir.join("missing.tsv"))], "");
    assert_eq!(run.code, 1);
    assert!(run.stderr.starts_with("gazetteer: ") && run.stderr.contains("missing.tsv"), "{}", run.stderr);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_saved_gazetteer_extracts_what_its_source_file_does_alone_or_with_the_default() {
    let dir = scratch("saved");
    let saved = dir.join("names.gaz");
    assert_eq!(gazette(&["gazetteer", "build", SAMPLE_GAZETTEER, path(&saved)], "").code, 0);
    for alone in [&["--no-default"][..], &[]] {
        let run = |gazetteer: &str| {
            let args = [&["extract", "--format", "json", "-g", gazetteer][..], alone, &[SAMPLE]].concat();
            let run = gazette(&args, "");
            assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{args:?}");
            run.stdout
        };
        let from_source = run(SAMPLE_GAZETTEER);
        assert!(from_source.contains("\"entity_id\""), "{from_source}");
        assert_eq!(run(path(&saved)), from_source, "{alone:?}");
    }
    let damaged = dir.join("damaged.gaz");
    let mut bytes = std::fs::read(&saved).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    std::fs::write(&damaged, bytes).unwrap();
    let run = gazette(&["extract", "--no-default", "-g", path(&damaged), SAMPLE], "");
    assert_eq!((run.code, run.stdout.as_str()), (1, ""));
    assert!(run.stderr.contains("damaged.gaz") && run.stderr.contains("checksum"), "{}", run.stderr);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn csv_has_a_row_per_mention_or_per_claim_and_html_is_one_standalone_page() {
    let docs = "{\"id\": \"a\", \"text\": \"Iraqi officials told Reuters, \\\"the talks will resume.\\\"\"}\n\
                {\"id\": \"b\", \"text\": \"Iran and Iraq\"}\n";
    let run = gazette(&["extract", "--jsonl", "-q", "--format", "csv"], docs);
    assert_eq!(run.code, 0);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "id,start,end,text,entity_id,type,name,resolution");
    assert_eq!(
        lines[1..],
        [
            "a,0,5,Iraqi,norp:IQ,NORP,Iraqi,gazetteer",
            "a,21,28,Reuters,media:reuters,MEDIA,Reuters,gazetteer",
            "b,0,4,Iran,country:IR,GPE,Iran,gazetteer",
            "b,9,13,Iraq,country:IQ,GPE,Iraq,gazetteer",
        ]
    );
    let run = gazette(&["extract", "--jsonl", "-q", "--format", "csv", "--claims"], docs);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(lines[0].starts_with("id,kind,cue_start,cue_end,cue,cue_lemma,source_kind,source_text,"));
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    assert!(lines[1].starts_with("a,"), "{}", lines[1]);
    assert!(lines[1].contains(",told,tell,anonymous,Iraqi officials,"), "{}", lines[1]);
    assert!(lines[1].ends_with(",Reuters,media:reuters"), "{}", lines[1]);

    let run = gazette(&["extract", "--jsonl", "-q", "--format", "html"], docs);
    assert_eq!(run.code, 0);
    let page = run.stdout;
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    assert_eq!(page.matches("<!DOCTYPE html>").count(), 1, "one page for the run");
    assert!(page.contains("<li><a href='#doc-2'>b</a>: 2 mentions, 0 claims</li>"), "{page}");
    assert_eq!(page.matches("<mark class='gz-mention'").count(), 4);
    assert!(!page.contains("http") && !page.contains(" src="), "no remote resources");
}

#[test]
fn speakers_sums_a_corpus_one_row_per_speaker_most_claims_first() {
    let docs = "{\"id\": 1, \"text\": \"Reuters said the talks would resume. Reuters added that Iraq agreed.\"}\n\
                {\"id\": 2, \"text\": \"The talks will resume, according to Reuters.\"}\n\
                {\"id\": 3, \"text\": \"Iran told AP it would attend.\"}\n\
                {\"id\": 4, \"text\": \"Iran told the Associated Press that talks would go on.\"}\n";
    let run = gazette(&["speakers", "--jsonl", "-q", "--format", "json"], docs);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let rows: Vec<Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows[0]["entity_id"], "media:reuters");
    assert_eq!((rows[0]["claims"].as_u64(), rows[0]["documents"].as_u64()), (Some(3), Some(2)));
    let cues = serde_json::json!([{"lemma": "according to", "count": 1}, {"lemma": "add", "count": 1}, {"lemma": "say", "count": 1}]);
    assert_eq!(rows[0]["cues"], cues, "ties by name");
    // A linked medium under its entity's name, whatever name the text gives it.
    assert_eq!(rows[1]["media"], serde_json::json!([{"medium": "Associated Press", "count": 2}]), "{}", rows[1]);
    let top = gazette(&["speakers", "--jsonl", "-q", "--format", "json", "--top", "1"], docs);
    assert_eq!(top.stdout.lines().count(), 1);

    let table = gazette(&["speakers", "--jsonl", "-q"], docs).stdout;
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("speaker ") && lines[0].contains("  claims  documents  direct"), "{table}");
    assert_eq!(lines[1].find("media:reuters"), lines[0].find("entity_id"), "aligned columns:\n{table}");
    let csv = gazette(&["speakers", "--jsonl", "-q", "--format", "csv", "--by", "name"], docs).stdout;
    assert!(csv.starts_with("speaker,entity_id,type,claims,documents,direct,indirect,mixed,cues,media\n"));
    assert!(csv.contains("\nReuters,media:reuters,MEDIA,3,2,"), "{csv}");
}

#[test]
fn a_line_piped_in_is_extracted_and_written_before_the_next_one_comes() {
    // A feed piped in as it is written (`tail -f feed.jsonl | gazette extract --jsonl`): each document's
    // output must come out while stdin stays open, not when a batch fills or the input ends.
    for threads in ["1", "2"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gazette"))
            .args(["extract", "--jsonl", "--quiet", "--threads", threads])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the gazette binary runs");
        let mut stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (send, lines) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            use std::io::BufRead;
            for line in std::io::BufReader::new(stdout).lines() {
                let _ = send.send(line.unwrap());
            }
        });
        let timeout = std::time::Duration::from_secs(60);
        for id in ["first", "second"] {
            writeln!(stdin, r#"{{"id": "{id}", "text": "Talks went well, officials said."}}"#).unwrap();
            stdin.flush().unwrap();
            let line = lines.recv_timeout(timeout).unwrap_or_else(|_| panic!("{threads} threads: no output for {id}"));
            let doc: Value = serde_json::from_str(&line).unwrap();
            assert_eq!((doc["id"].as_str(), doc["quotes"].as_array().map(Vec::len)), (Some(id), Some(1)));
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
        reader.join().unwrap();
        assert!(lines.try_recv().is_err(), "one line per document");
    }
}
