//! Noun cues (`src/claims/noun_cues.rs`): a noun of belief, intention or judgement reports the stance of
//! its owner ("his claim that C", "in her view, C"), and a poll its finding ("In a CNN poll, C").

use super::*;

const ROWS: &[Row] = &[
    // A noun of belief or judgement after a possessive is a cue.
    one(
        "The plan rests on Jane Roe's belief that the levee will hold.",
        claim().first("that the levee will hold").source("Jane Roe's").lemma("belief"),
    ),
    one(
        "In her view, the levee will hold through the spring.",
        claim().first("the levee will hold through the spring").source("her"),
    ),
    one("In the view of Jane Roe, the levee will hold.", claim().first("the levee will hold").source("Jane Roe")),
    // Inside the sentence's subject, the content ends before the main verb.
    one(
        "Jane Roe's attacks on the zoning board have drawn wide notice.",
        claim().first("the zoning board").lemma("attacks"),
    ),
    one("His refusal to sign the budget has angered the council.", claim().content(&["to sign the budget"])),
    // Nouns of plain intention and support narrate what was done.
    none("Jane Roe's decision to close the pier angered residents."),
    none("Her support for the new pier was never in doubt."),
    // "X's claim that C" is left out.
    none("Jane Roe's claim that the pier is unsafe was disputed."),
    // No possessive, no source.
    none("The belief that the levee will hold is widespread."),
    none("The attacks on the convoy stopped at dawn."),
    // "in his view" needs its comma: "in his view of the river" is a sight, not an opinion.
    none("The old mill stood in his view of the river."),
    // What a poll found.
    one(
        "In a Des Moines Register poll last month, Jane Roe had a 10-point lead.",
        claim().content(&["Jane Roe had a 10-point lead"]).source("a Des Moines Register poll last month").lemma("in"),
    ),
    one(
        "In the new survey, conducted March 11-13, 40 percent of voters back Jane Roe.",
        claim().content(&["40 percent of voters back Jane Roe"]),
    ),
    // A poll that ends the sentence.
    one(
        "Jane Roe leads by 10 points in a new CNN poll released Monday.",
        claim().content(&["Jane Roe leads by 10 points"]).source("a new CNN poll released Monday").lemma("in"),
    ),
    // Not a poll, not opening or ending the sentence, polling at large, or with a cue of its own.
    none("In a speech last month, the senator stood by her staff."),
    none("Jane Roe sits at single digits in the polls."),
    none("Jane Roe led in a new CNN poll, but her rival caught up."),
    one("In the poll, 60 percent said the economy was weak.", claim().lemma("say")),
];

#[test]
fn table() {
    check(ROWS);
}
