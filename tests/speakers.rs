//! Speakers (issue 13): every claim's source resolved across the document to one person or
//! organisation, with a canonical name and, when the gazetteer has it, its entity. One table per family
//! of rules (`src/speakers/`), on sentences written for the test.

use gazette::{Document, Entity, Extractor, Gazetteer, SourceKind};

/// What the claim whose content starts with `content` should say of its speaker.
struct Row {
    text: &'static str,
    /// The first words of the claim's content.
    content: &'static str,
    /// The speaker's canonical name, or `None` for no one.
    speaker: Option<&'static str>,
    /// The speaker's entity (and the claim's `entity_id`).
    entity: Option<&'static str>,
}

const fn row(
    text: &'static str,
    content: &'static str,
    speaker: Option<&'static str>,
    entity: Option<&'static str>,
) -> Row {
    Row { text, content, speaker, entity }
}

/// A gazetteer with two people, four organisations, a country and a people, none of them by surname or
/// short form alone but "Fox".
fn extractor() -> Extractor {
    let gazetteer = Gazetteer::builder()
        .entity(Entity::new("jane_roe", "PERSON", "Jane Roe"))
        .entity(Entity::new("sam_voss", "PERSON", "Samuel Voss"))
        .entity(Entity::new("acme", "ORG", "Acme Industries"))
        .entity(Entity::new("roe_campaign", "ORG", "Roe for America").alias("Roe campaign"))
        .entity(Entity::new("daily_post", "MEDIA", "The Daily Post"))
        .entity(Entity::new("fox_news", "MEDIA", "Fox News").alias("Fox"))
        .entity(Entity::new("uk", "COUNTRY", "United Kingdom").alias("Britain"))
        .entity(Entity::new("japanese", "NORP", "Japanese"))
        .build()
        .unwrap();
    Extractor::new(gazetteer).unwrap()
}

fn check(rows: &[Row]) {
    let extractor = extractor();
    let mut wrong = Vec::new();
    for r in rows {
        let doc = extractor.extract(r.text);
        let claim = doc.claims.iter().find(|c| r.text[c.content[0].start..].starts_with(r.content));
        let Some(claim) = claim else {
            wrong.push(format!("{:?}: no claim whose content starts {:?}", r.text, r.content));
            continue;
        };
        let speaker = claim.speaker_id.map(|i| &doc.speakers[i]);
        let got = (speaker.map(|s| s.name), speaker.and_then(|s| s.entity_id), claim.entity_id, claim.speaker);
        let want = (r.speaker, r.entity, r.entity, r.speaker);
        if got != want {
            wrong.push(format!("{:?}\n  want (name, entity, entity_id, speaker) {want:?}\n  got {got:?}", r.text));
        }
    }
    assert!(wrong.is_empty(), "{} of {} rows failed:\n{}", wrong.len(), rows.len(), wrong.join("\n"));
}

