//! Threads: one gazetteer or one extractor shared by eight threads gives every thread the answers one
//! thread gets, and `Extractor::extract_each` gives on any number of threads what `extract` gives in order.

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

/// Texts of very different lengths, so that threads taking the next text finish them out of order.
fn uneven_texts() -> Vec<String> {
    texts().iter().enumerate().map(|(i, t)| if i % 7 == 0 { t.repeat(100) } else { t[..40 + i].to_string() }).collect()
}

#[test]
fn extract_each_gives_what_extract_gives_in_input_order() {
    let extractor = Extractor::new(gazetteer()).unwrap();
    let texts = uneven_texts();
    let one_by_one: Vec<_> = texts.iter().map(|t| extractor.extract(t)).collect();
    assert_eq!((one_by_one[0].claims.len(), one_by_one[1].mentions.len()), (200, 2));
    for threads in [1, 2, 4, 0] {
        let docs = extractor.extract_each(&texts, threads, |i, doc| (i, doc));
        assert!(docs.iter().enumerate().all(|(i, (j, _))| i == *j), "{threads} threads");
        assert!(docs.into_iter().map(|(_, d)| d).eq(one_by_one.iter().cloned()), "{threads} threads");
    }
    // Borrowed texts as well as owned ones, and owned results.
    let borrowed: Vec<&str> = texts.iter().map(String::as_str).collect();
    let json = extractor.extract_each(&borrowed, 3, |_, doc| doc.to_json().to_string());
    assert_eq!(json, one_by_one.iter().map(|d| d.to_json().to_string()).collect::<Vec<_>>());
}

#[test]
fn extract_each_of_no_text_or_one_calls_f_that_often() {
    let extractor = Extractor::new(gazetteer()).unwrap();
    let none: Vec<()> = extractor.extract_each(&[] as &[&str], 4, |_, _| panic!("no text, no call"));
    assert!(none.is_empty());
    let one = extractor.extract_each(&["Iraq."], 4, |i, doc| (i, doc.mentions.len()));
    assert_eq!(one, [(0, 1)]);
}

#[test]
fn a_panic_in_extract_each_reaches_the_caller_with_its_message() {
    let extractor = Extractor::new(gazetteer()).unwrap();
    let texts = uneven_texts();
    for threads in [1, 2, 4] {
        let panic = std::panic::catch_unwind(|| {
            extractor.extract_each(&texts, threads, |i, _| if i == 9 { panic!("text {i} is bad") } else { i })
        })
        .unwrap_err();
        assert_eq!(panic.downcast_ref::<String>().map(String::as_str), Some("text 9 is bad"), "{threads} threads");
    }
}
