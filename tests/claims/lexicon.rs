//! The cue verbs of the lexicon (`src/lexicon/verbs.rs`): each read with its lemma in its forms and with
//! the complement it takes, the senses that are no cue, and the words a user adds.

use super::*;

const ROWS: &[Row] = &[
    // A mixed quotation and stance cues.
    one(
        "A ministry official did not rule out the possibility of an \"early election.\"",
        claim().kind(ClaimKind::Mixed).lemma("rule out").source_kind(SourceKind::Anonymous),
    ),
    one("A local militia has claimed responsibility for the attack.", claim().lemma("claim")),
    one("The government denied that troops had crossed the border.", claim().lemma("deny")),
    one("Analysts warned that prices would rise.", claim().lemma("warn")),
    one("Jane Roe believes the deal can be saved.", claim().lemma("believe")),
    one("The study found that turnout fell.", claim().lemma("find")),
    one("The survey shows that voters are tired.", claim().lemma("show")),
    one("The union wants a new contract.", claim().lemma("want")),
    one("The council considers the group a threat.", claim().lemma("consider")),
    // Verbs of intention, knowledge and support.
    one("The ministry declined to comment.", claim().lemma("decline").first("to comment")),
    one("Jane Roe refused to disavow the group.", claim().lemma("refuse").first("to disavow the group")),
    one("The senator pledged to fight the bill.", claim().lemma("pledge").first("to fight the bill")),
    one("Jane Roe knew that the vote was rigged.", claim().lemma("know").first("the vote was rigged")),
    one("Jane Roe backed the mayor in the primary.", claim().lemma("back").first("the mayor in the primary")),
    one("The union proposed a four-day week.", claim().lemma("propose").first("a four-day week")),
    // Phrasal cues.
    one("Jane Roe pointed to the rising cost of food.", claim().lemma("point to").first("the rising cost of food")),
    one("Jane Roe agreed with the mayor on Monday.", claim().lemma("agree with").first("the mayor")),
    one("Jane Roe warned of a long winter.", claim().lemma("warn of").first("a long winter")),
    one("Jane Roe made it clear that she would stay.", claim().lemma("make it clear").first("she would stay")),
    none("She talked for an hour."),
    // Other senses: knowing a person, a count of pledged delegates.
    none("Jane Roe knew him well."),
    none("Jane Roe found a way to win."),
    // A clause without "that": a noun phrase and a finite verb.
    one(
        "Jane Roe realized the race would go on for months.",
        claim().lemma("realize").content(&["the race would go on for months"]),
    ),
    // The noun phrase may take a superlative and prepositional phrases.
    one(
        "The commission found the most common approach around the world is for the ages to match.",
        claim().lemma("find").content(&["the most common approach around the world is for the ages to match"]),
    ),
    // Not an infinitive, a subordinate clause or a relative clause inside it.
    none("The report is understood to have been leaked."),
    none("Most readers find a site they can trust and stick with it."),
    none("Jane Roe knew people who were scared."),
    none("She leads by 300 pledged delegates."),
    // A verb that doubles its final consonant is a cue in every form.
    one(
        "Jane Roe slammed the new tariffs in an interview.",
        claim().content(&["the new tariffs"]).source("Jane Roe").lemma("slam"),
    ),
    one("Jane Roe preferred to wait for the final count.", claim().content(&["to wait for the final count"])),
    // The participle as an adjective after a determiner is no cue.
    none("The planned merger of the two firms was called off."),
    // Verbs of saying, wishing and expressing.
    one(
        "\"We will not back down,\" the statement read.",
        claim().content(&["We will not back down"]).source("the statement").lemma("read"),
    ),
    one("Jane Roe would like to run for governor.", claim().content(&["to run for governor"])),
    one("Jane Roe expressed concern about the new tariffs.", claim().first("the new tariffs").lemma("express")),
    one("Jane Roe railed against the new tariffs.", claim().content(&["the new tariffs"])),
    // The nouns these verbs share are no cues.
    none("The offer expired on Friday."),
    none("A reference to the law was removed."),
    none("Advocates for stem cell research met on Monday."),
    // Verbs of judgement, support and dismissal, each beside a sense that is no cue.
    one("Jane Roe knocked the senator for his vote on trade.", claim().source("Jane Roe").lemma("knock")),
    none("The storm knocked out power."),
    one("Jane Roe shared her doubts about the deal.", claim().content(&["her doubts about the deal"]).lemma("share")),
    one("Jane Roe shared her concerns about the plan.", claim().content(&["her concerns about the plan"])),
    // "share" reports only an attitude.
    none("The senator shared a meal with voters."),
    none("The company's shares fell."),
    one("Jane Roe lists three reasons the plan will fail.", claim().source("Jane Roe").lemma("list")),
    none("The list of donors was long."),
    one(
        "Jane Roe opened up about her struggles with the party.",
        claim().content(&["her struggles with the party"]).lemma("open up about"),
    ),
    none("The store opened up a new branch."),
    // "pressed" takes a hearer before its infinitive.
    one("Jane Roe pressed the mayor to resign.", claim().source("Jane Roe").lemma("press")),
    none("Officials pressed on with the plan."),
    one("Jane Roe quoted the governor as saying the plan was dead.", claim().source("Jane Roe").lemma("quote")),
    // The noun is not a cue.
    none("Her quotes were printed on the front page."),
    one("Jane Roe signed a letter urging the council to act.", claim().source("Jane Roe").lemma("sign")),
    none("Signs of recovery were everywhere."),
    one("Jane Roe took issue with the ruling.", claim().content(&["the ruling"]).lemma("take issue with")),
    one("Jane Roe objected to the new rules.", claim().content(&["the new rules"]).lemma("object to")),
    none("The object to the left is a chair."),
    one("Jane Roe shrugged off questions about her health.", claim().source("Jane Roe").lemma("shrug off")),
    one("Jane Roe brushed off the criticism.", claim().content(&["the criticism"]).lemma("brush off")),
    none("She brushed the dust off her coat."),
    none("He shrugged and left."),
    one("Jane Roe embraced the plan.", claim().content(&["the plan"]).lemma("embrace")),
    none("The couple embraced."),
    one("Jane Roe framed the election as a choice between two futures.", claim().source("Jane Roe").lemma("frame")),
    none("The frame of the house was wooden."),
];

#[test]
fn table() {
    check(ROWS);
}

/// A user's cues, stance cues, source nouns and media nouns are read like the lexicon's.
#[test]
fn users_add_cues_and_source_nouns() {
    let x = Extractor::builder().cue("opine").source_noun("insider").build().unwrap();
    let text = "Insiders opined the merger would fail.";
    let doc = x.extract(text);
    assert_eq!(doc.claims.len(), 1);
    assert_eq!((doc.claims[0].cue_lemma, doc.claims[0].source_kind), ("opine", SourceKind::Anonymous));
    assert_eq!(EXTRACTOR.extract(text).claims.len(), 0);
    assert!(Extractor::builder().cue(" ").build().is_err());
    // A stance cue is read with its source before it, never inverted.
    let x = Extractor::builder().stance_cue("reckon").media_noun("newsletter").build().unwrap();
    assert_eq!(x.extract("Officials reckon the deal will hold.").claims[0].cue_lemma, "reckon");
    assert_eq!(x.extract("The deal will hold, reckoned officials.").claims.len(), 0);
    let doc = x.extract("Jane Roe told the newsletter that the deal will hold.");
    assert_eq!(doc.claims[0].medium_text, Some("the newsletter"));
}
