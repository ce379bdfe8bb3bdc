//! The seed article: matching it with its gazetteer gives exactly the 82 mentions of
//! `article.entities.jsonl`. Runs when `../shared/seed` is beside the project, and
//! shows as ignored otherwise (see build.rs).

use std::path::PathBuf;

use gazette::Gazetteer;

/// The seed data: `../shared/seed` beside the project, or under `GAZETTE_SHARED` (see build.rs).
fn seed_dir() -> PathBuf {
    PathBuf::from(env!("GAZETTE_SHARED_DIR")).join("seed")
}

/// A seed file's text; a missing file fails the test with its path.
fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
#[cfg_attr(not(gazette_seed), ignore = "the seed data is not at ../shared/seed (or $GAZETTE_SHARED/seed)")]
fn seed_article_gives_exactly_the_expected_mentions() {
    let dir = seed_dir();
    let text = read(dir.join("article.txt"));
    let g = Gazetteer::from_path(dir.join("gazetteer.jsonl")).unwrap();
    let doc = g.document(&text).to_json();
    let got: Vec<serde_json::Value> = doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| serde_json::json!([m["start"], m["end"], m["text"], m["entity_id"], m["resolution"]]))
        .collect();
    let expected: Vec<serde_json::Value> = read(dir.join("article.entities.jsonl"))
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let m: serde_json::Value = serde_json::from_str(l).unwrap();
            serde_json::json!([m["start"], m["end"], m["text"], m["entity_id"], m["resolution"]])
        })
        .collect();
    assert_eq!(expected.len(), 82);
    assert_eq!(got, expected);
}
