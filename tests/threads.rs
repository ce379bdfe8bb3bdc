//! Threads: one gazetteer or one extractor shared by eight threads gives every thread the answers one
//! thread gets.

use gazette::{Extractor, Gazetteer};

fn texts() -> Vec<String> {
    (0..64)
        .map(|i| {
            format!(
                "Doc {i}: Mohammed Shia al-Sudani met US envoys in Iraq; the Popular Mobilisation Forces (PMF) \
                 said al Sudani and the PMF agreed, {i} times. \"We will stay,\" al-Sudani told Reuters. us."
            )
        })
        .collect()
}

fn gazetteer() -> Gazetteer {
    Gazetteer::from_jsonl_str(
        r#"{"id": "sudani", "type": "PERSON", "name": "Mohammed Shia al-Sudani"}
{"id": "iraq", "type": "GPE", "name": "Iraq"}
{"id": "us", "type": "GPE", "name": "United States", "aliases": ["US"]}
{"id": "reuters", "type": "MEDIA", "name": "Reuters"}
{"id": "pmf", "type": "ORG", "name": "Popular Mobilisation Forces"}"#,
    )
    .unwrap()
}

/// Runs `work` on every text in eight threads, twenty times each, and checks every answer against one
/// thread's.
fn same_in_eight_threads(work: impl Fn(&str) -> String + Sync) -> Vec<String> {
    let texts = texts();
    let expected: Vec<String> = texts.iter().map(|t| work(t)).collect();
    std::thread::scope(|scope| {
        for _ in 0..8 {
            scope.spawn(|| {
                for _ in 0..20 {
                    for (t, e) in texts.iter().zip(&expected) {
                        assert_eq!(&work(t), e);
                    }
                }
            });
        }
    });
    expected
}

#[test]
fn threads_sharing_one_gazetteer_get_the_same_answers() {
    let g = gazetteer();
    let expected = same_in_eight_threads(|t| g.document(t).to_json().to_string());
    assert!(expected[0].contains("\"acronym\"") && expected[0].contains("\"partial\""));
}

#[test]
fn threads_sharing_one_extractor_get_the_same_answers() {
    let extractor = Extractor::new(gazetteer()).unwrap();
    let expected = same_in_eight_threads(|t| extractor.extract(t).to_json().to_string());
    assert!(expected[0].contains("\"medium_text\":\"Reuters\""), "{}", expected[0]);
}
