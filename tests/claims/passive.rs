//! Passives, raising and impersonal forms (`src/claims/passive.rs`): "is expected to C", "It was announced
//! that C", "X seems to C". Their source is not in the text.

use super::*;

const ROWS: &[Row] = &[
    // The agent may be two joined by "and".
    one(
        "The plan was criticised by Jane Roe and Jon Doe.",
        claim().source("Jane Roe and Jon Doe").content(&["The plan"]),
    ),
    // The passive with an infinitive: the subject and the infinitive are the content.
    one(
        "Many voters are expected to stay home on Tuesday.",
        claim().source_kind(SourceKind::None).content(&["Many voters", "to stay home on Tuesday"]),
    ),
    one("Jane Roe is expected to win the primary.", claim().spans(2).no_source()),
    one(
        "The bank, which cut rates in 2008, is expected to act in December.",
        claim().content(&["The bank, which cut rates in 2008", "to act in December"]),
    ),
    one("He met Jane Roe, who is expected to run.", claim().source_kind(SourceKind::None).content(&["who", "to run"])),
    // The subject of a passive verb of praise or blame is what is praised or blamed, not who.
    none("The application was rejected after an arduous interview process."),
    none("Jane Roe has been criticised for her stance."),
    // Nor is the subject of a passive verb of saying its source; an impersonal "it" opens a clause with or
    // without "that", or follows the content.
    none("The compensation package will be announced in the new year."),
    none("It is called \"podcasting\"."),
    one(
        "Later it was revealed he had failed a drug test.",
        claim().no_source().content(&["he had failed a drug test"]),
    ),
    one(
        "China lent Russia $6bn, it was confirmed on Wednesday.",
        claim().no_source().content(&["China lent Russia $6bn"]),
    ),
    one(
        "The route followed an old road, it is said, and the locals knew it.",
        claim().no_source().first("The route followed an old road"),
    ),
    // A phrasal verb's participle makes its passive ("was ruled out"); a participle of feeling is an
    // adjective, and its subject the one who feels ("is worried about").
    none("Jane Roe has been ruled out for a month after an injury."),
    // An irregular participle of a cue verb makes its passive too.
    none("The film was never shown in any cinema in Austria."),
    // "to" before a determiner or a name is a preposition, not an infinitive's.
    none("Three new categories have been added to the list this year."),
    one("Jane Roe is also worried about the new tariffs.", claim().source("Jane Roe").content(&["the new tariffs"])),
    // The agent of a passive is its source, and the subject of a participle after it.
    one("The plan was rejected by voters.", claim().source("voters").content(&["The plan"])),
    one(
        "Jane Roe has been criticized by her rivals for failing to campaign in the state.",
        claim().source("her rivals").content(&["Jane Roe", "for failing to campaign in the state"]),
    ),
    claims(
        "The bill was backed by some firms, saying they needed its protections.",
        2,
        &[Nth(1, claim().source("some firms").content(&["they needed its protections"]))],
    ),
    // It ends like an impression.
    one(
        "The final closing of the plant is expected to happen in May, with hundreds of jobs lost.",
        claim().content(&["The final closing of the plant", "to happen in May"]).no_source(),
    ),
    // A subject that opens a subordinate clause ends its content at the comma.
    claims(
        "While the mayor is expected to win easily, the council race is open.",
        1,
        &[Nth(0, claim().content(&["the mayor", "to win easily"]))],
    ),
    // Without a comma the content runs on.
    one(
        "The mayor is expected to sign the measure and the council to follow.",
        claim().content(&["The mayor", "to sign the measure and the council to follow"]),
    ),
    // The impersonal passive, also after an adjunct.
    one(
        "It is widely believed that the deal will hold.",
        claim().source_kind(SourceKind::None).first("the deal will hold"),
    ),
    one(
        "It was announced on Monday that the plant would close.",
        claim().no_source().content(&["the plant would close"]),
    ),
    // Not a stance: a passive with no complement, an active forecast.
    none("Jane Roe is considered a frontrunner."),
    none("Jane Roe expects a long night."),
    // "expect" is an active stance, but "expected" alone is an adjective.
    one("Jane Roe expects rates to rise next year.", claim().first("rates to rise next year").source("Jane Roe")),
    none("Thousands of visitors expected this summer will strain the roads."),
    // What seems is the writer's impression.
    one(
        "Jane Roe seems to regret the vote.",
        claim().source_kind(SourceKind::None).lemma("seem").content(&["Jane Roe", "to regret the vote"]),
    ),
    one("The old coalition appeared ready to split.", claim().content(&["The old coalition", "ready to split"])),
    one("It appears that the deal failed.", claim().source_kind(SourceKind::None).first("the deal failed")),
    // Appearing somewhere, or a relative clause, is no impression to read.
    none("Jane Roe appeared on television on Monday."),
    none("Jane Roe appeared Monday at a rally."),
    none("The questions that seemed fair were dropped."),
    // What seems ends where the writer goes on.
    one(
        "Jane Roe seemed to agree: at one point the shares rose sharply.",
        claim().content(&["Jane Roe", "to agree"]).no_source(),
    ),
    one(
        "The mayor appeared to dismiss the report in October, when the council met.",
        claim().content(&["The mayor", "to dismiss the report in October"]),
    ),
    one(
        "The council seems to be moving on \u{2014} the vote is next week.",
        claim().content(&["The council", "to be moving on"]),
    ),
    // A comma alone does not end it.
    one(
        "The mayor seemed ready to come on board, bringing a deal.",
        claim().content(&["The mayor", "ready to come on board, bringing a deal"]),
    ),
    // The subject of "seems" keeps its prepositional phrases and relatives.
    one(
        "The character of the race appeared to change over the weekend.",
        claim().content(&["The character of the race", "to change over the weekend"]),
    ),
    one(
        "She met the voters, who seemed to be confused by the ballot.",
        claim().content(&["who", "to be confused by the ballot"]),
    ),
    // "that" may be a conjunction: no subject is read.
    none("The thing that seemed odd was the hour."),
];

#[test]
fn table() {
    check(ROWS);
}
