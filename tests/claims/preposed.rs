//! The cue before its content (`src/claims/preposed.rs`): "X said (that) C", "X said: C", "X acknowledges
//! that C".

use super::*;

const ROWS: &[Row] = &[
    // A comma after a source that opens the sentence leaves nothing before it: the clause after it, or
    // after an adjunct, is the content.
    one(
        "Jane Roe says, win or lose in the primary, she is staying in the race.",
        claim().source("Jane Roe").content(&["win or lose in the primary, she is staying in the race"]),
    ),
    none("Jane Roe, 45, wrote, directed and starred in the film."),
    one(
        "Jane Roe said: \"We are ready to talk.\"",
        claim().content(&["We are ready to talk."]).kind(ClaimKind::Direct).source("Jane Roe"),
    ),
    // "that" is not in the content.
    one(
        "Officials said that the bridge would reopen on Friday.",
        claim()
            .content(&["the bridge would reopen on Friday"])
            .kind(ClaimKind::Indirect)
            .source_kind(SourceKind::Anonymous)
            .no_speaker(),
    ),
    one("Jane Roe said that the talks failed.", claim().content(&["the talks failed"])),
    // "that" before a verb is the subject of the content.
    one("Jane Roe said that was a mistake.", claim().content(&["that was a mistake"])),
    // A that-clause may open with a preposition.
    one(
        "Jane Roe said that over the last five days the talks had stalled.",
        claim().content(&["over the last five days the talks had stalled"]),
    ),
    // Without "that", a topic preposition is what the verb is about, not a claim.
    some("Jane Roe spoke about the talks.", &[No(claim().lemma("speak"))]),
    // Before a number, "about" makes it approximate: the count opens the content.
    one(
        "The budget office said about half of the cuts reflected lost revenue.",
        claim().source("The budget office").content(&["about half of the cuts reflected lost revenue"]),
    ),
    one("Officials said about 20 people had died.", claim().content(&["about 20 people had died"])),
    // An adjunct, then a that-clause after the cue.
    one(
        "On Thursday night, Jane Roe told the audience at his fundraiser that the talks had failed.",
        claim().content(&["the talks had failed"]),
    ),
    // A day after the cue, with its preposition or modifier, is an adjunct before a content without "that".
    one(
        "Jane Roe said on Thursday he had hand-delivered the letter.",
        claim().content(&["he had hand-delivered the letter"]),
    ),
    one("Jane Roe said last week the talks had stalled.", claim().content(&["the talks had stalled"])),
    // A cue word after a determiner is a noun of the adjunct, which ends no adjunct.
    one("Jane Roe said in a tweet that the vote was rigged.", claim().content(&["the vote was rigged"])),
    // An aside between commas after the cue is skipped.
    one(
        "Jane Roe also said, without evidence, that the talks had stalled.",
        claim().content(&["the talks had stalled"]),
    ),
    one(
        "Jane Roe said, in an interview, \"The talks have stalled.\"",
        claim().content(&["The talks have stalled."]).kind(ClaimKind::Direct),
    ),
    // A comma that ends the sentence's clause is no aside: "C, X said, adding D" keeps its shape.
    some("The talks stalled, Jane Roe said, and the envoys left.", &[Nth(0, claim().content(&["The talks stalled"]))]),
    // Adjuncts up to a colon belong to the cue.
    one(
        "Jane Roe said of the latest request: \"The inquiry resolved all of this.\"",
        claim().content(&["The inquiry resolved all of this."]).kind(ClaimKind::Direct),
    ),
    // A quotation in the next paragraph is taken once.
    one(
        "Jane Roe wrote after the raid:\n\n\"The government has done almost nothing.\"",
        claim().content(&["The government has done almost nothing."]),
    ),
    // "she said:" at the end of a paragraph takes the next one.
    one("In a speech last July, Jane Roe said:\nWe will not give up.", claim().content(&["We will not give up"])),
    // Issuing a statement is a cue.
    one(
        "Jane Roe issued the following statement:\n\n\u{201c}Our prayers are with them.\u{201d}",
        claim().content(&["Our prayers are with them."]).kind(ClaimKind::Direct),
    ),
    // A verb that no lexicon lists is a cue before a that-clause.
    one("Jane Roe maintains that the plan failed.", claim().lemma("maintains").first("the plan failed")),
    none("It is clear that the plan failed."),
    // A capitalised compound adjective before a plural is no source of it.
    one(
        "Pocket-sized devices that play video are set to have a big year, according to industry experts.",
        claim().lemma("according to").source("industry experts"),
    ),
    // A bare noun of attitude and its preposition join the cue.
    one("Jane Roe voiced concerns about the plan.", claim().content(&["the plan"])),
    one("Jane Roe expressed strong support for the plan.", claim().content(&["the plan"])),
    // Responsibility claimed is what was claimed (the seed's convention); a determined noun is part of
    // what was said.
    one("The group claimed responsibility for the attack.", claim().content(&["responsibility for the attack"])),
    one("Jane Roe reiterated her support for the plan.", claim().content(&["her support for the plan"])),
    // "find" attributes only a clause.
    one("The poll found that Jane Roe would win.", claim().content(&["Jane Roe would win"])),
    one(
        "Party officials found they could no longer defend her.",
        claim().content(&["they could no longer defend her"]),
    ),
    none("Jane Roe could still find a way to the nomination."),
    none("Obama found himself in an awkward position."),
    // An opening participle of a channel with only its adjuncts says nothing; its medium is the next cue's.
    one(
        "Writing on Facebook, the mayor said power had been restored.",
        claim().lemma("say").medium("Facebook").first("power had been restored"),
    ),
    one("Posting on X, the minister said the talks had failed.", claim().lemma("say").medium("X")),
    // A participle whose preposition opens its object still reports.
    claims("Responding to the report, Jane Roe said it was false.", 2, &[Nth(0, claim().lemma("respond"))]),
    // "continue" reports only what follows a comma, a colon or a quotation.
    none("Jane Roe continued the work until June."),
    // The cue's adjuncts alone are no content.
    none("Jane Roe released a statement through the SFX Sports Group with the news but did not give a reason."),
    none("The aid was similar to the cash offered to Central America after the storm."),
    none("Jane Roe continued campaigning with the mayor."),
    one("Jane Roe continued, \"We will not stop.\"", claim().content(&["We will not stop."])),
];

#[test]
fn table() {
    check(ROWS);
}
