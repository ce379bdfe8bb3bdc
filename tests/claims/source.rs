//! Source phrases (`src/claims/source.rs`, and the noun phrases of `src/claims/phrase.rs`): the words
//! before a cue that name who speaks, with the asides a source takes.

use super::*;

const ROWS: &[Row] = &[
    // A preposition that opens the sentence, capitalised, heads no source.
    none("Despite complaints that it distorts democracy, the party kept the system."),
    // An opening participle after a preposition takes the sentence's subject.
    some(
        "Besides attacking the president, Jane Roe praised the crowd.",
        &[No(claim().source("Besides")), Lemma("attack", claim().source("Jane Roe").content(&["the president"]))],
    ),
    // A quoted title in apposition, its comma inside the marks, is part of the aside the source takes.
    one(
        "Sam Solovey, a contestant on the show, \"The Apprentice,\" said his boss was kind.",
        claim().source("Sam Solovey, a contestant on the show, \"The Apprentice,\"").content(&["his boss was kind"]),
    ),
    one(
        "Sam Solovey, a contestant on the show, \"The Apprentice,\" who went on to work for Trump, said he was kind.",
        claim().source("Sam Solovey, a contestant on the show, \"The Apprentice,\" who went on to work for Trump"),
    ),
    // A place and its region after a preposition are one object inside the aside, as is a list of names.
    one(
        "Jane Roe, who lost her daughter in Aurora, Colorado, in July 2012, said the senator was rude.",
        claim().source("Jane Roe, who lost her daughter in Aurora, Colorado, in July 2012").speaker("Jane Roe"),
    ),
    one(
        "Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said the rules were unlawful.",
        claim()
            .source("Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell")
            .content(&["the rules were unlawful"]),
    ),
    // Quantifiers and plural nouns are sources.
    one("Several said they would vote.", claim().source("Several")),
    // A relative clause with "whose" after the source noun is the source's, as one with "who" is.
    one(
        "The officials whose laws were struck down said the change had come.",
        claim().source("The officials whose laws were struck down").content(&["the change had come"]),
    ),
    // A count ("eight in 10") before a noun phrase is part of it.
    one(
        "Nearly eight in 10 Democratic voters said they had made up their minds.",
        claim().source("Nearly eight in 10 Democratic voters"),
    ),
    one("Two in three said they were tired.", claim().source("Two in three")),
    one("More than 4 in 10 said the economy was weak.", claim().source("More than 4 in 10")),
    // So are the words that limit or round a count ("only", "just", "about", "over").
    one("Only three senators said the bill would pass.", claim().source("Only three senators")),
    one("About 300 fans said the club was lost.", claim().source("About 300 fans")),
    one("Just over a quarter said they were undecided.", claim().source("Just over a quarter")),
    one("Almost half said they wanted a nominee from outside.", claim().source("Almost half")),
    one("Three-fourths say the government should act.", claim().source("Three-fourths")),
    one("Social conservatives say the bills are necessary.", claim().source("Social conservatives")),
    // A poll's participle or a scope after the phrase narrows whom it counts.
    one(
        "Some 56 percent of Cuban-Americans polled said they were less likely to vote.",
        claim().source("Some 56 percent of Cuban-Americans polled").content(&["they were less likely to vote"]),
    ),
    one("58 percent of voters overall said they were undecided.", claim().source("58 percent of voters overall")),
    one("Those polled said they were undecided.", claim().source("Those polled")),
    // The people of a market are anonymous sources, wherever they are.
    one(
        "Traders in Tokyo said the yen had weakened.",
        claim().source("Traders in Tokyo").no_speaker().content(&["the yen had weakened"]),
    ),
    one("One London-based broker said the bid would fail.", claim().source("One London-based broker").no_speaker()),
    claims(
        "One says the plan works, while another says it fails.",
        2,
        &[Nth(0, claim().source("One")), Nth(1, claim().source("another"))],
    ),
    // A floated quantifier after a name or a plural.
    one("Jane Roe and Matthew Miller both condemned the plan.", claim().source("Jane Roe and Matthew Miller both")),
    one("Establishment figures both suggested the party should unite.", claim().source("Establishment figures both")),
    // An article before a number or a quantifier belongs to the source.
    one("The two senators said the bill would pass.", claim().source("The two senators")),
    one("His many critics say he is wrong.", claim().source("His many critics")),
    // A quantifier before a noun, or after a determiner, is no source.
    none("Her five proposed bills failed."),
    none("She leads in both pledged delegates and votes."),
    none("Many reports were false."),
    // A possessive in -s' opens the source as one in -'s does; a closing quotation mark is no possessive.
    one("Samuel Voss’ campaign says it raised $2 million.", claim().source("Samuel Voss’ campaign")),
    one("The Joneses' lawyer said the case was closed.", claim().source("The Joneses' lawyer")),
    some("He called it \u{2018}fake news\u{2019} and critics said it was false.", &[Last(claim().source("critics"))]),
    // A participle after a source noun.
    one(
        "A new poll released on Tuesday showed Jane Roe with a lead.",
        claim().source("A new poll released").first("Jane Roe with a lead"),
    ),
    one("Exit polling shows she won.", claim().source("Exit polling")),
    // An intensifier, and coordinated sources.
    one("Jane Roe herself said Tuesday that the talks failed.", claim().source("Jane Roe herself").speaker("Jane Roe")),
    // A quantifier's "of" phrase before an appositive is the source's own, no aside's object; its
    // plural role makes the name after it the speaker.
    one(
        "Nevertheless, one of the deputies, Mahendra Siregar, said the plan would go ahead.",
        claim().source("one of the deputies, Mahendra Siregar").speaker("Mahendra Siregar"),
    ),
    // A pronoun takes no appositive: the aside after it is the writer's.
    some(
        "Robin Cook said voters were fed up. He, like Mr Kennedy, pointed to the marches against the war.",
        &[Lemma("point to", claim().source("He").speaker("Robin Cook"))],
    ),
    // An ampersand between capitalised words is inside a name.
    one(
        "The insurance broker Marsh & McLennan said it would pay.",
        claim().source("The insurance broker Marsh & McLennan"),
    ),
    // An adverb of place between a source and its cue says where the source is.
    one("Officials there said the road was closed.", claim().source("Officials").content(&["the road was closed"])),
    one("The talks failed, union members and leaders say.", claim().source("union members and leaders")),
    one("It is about audiences, he and Jane Roe said.", claim().source("he and Jane Roe")),
    // A discourse adverbial between commas is no part of the source; an appositive is.
    one("Jane Roe, meanwhile, said the plan would fail.", claim().source("Jane Roe").speaker("Jane Roe")),
    // A short parenthesis after a name read forwards (a party and state, an acronym) is part of it.
    one(
        "\"We will win,\" said Sen. Jane Roe (D-Conn.), who voted against it.",
        claim().source("Sen. Jane Roe (D-Conn.), who voted against it").speaker("Jane Roe"),
    ),
    one(
        "The economy grew by 3% in 2004, says the Office for National Statistics (ONS).",
        claim().source("the Office for National Statistics (ONS)").content(&["The economy grew by 3% in 2004"]),
    ),
    one("Jane Roe, for one, said the plan would fail.", claim().source("Jane Roe")),
    // A preposition before a possessive that points back to the subject, or "with" before a bare noun,
    // opens an adjunct of the clause; "with" before a body's name opens an aside of the name's.
    one("Jane Roe, to her credit, said the plan would fail.", claim().source("Jane Roe")),
    one("Judge Jane Roe, in her dissent, wrote that the law was void.", claim().source("Judge Jane Roe")),
    one("Jane Roe, with unconcealed delight, said the plan would fail.", claim().source("Jane Roe")),
    one(
        "Jane Roe, with the Brookings Institution, said the plan would fail.",
        claim().source("Jane Roe, with the Brookings Institution"),
    ),
    one("The two lawmakers, for their part, argued that it failed.", claim().source("The two lawmakers")),
    one("Jane Roe, a spokeswoman, said the plan would fail.", claim().source("Jane Roe, a spokeswoman")),
    // A name's possessive determines a noun that heads no source by itself.
    one("Trump's letter said the plant would close.", claim().source("Trump's letter")),
    one("Bernie Sanders\u{2019} email said the plant would close.", claim().source("Bernie Sanders\u{2019} email")),
    one("Europe's biggest drugmaker says a recovery is on the way.", claim().source("Europe's biggest drugmaker")),
    // An appositive whose comma sits inside the quoted phrase that ends it.
    one(
        "Jane Roe, a \"rising star,\" argued the plan would fail.",
        claim().source("Jane Roe, a \"rising star,\"").content(&["the plan would fail"]),
    ),
    // A list of names or plurals; an opening phrase before a comma is not one of them.
    one(
        "Ben Carson, Ted Cruz and Rand Paul have said the program is a mistake.",
        claim().source("Ben Carson, Ted Cruz and Rand Paul"),
    ),
    one("Friends, lobbyists and former foes said he was right.", claim().source("Friends, lobbyists and former foes")),
    one("In Washington, Smith and Jones said the plan would fail.", claim().source("Smith and Jones")),
    one("On Monday, Smith and Jones said the plan would fail.", claim().source("Smith and Jones")),
    // The first conjunct must be a phrase of its own, not the end of a clause.
    some("Voters want jobs and officials said it is hard.", &[Last(claim().source("officials"))]),
    // A capitalised determiner inside a name.
    one(
        "\u{201c}It was the first time,\u{201d} CBS This Morning co-anchor Jane Roe said.",
        claim().source("CBS This Morning co-anchor Jane Roe"),
    ),
    // A source noun keeps its prepositional phrase.
    one(
        "The talks will resume, a source close to him said.",
        claim().source("a source close to him").source_kind(SourceKind::Anonymous),
    ),
    one(
        "A spokesman for the State Department said the talks would resume.",
        claim().source("A spokesman for the State Department").source_kind(SourceKind::Anonymous).no_speaker(),
    ),
    // A capitalised particle before a capitalised word opens a name; "For" is no particle.
    one("Al Gore said the vote was rigged.", claim().source("Al Gore")),
    one("For Jane Roe, who has called for reform, the vote was a struggle.", claim().source("Jane Roe")),
    // "To" before a name or a determiner is the noun's; before a verb, an infinitive's.
    one(
        "Aides to Mr. Roe said the talks would resume.",
        claim().source("Aides to Mr. Roe").source_kind(SourceKind::Anonymous).no_speaker(),
    ),
    one("An adviser to the campaign said the talks would resume.", claim().source("An adviser to the campaign")),
    one(
        "He invited senators and representatives to showcase what his aides say is progress.",
        claim().source("his aides"),
    ),
    one(
        "Officials familiar with the talks said they would resume.",
        claim().source("Officials familiar with the talks"),
    ),
    // An "of" phrase after a source noun, when its noun phrase runs up to the cue.
    one("Supporters of the bill say it will pass.", claim().source("Supporters of the bill")),
    one("The head of the agency said the plan failed.", claim().source("The head of the agency")),
    one("Critics of the plan say it is costly.", claim().source("Critics of the plan")),
    // A modal that is a name where no modal can stand: after a first name or a title, before "said".
    one("Theresa May said the deal was done.", claim().source("Theresa May").lemma("say")),
    one("Mrs May told MPs the deal was done.", claim().source("Mrs May")),
    one("The deal is done, May said.", claim().source("May").content(&["The deal is done"])),
    one("Talks began in May and some lawmakers said the deal was done.", claim().source("some lawmakers")),
    // "Will" before a surname that ends the name is a first name, opening the text too; not in a question.
    one("\"It is costly,\" said Will Doyle, a professor.", claim().source("Will Doyle, a professor")),
    one("Will Doyle said the plan is costly.", claim().source("Will Doyle")),
    none("Will Doyle say the plan is costly?"),
    // And after a name, a quantifier or a number.
    one(
        "Tom Brown of the Brookings Institution said the plan would fail.",
        claim().source("Tom Brown of the Brookings Institution"),
    ),
    one("But most of the candidates say the plan is costly.", claim().source("most of the candidates")),
    one("In the survey, 50 of the officers said they want a raise.", claim().source("50 of the officers")),
    // A restrictive relative clause belongs to the source; the relative clause's own claim ends where the
    // source does.
    some(
        "Voters who backed the mayor in 2016 say the talks should resume.",
        &[
            Lemma("say", claim().source("Voters who backed the mayor in 2016").content(&["the talks should resume"])),
            Lemma("back", claim().source("Voters").content(&["the mayor in 2016"])),
        ],
    ),
    // Across a quotation the walk stops: the quotation is not the source.
    one("\u{201c}Voters in Iowa are with us,\u{201d} Jane Roe said.", claim().source("Jane Roe")),
    // A participle after a plural belongs to the source.
    claims(
        "Activists trying to block the merger say they are winning.",
        1,
        &[Nth(0, claim().source("Activists trying to block the merger"))],
    ),
    // A participle that is a cue of its own still has its claim, which ends where the source does.
    some(
        "Senators supporting the bill have said they will win.",
        &[Lemma("say", claim().source("Senators supporting the bill").content(&["they will win"]))],
    ),
    // A family member after a possessive name is a source, as any source noun is.
    one(
        "Jane Roe's husband said the strike was right.",
        claim().source("Jane Roe's husband").first("the strike was right").no_speaker(),
    ),
    one("Roe's daughters told reporters that she was innocent.", claim().source("Roe's daughters")),
    one("Roe's wives said the will was forged.", claim().source("Roe's wives")),
    // An aside of the occasion or the medium between the source and its cue is no part of the source.
    one(
        "The ministry, in a statement released on Thursday, said the drones had been shot down.",
        claim().source("The ministry").first("the drones had been shot down"),
    ),
    one("The senator, on Twitter, said the vote was rigged.", claim().source("The senator")),
    // Military ranks are titles of the source, and their abbreviations end no sentence.
    one(
        "Brig. Gen. Jane Roe told reporters that the base was safe.",
        claim().source("Brig. Gen. Jane Roe").first("the base was safe"),
    ),
    // A source never reaches into the sentence before.
    one(
        "Officials who spoke to Reuters were brief. A militia group claimed the attack.",
        claim().source("A militia group"),
    ),
    // Appositives and relative clauses between commas, past an age or a place.
    one(
        "Jane Roe, a leader of the \"Free Voice\" movement, said the vote was rigged.",
        claim().speaker("Jane Roe").source_containing("movement"),
    ),
    one(
        "Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.",
        claim()
            .source("Sen. Rob Portman (R-Ohio), another vulnerable incumbent")
            .content(&["he had not thought about it"]),
    ),
    one(
        "Jane Roe, 58, who lives nearby, says she did not know much.",
        claim().source("Jane Roe, 58, who lives nearby").speaker("Jane Roe"),
    ),
    one(
        "Jane Roe, of Iowa, a swing state, said the hearing would not happen.",
        claim().source("Jane Roe, of Iowa, a swing state").speaker("Jane Roe"),
    ),
    // A description after a name's comma is its first aside; a capital that only opens the sentence is
    // no name.
    one(
        "Jane Roe, research director for Acme Metrics, a consulting firm, said prices would rise.",
        claim().source("Jane Roe, research director for Acme Metrics, a consulting firm").speaker("Jane Roe"),
    ),
    one(
        "Separately, the largest delivery company, Acme Freight, said it had placed an order.",
        claim().source("the largest delivery company, Acme Freight"),
    ),
    // A title's -ing word is part of the title, not a participle that ends the phrase ("including" is none).
    one(
        "Atletico sporting director Toni Munoz said they would sign him.",
        claim().source("Atletico sporting director Toni Munoz"),
    ),
    one("It means including people who have said they would vote.", claim().source("people")),
    // A quantifier's article, percentage and count modifiers; a quantifier before a determiner.
    one("A majority of her backers say she should stay.", claim().source("A majority of her backers")),
    one("Nearly a third of voters say she should stay.", claim().source("Nearly a third of voters")),
    one("Two other emails show that she knew.", claim().source("Two other emails")),
    one("All the senators said the vote was rigged.", claim().source("All the senators")),
    // A role that opens the sentence before a name's comma goes with the source; so does the role whose
    // object the name before the aside is. A predicate after the name is no aside.
    one(
        "Nevada's governor, Jane Roe, a Republican, said the plan was bad.",
        claim().source("Nevada's governor, Jane Roe, a Republican").speaker("Jane Roe"),
    ),
    one(
        "The leader of the Acme League, Jane Roe, warned that the plan was bad.",
        claim().source("The leader of the Acme League, Jane Roe").speaker("Jane Roe"),
    ),
    one(
        "Two other directors, Jane Roe and John Doe, remain defendants in the lawsuit, said the newspaper.",
        claim().source("the newspaper"),
    ),
    // A participle right before the head is an adjective after an article or a quantifier; not after
    // a pronoun "this", nor before a first name.
    one("Some undecided conservatives think the plan is bad.", claim().source("Some undecided conservatives")),
    one("This angered voters who said the plan was bad.", claim().source("voters")),
    one("After the ruling Jane Roe said the plan was bad.", claim().source("Jane Roe")),
    // A quantifier's postmodifier says among whom; a count's "in" says no such thing.
    one("Many in the crowd said the plan was bad.", claim().source("Many in the crowd")),
    // An adverb in -ly before a name is the clause's; an adjective in -ly is the phrase's.
    one("But ultimately Jane Roe thinks the plan is bad.", claim().source("Jane Roe")),
    one("Most likely Republican voters think the plan is bad.", claim().source("Most likely Republican voters")),
    // "which" opens an aside after a name or a source noun.
    one(
        "Executives for the Ministry of Finance, which earned $30 billion last year, say costs will fall.",
        claim().speaker("Ministry of Finance"),
    ),
    one(
        "The company, which is based in Ohio, said in a filing that profits fell.",
        claim().source("The company, which is based in Ohio").first("profits fell"),
    ),
    // An aside between dashes.
    one(
        "A former candidate -- Jane Roe, who lost in 2008 -- said the vote was rigged.",
        claim().source("A former candidate -- Jane Roe, who lost in 2008").first("the vote was rigged"),
    ),
    one(
        "Matthew Miller \u{2014} after a long pause \u{2014} told reporters the talks had failed.",
        claim().source("Matthew Miller \u{2014} after a long pause"),
    ),
    none("He struggles with a basic task - bragging - conceding that he is shy."),
    // After an inverted cue inside the sentence, the appositive ends at the verb...
    one(
        "The economy, said Jane Roe, a historian at the library, is strong.",
        claim().source("Jane Roe, a historian at the library").content(&["The economy", "is strong"]),
    ),
    // ...and at the end of the sentence it runs to its end.
    one(
        "The economy is strong, said Jane Roe, a historian at the library.",
        claim().source("Jane Roe, a historian at the library"),
    ),
];

#[test]
fn table() {
    check(ROWS);
}
