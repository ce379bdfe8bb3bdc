//! The cue after its content (`src/claims/postposed.rs`): "C, X said.", "C, said X.", `"A," X said, "B."`.

use super::*;

const ROWS: &[Row] = &[
    // A sentence that opens with a name and its appositive has its subject before the cue: no inversion.
    one(
        "Jane Roe's former campaign manager, John Smith, said the aide who succeeded him, Paul Doe, should be fired.",
        claim()
            .source("Jane Roe's former campaign manager, John Smith")
            .content(&["the aide who succeeded him, Paul Doe, should be fired"]),
    ),
    // Not a sentence that opens with a word capitalised only there, nor an aside with a verb of its own.
    one(
        "Currently, a project can take up to three months, said Mr Dean.",
        claim().source("Mr Dean").content(&["Currently, a project can take up to three months"]),
    ),
    one(
        "Salah Roe and his wife Sahar, son Ghassan and Reem had been traveling together, wrote his nephew, Osman Roe, on Facebook.",
        claim().source("his nephew, Osman Roe"),
    ),
    // After an inverted role, the name of its holder between commas is the source's.
    one(
        "\"We will not give up,\" said the group's leader, Jon Doe, in an audio message.",
        claim().source("the group's leader, Jon Doe").speaker("Jon Doe"),
    ),
    // A day after the cue is when it was said, not who said it.
    one(
        "\"We will win,\" Jane Roe, D-Mass., said Tuesday.",
        claim().source("Jane Roe, D-Mass.").content(&["We will win"]),
    ),
    one(
        "\u{201c}The talks will resume in June,\u{201d} Matthew Miller said.",
        claim()
            .content(&["The talks will resume in June"])
            .kind(ClaimKind::Direct)
            .speaker("Matthew Miller")
            .lemma("say"),
    ),
    // A quotation of the source's own words before it is the content.
    one("\"We will win,\" Jane Roe said.", claim().content(&["We will win"])),
    // Interrupted by its cue, a quotation has two spans.
    claims(
        "Jane Roe said the vote was over. \"We will win,\" she said, \"and we will win soon.\"",
        2,
        &[Nth(
            1,
            claim()
                .content(&["We will win", "and we will win soon."])
                .source_kind(SourceKind::Pronoun)
                .speaker("Jane Roe"),
        )],
    ),
    one(
        "The bridge will reopen on Friday, officials said.",
        claim().first("The bridge will reopen on Friday").source("officials"),
    ),
    one("Turnout will be low, analysts say; in 2012 it was high.", claim().content(&["Turnout will be low"])),
    // A pronoun's postposed "said" after a claim that opens the sentence repeats that claim.
    one(
        "Jane Roe said that the campaign has \"guiding principles to make decisions,\" she said.",
        claim().source("Jane Roe").content(&["the campaign has \"guiding principles to make decisions,\""]),
    ),
    // Not after a claim whose source it cannot stand for, nor when a named source reports that claim.
    claims(
        "Opinion polls suggested that the idea had the backing of the public, he said.",
        1,
        &[Nth(0, claim().source("he"))],
    ),
    one(
        "The campaign said that the candidate will attend events in Kansas, CNN reported.",
        claim().source("CNN").content(&["The campaign said that the candidate will attend events in Kansas"]),
    ),
    // Of two claims whose contents hold each other's cue, the saying is the outer claim, or else the
    // first: the other cue is part of what it says.
    one(
        "The United States would not tolerate that from any other country, she said.",
        claim()
            .lemma("say")
            .source("she")
            .content(&["The United States would not tolerate that from any other country"]),
    ),
    one(
        "Jane Roe said the minister had given the \"most damaging testimony\" she could remember.",
        claim()
            .lemma("say")
            .source("Jane Roe")
            .content(&["the minister had given the \"most damaging testimony\" she could remember"]),
    ),
    // A content cut after an auxiliary, or after its opening word alone, goes on after the inverted source,
    // which has no appositive then.
    one(
        "Ultimately, there will be, says Jane Roe, no value in being computer illiterate.",
        claim().source("Jane Roe").content(&["Ultimately, there will be", "no value in being computer illiterate"]),
    ),
    one(
        "Often, said Jane Roe, the data was lost in the move.",
        claim().source("Jane Roe").content(&["Often", "the data was lost in the move"]),
    ),
    // A sentence wholly inside a parenthesis is read as any other.
    one(
        "There are no guarantees. (The French, it turns out, are big fans of the show, Jane Roe said.) But there are no plans.",
        claim().source("Jane Roe").content(&["The French, it turns out, are big fans of the show"]),
    ),
    // A parenthesis holds a postposed claim of its own.
    one(
        "Her ratings (at one point as low as 19%, Jane Roe says) hurt her husband.",
        claim().content(&["at one point as low as 19%"]).source("Jane Roe"),
    ),
    // Inverted sources, with a relative clause and at the sentence's start.
    one(
        "The bridge will reopen on Friday, said State Department spokesperson Matthew Miller.",
        claim()
            .content(&["The bridge will reopen on Friday"])
            .source("State Department spokesperson Matthew Miller")
            .speaker("Matthew Miller"),
    ),
    one(
        "The tax will pass, said a handful of Democrats who back the bill.",
        claim().source("a handful of Democrats who back the bill").first("The tax will pass"),
    ),
    one(
        "Said Jane Roe, who grew up there, \u{201c}We were all so proud.\u{201d}",
        claim()
            .source("Jane Roe, who grew up there")
            .first("We were all so proud.")
            .speaker("Jane Roe")
            .kind(ClaimKind::Direct),
    ),
    // A finite verb after the phrase that follows the cue makes it the content's subject: the quotation
    // before the cue is the aside's, and the source the name before it.
    one(
        "Mr. Manafort, citing \"the unique magic of Trump,\" said the candidate could win in several states.",
        claim().source("Mr. Manafort").content(&["the candidate could win in several states"]),
    ),
    // A sentence that opens with a cue and no source after it is no claim.
    none("Said to be ill, the minister stayed home."),
    // An inverted source may be any noun after a determiner.
    // The appositive after an inverted name may open with a possessive, as with a determiner.
    one(
        "The approach works, said Katie Harbath, Facebook's politics director.",
        claim().source("Katie Harbath, Facebook's politics director").content(&["The approach works"]),
    ),
    one("\u{201c}They will find a way,\u{201d} wrote one commenter.", claim().source("one commenter")),
    // A work's title in quotation marks after "of" or "by" is the appositive's.
    one(
        "\"Manners matter,\" said Jane Roe, the author of \"Destiny and Power,\" a biography of the president.",
        claim()
            .source("Jane Roe, the author of \"Destiny and Power,\" a biography of the president")
            .content(&["Manners matter"]),
    ),
    // A participle after an inverted source shares it; an appositive before the participle ends at its comma.
    some(
        "\"It is bad,\" said spokesman John Kirby, referring to the plan.",
        &[Lemma("refer to", claim().source("spokesman John Kirby").content(&["the plan"]))],
    ),
    some(
        "\"It is bad,\" said Jane Roe, a former governor, referring to the plan.",
        &[
            Lemma("say", claim().source("Jane Roe, a former governor")),
            Lemma("refer to", claim().source("Jane Roe, a former governor")),
        ],
    ),
    // A quantifier's "of" phrase is part of the inverted source it opens.
    one("\"There is no path,\" said one of those advisers.", claim().source("one of those advisers")),
    one("\"We will win,\" said some of them.", claim().source("some of them").content(&["We will win"])),
    // Without a determiner, an unknown lowercase word is no source.
    some("\u{201c}They will find a way,\u{201d} wrote commenters online.", &[No(claim().source("commenters online"))]),
    // A time phrase after a postposed cue is the cue's.
    one(
        "Turnout fell sharply, the Times reported late Thursday.",
        claim().first("Turnout fell sharply").source("the Times"),
    ),
    one("Turnout fell sharply, the Times reported ten days ago.", claim().content(&["Turnout fell sharply"])),
    // A content after the cue is still read.
    one("The Times reported turnout fell.", claim().content(&["turnout fell"])),
    // With no that-clause, an adjunct ends a postposed claim.
    one("The talks had failed, Jane Roe said at a fundraiser.", claim().content(&["The talks had failed"])),
    // A verb of saying also takes an adjunct of place or channel: where it was said from.
    one(
        "Still, the clubs are scratching out a profit, Jane Roe said from her office in Orlando.",
        claim().content(&["Still, the clubs are scratching out a profit"]).source("Jane Roe"),
    ),
    // An opening scene before the source is no content...
    one(
        "As boos erupt from the crowd, the executive says, \"Please quiet down.\"",
        claim().first("Please quiet down.").kind(ClaimKind::Direct),
    ),
    // So is an opening phrase of place, time or occasion before a quotation.
    one(
        "In a statement on Thursday, the executive said, \"We will appeal.\"",
        claim().content(&["We will appeal."]).source("the executive"),
    ),
    one("Last week, Jane Roe said, \"We will win.\"", claim().content(&["We will win."])),
    // A word of degree or measure may come before the scene's opener.
    one(
        "Soon after the mayor was booed at a breakfast, Jane Roe said, \"It is time to end her career.\"",
        claim().content(&["It is time to end her career."]).source("Jane Roe"),
    ),
    one(
        "Days before the vote, the executive said, \"We will appeal.\"",
        claim().content(&["We will appeal."]).source("the executive"),
    ),
    // ...but without the subordinator the words before the source are.
    one("The plan, the executive says, \"will fail.\"", claim().content(&["The plan", "will fail."])),
    // A postposed cue ends its continuation like any content.
    one(
        "Despite the expansion, Jane Roe noted, the budget will sink to 1 percent, which is low.",
        claim().content(&["Despite the expansion", "the budget will sink to 1 percent"]),
    ),
    // A subject in -ing is no participle.
    one(
        "Despite the expansion, Jane Roe noted, spending will sink to 1 percent.",
        claim().content(&["Despite the expansion", "spending will sink to 1 percent"]),
    ),
    // The second part: after an adjunct of the cue, a quotation or a that-clause goes on with the content.
    one(
        "\"We will win,\" Jane Roe said of the race, \"because the voters are with us.\"",
        claim().content(&["We will win", "because the voters are with us."]),
    ),
    one(
        "It matters, Jane Roe said in an interview, that the mayor listens.",
        claim().content(&["It matters", "the mayor listens"]),
    ),
    // A quotation straight after the cue, with no comma.
    one(
        "\"We will win,\" Jane Roe said \"The voters are with us.\"",
        claim().content(&["We will win", "The voters are with us."]),
    ),
    // A quotation that a conjunction joins, a that-clause after a quotation, a reason.
    one(
        "\"We will win,\" she said, and \"the voters know it.\"",
        claim().content(&["We will win", "and \"the voters know it.\""]),
    ),
    one(
        "\"It is a shame,\" Jane Roe said, that the plant closed.",
        claim().content(&["It is a shame", "the plant closed"]),
    ),
    one(
        "It was too late, Jane Roe said, because the polls had closed.",
        claim().content(&["It was too late", "because the polls had closed"]),
    ),
    // An expletive subject opens the second part as a pronoun does.
    one(
        "When she got inside, Jane Roe said, there were no ballots.",
        claim().content(&["When she got inside", "there were no ballots"]),
    ),
    one(
        "In contrast, Jane Roe said, there seem to be more voters who think so.",
        claim().content(&["In contrast", "there seem to be more voters who think so"]),
    ),
    one("But, the mayor added, it's not the way to win.", claim().content(&["But", "it's not the way to win"])),
    // No second part: a title after the cue, a concession, the writer's clause after an adjunct, a
    // relative clause's quotation.
    one("\"We will win,\" Jane Roe said on \"Meet the Press\" on Sunday.", claim().content(&["We will win"])),
    one("\"We will win,\" Jane Roe said \"Today\" on Sunday.", claim().content(&["We will win"])),
    one("It was too late, Jane Roe said, although the polls were open.", claim().content(&["It was too late"])),
    one("It was late, Jane Roe said on Monday, as the rain fell.", claim().content(&["It was late"])),
    some(
        "\"We will win,\" said Jane Roe, who thinks voters \"want a change.\"",
        &[Nth(0, claim().content(&["We will win"]))],
    ),
    // A long adjunct of the cue before the second quotation...
    some(
        "\"We will win,\" Jane Roe wrote in a statement to the press explaining why she is speaking at the \
         convention, \"but the race is close.\"",
        &[Nth(0, claim().content(&["We will win", "but the race is close."]))],
    ),
    // ...is bounded: a clause of twenty words before the comma is no adjunct of the cue.
    one(
        "\"We will win,\" Jane Roe wrote in a long statement to the press from the bus on the way to the big \
         hall in the old part of the city, \"but the race is close.\"",
        claim().content(&["We will win"]),
    ),
    // An unlisted past verb after an opening quotation is its cue.
    one(
        "\u{201c}Go back to the studio,\u{201d} Jane Roe barked, and walked away.",
        claim().lemma("barked").kind(ClaimKind::Direct).speaker("Jane Roe").content(&["Go back to the studio"]),
    ),
    // A quotation that is a title, before a verb that is no speech, is no claim.
    none("\u{201c}Hamlet\u{201d} opened in May."),
    none("\u{201c}Go back,\u{201d} Jane Roe walked the dog."),
];

#[test]
fn table() {
    check(ROWS);
}
