//! The seed article's 14 claims (`article.gold.jsonl`): each found end to end (content overlapping with
//! character Jaccard >= 0.5, the same speaker or an overlapping anonymous source), the medium exact
//! where the gold gives one, the kind right, and at most one claim more. Runs when `../shared/seed` is
//! beside the project, and shows as ignored otherwise (see build.rs).

use std::collections::BTreeSet;
use std::path::PathBuf;

use gazette::{Extractor, Gazetteer};
use serde_json::Value;

/// The seed data: `../shared/seed` beside the project, or under `GAZETTE_SHARED` (see build.rs).
fn seed_dir() -> PathBuf {
    PathBuf::from(env!("GAZETTE_SHARED_DIR")).join("seed")
}

/// A seed file's text; a missing file fails the test with its path.
fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn span(q: &Value, key: &str) -> Option<(u64, u64)> {
    Some((q[format!("{key}_start")].as_u64()?, q[format!("{key}_end")].as_u64()?))
}

fn chars(q: &Value, key: &str) -> BTreeSet<u64> {
    span(q, key).map(|(s, e)| (s..e).collect()).unwrap_or_default()
}

fn jaccard(a: &BTreeSet<u64>, b: &BTreeSet<u64>) -> f64 {
    let union = a.union(b).count();
    if union == 0 { 0.0 } else { a.intersection(b).count() as f64 / union as f64 }
}

#[test]
#[cfg_attr(not(gazette_seed), ignore = "the seed data is not at ../shared/seed (or $GAZETTE_SHARED/seed)")]
fn seed_article_claims_match_the_gold() {
    let dir = seed_dir();
    let gold: Value = serde_json::from_str(&read(dir.join("article.gold.jsonl"))).unwrap();
    let text = read(dir.join("article.txt"));
    assert_eq!(gold["text"].as_str(), Some(text.as_str()));
    let extractor = Extractor::new(Gazetteer::from_path(dir.join("gazetteer.jsonl")).unwrap()).unwrap();
    let doc = extractor.extract(&text).to_json();
    let predicted = doc["quotes"].as_array().unwrap();
    let gold = gold["quotes"].as_array().unwrap();
    assert_eq!(gold.len(), 14);

    let mut used = vec![false; predicted.len()];
    for g in gold {
        let content = chars(g, "content");
        let best = (0..predicted.len())
            .filter(|&j| !used[j])
            .max_by(|&a, &b| {
                let (x, y) = (
                    jaccard(&content, &chars(&predicted[a], "content")),
                    jaccard(&content, &chars(&predicted[b], "content")),
                );
                x.total_cmp(&y)
            })
            .unwrap_or_else(|| panic!("no claim left for {g}"));
        let p = &predicted[best];
        assert!(jaccard(&content, &chars(p, "content")) >= 0.5, "content of {g}\n  got {p}");
        match g["speaker"].as_str() {
            Some(speaker) => assert_eq!(p["speaker"].as_str(), Some(speaker), "speaker of {g}"),
            None => {
                assert!(
                    chars(g, "source").intersection(&chars(p, "source")).next().is_some(),
                    "source of {g}\n  got {p}"
                );
                assert_eq!(p["speaker"], Value::Null);
            }
        }
        if g.get("medium_start").is_some() {
            assert_eq!(span(p, "medium"), span(g, "medium"), "medium of {g}\n  got {p}");
        }
        assert_eq!(p["kind"], g["kind"], "kind of {g}");
        used[best] = true;
    }
    let extra = used.iter().filter(|&&u| !u).count();
    assert!(extra <= 1, "{extra} claims beyond the gold");
}
