//! The seed article: matching it with its gazetteer gives exactly the 82 mentions of
//! `article.entities.jsonl`. Runs when `../shared/seed` is beside the project; says so when skipped.

use std::path::PathBuf;

use gazette::Gazetteer;

fn seed_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seed");
    dir.join("article.txt").exists().then_some(dir)
}

#[test]
fn seed_article_gives_exactly_the_expected_mentions() {
    let Some(dir) = seed_dir() else {
        eprintln!("skipped: ../shared/seed is not present");
        return;
    };
    let text = std::fs::read_to_string(dir.join("article.txt")).unwrap();
    let g = Gazetteer::from_path(dir.join("gazetteer.jsonl")).unwrap();
    let doc = g.document(&text).to_json();
    let got: Vec<serde_json::Value> = doc["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| serde_json::json!([m["start"], m["end"], m["text"], m["entity_id"], m["resolution"]]))
        .collect();
    let expected: Vec<serde_json::Value> = std::fs::read_to_string(dir.join("article.entities.jsonl"))
        .unwrap()
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
