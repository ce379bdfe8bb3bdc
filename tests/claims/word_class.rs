//! Word class (`src/claims/word_class.rs`): whether a cue form is a verb here, or a noun or an adjective
//! that shares its spelling and gives no claim; and how far a verb cue reaches left.

use super::*;

const ROWS: &[Row] = &[
    // Not claims: names, titles, a cue form with no verb reading.
    none("Members of the \"Free Voice\" movement marched through the city."),
    none("The so-called \"reform\" passed on Monday."),
    none("The paper attempted to contact Jane Roe but received no immediate response."),
    none("Attempts to reach the ministry did not elicit a reply."),
    none("The report was published on Monday."),
    none("\"Nobody said anything,\" the sign read."),
    none("The State Department issued a new passport rule."),
    // "thanks to" is a preposition, "because of"; the verb still thanks.
    none("The economy weathered the crisis thanks to surging energy prices."),
    none("Ben Carson briefly led Iowa polls thanks to evangelical support."),
    one("Jane Roe thanks her staff for their work.", claim().source("Jane Roe").lemma("thank")),
    // In a title-case headline, a capitalised cue is a verb.
    one("Jane Roe Says The Deal Is Dead\nThe talks ended.", claim().source("Jane Roe").first("The Deal Is Dead")),
    // A form that nouns share stays a noun, and outside a headline a capitalised cue is part of a name.
    none("Terror Suspect Named By Police Before Briefing"),
    none("Highway Warning Sign Shocks Local Drivers"),
    none("He joined the Tribune Says column last year."),
    // A base form after a noun or a possessive is a noun.
    none("Jane Roe is a host on the radio show \"Generations.\""),
    none("She spoke during a taping of her show in Buffalo."),
    none("Valdez Anderson spoke on a media call set up by labor unions."),
    // A subject with a number, a participle or an object pronoun before the verb, or a clause after it.
    claims("About 4 in 10 say they want a change.", 1, &[]),
    claims("Those surveyed say stricter laws would help.", 1, &[]),
    claims("Many on the island believe that relief is possible.", 1, &[]),
    // A noun-like cue is a verb after an auxiliary, a subject or before an infinitive.
    one("Jane Roe would support a ban on assault weapons.", claim().first("a ban on assault weapons").lemma("support")),
    one("Jane Roe plans to run for governor.", claim().content(&["to run for governor"])),
    one("Some Democrats fear that turnout will fall.", claim().first("turnout will fall").source("Some Democrats")),
    // A base form after a word that could modify a noun is a verb before a clause, whose pronoun may carry
    // its auxiliary ("say they'll", "know he'll").
    one("Fans who came to watch say they'll vote for Jane Roe.", claim().first("they'll vote for Jane Roe")),
    one("Fans who came to watch say they will vote for Jane Roe.", claim().first("they will vote for Jane Roe")),
    // After a plural noun of people, before a name, a determiner or a pronoun.
    one("Officials fear Europe is drifting apart.", claim().first("Europe is drifting apart").source("Officials")),
    one("Most voters support the ban.", claim().first("the ban").source("Most voters").lemma("support")),
    none("The speeches offer a preview of the debate."),
    // As nouns they neither attribute nor end another claim's content.
    none("His plans to run were rejected."),
    none("Trump support is strong in rural counties."),
    one(
        "Jane Roe said she was proud and the support of her colleagues mattered.",
        claim().content(&["she was proud and the support of her colleagues mattered"]),
    ),
    // A plural cue form after a possessive is a noun.
    some("Jane Roe was scathing in her speech and his remarks, threatening nobody.", &[No(claim().lemma("remark"))]),
    // The verb after a subject is still a cue.
    one("Jane Roe remarks that the talks stalled.", claim().lemma("remark")),
    // A participle between a preposition and a plural is an adjective.
    none("The count is a combination of pledged delegates and others."),
    // After a subject it is the verb.
    one("Jane Roe pledged delegates to the mayor.", claim().lemma("pledge")),
    // A participle between a possessive and a noun is an adjective.
    none("The senator got his favored provision into the bill."),
    // A noun after a possessive may be a source of its own.
    one("Her lawyer said the bill passed.", claim().source("Her lawyer")),
    // A cue form before a verb of its own is a noun.
    none("The strong jobs report has cleared the way for a rate rise."),
    // Not in a relative clause before its gap, nor after a pronoun.
    one(
        "The plant faces a strike that the owners say will hurt earnings.",
        claim().source("the owners").content(&["will hurt earnings"]),
    ),
    // A cue form after a word of broadcasting is a noun.
    none("She starred in the reality TV show \"The Apprentice.\""),
    none("Television shows and movies addressing the crisis multiplied."),
    // Only a base or third-person form: a past form after one is a verb.
    one("In a statement, the network said that the description was false.", claim().source("the network")),
    // A broadcaster's name before the verb is its subject.
    one("The Times reports that the talks failed.", claim().lemma("report")),
    // A plural after a determiner, a number or a name, before "that", is a noun.
    none("Samoa is one of five U.S. territories that cast votes in primaries."),
    none("The only winners were the ones that stuck with the party."),
    // An unlisted verb after its subject still reports a that-clause.
    one("Jane Roe acknowledges that the talks failed.", claim().content(&["the talks failed"])),
    // A form a noun shares, right before a verb of saying, is that verb's subject.
    one(
        "\"Lisbon is about everything,\" the Kok report said.",
        claim().source("the Kok report").content(&["Lisbon is about everything"]).lemma("say"),
    ),
    one("Past budget office forecasts said there would be a shortfall.", claim().lemma("say")),
    // A verb cue reaches left over adverbs, floating quantifiers and words of time.
    one("Jane Roe at the time said she would pay the fees.", claim().source("Jane Roe")),
    one("The U.S. media has always claimed to be unbiased.", claim().source("The U.S. media")),
    one("The senators have both urged the mogul to release the tapes.", claim().source("The senators")),
    one(
        "The State Department less than two weeks ago said for the first time that the server was hacked.",
        claim().source("The State Department").content(&["the server was hacked"]),
    ),
    // An adverb in -ly, but not a noun in -ly.
    one("Jane Roe repeatedly said the vote was rigged.", claim().source("Jane Roe")),
    one("The organizer of the rally said the rules were bad.", claim().source("The organizer of the rally")),
    // "at the time" that is not between a source and its cue stays in the content.
    one("Jane Roe said she was at the time a member.", claim().content(&["she was at the time a member"])),
    // A participle after a message that a verb of publishing takes reaches back to that verb: one claim,
    // whose source is the verb's subject and whose content follows the participle.
    one(
        "The company issued a statement saying it would appeal the ruling.",
        claim().source("The company").content(&["it would appeal the ruling"]).lemma("say"),
    ),
    one("Jane Roe sent out a letter this week urging Congress to act.", claim().source("Jane Roe").lemma("urge")),
    one(
        "His campaign sent a text message to supporters saying the race was close.",
        claim().source("His campaign").content(&["the race was close"]),
    ),
    // No inverted source after a comma: the cue holds its object.
    one(
        "On Wednesday, a group of experts issued an open letter calling Roe unfit for office.",
        claim().source("a group of experts").content(&["Roe unfit for office"]),
    ),
];

#[test]
fn table() {
    check(ROWS);
}
