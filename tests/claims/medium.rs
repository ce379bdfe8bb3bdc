//! The medium (`src/claims/medium.rs`): the hearer and the channel between a cue and its content.

use super::*;

const ROWS: &[Row] = &[
    one("Jane Roe told Reuters that the vote was rigged.", claim().medium("Reuters").first("the vote was rigged")),
    one("The talks resumed on Monday, announced Jane Roe via the X platform.", claim().medium("the X platform")),
    // After "according to", the medium the source spoke to.
    one(
        "Two drones struck the base, according to military sources who spoke to Reuters on Tuesday.",
        claim().source("military sources").medium("Reuters"),
    ),
    // A hearer that is not a medium is no medium.
    one("Jane Roe told reporters that the vote was rigged.", claim().no_medium()),
];

#[test]
fn table() {
    check(ROWS);
}
