//! Colon and dash credits (`src/claims/colon.rs`): "ROE: C", "- Jones: “C”", "- Sanders." under
//! quotations.

use super::*;

const ROWS: &[Row] = &[
    // A transcript's turn.
    one("ROE: We are not going anywhere.", claim().lemma(":").source("ROE").first("We are not going anywhere")),
    one("BENENSON: Senator Sanders does not get to decide.", claim().source("BENENSON")),
    // A name before a colon still speaks.
    one("Jane Roe: We will win the vote.", claim().source("Jane Roe")),
    // The turn runs to its paragraph's end.
    claims(
        "Q: Why not debate?\n\nBENENSON: He does not get to decide. He is running a negative race.\n\nThe end.",
        1,
        &[Nth(0, claim().content(&["He does not get to decide. He is running a negative race"]))],
    ),
    // A name standing alone before a colon that opens a quotation.
    one(
        "Polls were wrong - Jane Roe and Matthew Miller: \u{201c}They ended too early.\u{201d}",
        claim().source("Jane Roe and Matthew Miller").first("They ended too early."),
    ),
    none("A voice celebrated on Twitter: \u{201c}We have arrived.\u{201d}"),
    // Labels and tallies before a colon name no speaker.
    none("Q: Have you talked to her?"),
    none("A: Not yet, I will."),
    none("BYLINE: Jane Roe."),
    none("The Latest: Polls close in New Hampshire."),
    none("Jane Roe: 1,769."),
    // Nor does page furniture.
    none("Contributing: Jane Roe."),
    none("Twitter: @janeroe."),
    none("Email: roe@example.com."),
    none("Follow: Jane Roe on the radio."),
    // A feature's heading.
    none("Profile: Jane Roe"),
    none("Obituary: Dame Jane Roe"),
    // A list of names is a line-up or a cast: it says nothing.
    none("Replacements: Fortey, Murphy, Daly, Vaili and Cole."),
    none("Iowa: Tim Albrecht, Brad Anderson (Des Moines), Rob Barron."),
    // Two names, or a headline in capitals, still speak.
    one("Roe: Smith, Jones Must Go.", claim().source("Roe")),
    one("Jane Roe: We Will Win The Nomination.", claim().source("Jane Roe")),
    // A dash after a paragraph of quotations credits them.
    claims(
        "\"I will look into it. I do not know the status.\"\n\n- Jane Roe.\n\nThe end.",
        1,
        &[Nth(0, claim().speaker("Jane Roe").lemma("-").content(&["I will look into it. I do not know the status."]))],
    ),
    // A dash line after the writer's own words credits nothing.
    none("The vote is today.\n\n- Jane Roe."),
];

#[test]
fn table() {
    check(ROWS);
}
