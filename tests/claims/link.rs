//! The link from a draft to a claim (`src/claims/link.rs`): the source's entity, a pronoun's antecedent,
//! and spans in bytes.

use super::*;

const ROWS: &[Row] = &[
    // A title before a name links to the person, and a pronoun to the person named before.
    claims(
        "State Department spokesperson Matthew Miller said talks were ongoing. Later, he said a deal was near.",
        2,
        &[
            Nth(0, claim().speaker("Matthew Miller")),
            Nth(1, claim().source_kind(SourceKind::Pronoun).speaker("Matthew Miller")),
        ],
    ),
    // A relative clause's source links to its antecedent.
    one(
        "The plan follows a request from Minister Jane Roe, who has called for an end to the strike.",
        claim().content(&["an end to the strike"]).source("Minister Jane Roe").speaker("Jane Roe"),
    ),
    // A pronoun with a contracted auxiliary is a source; the auxiliary is the verb's.
    some(
        "Jane Roe said the talks failed. She's predicting that the race will be close.",
        &[Lemma("predict", claim().source("She").source_kind(SourceKind::Pronoun).speaker("Jane Roe"))],
    ),
    // A name with an apostrophe after a first letter is no contracted pronoun.
    some(
        "DJ Lisa I'Anson left the show on Wednesday. I'Anson said she was glad to go.",
        &[Lemma("say", claim().source("I'Anson").source_kind(SourceKind::Named))],
    ),
    // A name's -'s before a cue form is still a possessive.
    some("The ministry's report was late.", &[No(claim().lemma("report"))]),
];

#[test]
fn table() {
    check(ROWS);
}

/// Rust offsets are bytes; the JSON's are code points.
#[test]
fn rust_offsets_are_bytes_and_json_offsets_are_code_points() {
    let text = "Ex-minister Jos\u{e9} said: \u{201c}\u{c7}a suffit.\u{201d}";
    let doc = EXTRACTOR.extract(text);
    let c = &doc.claims[0];
    assert_eq!(&text[c.content[0].start..c.content[0].end], "\u{c7}a suffit.");
    let json = doc.to_json();
    let q = &json["quotes"][0];
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (q["content_start"].as_u64().unwrap() as usize, q["content_end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "\u{c7}a suffit.");
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["source_text"], "Ex-minister Jos\u{e9}");
}
