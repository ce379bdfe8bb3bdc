//! Properties of claim attribution on arbitrary text made of news words, quotation marks, punctuation
//! and line breaks: it never panics, and every span is a non-empty slice of the text on character
//! boundaries, with the JSON form agreeing in code points.

use gazette::{Entity, Extractor, Gazetteer, Span};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "Reuters",
    "officials",
    "he",
    "she",
    "who",
    "that",
    "the",
    "a",
    "Jane",
    "Roe",
    "Matthew Miller",
    "did not rule out",
    "called for",
    "wants",
    "believes",
    "Asked",
    "whether",
    "is",
    "expected",
    "to",
    "and",
    "but",
    "in",
    "on",
    "Monday",
    "via",
    "X platform",
    "\"",
    "\u{201c}",
    "\u{201d}",
    "''",
    "'",
    ",",
    ".",
    ":",
    ";",
    "(",
    ")",
    "\u{2014}",
    "-",
    "?",
    "\n",
    "\n\n",
    "U.S.",
    "Mr.",
    "caf\u{e9}",
    "\u{1f600}",
    "ROE:",
    "it",
    "Noting",
    "saying",
];

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec((0..PIECES.len(), 0..3usize), 0..80).prop_map(|parts| {
        let mut out = String::new();
        for (p, space) in parts {
            out.push_str(PIECES[p]);
            out.push_str(["", " ", "  "][space]);
        }
        out
    })
}

/// 400 cases, or as many as PROPTEST_CASES asks (an explicit count would override it, as in the matcher's
/// property tests).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(400);
    ProptestConfig { cases, ..ProptestConfig::default() }
}

fn valid(text: &str, s: Span) -> bool {
    s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn spans_are_valid_slices(text in text()) {
        let gazetteer = Gazetteer::builder()
            .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
            .entity(Entity::new("reuters", "MEDIA", "Reuters"))
            .build()
            .unwrap();
        let extractor = Extractor::new(gazetteer).unwrap();
        let doc = extractor.extract(&text);
        for c in &doc.claims {
            prop_assert!(!c.content.is_empty());
            for s in c.content.iter().chain([&c.cue]).chain(&c.source).chain(&c.relative).chain(&c.medium) {
                prop_assert!(valid(&text, *s), "{s:?} in {text:?}");
            }
            prop_assert_eq!(c.source_text, c.source.map(|s| &text[s.start..s.end]));
        }
        let json = doc.to_json();
        let chars: Vec<char> = text.chars().collect();
        for (q, c) in json["quotes"].as_array().unwrap().iter().zip(&doc.claims) {
            let (s, e) = (q["cue_start"].as_u64().unwrap() as usize, q["cue_end"].as_u64().unwrap() as usize);
            prop_assert_eq!(chars[s..e].iter().collect::<String>(), &text[c.cue.start..c.cue.end]);
        }
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn any_text_gives_valid_spans(text in "\\PC*") {
        let extractor = Extractor::builder().build().unwrap();
        let doc = extractor.extract(&text);
        for c in &doc.claims {
            for s in c.content.iter().chain([&c.cue]).chain(&c.source).chain(&c.medium) {
                prop_assert!(valid(&text, *s), "{s:?} in {text:?}");
            }
        }
    }
}
