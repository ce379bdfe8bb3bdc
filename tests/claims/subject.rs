//! The subject of a verb cue (`src/claims/subject.rs`): the sentence's subject that a participle or a
//! coordinated verb shares, an infinitive's subject, and the participle that only names.

use super::*;

const ROWS: &[Row] = &[
    // Two joined by "and" are one subject when the verb follows them ("Jon Doe (R-S.C) sent" is not).
    one(
        "Jane Roe and Jon Doe campaigned hard in Ohio, hoping to win the state.",
        claim().lemma("hope").source("Jane Roe and Jon Doe").speaker("Jane Roe and Jon Doe"),
    ),
    one(
        "Also Monday, Jane Roe and Committee Chairman Jon Doe (R-S.C) sent a letter to Comey, seeking more answers.",
        claim().lemma("seek").source("Jane Roe"),
    ),
    // Participles take their sentence's subject.
    one("Noting the cost of the war, Jane Roe left the room.", claim().first("the cost of the war").source("Jane Roe")),
    one(
        "Jane Roe left the meeting on Monday, saying it would hurt families.",
        claim().first("it would hurt families").source("Jane Roe"),
    ),
    one(
        "Jane Roe, a longtime liberal, lashed out on Monday, telling reporters that words matter.",
        claim().source("Jane Roe, a longtime liberal").first("words matter"),
    ),
    one(
        "And even Jane Roe left early, noting that the vote was over.",
        claim().source("Jane Roe").first("the vote was over"),
    ),
    one(
        "Jane Roe used the phrase \"king of debt,\" noting that the debt would grow.",
        claim().lemma("note").first("the debt would grow"),
    ),
    // A possessive noun phrase before a comma is the subject, with its appositive, not an introduction.
    one(
        "Roe's lawyer, Jon Doe, hurled the kitchen sink, accusing the court of bias.",
        claim().source("Roe's lawyer, Jon Doe").first("the court of bias"),
    ),
    // A phrasal participle, and no subject in it.
    one("Jane Roe left early, referring to the new tax.", claim().lemma("refer to").source("Jane Roe")),
    // After a postposed cue the participle has its own content.
    claims(
        "\"That is the question,\" Jane Roe said, noting she would vote.",
        2,
        &[Nth(1, claim().source("Jane Roe").first("she would vote"))],
    ),
    // A participle with no subject to take is no claim.
    none("After saying nothing for days."),
    // "There's" is no one to borrow a participle's source from.
    some("There's a long line at the rally, chanting outside.", &[No(claim().source("There's"))]),
    // An opening participle clause, or a long prepositional phrase, leaves the subject after its comma.
    claims(
        "Despite challenging the leader, Jane Roe said she would work with him.",
        2,
        &[Nth(0, claim().source("Jane Roe")), Nth(1, claim().source("Jane Roe"))],
    ),
    some(
        "Standing before a large crowd in Ohio, Jane Roe read the names, insisting they were heroes.",
        &[Lemma("insist", claim().source("Jane Roe"))],
    ),
    one(
        "Outside the arena in downtown Washington, protesters gathered, chanting \"Dump the plan.\"",
        claim().source("protesters"),
    ),
    // So does an opening clause of a past participle of questioning.
    some(
        "Asked on Monday whether her husband would hold a cabinet post, Jane Roe shook her head and said, \"No.\"",
        &[Lemma("say", claim().source("Jane Roe"))],
    ),
    // Such an introduction may hold commas of its own: a place and its region, a time.
    one(
        "At a campaign event in Ames, Iowa, on Sunday, Jane Roe tried again, saying that the plan would work.",
        claim().source("Jane Roe").content(&["the plan would work"]),
    ),
    // A name of two words before the first comma is the subject, with its appositive; not an introduction.
    one(
        "Jane P. Roe, the presumptive nominee, left the room, threatening to quit.",
        claim().source("Jane P. Roe, the presumptive nominee").content(&["to quit"]),
    ),
    one("Last Tuesday, the mayor left, saying he was tired.", claim().source("the mayor")),
    // An opening subordinate clause, with a subject and a verb of its own, may run longer.
    one(
        "As she arrived at the court in the capital on Monday, Jane Roe greeted reporters, saying she trusted the judges.",
        claim().source("Jane Roe").content(&["she trusted the judges"]),
    ),
    one(
        "Absent a strong defense of these programs, average voters may listen and conclude that they failed.",
        claim().source("average voters").content(&["they failed"]),
    ),
    one(
        "By the end of the day, Jane Roe went home and said that her words had been misconstrued.",
        claim().source("Jane Roe").content(&["her words had been misconstrued"]),
    ),
    // A coordinated verb after its occasion shares the sentence's subject too.
    some(
        "The employee first denied it, but in a later interview said he had deleted the archive.",
        &[Lemma("say", claim().source("The employee").content(&["he had deleted the archive"]))],
    ),
    // A claim inside another lends its source to no later coordinated verb: the sentence's subject does.
    some(
        "Jane Roe did say she found the mayor charming and called his plan a disgrace.",
        &[Lemma("call", claim().source("Jane Roe"))],
    ),
    // An infinitive cue takes its subject, unless a verb hands it to an object; the subject it borrows
    // ends before the verb.
    some(
        "Jane Roe flew to Iraq before heading to Germany to discuss security.",
        &[Lemma("discuss", claim().speaker("Jane Roe"))],
    ),
    one("The violence led Matthew Miller to announce a halt.", claim().speaker("Matthew Miller").lemma("announce")),
    one("Jane Roe went to Ohio to say the ruling was wrong.", claim().source("Jane Roe")),
    // A time before the cue is no source: the sentence's subject is, or there is no claim.
    one("Her closest allies have in the past said she would run.", claim().source("Her closest allies")),
    one("Jane Roe did not at any time Thursday mention the donation.", claim().source("Jane Roe")),
    // Nor is the occasion between the source and the cue, and a participle after it names nothing.
    one("Jane Roe in an interview said the plan would fail.", claim().source("Jane Roe").first("the plan would fail")),
    one(
        "Jane Roe in her speech called the plan a disaster.",
        claim().source("Jane Roe").first("the plan a disaster").lemma("call"),
    ),
    one("A mayor who was at the event has defended the plan.", claim().source("A mayor who was at the event")),
    none("In the past said nothing."),
    // "called" that names is no claim.
    none("An anti-war group called Ginbot 7 is recruiting."),
    none("They closed the tax loophole called an inversion."),
    none("She is the founder of a Facebook group called Occupy DNC."),
    one("Jane Roe called the plan \"a disgrace.\"", claim().content(&["the plan \"a disgrace.\""])),
    one("Officials called the plan a disgrace.", claim().source("Officials")),
];

#[test]
fn table() {
    check(ROWS);
}
