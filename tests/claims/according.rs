//! Credits in an adjunct (`src/claims/according.rs`): "According to X, C", "C, according to X", "As the
//! Times reported, C".

use super::*;

const ROWS: &[Row] = &[
    // A relative clause about the source is the source's, unless it holds the medium, a field of its own.
    one(
        "The plan was dropped, according to a senior official who spoke on the condition of anonymity.",
        claim().source("a senior official who spoke on the condition of anonymity").content(&["The plan was dropped"]),
    ),
    one(
        "According to officials who spoke on condition of anonymity, the plan was dropped.",
        claim().source("officials who spoke on condition of anonymity").content(&["the plan was dropped"]),
    ),
    one(
        "The plan was dropped, according to two people who spoke to Reuters.",
        claim().source("two people").medium("Reuters"),
    ),
    // ... and one between commas after an opening source; a count there is the content's.
    one(
        "According to Jane Roe, a spokeswoman, the court will grow.",
        claim().source("Jane Roe, a spokeswoman").content(&["the court will grow"]),
    ),
    one(
        "According to the study, more than 45 million people in the UK, Germany and Korea use a mobile.",
        claim().source("the study"),
    ),
    // An appositive after a trailing source that names a role is the source's; another is the content's.
    one(
        "The court has a heavy workload, according to Jane Roe, a spokeswoman for the court.",
        claim().source("Jane Roe, a spokeswoman for the court").content(&["The court has a heavy workload"]),
    ),
    // Inside a claim of a verb with a source, "according to" is part of what was said; opening the
    // sentence, it is the attribution.
    one(
        "The issue will be dealt with according to the law, Jane Roe said.",
        claim().lemma("say").source("Jane Roe").first("The issue will be dealt with according to the law"),
    ),
    one(
        "According to Labor Department figures, 157,000 new jobs were added last month.",
        claim().lemma("according to").first("157,000 new jobs were added last month"),
    ),
    // The source is also the medium.
    one(
        "According to Reuters, the bridge will reopen on Friday.",
        claim().content(&["the bridge will reopen on Friday"]).speaker("Reuters").medium("Reuters"),
    ),
    one(
        "The bridge will reopen on Friday, according to a security source.",
        claim().first("The bridge will reopen on Friday").source_kind(SourceKind::Anonymous).lemma("according to"),
    ),
    one("The talks will resume in June, according to Reuters.", claim().content(&["The talks will resume in June"])),
    // It opens a parenthesis or what follows a colon too, and a colon may end its source.
    one(
        "The park is busy. (According to the police, the gates close at ten.)",
        claim().content(&["the gates close at ten"]).source("the police"),
    ),
    one(
        "It has not gone unnoticed: According to recent polls, the mayor trails by ten points.",
        claim().content(&["the mayor trails by ten points"]).source("recent polls"),
    ),
    one(
        "According to the Herald: \"The mayor will resign.\"",
        claim().content(&["The mayor will resign."]).source("the Herald"),
    ),
    one(
        "In the words of one senior aide, the campaign is over.",
        claim().first("the campaign is over").source("one senior aide"),
    ),
    // In an aside, and around a clause.
    one(
        "The states (93 percent of voters there were white, according to exit polls) lean right.",
        claim().content(&["93 percent of voters there were white"]).source("exit polls"),
    ),
    one(
        "But, according to the poll, 46 percent of voters remain undecided.",
        claim().content(&["46 percent of voters remain undecided"]),
    ),
    one(
        "Turnout was higher than in 2008, when 42% voted, according to the Department of State.",
        claim().content(&["Turnout was higher than in 2008, when 42% voted"]),
    ),
    one(
        "One club was paid $29,715; another was paid $35,845, according to FEC records.",
        claim().content(&["One club was paid $29,715; another was paid $35,845"]),
    ),
    // A colon still opens the content.
    one("The verdict: turnout was low, according to FEC records.", claim().content(&["turnout was low"])),
    // It vouches for a trailing relative clause or "with" phrase.
    one(
        "The campaign can still close the gap in delegates, which stood at 263 on Tuesday, according to Reuters.",
        claim().content(&["which stood at 263 on Tuesday"]),
    ),
    // It stops at a spaced dash.
    some(
        "Most Americans - 63 percent, according to the report - still believe it.",
        &[Nth(0, claim().source("the report"))],
    ),
    // "as reported by" takes its source after it.
    one(
        "The plant will close in June, as reported by Reuters.",
        claim().first("The plant will close in June").source("Reuters").lemma("as reported by"),
    ),
    // A plain passive of "report" with no "as" is no source-after cue.
    some("The plant was reported by the owner.", &[No(claim().lemma("as reported by"))]),
    // An "as" clause reports the clause it is attached to.
    one(
        "As the Times reported, Jane Roe raised more than $1 million.",
        claim().source("the Times").content(&["Jane Roe raised more than $1 million"]),
    ),
    one("The talks failed, as Matthew Miller noted.", claim().speaker("Matthew Miller").content(&["The talks failed"])),
    // A temporal "as" clause with more than its source and cue reports nothing.
    some("The talks failed as Jane Roe noted the time.", &[No(claim().content(&["The talks failed"]))]),
    none("As Jane Roe walked in, the talks failed."),
    // "put it" reports only in an "as" clause, which a conjunction and its comma may open.
    one("As one aide put it, the campaign is over.", claim().source("one aide").content(&["the campaign is over"])),
    one(
        "Or, as Jane Roe put it: \"The talks are over.\"",
        claim().source("Jane Roe").content(&["The talks are over."]),
    ),
    none("She put it in writing."),
];

#[test]
fn table() {
    check(ROWS);
}
