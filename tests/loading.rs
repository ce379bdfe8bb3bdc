//! Loading gazetteers: both formats, merging, and errors that name the file, the line and the fault.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use gazette::{ErrorKind, Gazetteer, GazetteerBuilder};

/// A file of a test's, named `name`, in a directory of its own that is removed when the file is dropped.
struct Temp(PathBuf);

impl AsRef<Path> for Temp {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Temp {
    fn drop(&mut self) {
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn temp(name: &str, bytes: &[u8]) -> Temp {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("gazette-test-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::File::create(&path).unwrap().write_all(bytes).unwrap();
    Temp(path)
}

#[test]
fn jsonl_with_comments_blank_lines_and_optional_fields() {
    let g = Gazetteer::from_jsonl_str(
        "# a comment\n\n{\"id\": \"iraq\", \"type\": \"GPE\", \"name\": \"Iraq\"}\r\n\
         {\"id\": \"us\", \"type\": \"GPE\", \"name\": \"United States\", \"aliases\": [\"US\"], \"case_sensitive\": true, \"wikidata\": \"Q30\"}\n",
    )
    .unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(g.get("us").unwrap().aliases, ["US"]);
    assert_eq!(g.get("us").unwrap().case_sensitive, Some(true));
    assert_eq!(g.find("united states").len(), 0, "case_sensitive applies to every name");
}

#[test]
fn tsv_rows_with_one_id_merge_and_the_first_surface_is_the_name() {
    let g = Gazetteer::from_tsv_str("Baghdad\tCITY\tgeo:1\nBagdad\tCITY\tgeo:1\n# x\n\nBasra\tCITY\tgeo:2\n").unwrap();
    assert_eq!(g.len(), 2);
    let b = g.get("geo:1").unwrap();
    assert_eq!((b.name.as_str(), b.aliases.clone()), ("Baghdad", vec!["Bagdad".to_string()]));
    assert_eq!(g.find("Bagdad")[0].name, "Baghdad");
}

#[test]
fn tsv_alternate_name_types_belong_to_their_base_type() {
    let g = Gazetteer::from_tsv_str(
        "Shanghai\tCITY\tgeo:1\nSHA\tCITY_ALT\tgeo:1\n上海\tCITY_ALT_NONLATIN\tgeo:1\nLyon\tCITY_ALT\tgeo:2\n",
    )
    .unwrap();
    assert_eq!(g.get("geo:1").unwrap().aliases, ["SHA", "上海"]);
    assert_eq!(g.get("geo:1").unwrap().kind, "CITY");
    assert_eq!(g.get("geo:2").unwrap().kind, "CITY");
    let e = Gazetteer::from_tsv_str("Shanghai\tCITY\tgeo:1\nX\tCITYALT\tgeo:1\n").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ConflictingType);
}

fn error_of(name: &str, bytes: &[u8]) -> gazette::Error {
    Gazetteer::from_path(temp(name, bytes)).unwrap_err()
}

#[test]
fn errors_name_the_file_the_line_and_the_fault() {
    let cases: &[(&str, &[u8], ErrorKind, u64, &str)] = &[
        ("bad.jsonl", b"{\"id\":\"a\",\"type\":\"T\",\"name\":\"A\"}\n{\"id\": \"b\",\n", ErrorKind::Json, 2, "EOF"),
        ("array.jsonl", b"[\"a\", \"T\", \"A\"]\n", ErrorKind::Json, 1, "JSON object"),
        ("missing.jsonl", b"\n{\"id\":\"a\",\"type\":\"T\"}\n", ErrorKind::MissingField, 2, "name"),
        ("empty.jsonl", b"{\"id\":\"a\",\"type\":\"T\",\"name\":\"  \"}\n", ErrorKind::EmptyName, 1, "empty name"),
        ("noid.jsonl", b"{\"id\":\"\",\"type\":\"T\",\"name\":\"A\"}\n", ErrorKind::MissingField, 1, "id"),
        (
            "types.jsonl",
            b"{\"id\":\"a\",\"type\":\"T\",\"name\":\"A\"}\n{\"id\":\"a\",\"type\":\"U\",\"name\":\"B\"}\n",
            ErrorKind::ConflictingType,
            2,
            "\"U\"",
        ),
        ("utf8.tsv", b"Iraq\tGPE\tiraq\nBa\xffd\tCITY\tb\n", ErrorKind::InvalidUtf8, 2, "UTF-8"),
        ("tab.tsv", b"Iraq\tGPE\tiraq\nBaghdad CITY b\n", ErrorKind::MissingTab, 2, "found 1"),
        ("extra.tsv", b"Iraq\tGPE\tiraq\tx\n", ErrorKind::MissingTab, 1, "found 4"),
        ("types.tsv", b"Iraq\tGPE\tiraq\nIraq\tCITY\tiraq\n", ErrorKind::ConflictingType, 2, "type"),
        ("empty.tsv", b"\tGPE\tiraq\n", ErrorKind::EmptyName, 1, "empty name"),
    ];
    for (name, bytes, kind, line, says) in cases {
        let e = error_of(name, bytes);
        assert_eq!(e.kind(), *kind, "{name}: {e}");
        assert_eq!(e.line(), Some(*line), "{name}: {e}");
        assert!(e.path().unwrap().ends_with(name), "{name}: {e}");
        let shown = e.to_string();
        assert!(shown.contains(&format!("{name}:{line}: ")) && shown.contains(says), "{name}: {shown}");
    }
}

#[test]
fn unknown_extensions_and_missing_files_are_errors() {
    assert_eq!(error_of("g.csv", b"x").kind(), ErrorKind::Io);
    let e = Gazetteer::from_path("/nonexistent/g.jsonl").unwrap_err();
    assert_eq!((e.kind(), e.io_error_kind()), (ErrorKind::Io, Some(std::io::ErrorKind::NotFound)));
    assert!(e.to_string().starts_with("/nonexistent/g.jsonl: "));
}

#[test]
fn several_files_merge_into_one_gazetteer() {
    let a = temp("a.jsonl", b"{\"id\":\"iraq\",\"type\":\"GPE\",\"name\":\"Iraq\"}\n");
    let b = temp("b.tsv", b"Irak\tGPE\tiraq\nBasra\tCITY\tbasra\n");
    let g = GazetteerBuilder::new().add_path(&a).unwrap().add_path(&b).unwrap().build().unwrap();
    assert_eq!(g.len(), 2);
    assert_eq!(g.find("Irak")[0].entity_id, "iraq");
}

#[test]
fn saved_gazetteers_load_back_and_bad_files_are_errors() {
    let g = Gazetteer::from_tsv_str("Baghdad\tCITY\tgeo:1\nUS\tGPE\tus\n").unwrap();
    let path = temp("saved.gaz", b"");
    g.save(&path).unwrap();
    let back = Gazetteer::load(&path).unwrap();
    assert_eq!(back.find("US in Baghdad"), g.find("US in Baghdad"));
    let e = Gazetteer::load(temp("junk.gaz", b"not a gazetteer")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::BadBinary);
    assert!(e.to_string().contains("junk.gaz"));
}
