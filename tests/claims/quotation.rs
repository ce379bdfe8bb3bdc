//! How a quotation goes on (`src/claims/quotation.rs`) over the next sentences and paragraphs, and how
//! its marks are read.

use super::*;

const ROWS: &[Row] = &[
    // A quotation goes on into the next paragraph and sentences.
    one(
        "Matthew Miller said: \u{201c}The first point.\n\u{201c}The second point.\u{201d}\nThe end.",
        claim().kind(ClaimKind::Direct).containing("The second point."),
    ),
    one(
        "\"We will win,\" Jane Roe said. \"Nobody doubts it.\"",
        claim().content(&["We will win", "Nobody doubts it."]),
    ),
    // A quotation the writer finishes still goes on with the claim.
    one(
        "\"We will win,\" Jane Roe said. \"That is the fight we are taking\" to the country.",
        claim().content(&["We will win", "That is the fight we are taking"]),
    ),
    // The quotations after a sentence are one voice's: the claim of saying takes them, not the participle
    // after it.
    some(
        "\"It was bad,\" Jane Roe said, referring to the committee. \"Nobody doubts it.\"",
        &[
            Lemma("say", claim().content(&["It was bad", "Nobody doubts it."])),
            Lemma("refer to", claim().content(&["the committee"])),
        ],
    ),
    // A quotation with a source of its own is another claim.
    claims("\"We will win,\" Jane Roe said. \"No,\" he said.", 2, &[]),
    // A quotation closed by a full stop goes on with the speaker before it.
    some(
        "\"Our jobs are leaving,\" Jane Roe said. \"It is a big problem.\" She said more.",
        &[Nth(0, claim().content(&["Our jobs are leaving", "It is a big problem."]).source("Jane Roe"))],
    ),
    // A question still takes the cue after it.
    one("\"Why now?\" Jane Roe asked.", claim().content(&["Why now?"]).source("Jane Roe")),
    // A full stop inside the marks ends no sentence when the cue that follows ends it at once; it does
    // when the sentence goes on.
    one("\"We will win.\" Jane Roe said.", claim().content(&["We will win."]).source("Jane Roe")),
    one("\"We won.\" She said more would come.", claim().content(&["more would come"])),
    // A content that ends with a quotation goes on with the next...
    one(
        "Yet the senator is also \"a change agent,\" Jane Roe said. \"That is what people want.\"",
        claim().content(&["Yet the senator is also \"a change agent,\"", "That is what people want."]),
    ),
    // ...but not when the content ends with words of the writer.
    one("The senator is \"a change agent\" by now, Jane Roe said. \"That is what people want.\"", claim().spans(1)),
    // A quotation left open at its paragraph's end goes on with the claim.
    some(
        "\"We are ready,\" said Jane Roe. \"We will win. We will win soon.\n\nShe went on, \"Soon.\"",
        &[Nth(0, claim().content(&["We are ready", "We will win. We will win soon."]))],
    ),
    // A claim that ends its paragraph goes on into a paragraph of quotations...
    one(
        "Jane Roe shot back in a statement, saying she made money.\n\n\"Frankly, this is what we need.\"\n\nThe end.",
        claim().content(&["she made money", "Frankly, this is what we need."]),
    ),
    // ...not into a paragraph with a voice of its own...
    some(
        "Jane Roe said she made money.\n\n\"We lost,\" Matthew Miller said.",
        &[Nth(0, claim().content(&["she made money"])), Nth(1, claim().speaker("Matthew Miller"))],
    ),
    // ...nor past a paragraph that mixes a quotation and the writer's words.
    one("Jane Roe said she made money.\n\n\"We lost.\" The market fell.", claim().content(&["she made money"])),
    // A quotation goes on after a place abbreviation.
    one(
        "\"We will win,\" Jane Roe said at a rally in Fort Mill, S.C. \"The state is ours.\"",
        claim().content(&["We will win", "The state is ours."]),
    ),
    // A quotation inside the sentence after an abbreviation does not open a new one.
    one(
        "Jane Roe said the U.S. \"war on drugs\" had failed.",
        claim().content(&["the U.S. \"war on drugs\" had failed"]),
    ),
    // A quotation led by one word goes on with the quotation before.
    one(
        "\"We will win,\" Jane Roe said. But \"the race is close.\"",
        claim().content(&["We will win", "But \"the race is close.\""]),
    ),
    one(
        "\"We will win,\" Jane Roe said. Now, \"the race is close.\"\nThe polls opened.",
        claim().content(&["We will win", "Now, \"the race is close.\""]),
    ),
    // Not when the quotation is only part of the sentence, nor a sentence with a cue of its own.
    one("\"We will win,\" Jane Roe said. But the \"race\" is close.", claim().content(&["We will win"])),
    some(
        "\"We will win,\" Jane Roe said. He added, \"The race is close.\"",
        &[Nth(0, claim().content(&["We will win"]))],
    ),
    // A reopened quotation with a cue of its own is a new one.
    claims(
        "\"The bias is strong,\" Jane Roe said. \"They think every man is a spy.\n\n\"And they still ride camels,\" \
         she said with a laugh.",
        2,
        &[
            Nth(0, claim().content(&["The bias is strong", "They think every man is a spy."])),
            Nth(1, claim().content(&["And they still ride camels"])),
        ],
    ),
    // With no cue after it, the reopened paragraph goes on with the quotation before.
    one(
        "Jane Roe said: \"They think every man is a spy.\n\n\"And they still ride camels.\"",
        claim().content(&["They think every man is a spy.\n\n\"And they still ride camels."]),
    ),
    // Doubled apostrophes close after an inner quotation.
    one(
        "''I would use the word 'old-school,''' said Jane Roe.",
        claim().content(&["I would use the word 'old-school,'"]).kind(ClaimKind::Direct).speaker("Jane Roe"),
    ),
    // An invisible format mark leaves a quotation mark in its place.
    one(
        "\u{202a}\u{201d}This is why it matters,\u{201d} wrote Jane Roe.",
        claim().content(&["This is why it matters"]).speaker("Jane Roe"),
    ),
];

#[test]
fn table() {
    check(ROWS);
}
