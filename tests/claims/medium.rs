//! The medium (`src/claims/medium.rs`): the hearer and the channel between a cue and its content.

use super::*;

const ROWS: &[Row] = &[
    // "to" before a verb and its object is an infinitive's, not a preposition of the cue's adjuncts.
    one("Jane Roe vowed to defeat Trump.", claim().lemma("vow").content(&["to defeat Trump"])),
    one(
        "In the short term, Republican senators have vowed to block Mr. Obama's nominee.",
        claim().source("Republican senators").content(&["to block Mr. Obama's nominee"]),
    ),
    one("Jane Roe said to senior officials that it was over.", claim().content(&["it was over"])),
    // A hearer may be a show's quoted title.
    one(
        "Jane Roe told \"Fox and Friends\" that she would win.",
        claim().content(&["she would win"]).source("Jane Roe"),
    ),
    // Who quoted a source is the medium; "as saying" goes on with the cue.
    one(
        "Jane Roe was quoted by Reuters as saying that the talks had failed.",
        claim().source("Jane Roe").medium("Reuters").first("the talks had failed").lemma("quote"),
    ),
    one(
        "\"We have no money,\" Jane Roe is quoted as saying.",
        claim().source("Jane Roe").first("We have no money").kind(ClaimKind::Direct).lemma("quote"),
    ),
    // An aside of the medium between the source and the cue.
    one(
        "Jane Roe, in an interview with Reuters, said the law was flawed.",
        claim().source("Jane Roe").medium("Reuters").first("the law was flawed"),
    ),
    one("Jane Roe told Reuters that the vote was rigged.", claim().medium("Reuters").first("the vote was rigged")),
    // Hearers joined by "and" are one hearer, and a cue-like word in it is none.
    one(
        "Jane Roe told Reuters and CNN on Monday that the vote was rigged.",
        claim().medium("Reuters and CNN").first("the vote was rigged"),
    ),
    one(
        "Jane Roe told voters and Twitter followers that the vote was rigged.",
        claim().source("Jane Roe").first("the vote was rigged"),
    ),
    one("The talks resumed on Monday, announced Jane Roe via the X platform.", claim().medium("the X platform")),
    // After "according to", the medium the source spoke to.
    one(
        "Two drones struck the base, according to military sources who spoke to Reuters on Tuesday.",
        claim().source("military sources").medium("Reuters"),
    ),
    // Before a comma and a quotation, an adjunct's object may be any noun.
    one(
        "Jane Roe said at a news conference, \"That is a tough negotiation.\"",
        claim().source("Jane Roe").content(&["That is a tough negotiation."]).kind(ClaimKind::Direct),
    ),
    one(
        "Jane Roe said after a long meeting with the rebels: \"The talks have failed.\"",
        claim().source("Jane Roe").content(&["The talks have failed."]).kind(ClaimKind::Direct),
    ),
    // A subject pronoun after the adjuncts opens the content, unless a "that" follows (then it opens a
    // relative clause of the adjunct's) or "this" stood before no word of time.
    one(
        "In an interview, Jane Roe said on Thursday he had delivered a letter to the attorney general.",
        claim().source("Jane Roe").content(&["he had delivered a letter to the attorney general"]),
    ),
    one(
        "Microsoft said in a statement it is investigating the attack.",
        claim().source("Microsoft").content(&["it is investigating the attack"]),
    ),
    one(
        "Jane Roe said in a statement she released on Monday that the campaign was over.",
        claim().source("Jane Roe").content(&["the campaign was over"]),
    ),
    one(
        "Health officials said this meant they would be left without care.",
        claim().content(&["this meant they would be left without care"]),
    ),
    // Not before a comma without a quotation.
    none("As Jane Roe joked with a friend at the table, her brother grew impatient."),
    // A hearer that is not a medium is no medium.
    one("Jane Roe told reporters that the vote was rigged.", claim().no_medium()),
    // A capitalised "Today" inside the hearer's name is no time ("told reporters today that" is one).
    one(
        "Jane Roe told BBC Radio 4's Today programme that the vote was rigged.",
        claim().medium("BBC Radio 4's Today programme").first("the vote was rigged"),
    ),
    // So is a capitalised determiner after a capitalised word.
    one(
        "Jane Roe told BBC Radio Five Live that the vote was rigged.",
        claim().medium("BBC Radio Five Live").first("the vote was rigged"),
    ),
    // A participle of publishing goes on with the adjunct.
    one(
        "Jane Roe said in a statement posted on the X platform that the vote was rigged.",
        claim().medium("the X platform").first("the vote was rigged"),
    ),
    // A cue among the words between a cue and its content is no claim of its own.
    one(
        "Jane Roe told Congress this week that the vote was rigged.",
        claim().source("Jane Roe").first("the vote was rigged"),
    ),
    // A capitalised particle opens the hearer's name ("Al", "De"), as it opens a source's.
    one(
        "Jane Roe told Al Jazeera that the vote was rigged.",
        claim().medium("Al Jazeera").first("the vote was rigged"),
    ),
    // A channel in an adjunct that opens the sentence, before the source.
    one("In an interview with Reuters, Jane Roe said the vote was rigged.", claim().medium("Reuters")),
    one("Speaking on the X platform, Jane Roe said the vote was rigged.", claim().medium("the X platform")),
    one("On Twitter, Jane Roe said the vote was rigged.", claim().medium("Twitter")),
    // One after the cue comes first; an opening adjunct that names no medium gives none.
    one("In an interview with Reuters, Jane Roe said on Twitter that the vote was rigged.", claim().medium("Twitter")),
    one("Speaking to reporters, Jane Roe said the vote was rigged.", claim().no_medium()),
    one("On Tuesday, Jane Roe said the vote was rigged.", claim().no_medium()),
    one("In Budapest, Jane Roe said the vote was rigged.", claim().no_medium()),
    // The opening adjunct of a content before its cue is the content's.
    one("On Twitter, the vote was rigged, Jane Roe said.", claim().no_medium()),
];

#[test]
fn table() {
    check(ROWS);
}

/// A place or people named inside a medium's name is not the medium: only a media entity, or a mention
/// that ends the medium's words, links it.
#[test]
fn a_place_inside_a_mediums_name_is_not_its_entity() {
    let extractor = Extractor::new(Gazetteer::builder().with_default(true).build().unwrap()).unwrap();
    let medium = |text: &str| {
        let doc = extractor.extract(text);
        let c = doc.claims.first().unwrap_or_else(|| panic!("no claim in {text}"));
        (c.medium_text.map(str::to_string), c.medium_entity_id.map(str::to_string))
    };
    let pair = |text: &str, id: Option<&str>| (Some(text.to_string()), id.map(str::to_string));
    assert_eq!(medium("Jane Roe told Reuters that the vote was rigged."), pair("Reuters", Some("media:reuters")));
    assert_eq!(
        medium("Jane Roe told the New York Daily News that the vote was rigged."),
        pair("the New York Daily News", None)
    );
    assert_eq!(
        medium("Jane Roe told Britain’s ITV television that the vote was rigged."),
        pair("Britain’s ITV television", None)
    );
}