/// `src/speakers/names.rs`.
#[test]
fn names() {
    check(&[
        // A title after a full name ends it; after one word or "the", it heads a description.
        row("Former welfare minister Frank Field MP said the plan was fair.", "the plan", Some("Frank Field"), None),
        row("Labour MP Jean Corston said the plan was fair.", "the plan", Some("Jean Corston"), None),
        row("The Salford MP said the plan was fair.", "the plan", None, None),
        // A word whose capital is only its sentence's opens no name...
        row("Rapper Eminem said the tour was over. The rapper left.", "the tour", Some("Eminem"), None),
        row("Angry Dunmore said the tour was over. He was angry.", "the tour", Some("Dunmore"), None),
        // ...but a first name or a particle does (and a word the text only writes capitalised: see
        // "Mohács Town Council").
        row("Rhys Williams said the tour was over. Rhys left.", "the tour", Some("Rhys Williams"), None),
        row("De Blasio said the tour was over. Mayor Bill de Blasio left.", "the tour", Some("De Blasio"), None),
        // A fuller form ends at a full stop that ends a sentence, not at an initial's.
        row(
            "Cyril Fletcher died. He worked for Channel TV. Fletcher said he had a fine life.",
            "he had",
            Some("Cyril Fletcher"),
            None,
        ),
        row("George H.W. Bush spoke. Later, Bush said the plan was fair.", "the plan", Some("George H.W. Bush"), None),
        // British titles without a period.
        row("Prof Etzioni said the plan was fair.", "the plan", Some("Etzioni"), None),
        row("GOP Rep Dunmore said the plan was fair.", "the plan", Some("Dunmore"), None),
        // A woman's title is not the man of that surname, nor he her.
        row(
            "Charles Kennedy spoke. Baroness Kennedy said the plan was fair. Mr Kennedy said the vote was rigged.",
            "the plan",
            Some("Kennedy"),
            None,
        ),
        row(
            "Charles Kennedy spoke. Baroness Kennedy said the plan was fair. Mr Kennedy said the vote was rigged.",
            "the vote",
            Some("Charles Kennedy"),
            None,
        ),
        // A gazetteer name after an affiliation's preposition is not the source either.
        row("Tom Brown of Acme Industries said the vote was rigged.", "the vote", Some("Tom Brown"), None),
        row("A spokesman for Acme Industries said the vote was rigged.", "the vote", None, None),
        row("Acme Industries said the vote was rigged.", "the vote", Some("Acme Industries"), Some("acme")),
        // A name after an affiliation's preposition is whose or where the speaker is.
        row("The vote was rigged, said Tom Brown of the Brookings Institution.", "The vote", Some("Tom Brown"), None),
        row(
            "The vote was rigged, said Tom Brown of the University of Texas School of Law.",
            "The vote",
            Some("Tom Brown"),
            None,
        ),
        row(
            "The vote was rigged, said Tom Brown of the firm's Belgian partner Keyobs.",
            "The vote",
            Some("Tom Brown"),
            None,
        ),
        row("The former chief executive of Hewlett-Packard said the vote was rigged.", "the vote", None, None),
        // A party's member, or a day, is no one's name.
        row("The South Carolina Republican said the vote was rigged.", "the vote", None, None),
        row("A poll released Wednesday said the vote was rigged.", "the vote", None, None),
        row("Republican Jane Roe said the vote was rigged.", "the vote", Some("Jane Roe"), Some("jane_roe")),
        row(
            "Republican Tom Brown and Democrat Mary Smith said the vote was rigged.",
            "the vote",
            Some("Republican Tom Brown and Democrat Mary Smith"),
            None,
        ),
        // An honorific and a surname: the gazetteer's only person with that surname.
        row("Mrs. Roe said the budget would pass.", "the budget", Some("Jane Roe"), Some("jane_roe")),
        row("Sen. Voss said the bill was dead.", "the bill", Some("Samuel Voss"), Some("sam_voss")),
        // An honorific's gender rules out a person whose first name says the other, in the gazetteer or the
        // text.
        row("Jane Roe spoke on Monday. Mr. Roe said the rally was full.", "the rally", Some("Roe"), None),
        row(
            "Katherine Poe testified. Michael Poe sang. Mr Poe said the rally was full.",
            "the rally",
            Some("Michael Poe"),
            None,
        ),
        row("Katherine Poe testified. Mr Poe said the rally was full.", "the rally", Some("Poe"), None),
        // A role noun is said of women too: no gender of its own.
        row(
            "Jane Roe spoke on Monday. Party chairman Roe said the rally was full.",
            "the rally",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        // A place or an organisation named right after a personal title is the person's name.
        row("Fox said the rally was full.", "the rally", Some("Fox News"), Some("fox_news")),
        row("Dr Fox said the rally was full.", "the rally", Some("Fox"), None),
        row("Mr. Fox said the rally was full.", "the rally", Some("Fox"), None),
        // Or after a first name: a person's surname.
        row("Liam Fox said the rally was full.", "the rally", Some("Liam Fox"), None),
        // A surname alone, as a source, too.
        row("Voss said the bill was dead.", "the bill", Some("Samuel Voss"), Some("sam_voss")),
        // The title first, then the name in apposition: named.
        row("A company spokesman, Jon Doe, said the plant would close.", "the plant", Some("Jon Doe"), None),
        // After a role, so is one whose first name says no gender.
        row("The party chairman, Kelly Doe, said the plant would close.", "the plant", Some("Kelly Doe"), None),
        row("Its chairman, Sir Kelly Doe, said the plant would close.", "the plant", Some("Kelly Doe"), None),
        // A capitalised role too, and one of several who hold it.
        row("The Higher Education Minister, Kelly Doe, said fees would rise.", "fees", Some("Kelly Doe"), None),
        row("One of the deputies, Mahendra Doe, said fees would rise.", "fees", Some("Mahendra Doe"), None),
        // The role's noun before an affiliation's preposition; a relative before a first name alone.
        row("The director of the film, Vinod Pande, said fees would rise.", "fees", Some("Vinod Pande"), None),
        row("Her father, Brad, 39, said fees would rise.", "fees", Some("Brad"), None),
        row("The relief coordinator, Mahendra Doe, said fees would rise.", "fees", Some("Mahendra Doe"), None),
        row("The minister, Jane Roe, said the budget would pass.", "the budget", Some("Jane Roe"), Some("jane_roe")),
        // An aside between spaced hyphens, as between dashes.
        row("Lord Fennell - a senior law lord - said the rules were unlawful.", "the rules", Some("Fennell"), None),
        // After a personal title, a surname alone.
        row("A spokesman for the firm, Dr Vanchesh, said the plant would close.", "the plant", Some("Vanchesh"), None),
        row("The bid chairman, Lord Vanchesh, said the plant would close.", "the plant", Some("Vanchesh"), None),
        // Titles are not part of the name.
        row("Former Gov. Martin Doe (R-Md.) said taxes would rise.", "taxes", Some("Martin Doe"), None),
        // A possessive or a title before the first name is not part of the name; a surname that is also
        // a title is still the surname.
        row("MSNBC's Helen Doe said the race was tight.", "the race", Some("Helen Doe"), None),
        row("County Recorder Helen Doe said the count was slow.", "the count", Some("Helen Doe"), None),
        row("Paul Singer said the fund would grow.", "the fund", Some("Paul Singer"), None),
        // A surname joins the fullest form of the name in the text, before or after.
        row(
            "Marković said the vote was close. Elena Marković had warned of it.",
            "the vote",
            Some("Elena Marković"),
            None,
        ),
        row(
            "Elena Marković spoke first. Later Marković said the vote was close.",
            "the vote",
            Some("Elena Marković"),
            None,
        ),
        // Surnames compare without case or diacritics, as text without accents writes them.
        row(
            "Elena Marković said the vote was close. Markovic said the count was slow.",
            "the count",
            Some("Elena Marković"),
            None,
        ),
        // A headline in capitals holds the name, not the headline's words before it.
        row(
            "Voters Turn On Elena Marković\nMarković said the vote was close.",
            "the vote",
            Some("Elena Marković"),
            None,
        ),
        // A family member is not the person whose possessive names them; a family noun with a capital is
        // part of a name.
        row("Jane Roe's husband said the strike was right.", "the strike", None, None),
        // A message's author is who said it: the name before the possessive, in the gazetteer or not.
        row("Jane Roe's statement said the strike was right.", "the strike", Some("Jane Roe"), Some("jane_roe")),
        row("Mr. Doe's latest email said the strike was right.", "the strike", Some("Doe"), None),
        row("Warner Brothers said the film would open in May.", "the film", Some("Warner Brothers"), None),
        // A name inside the affiliation of a role or a family noun is whose that person is...
        row("The widow of singer Jon Doe said the song was hers.", "the song", None, None),
        row("An adviser to President Jon Doe said the talks had failed.", "the talks", None, None),
        row("Supporters of Sen. Ann Poe said the vote was rigged.", "the vote", None, None),
        // ...but not the complement of a title, nor past another preposition.
        row("Director of rugby Jon Doe said the team was ready.", "the team", Some("Jon Doe"), None),
        row("An analysis of election data by Crowdpac found that turnout fell.", "turnout", Some("Crowdpac"), None),
        // A military rank before an appositive's name is a title, not part of the name.
        row(
            "A Pentagon spokesman, Maj. John Smith, said the strike was legal.",
            "the strike",
            Some("John Smith"),
            None,
        ),
        // A generational suffix ends a name, not its surname: "Jon Doe Jr." and "Mr. Doe" are one person,
        // in either order.
        row(
            "Jon Doe Jr. said the plan would work. Mr. Doe said the vote was close.",
            "the vote",
            Some("Jon Doe Jr."),
            None,
        ),
        row(
            "Mr. Doe said the plan would work. Jon Doe is a senator. Later Jon Doe Jr. said the vote was close.",
            "the vote",
            Some("Jon Doe"),
            None,
        ),
        // Anonymous sources stay no one's, capitalised or not.
        row("Officials said the road was closed.", "the road", None, None),
        row("A spokeswoman for Acme Industries said the plant was safe.", "the plant", None, None),
        row("Many said the plan was too costly.", "the plan", None, None),
        row("Democrats said the plan was too costly.", "the plan", None, None),
        // So does a people's or a faith's plural, beside its singular; but not a surname beside a first name.
        row("A Muslim charity met. Later, Muslims said the plan was too costly.", "the plan", None, None),
        row(
            "Jon Williams spoke. Later, Williams said the plan was too costly.",
            "the plan",
            Some("Jon Williams"),
            None,
        ),
        row("William Hague spoke. Later, Williams said the plan was too costly.", "the plan", Some("Williams"), None),
        // The person a source is close to, advises or speaks for is not the source.
        row("A friend of Jane Roe said the talks had failed.", "the talks", None, None),
        row("The MP for Hornsey and Wood Green said the talks had failed.", "the talks", None, None),
        row("\"The talks failed,\" said a spokesman for Jane Roe.", "The talks", None, None),
        row("\"The talks failed,\" said a longtime adviser to Jane Roe.", "The talks", None, None),
        // A capital that only opens the sentence: the text writes the word in lowercase too.
        row("Guests said the rooms were cold. The guests left early.", "the rooms", None, None),
        // A first name the table of first names lacks still makes the fuller form...
        row(
            "Mitt Romney spoke in Utah on Monday.\n\nThe crowd cheered. Romney said the party would win.",
            "the party",
            Some("Mitt Romney"),
            None,
        ),
        // ...but not a word the text also writes in lowercase, nor a headline's capitals.
        row(
            "The band played. Rocker Dunmore sang. The rocker left. Dunmore said the tour would go on.",
            "the tour",
            Some("Dunmore"),
            None,
        ),
        row("Classic Dunmore Returns Home\n\nDunmore said the tour would go on.", "the tour", Some("Dunmore"), None),
        // A plural that only opens its sentences is a common noun's too.
        row("Millennials say the rooms were cold. Prices rose.", "the rooms", None, None),
        row("Teenagers told the BBC the rooms were cold.", "the rooms", None, None),
        // Nor does its capital inside a longer name ("Trades Unions Congress").
        row(
            "Unions want the bank to pay. The Trades Unions Congress agreed, and the unions cheered.",
            "the bank",
            None,
            None,
        ),
        // A name in "s" that the text also writes where no sentence opens stays a name.
        row("Sanders said the rooms were cold. Voters like Sanders.", "the rooms", Some("Sanders"), None),
        // Nor after a title's period, which ends no sentence.
        row("Gov. Rose said the bill would pass. Prices rose.", "the bill", Some("Rose"), None),
        // Not when it also writes the capital where no sentence opens: a name, though a word too.
        row(
            "Orange said the network was fast. Shares in Orange rose, and orange juice fell.",
            "the network",
            Some("Orange"),
            None,
        ),
    ]);
}

/// `src/speakers/descriptions.rs`.
#[test]
fn descriptions() {
    check(&[
        // A title that opens its sentence after "The" is a description, not a name.
        row(
            "Jane Roe, the chancellor, said taxes would rise. The Chancellor said the budget was fair.",
            "the budget",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        row("The Chancellor said the budget was fair.", "the budget", None, None),
        // A lead's description, and the role with the name just after it.
        row(
            "The home secretary has defended his decision. New Home Secretary Jon Doe said he would consider the ruling.",
            "his decision",
            Some("Jon Doe"),
            None,
        ),
        // Not when two people hold that role after it.
        row(
            "The home secretary has defended his decision. Home Secretary Jon Doe and former Home Secretary Tom \
             Moss said they met. Jon Doe said it was so. Tom Moss said it was not.",
            "his decision",
            None,
            None,
        ),
        // A role in apposition, then the description (the people are sources: the people the text merely
        // mentions are the gazetteer's).
        row(
            "Jon Doe, the agency's commissioner, said the site was safe. The commissioner said more tunnels exist.",
            "more tunnels",
            Some("Jon Doe"),
            None,
        ),
        // A role before the name, then the description with the same words.
        row(
            "Agency Director Samuel Voss spoke on Monday. The agency director said the case was closed.",
            "the case",
            Some("Samuel Voss"),
            Some("sam_voss"),
        ),
        // A possessive role names someone else than the possessor.
        row(
            "Roe's campaign manager, Jon Doe, said that the rally went well. Jane Roe's campaign manager said turnout was high.",
            "turnout",
            Some("Jon Doe"),
            None,
        ),
        row("Jane Roe's campaign manager said turnout was high.", "turnout", None, None),
        row("Samuel Voss’ campaign manager said turnout was high.", "turnout", None, None),
        // Two people with the role: no one; no antecedent: no one.
        row(
            "Jon Doe, a judge, said the case was weak. Ann Poe, a judge, said it was strong. The judge said the ruling stands.",
            "the ruling",
            None,
            None,
        ),
        row("The commissioner said more tunnels exist.", "more tunnels", None, None),
        // The role given where the text writes a speaker's full name, though no claim is made there.
        row(
            "Agency Director Jon Doe met the mayor. \"We are ready,\" Doe said. The agency director said the site was safe.",
            "the site",
            Some("Jon Doe"),
            None,
        ),
        // Before the comma of a name in apposition, a role is the whole phrase, not a clause that opens
        // with one: Ann Poe is not the agency director.
        row(
            "Agency Director Jon Doe met the mayor. The agency director has praised one of his deputies, Ann Poe. \
             Ann Poe said the audit was over. Doe said the plan was late. The agency director said the site was safe.",
            "the site",
            Some("Jon Doe"),
            None,
        ),
    ]);
}

/// `src/speakers/organisations.rs`.
#[test]
fn organisations() {
    check(&[
        // An organisation's head, its link and capitalised words: a body's name, not "the office".
        row(
            "The Office for National Statistics said the roads were shut.",
            "the roads",
            Some("Office for National Statistics"),
            None,
        ),
        // A second link after the words that follow the head is inside the name too.
        row(
            "The Association of Directors of Social Services said the roads were shut.",
            "the roads",
            Some("Association of Directors of Social Services"),
            None,
        ),
        row(
            "The Committee to Protect Journalists said the roads were shut.",
            "the roads",
            Some("Committee to Protect Journalists"),
            None,
        ),
        // (Its head opening a headline keeps its capital: not "for Roe".)
        row(
            "Campaign for Roe says the roads were shut.\n\nThe campaign ended.",
            "the roads",
            Some("Campaign for Roe"),
            None,
        ),
        // "X's campaign" is the campaign, the gazetteer's when it has one, never X.
        row("Jane Roe's campaign said the rally was full.", "the rally", Some("Roe for America"), Some("roe_campaign")),
        row("Samuel Voss's campaign said the rally was full.", "the rally", Some("Voss's campaign"), None),
        // The same in -s' ("Voss’ campaign"), as in -'s.
        row("Samuel Voss’ campaign said the rally was full.", "the rally", Some("Voss’ campaign"), None),
        // An organisation's name is not the place it ends with.
        row(
            "The Muslim Council of Britain said the rally was full.",
            "the rally",
            Some("Muslim Council of Britain"),
            None,
        ),
        // A short form after the full name.
        row(
            "Voss's campaign said the rally was full. The campaign said turnout was high.",
            "turnout",
            Some("Voss's campaign"),
            None,
        ),
        row(
            "The Daily Post reported the count. The Post said the count was slow.",
            "the count was",
            Some("The Daily Post"),
            Some("daily_post"),
        ),
        // A short form with no antecedent stays anonymous.
        row("The campaign said turnout was high.", "turnout", None, None),
        // A name that ends in an organisation's head noun is that organisation, named without its article,
        // whatever its other words ("Police"), and with a link after the head ("of").
        row(
            "The Hungarian Interior Ministry said the roads were shut.",
            "the roads",
            Some("Hungarian Interior Ministry"),
            None,
        ),
        row("Mohács Town Council said the roads were shut.", "the roads", Some("Mohács Town Council"), None),
        row(
            "The Budapest Police Department said the roads were shut.",
            "the roads",
            Some("Budapest Police Department"),
            None,
        ),
        row("The Ministry of Interior said the roads were shut.", "the roads", Some("Ministry of Interior"), None),
        // An acronym's article is no part of its name.
        row("The SARFT said the roads were shut.", "the roads", Some("SARFT"), None),
        row(
            "The Confederation of Acme Industry said the roads were shut.",
            "the roads",
            Some("Confederation of Acme Industry"),
            None,
        ),
        row(
            "The Royal College of Surgeons said the roads were shut.",
            "the roads",
            Some("Royal College of Surgeons"),
            None,
        ),
        row(
            "The Acme Corporation said the plant would close. Acme Corporation added that jobs would go.",
            "jobs",
            Some("Acme Corporation"),
            None,
        ),
        row(
            "The Interior Ministry said the roads were shut. The ministry added that aid was coming.",
            "aid",
            Some("Interior Ministry"),
            None,
        ),
        // No name: a role for the organisation, a group, the head noun alone, a sentence's first word.
        row("A spokesman for the Interior Ministry said the roads were shut.", "the roads", None, None),
        row("An Interior Ministry spokesman said the roads were shut.", "the roads", None, None),
        row("Senate Democrats said the roads were shut.", "the roads", None, None),
        row("The ministry said the roads were shut.", "the roads", None, None),
        row("Officials said the roads were shut.", "the roads", None, None),
    ]);
}

/// An organisation the gazetteer does not have is a named source of its own, an ORG speaker.
#[test]
fn unlisted_organisations_are_named_org_speakers() {
    let extractor = extractor();
    let doc =
        extractor.extract("The Interior Ministry said the roads were shut. The ministry added that aid was coming.");
    assert_eq!(doc.claims.iter().map(|c| c.source_kind).collect::<Vec<_>>(), [SourceKind::Named; 2]);
    assert_eq!(doc.speakers.len(), 1);
    assert_eq!(
        (doc.speakers[0].name, doc.speakers[0].entity_type, doc.speakers[0].claims),
        ("Interior Ministry", "ORG", 2)
    );
    let doc = extractor.extract("A spokesman for the Interior Ministry said the roads were shut.");
    assert_eq!(doc.claims[0].source_kind, SourceKind::Anonymous);
    assert!(doc.speakers.is_empty());
}

/// A name the gazetteer lacks is a person's, unless the text calls it a company or another kind of body,
/// right before it or in apposition, or the words it is reported to say call it "it", and gives it no title,
/// fuller form or first name, or it ends in a word of places, companies and things (`src/speakers/names.rs`,
/// `src/speakers/kinds.rs`); "it" then stands for it.
#[test]
fn names_called_a_body_are_org_speakers() {
    let extractor = extractor();
    // Each speaker: name, type, claims.
    type Speakers = &'static [(&'static str, &'static str, usize)];
    let rows: [(&str, Speakers); 43] = [
        ("The carmaker Rover said sales fell. It added that jobs would go.", &[("Rover", "ORG", 2)]),
        ("Web tracking company Envisional said most downloaders were British.", &[("Envisional", "ORG", 1)]),
        ("Upscale department store Dunmore said sales were higher.", &[("Dunmore", "ORG", 1)]),
        ("The film's distributor Dunmore said crowds were big.", &[("Dunmore", "ORG", 1)]),
        // Where a body is based is no part of its name; a person may be based somewhere too.
        ("Paris-based Dunmore said the bid was fair.", &[("Dunmore", "ORG", 1)]),
        ("Texas-based Matt Smith said the bid was fair.", &[("Matt Smith", "PERSON", 1)]),
        // A trade's plural stands for a firm.
        ("A study by analysts Voles found growth. Voles said sales fell.", &[("Voles", "ORG", 1)]),
        ("Titan, a California-based company, pleaded guilty. Titan said the fine was fair.", &[("Titan", "ORG", 2)]),
        // Though "Lyra" is a first name.
        ("Shares in the software firm Lyra fell. Lyra said the price was fair.", &[("Lyra", "ORG", 1)]),
        // A role that only a body has; not a spokesman's, whom a person has too.
        ("Brian Smith, managing director of Dunmore, spoke. Dunmore said it would grow.", &[("Dunmore", "ORG", 1)]),
        ("An economist at Voles said growth was slow. Voles said it would grow.", &[("Voles", "ORG", 1)]),
        ("A spokesman for Dunmore spoke. Dunmore said the tour would go on.", &[("Dunmore", "PERSON", 1)]),
        // The title of a body's head between its name and the holder's; not a person's staff.
        ("Dunmore chairman Brian Smith resigned. Dunmore said it would grow.", &[("Dunmore", "ORG", 1)]),
        ("Dunmore chief strategist Brian Smith spoke. Dunmore said the tour would go on.", &[("Dunmore", "PERSON", 1)]),
        // No word for a body: a person, as before.
        ("Dunmore said the tour would go on.", &[("Dunmore", "PERSON", 1)]),
        // Reported words that call the name "it", and never "he" or "she": a body, which "it" stands for.
        ("Dunmore said that it would cut jobs. It added that the plan was fair.", &[("Dunmore", "ORG", 2)]),
        ("Dunmore said its profits fell.", &[("Dunmore", "ORG", 1)]),
        ("Dunmore said it was a fine day. Dunmore said he would stay.", &[("Dunmore", "PERSON", 2)]),
        ("President Dunmore said it would pass.", &[("Dunmore", "PERSON", 1)]),
        ("Barca midfielder Dunmore said it was not normal.", &[("Dunmore", "PERSON", 1)]),
        // A title's -ing word is part of it: the holder is the speaker, not the club.
        ("\"We will sign him,\" said Atletico sporting director Toni Munoz.", &[("Toni Munoz", "PERSON", 1)]),
        // A title outranks the noun, and so does a fuller form.
        ("Shares in the software firm Lyra fell. Mr Lyra said the price was fair.", &[("Lyra", "PERSON", 1)]),
        ("The band Dunmore played. Tom Dunmore said the tour would go on.", &[("Tom Dunmore", "PERSON", 1)]),
        // The appositive's head comes before its preposition.
        ("Agnelli, the godfather of the group, said the deal was dead.", &[("Agnelli", "PERSON", 1)]),
        // Names of two words or more.
        ("Paramount Pictures said the film would open in May.", &[("Paramount Pictures", "ORG", 1)]),
        ("The games firm Electronic Arts said sales rose.", &[("Electronic Arts", "ORG", 1)]),
        ("Rockstar Games said the title would ship in May.", &[("Rockstar Games", "ORG", 1)]),
        ("Tom Hall said the film would open in May.", &[("Tom Hall", "PERSON", 1)]),
        ("Sepp Blatter said the film would open in May.", &[("Sepp Blatter", "PERSON", 1)]),
        // One that opens with an organisation's name or an acronym, but for two initials.
        ("BBC Sport said the match was off.", &[("BBC Sport", "ORG", 1)]),
        ("Acme Industries Radio said the match was off.", &[("Acme Industries Radio", "ORG", 1)]),
        ("JK Rowling said the book was done.", &[("JK Rowling", "PERSON", 1)]),
        // A web address, and an outlet's last word.
        ("Factcheck.org said the claim was false.", &[("Factcheck.org", "ORG", 1)]),
        ("Breitbart News said the claim was false.", &[("Breitbart News", "ORG", 1)]),
        // An ampersand joins the words of one body's name.
        ("The insurance broker Marsh & McLennan said sales fell.", &[("Marsh & McLennan", "ORG", 1)]),
        // An acronym defined in parentheses after a name is that name's body, in capitals or not.
        (
            "The Office for Acme Statistics (OAS) said sales fell. The OAS said it would grow.",
            &[("Office for Acme Statistics", "ORG", 2)],
        ),
        (
            "The Association of Chief Acme Officers (Acao) said sales fell. Acao said it would grow.",
            &[("Association of Chief Acme Officers", "ORG", 2)],
        ),
        // A capital inside a word that no surname's prefix explains names a brand.
        ("SpiceJet said the fares would fall.", &[("SpiceJet", "ORG", 1)]),
        ("McCain said the fares would fall.", &[("McCain", "PERSON", 1)]),
        ("The fares would fall, Campbell-Savours said.", &[("Campbell-Savours", "PERSON", 1)]),
        // "which" after a name says it is no person.
        ("A case was brought by Dunmore, which said the patent was broken.", &[("Dunmore", "ORG", 1)]),
        ("A case was brought by Dunmore, who said the patent was broken.", &[("Dunmore", "PERSON", 1)]),
        // A source noun after a body's head and a link is in its name.
        ("The Council of Acme Advisers said sales fell.", &[("Council of Acme Advisers", "ORG", 1)]),
    ];
    let mut wrong = Vec::new();
    for (text, want) in rows {
        let doc = extractor.extract(text);
        let got: Vec<_> = doc.speakers.iter().map(|s| (s.name, s.entity_type, s.claims)).collect();
        if got != want {
            wrong.push(format!("{text:?}\n  want {want:?}\n  got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} rows failed:\n{}", wrong.len(), rows.len(), wrong.join("\n"));
    // A title is no firm's: "Mr Johnson", far into a long text, is not the firm named at its start.
    let text = format!(
        "The drugs giant Johnson said sales fell. {}Boris Johnson spoke. Mr Johnson said the price was fair.",
        "Prices rose on Monday. ".repeat(3000)
    );
    let doc = extractor.extract(&text);
    let got: Vec<_> = doc.speakers.iter().map(|s| (s.name, s.entity_type, s.claims)).collect();
    assert_eq!(got, [("Johnson", "ORG", 1), ("Boris Johnson", "PERSON", 1)]);
}

/// Names coordinated by "and" (`src/speakers/names.rs`): a group, neither name alone.
#[test]
fn coordinated_names_are_a_group() {
    check(&[
        row("Jane Roe and Samuel Voss said the vote was rigged.", "the vote", Some("Jane Roe and Samuel Voss"), None),
        row(
            "Jane Roe and Samuel Voss said the vote was rigged. They added that the count was slow.",
            "the count",
            Some("Jane Roe and Samuel Voss"),
            None,
        ),
        // "it" is no group's.
        row(
            "Jane Roe and Samuel Voss said the vote was rigged. It added that the count was slow.",
            "the count",
            None,
            None,
        ),
        // An appositive after the names is the group's.
        row(
            "Jane Roe and Samuel Voss, both lawyers, said the case was weak.",
            "the case",
            Some("Jane Roe and Samuel Voss"),
            None,
        ),
        // A pronoun is no name of a group.
        row("She and Samuel Voss said the case was weak.", "the case", Some("Samuel Voss"), Some("sam_voss")),
        // Titles of one person, and an "and" inside an appositive, coordinate no names.
        row(
            "Former Senator and frontrunner Jane Roe said the vote was rigged.",
            "the vote",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        row(
            "Jane Roe, chairman of the Ways and Means Committee, said the vote was rigged.",
            "the vote",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        // Nor does an "and" between the bare words of a title or of an organisation's name...
        row(
            "Work and Pensions Secretary Jane Roe said the vote was rigged.",
            "the vote",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        row(
            "The Securities and Exchange Commission said the vote was rigged.",
            "the vote",
            Some("Securities and Exchange Commission"),
            None,
        ),
        // (also after the head and its link: "of Trade and Industry").
        row(
            "The Department of Trade and Industry said the vote was rigged.",
            "the vote",
            Some("Department of Trade and Industry"),
            None,
        ),
        row(
            "The Chartered Institute of Purchasing and Supply said the vote was rigged.",
            "the vote",
            Some("Chartered Institute of Purchasing and Supply"),
            None,
        ),
        // ...but a name the gazetteer has, or one with an honorific, is a group's.
        row(
            "Acme Industries and Pensions Secretary Jane Roe said the vote was rigged.",
            "the vote",
            Some("Acme Industries and Pensions Secretary Jane Roe"),
            None,
        ),
        row("Brussels and Mr. Voss said the vote was rigged.", "the vote", Some("Brussels and Mr. Voss"), None),
    ]);
    let extractor = extractor();
    let doc = extractor.extract("Jane Roe and Samuel Voss said the vote was rigged.");
    assert_eq!((doc.speakers.len(), doc.speakers[0].entity_type), (1, "GROUP"));
}

/// People the text names outside claims (`src/speakers/people.rs`): a pronoun's last resort.
#[test]
fn people_named_in_passing() {
    check(&[
        row("Mary Smith took the stage on Monday. She said the vote was rigged.", "the vote", Some("Mary Smith"), None),
        row(
            "Rep. Tom Brown (D-N.Y.) spoke on Monday. He said the vote was rigged.",
            "the vote",
            Some("Tom Brown"),
            None,
        ),
        // A title inside the run opens the name after it.
        row(
            "Flint Mayor Karen Weaver spoke on Monday. She said the water was safe.",
            "the water",
            Some("Karen Weaver"),
            None,
        ),
        // Two words of a name after a title are a name, whatever the first name; not a source noun.
        row(
            "Finance Minister Palaniappan Chidambaram spoke on Monday. He said the deficit would fall.",
            "the deficit",
            Some("Palaniappan Chidambaram"),
            None,
        ),
        row("The Chief Police Officers met on Monday. He said the deficit would fall.", "the deficit", None, None),
        // A name ends with its sentence, after an abbreviation too.
        row(
            "The song was written by Tom Brown Jr. He said it was his best work.",
            "it was",
            Some("Tom Brown Jr."),
            None,
        ),
        // An honorific before a name of one word: a person, of that gender.
        row("Ms. Okafor was shocked by the reaction, she said.", "Ms. Okafor was shocked", Some("Okafor"), None),
        row("Mr. Okafor met Ms. Lund on Monday. She said the vote was rigged.", "the vote", Some("Lund"), None),
        // A name inside a quotation is no antecedent.
        row("Mary Smith took the stage. \"You won't beat Tom Brown,\" he said.", "You won't", None, None),
        // No person: a function word, a place, a gazetteer name.
        row("Will Trump win? He said the vote was rigged.", "the vote", None, None),
        row("Mark Rose Garden was full on Monday. He said the vote was rigged.", "the vote", None, None),
        // Nor an organisation's name, nor a title's run of capitals.
        row("Walt Disney Studios opened on Monday. He said the park was full.", "the park", None, None),
        row("The Peter Sellers Award For Comedy went to Jo. He said the show was a hit.", "the show", None, None),
        // A pronoun resolved without them keeps its antecedent.
        row(
            "Jon Doe said the vote was rigged. Tom Brown was there. He added that the count was slow.",
            "the count",
            Some("Jon Doe"),
            None,
        ),
    ]);
    // A gender that only a pronoun gave yields to the first name the text gives: "He" went to Rodham, but
    // "Hillary" says she is the "She".
    let text = "Hillary Rodham took the stage on Monday. Rodham said the count was slow. He added that the polls \
                closed early. She said the vote was rigged.";
    let extractor = extractor();
    let doc = extractor.extract(text);
    let she = doc.claims.iter().find(|c| c.source_text == Some("She")).expect("a claim of She");
    assert_eq!(she.speaker, Some("Hillary Rodham"));
    let he = doc.claims.iter().find(|c| c.source_text == Some("He")).expect("a claim of He");
    assert_eq!(he.speaker, None, "the first name of her fuller form says Rodham is no \"He\"");
    // The fuller forms' first names disagree (Liz and Dick Cheney): the surname alone says no gender.
    let text = "Liz Cheney spoke after Dick Cheney on Monday. Cheney said the count was slow. He added that the \
                polls closed early.";
    let doc = extractor.extract(text);
    let ids: Vec<_> = doc.claims.iter().map(|c| c.speaker_id).collect();
    assert_eq!(ids, [Some(0), Some(0)], "\"He\" is the one who said, whichever Cheney");
    // After a title, the fuller form's first name still says the gender: "She" is Quill, "He" is nobody.
    let text = "Sen. Mary Quill spoke on Monday. Quill said the count was slow. He added that the polls closed early. \
                She said the vote was rigged.";
    let doc = extractor.extract(text);
    let speakers: Vec<_> = doc.claims.iter().map(|c| (c.source_text, c.speaker)).collect();
    assert_eq!(speakers, [(Some("Quill"), Some("Mary Quill")), (Some("He"), None), (Some("She"), Some("Mary Quill"))]);
    // A person named in passing whom a source later names as written is that source: one speaker, whose
    // mentions are every place the text writes the name, and the pronoun.
    let text = "Mary Smith arrived on Monday. She said the vote was rigged. Later, Mary Smith said the count was slow.";
    let doc = extractor.extract(text);
    assert_eq!(doc.claims.iter().map(|c| c.speaker_id).collect::<Vec<_>>(), [Some(0), Some(0)]);
    let spans: Vec<(usize, &str)> = doc.speakers[0].mentions.iter().map(|m| (m.start, &text[m.start..m.end])).collect();
    assert_eq!(
        (doc.speakers[0].name, &spans[..]),
        ("Mary Smith", &[(0, "Mary Smith"), (30, "She"), (67, "Mary Smith")][..])
    );
}

/// `src/speakers/pronouns.rs`.
#[test]
fn pronouns() {
    check(&[
        // A people is "they", not "it".
        row("A Japanese delegation arrived on Monday. It said the talks would go on.", "the talks", None, None),
        // Gender from the first name: "she" passes over the man, "he" over the woman.
        row(
            "Jane Roe met Samuel Voss on Monday. She said the deal was done.",
            "the deal",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        row(
            "Jane Roe met Samuel Voss on Monday. He said the deal was done.",
            "the deal",
            Some("Samuel Voss"),
            Some("sam_voss"),
        ),
        // Gender from an honorific, for a person the gazetteer does not know.
        row(
            "Pat Lee said the roads were ready. Mrs. Kim said the school would open. \"We are ready,\" he said.",
            "We are ready",
            Some("Pat Lee"),
            None,
        ),
        // The speaker of the paragraph beats a name merely mentioned in between.
        row(
            "Jane Roe said the plan would work. The launch was held in a hall that Mary Poe had built.\n\
             She said the money was there.\nOthers disagreed.",
            "the money",
            Some("Jane Roe"),
            Some("jane_roe"),
        ),
        // "it" is an organisation.
        row(
            "Acme Industries said profits rose. It said the outlook was good.",
            "the outlook",
            Some("Acme Industries"),
            Some("acme"),
        ),
        // "they" after an anonymous source is no one's.
        row("Officials said the road was closed. They said it would reopen.", "it would", None, None),
    ]);
}

/// `src/speakers/pronouns.rs`: descriptions that stand as a pronoun does, for the subject of a sentence
/// before, not for the latest speaker.
#[test]
fn descriptions_as_pronouns() {
    check(&[
        row(
            "Pat Lee said the team was ready. Tom Moss was delighted. \"I felt good,\" said the Spaniard.",
            "I felt",
            Some("Tom Moss"),
            None,
        ),
        row(
            "\"It will be good for us,\" Tama Umaga said. The 31-year-old admitted he was tired.",
            "he was tired",
            Some("Tama Umaga"),
            None,
        ),
        row(
            "Everton manager David Moyes will discipline his striker. The Scot said he had been wrong.",
            "he had been",
            Some("David Moyes"),
            None,
        ),
        // An age may stand before the nationality.
        row(
            "Arsene Wenger signed a new deal. The 55-year-old Frenchman said he wanted to stay.",
            "he wanted",
            Some("Arsene Wenger"),
            None,
        ),
        // A description in "-woman" passes over a man.
        row("Tom Moss lost in the final. The Frenchwoman said the court was slow.", "the court", None, None),
        // No subject before it: no one, and no speaker named for a nationality.
        row("The 31-year-old said he was tired.", "he was tired", None, None),
        // A people is no one person.
        row(
            "Tom Moss arrived in Tokyo. The Japanese said the talks would go on.",
            "the talks",
            Some("Japanese"),
            Some("japanese"),
        ),
    ]);
}

/// A speaker's mentions are the spans that refer to it, not the whole source phrase; offsets are bytes.
#[test]
fn mentions_are_the_names_and_pronouns() {
    let text = "Former Gov. Martin Doe said taxes would rise. He said cuts would follow.";
    let extractor = extractor();
    let doc: Document = extractor.extract(text);
    assert_eq!(doc.speakers.len(), 1);
    let spans: Vec<&str> = doc.speakers[0].mentions.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(spans, ["Martin Doe", "He"]);
    assert_eq!(doc.speakers[0].claims, 2);
    assert_eq!(doc.claims[1].source_kind, SourceKind::Pronoun);
    assert!(doc.claims.iter().all(|c| c.speaker_id == Some(0)));
}
