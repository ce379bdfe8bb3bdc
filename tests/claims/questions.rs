//! Questions (`src/claims/questions.rs`): what someone was asked is a claim of the one who asked, or of no
//! one in the text: "Asked whether C, ...", "X was asked about C", "asked Trump how C".

use super::*;

const ROWS: &[Row] = &[
    // A question the text asks, its auxiliary before the source, claims nothing.
    none("Do you support Jane Roe?"),
    none("Why does she think the vote was rigged?"),
    // A question quoted is its speaker's words.
    one("He said: \"Do you think I am stupid?\"", claim().source("He")),
    // A question asked by nobody named has no source.
    one(
        "Asked whether she would run again, Jane Roe smiled.",
        claim().no_source().source_kind(SourceKind::None).content(&["whether she would run again"]),
    ),
    some(
        "\"No,\" Jane Roe said when asked about the vote. \"Never.\"",
        &[Nth(1, claim().no_source().content(&["about the vote"]))],
    ),
    one(
        "When asked by reporters on Monday about the strike, the minister left.",
        claim().source("reporters").first("about the strike"),
    ),
    // Asking someone something is not a question put to the subject.
    none("When asked to leave, the minister stayed."),
    // An opening "asked" clause is a question, and the answer is a claim of its own.
    claims(
        "Asked by Matthew Miller whether she had read the plan, Jane Roe said, \"I read it once.\"",
        2,
        &[
            Nth(0, claim().lemma("ask").content(&["whether she had read the plan"]).speaker("Matthew Miller")),
            Nth(1, claim().content(&["I read it once."]).speaker("Jane Roe")),
        ],
    ),
    claims(
        "Jane Roe said, \"We'll see,\" when asked whether she would run.",
        2,
        &[Nth(0, claim().content(&["We'll see"])), Nth(1, claim().content(&["whether she would run"]).no_source())],
    ),
    // An asked clause takes a month, an adjunct and "whom".
    some(
        "He gave the same answer when asked in May if he would back the plan.",
        &[Unsourced(&[&["if he would back the plan"]])],
    ),
    some(
        "Asked during a televised debate why he trailed, Jane Roe said he would catch up.",
        &[Unsourced(&[&["why he trailed"]])],
    ),
    some("Whenever asked whom she favoured, the mayor smiled.", &[Unsourced(&[&["whom she favoured"]])]),
    // A preposition that opens no adjunct of time or place is no question.
    some("When asked for lunch, the mayor declined.", &[Unsourced(&[])]),
    some("The mayor, asked to leave the room, stayed.", &[Unsourced(&[])]),
    one(
        "Asked why he had waited during a radio interview on Monday, the mayor laughed.",
        claim().content(&["why he had waited"]),
    ),
    // An asked participle after a comma is a question.
    some(
        "\"It has been too long,\" Jane Roe said, asked about the delay in an interview.",
        &[Unsourced(&[&["about the delay"]])],
    ),
    // "asked" after a comma with no question is nothing.
    some("The mayor left, asked nothing.", &[Unsourced(&[])]),
    // The one asked in a passive is no source.
    one(
        "The senator was asked whether she would run again.",
        claim().content(&["whether she would run again"]).no_source(),
    ),
    one(
        "Jane Roe was asked about the new budget during an interview on Friday.",
        claim().content(&["about the new budget"]).no_source(),
    ),
    one(
        "Jane Roe was asked to name a single achievement of the council.",
        claim().content(&["Jane Roe", "to name a single achievement of the council"]).no_source(),
    ),
    // "asked for" and a plain object are no question; nothing is read, and the one asked is never the
    // source.
    none("The senator was asked for her papers at the border."),
    some("The senator was asked a favour by her aide.", &[No(claim().source("The senator"))]),
    // The one asked between the cue and the question; after a titled show.
    one(
        "In an appearance on \"Morning Joe,\" co-host Mika Brzezinski asked Jane Roe how she would do it.",
        claim().content(&["how she would do it"]).source("co-host Mika Brzezinski"),
    ),
];

#[test]
fn table() {
    check(ROWS);
}
