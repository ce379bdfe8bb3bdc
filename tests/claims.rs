//! Claim attribution, one construction at a time: what must be read as a claim (with its content,
//! source, medium and kind) and what must not.

use gazette::{Claim, ClaimKind, Entity, Extractor, Gazetteer, SourceKind};

fn extractor() -> Extractor {
    let gazetteer = Gazetteer::builder()
        .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
        .entity(Entity::new("roe", "PERSON", "Jane Roe"))
        .entity(Entity::new("state-dept", "ORG", "State Department"))
        .entity(Entity::new("reuters", "MEDIA", "Reuters"))
        .entity(Entity::new("x", "MEDIA", "X").alias("X platform"))
        .entity(Entity::new("ministry", "ORG", "Ministry of Finance"))
        .build()
        .unwrap();
    Extractor::new(gazetteer).unwrap()
}

/// A claim as text: content spans, source, speaker, medium, kind, cue lemma.
#[derive(Debug, PartialEq)]
struct Read {
    content: Vec<String>,
    source: Option<String>,
    speaker: Option<String>,
    medium: Option<String>,
    kind: ClaimKind,
    source_kind: SourceKind,
    lemma: String,
}

fn read(text: &str) -> Vec<Read> {
    let x = extractor();
    let doc = x.extract(text);
    doc.claims.iter().map(|c| as_read(text, c)).collect()
}

fn as_read(text: &str, c: &Claim) -> Read {
    Read {
        content: c.content.iter().map(|s| text[s.start..s.end].to_string()).collect(),
        source: c.source_text.map(str::to_string),
        speaker: c.speaker.map(str::to_string),
        medium: c.medium_text.map(str::to_string),
        kind: c.kind,
        source_kind: c.source_kind,
        lemma: c.cue_lemma.to_string(),
    }
}

fn one(text: &str) -> Read {
    let mut claims = read(text);
    assert_eq!(claims.len(), 1, "{text:?}: {claims:#?}");
    claims.remove(0)
}

#[test]
fn direct_quote_with_the_cue_after() {
    let c = one("\u{201c}The talks will resume in June,\u{201d} Matthew Miller said.");
    assert_eq!(c.content, ["The talks will resume in June"]);
    assert_eq!((c.kind, c.speaker.as_deref()), (ClaimKind::Direct, Some("Matthew Miller")));
    assert_eq!(c.lemma, "say");
}

#[test]
fn direct_quote_with_the_cue_before() {
    let c = one("Jane Roe said: \"We are ready to talk.\"");
    assert_eq!(c.content, ["We are ready to talk."]);
    assert_eq!((c.kind, c.source.as_deref()), (ClaimKind::Direct, Some("Jane Roe")));
}

#[test]
fn direct_quote_interrupted_by_its_cue_has_two_spans() {
    let claims = read("Jane Roe said the vote was over. \"We will win,\" she said, \"and we will win soon.\"");
    assert_eq!(claims.len(), 2);
    let c = &claims[1];
    assert_eq!(c.content, ["We will win", "and we will win soon."]);
    assert_eq!((c.source_kind, c.speaker.as_deref()), (SourceKind::Pronoun, Some("Jane Roe")));
}

#[test]
fn a_quotation_continues_into_the_next_paragraph_and_sentences() {
    let text = "Matthew Miller said: \u{201c}The first point.\n\u{201c}The second point.\u{201d}\nThe end.";
    let c = one(text);
    assert_eq!(c.kind, ClaimKind::Direct);
    assert!(c.content.concat().contains("The second point."), "{c:?}");
    let c = one("\"We will win,\" Jane Roe said. \"Nobody doubts it.\"");
    assert_eq!(c.content, ["We will win", "Nobody doubts it."]);
}

#[test]
fn a_quotation_the_writer_finishes_still_continues_the_claim() {
    let c = one("\"We will win,\" Jane Roe said. \"That is the fight we are taking\" to the country.");
    assert_eq!(c.content, ["We will win", "That is the fight we are taking"]);
    // A quotation with a source of its own is another claim.
    assert_eq!(read("\"We will win,\" Jane Roe said. \"No,\" he said.").len(), 2);
}

#[test]
fn indirect_speech_without_that_in_the_content() {
    let c = one("Officials said that the bridge would reopen on Friday.");
    assert_eq!(c.content, ["the bridge would reopen on Friday"]);
    assert_eq!((c.kind, c.source_kind, c.speaker), (ClaimKind::Indirect, SourceKind::Anonymous, None));
}

#[test]
fn content_boundaries_around_asides_and_adjuncts() {
    let c = one("Jane Roe said during a visit to a farm in Ames, Iowa, that the state is wrong.");
    assert_eq!(c.content, ["the state is wrong"]);
    let c = one("The documents indicate, Jane Roe said, that the department worked hand in hand.");
    assert_eq!(c.content, ["The documents indicate", "the department worked hand in hand"]);
    let c = one("Jane Roe said she would not do it \u{2014} a proposal she has raised before.");
    assert_eq!(c.content, ["she would not do it"]);
    // A dash inside the content that is not the writer's aside stays.
    let c = one("Jane Roe said the plan - hers - would fail.");
    assert_eq!(c.content, ["the plan - hers - would fail"]);
}

#[test]
fn postposed_and_inverted_sources() {
    let c = one("The bridge will reopen on Friday, officials said.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("The bridge will reopen on Friday", Some("officials")));
    let c = one("The bridge will reopen on Friday, said State Department spokesperson Matthew Miller.");
    assert_eq!(c.content, ["The bridge will reopen on Friday"]);
    assert_eq!(c.source.as_deref(), Some("State Department spokesperson Matthew Miller"));
    assert_eq!(c.speaker.as_deref(), Some("Matthew Miller"));
}

#[test]
fn inverted_sources_with_relative_clauses_and_at_the_start() {
    let c = one("The tax will pass, said a handful of Democrats who back the bill.");
    assert_eq!(
        (c.source.as_deref(), c.content[0].as_str()),
        (Some("a handful of Democrats who back the bill"), "The tax will pass")
    );
    let c = one("Said Jane Roe, who grew up there, \u{201c}We were all so proud.\u{201d}");
    assert_eq!(
        (c.source.as_deref(), c.content[0].as_str()),
        (Some("Jane Roe, who grew up there"), "We were all so proud.")
    );
    assert_eq!((c.speaker.as_deref(), c.kind), (Some("Jane Roe"), ClaimKind::Direct));
    // A sentence that opens with a cue and no source after it is no claim.
    assert_eq!(read("Said to be ill, the minister stayed home."), []);
}

#[test]
fn according_to_before_and_after_its_content() {
    let c = one("According to Reuters, the bridge will reopen on Friday.");
    assert_eq!(c.content, ["the bridge will reopen on Friday"]);
    // The source is also the medium.
    assert_eq!((c.speaker.as_deref(), c.medium.as_deref()), (Some("Reuters"), Some("Reuters")));
    let c = one("The bridge will reopen on Friday, according to a security source.");
    assert_eq!((c.content[0].as_str(), c.source_kind), ("The bridge will reopen on Friday", SourceKind::Anonymous));
    assert_eq!(c.lemma, "according to");
    let c = one("In the words of one senior aide, the campaign is over.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("the campaign is over", Some("one senior aide")));
}

#[test]
fn relative_clause_sources_link_to_the_antecedent() {
    let c = one("The plan follows a request from Minister Jane Roe, who has called for an end to the strike.");
    assert_eq!(c.content, ["an end to the strike"]);
    assert_eq!((c.source.as_deref(), c.speaker.as_deref()), (Some("Minister Jane Roe"), Some("Jane Roe")));
}

#[test]
fn mixed_quote_and_stance_cues() {
    let c = one("A ministry official did not rule out the possibility of an \"early election.\"");
    assert_eq!((c.kind, c.lemma.as_str(), c.source_kind), (ClaimKind::Mixed, "rule out", SourceKind::Anonymous));
    for (text, lemma) in [
        ("A local militia has claimed responsibility for the attack.", "claim"),
        ("The government denied that troops had crossed the border.", "deny"),
        ("Analysts warned that prices would rise.", "warn"),
        ("Jane Roe believes the deal can be saved.", "believe"),
        ("The study found that turnout fell.", "find"),
        ("The survey shows that voters are tired.", "show"),
        ("The union wants a new contract.", "want"),
        ("The council considers the group a threat.", "consider"),
    ] {
        assert_eq!(one(text).lemma, lemma, "{text}");
    }
}

#[test]
fn intention_knowledge_and_support_verbs() {
    for (text, lemma, content) in [
        ("The ministry declined to comment.", "decline", "to comment"),
        ("Jane Roe refused to disavow the group.", "refuse", "to disavow the group"),
        ("The senator pledged to fight the bill.", "pledge", "to fight the bill"),
        ("Jane Roe knew that the vote was rigged.", "know", "the vote was rigged"),
        ("Jane Roe backed the mayor in the primary.", "back", "the mayor in the primary"),
        ("The union proposed a four-day week.", "propose", "a four-day week"),
    ] {
        let c = one(text);
        assert_eq!((c.lemma.as_str(), c.content[0].as_str()), (lemma, content), "{text}");
    }
    for (text, lemma, content) in [
        ("Jane Roe pointed to the rising cost of food.", "point to", "the rising cost of food"),
        ("Jane Roe agreed with the mayor on Monday.", "agree with", "the mayor"),
        ("Jane Roe warned of a long winter.", "warn of", "a long winter"),
        ("Jane Roe made it clear that she would stay.", "make it clear", "she would stay"),
    ] {
        let c = one(text);
        assert_eq!((c.lemma.as_str(), c.content[0].as_str()), (lemma, content), "{text}");
    }
    assert_eq!(read("She talked for an hour."), []);
    // Other senses: knowing a person, a count of pledged delegates.
    assert_eq!(read("Jane Roe knew him well."), []);
    assert_eq!(read("She leads by 300 pledged delegates."), []);
}

#[test]
fn quantifiers_and_plural_nouns_are_sources() {
    for (text, source) in [
        ("Several said they would vote.", "Several"),
        ("Two in three said they were tired.", "Two in three"),
        ("Social conservatives say the bills are necessary.", "Social conservatives"),
        ("Jane Roe and Matthew Miller both condemned the plan.", "Jane Roe and Matthew Miller both"),
    ] {
        assert_eq!(one(text).source.as_deref(), Some(source), "{text}");
    }
    let c = one("A new poll released on Tuesday showed Jane Roe with a lead.");
    assert_eq!((c.source.as_deref(), c.content[0].as_str()), (Some("A new poll released"), "Jane Roe with a lead"));
    assert_eq!(one("Exit polling shows she won.").source.as_deref(), Some("Exit polling"));
    // A quantifier before a noun, or after a determiner, is no source.
    assert_eq!(read("Her five proposed bills failed."), []);
    assert_eq!(read("She leads in both pledged delegates and votes."), []);
    assert_eq!(read("Many reports were false."), []);
}

#[test]
fn titles_appositives_and_pronouns_link_to_the_person() {
    let text = "State Department spokesperson Matthew Miller said talks were ongoing. Later, he said a deal was near.";
    let claims = read(text);
    assert_eq!(claims.len(), 2);
    assert_eq!(claims[0].speaker.as_deref(), Some("Matthew Miller"));
    assert_eq!((claims[1].source_kind, claims[1].speaker.as_deref()), (SourceKind::Pronoun, Some("Matthew Miller")));
    let c = one("A former candidate -- Jane Roe, who lost in 2008 -- said the vote was rigged.");
    assert_eq!(
        (c.source.as_deref(), c.content[0].as_str()),
        (Some("A former candidate -- Jane Roe, who lost in 2008"), "the vote was rigged")
    );
    let c = one("Matthew Miller \u{2014} after a long pause \u{2014} told reporters the talks had failed.");
    assert_eq!(c.source.as_deref(), Some("Matthew Miller \u{2014} after a long pause"));
    assert_eq!(read("He struggles with a basic task - bragging - conceding that he is shy."), []);
    let c = one("Jane Roe, a leader of the \"Free Voice\" movement, said the vote was rigged.");
    assert_eq!(c.speaker.as_deref(), Some("Jane Roe"));
    assert!(c.source.unwrap().contains("movement"));
}

#[test]
fn media() {
    let c = one("Jane Roe told Reuters that the vote was rigged.");
    assert_eq!((c.medium.as_deref(), c.content[0].as_str()), (Some("Reuters"), "the vote was rigged"));
    let c = one("The talks resumed on Monday, announced Jane Roe via the X platform.");
    assert_eq!(c.medium.as_deref(), Some("the X platform"));
    let c = one("Two drones struck the base, according to military sources who spoke to Reuters on Tuesday.");
    assert_eq!((c.source.as_deref(), c.medium.as_deref()), (Some("military sources"), Some("Reuters")));
    // A hearer that is not a medium is no medium.
    assert_eq!(one("Jane Roe told reporters that the vote was rigged.").medium, None);
}

#[test]
fn a_question_asked_by_nobody_named_has_no_source() {
    let c = one("Asked whether she would run again, Jane Roe smiled.");
    assert_eq!((c.source, c.source_kind), (None, SourceKind::None));
    assert_eq!(c.content, ["whether she would run again"]);
    let claims = read("\"No,\" Jane Roe said when asked about the vote. \"Never.\"");
    assert_eq!((claims[1].source.as_deref(), claims[1].content.clone()), (None, vec!["about the vote".to_string()]));
    let c = one("When asked by reporters on Monday about the strike, the minister left.");
    assert_eq!((c.source.as_deref(), c.content[0].as_str()), (Some("reporters"), "about the strike"));
    // Asking someone something is not a question put to the subject.
    assert_eq!(read("When asked to leave, the minister stayed.").len(), 0);
}

#[test]
fn a_cue_inside_another_claim_is_part_of_it() {
    let c = one("Jane Roe said she opposes the new tax.");
    assert_eq!((c.lemma.as_str(), c.content[0].as_str()), ("say", "she opposes the new tax"));
    let c = one("According to Reuters, the union wants a new contract.");
    assert_eq!(c.lemma, "according to");
}

#[test]
fn passives_have_no_source_in_the_text() {
    let c = one("Many voters are expected to stay home on Tuesday.");
    assert_eq!(
        (c.source_kind, c.content.clone()),
        (SourceKind::None, vec!["Many voters".to_string(), "to stay home on Tuesday".to_string()])
    );
    let c = one("It is widely believed that the deal will hold.");
    assert_eq!((c.source_kind, c.content[0].as_str()), (SourceKind::None, "the deal will hold"));
    let c = one("The bank, which cut rates in 2008, is expected to act in December.");
    assert_eq!(c.content, ["The bank, which cut rates in 2008", "to act in December"]);
    let c = one("He met Jane Roe, who is expected to run.");
    assert_eq!((c.source_kind, c.content.clone()), (SourceKind::None, vec!["who".to_string(), "to run".to_string()]));
    // Not a stance: a passive with no complement, an active forecast.
    assert_eq!(read("Jane Roe is considered a frontrunner."), []);
    assert_eq!(read("Jane Roe expects a long night."), []);
}

#[test]
fn what_seems_is_the_writers_impression() {
    let c = one("Jane Roe seems to regret the vote.");
    assert_eq!((c.source_kind, c.lemma.as_str()), (SourceKind::None, "seem"));
    assert_eq!(c.content, ["Jane Roe", "to regret the vote"]);
    let c = one("The old coalition appeared ready to split.");
    assert_eq!(c.content, ["The old coalition", "ready to split"]);
    let c = one("It appears that the deal failed.");
    assert_eq!((c.source_kind, c.content[0].as_str()), (SourceKind::None, "the deal failed"));
    // Appearing somewhere, or a relative clause, is no impression to read.
    assert_eq!(read("Jane Roe appeared on television on Monday."), []);
    assert_eq!(read("Jane Roe appeared Monday at a rally."), []);
    assert_eq!(read("The questions that seemed fair were dropped."), []);
}

#[test]
fn participles_take_their_sentence_subject() {
    let c = one("Noting the cost of the war, Jane Roe left the room.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("the cost of the war", Some("Jane Roe")));
    let c = one("Jane Roe left the meeting on Monday, saying it would hurt families.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("it would hurt families", Some("Jane Roe")));
    let c = one("Jane Roe, a longtime liberal, lashed out on Monday, telling reporters that words matter.");
    assert_eq!((c.source.as_deref(), c.content[0].as_str()), (Some("Jane Roe, a longtime liberal"), "words matter"));
    let c = one("And even Jane Roe left early, noting that the vote was over.");
    assert_eq!((c.source.as_deref(), c.content[0].as_str()), (Some("Jane Roe"), "the vote was over"));
    let c = one("Jane Roe used the phrase \"king of debt,\" noting that the debt would grow.");
    assert_eq!((c.lemma.as_str(), c.content[0].as_str()), ("note", "the debt would grow"));
    // A phrasal participle, and no subject in it.
    let c = one("Jane Roe left early, referring to the new tax.");
    assert_eq!((c.lemma.as_str(), c.source.as_deref()), ("refer to", Some("Jane Roe")));
    // After a postposed cue the participle has its own content.
    let claims = read("\"That is the question,\" Jane Roe said, noting she would vote.");
    assert_eq!(claims.len(), 2);
    assert_eq!((claims[1].source.as_deref(), claims[1].content[0].as_str()), (Some("Jane Roe"), "she would vote"));
    // A participle with no subject to take is no claim.
    assert_eq!(read("After saying nothing for days."), []);
}

#[test]
fn transcripts_colons_and_that_clauses() {
    let c = one("ROE: We are not going anywhere.");
    assert_eq!(
        (c.lemma.as_str(), c.source.as_deref(), c.content[0].as_str()),
        (":", Some("ROE"), "We are not going anywhere")
    );
    // A name standing alone before a colon that opens a quotation.
    let c = one("Polls were wrong - Jane Roe and Matthew Miller: \u{201c}They ended too early.\u{201d}");
    assert_eq!(
        (c.source.as_deref(), c.content[0].as_str()),
        (Some("Jane Roe and Matthew Miller"), "They ended too early.")
    );
    assert_eq!(read("A voice celebrated on Twitter: \u{201c}We have arrived.\u{201d}"), []);
    // A verb that no lexicon lists is a cue before a that-clause.
    let c = one("Jane Roe maintains that the plan failed.");
    assert_eq!((c.lemma.as_str(), c.content[0].as_str()), ("maintains", "the plan failed"));
    assert_eq!(read("It is clear that the plan failed."), []);
    // "she said:" at the end of a paragraph takes the next one.
    let c = one("In a speech last July, Jane Roe said:\nWe will not give up.");
    assert_eq!(c.content, ["We will not give up"]);
}

#[test]
fn title_case_headlines() {
    let c = one("Jane Roe Says The Deal Is Dead\nThe talks ended.");
    assert_eq!((c.source.as_deref(), c.content[0].as_str()), (Some("Jane Roe"), "The Deal Is Dead"));
    // A form that nouns share stays a noun, and outside a headline a capitalised cue is part of a name.
    assert_eq!(read("Terror Suspect Named By Police Before Briefing"), []);
    assert_eq!(read("Highway Warning Sign Shocks Local Drivers"), []);
    assert_eq!(read("He joined the Tribune Says column last year."), []);
}

#[test]
fn not_claims() {
    for text in [
        "Members of the \"Free Voice\" movement marched through the city.",
        "The so-called \"reform\" passed on Monday.",
        "The paper attempted to contact Jane Roe but received no immediate response.",
        "Attempts to reach the ministry did not elicit a reply.",
        "The report was published on Monday.",
        "\"Nobody said anything,\" the sign read.",
        "The State Department issued a new passport rule.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
}

#[test]
fn rust_offsets_are_bytes_and_json_offsets_are_code_points() {
    let text = "Ex-minister Jos\u{e9} said: \u{201c}\u{c7}a suffit.\u{201d}";
    let x = extractor();
    let doc = x.extract(text);
    let c = &doc.claims[0];
    assert_eq!(&text[c.content[0].start..c.content[0].end], "\u{c7}a suffit.");
    let json = doc.to_json();
    let q = &json["quotes"][0];
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (q["content_start"].as_u64().unwrap() as usize, q["content_end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "\u{c7}a suffit.");
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["source_text"], "Ex-minister Jos\u{e9}");
}

#[test]
fn users_add_cues_and_source_nouns() {
    let x = Extractor::builder().cue("opine").source_noun("insider").build().unwrap();
    let text = "Insiders opined the merger would fail.";
    let doc = x.extract(text);
    assert_eq!(doc.claims.len(), 1);
    assert_eq!((doc.claims[0].cue_lemma, doc.claims[0].source_kind), ("opine", SourceKind::Anonymous));
    assert_eq!(extractor().extract(text).claims.len(), 0);
    assert!(Extractor::builder().cue(" ").build().is_err());
    // A stance cue is read with its source before it, never inverted.
    let x = Extractor::builder().stance_cue("reckon").media_noun("newsletter").build().unwrap();
    assert_eq!(x.extract("Officials reckon the deal will hold.").claims[0].cue_lemma, "reckon");
    assert_eq!(x.extract("The deal will hold, reckoned officials.").claims.len(), 0);
    let doc = x.extract("Jane Roe told the newsletter that the deal will hold.");
    assert_eq!(doc.claims[0].medium_text, Some("the newsletter"));
}

#[test]
fn content_boundaries_after_a_comma_or_a_dash() {
    // A second that-clause of the same verb, a participle of the content and an aside between dashes
    // go on with the content.
    let c = one("Jane Roe said the border must be secured, but that she would not back mass deportation.");
    assert_eq!(c.content, ["the border must be secured, but that she would not back mass deportation"]);
    let c = one("Jane Roe said the campaign had recovered, coming from far behind to a tie.");
    assert_eq!(c.content, ["the campaign had recovered, coming from far behind to a tie"]);
    let c = one("Jane Roe said she took her message to a bigger stage -- the convention -- to reach more voters.");
    assert_eq!(c.content, ["she took her message to a bigger stage -- the convention -- to reach more voters"]);
    // The writer's own clause after "but", an aside after a single dash and a cue after a comma end it.
    let c = one("Jane Roe said the border must be secured, but few voters agree.");
    assert_eq!(c.content, ["the border must be secured"]);
    let c = one("Jane Roe said the plan would fail -- a view few others share.");
    assert_eq!(c.content, ["the plan would fail"]);
    // A phrasal verb's object ends before a participle.
    let claims = read("Jane Roe renewed her call for a withdrawal, expressing dissatisfaction with the talks.");
    assert_eq!(claims[0].content, ["a withdrawal"]);
    let claims = read("Jane Roe said the plan would fail, adding that the vote was rigged.");
    assert_eq!(claims[0].content, ["the plan would fail"]);
}

#[test]
fn a_content_that_ends_with_a_quotation_goes_on_with_the_next() {
    let c = one("Yet the senator is also \"a change agent,\" Jane Roe said. \"That is what people want.\"");
    assert_eq!(c.content, ["Yet the senator is also \"a change agent,\"", "That is what people want."]);
    // Not when the content ends with words of the writer.
    let c = one("The senator is \"a change agent\" by now, Jane Roe said. \"That is what people want.\"");
    assert_eq!(c.content.len(), 1);
}

#[test]
fn according_to_in_an_aside_and_around_a_clause() {
    let c = one("The states (93 percent of voters there were white, according to exit polls) lean right.");
    assert_eq!(c.content, ["93 percent of voters there were white"]);
    assert_eq!(c.source.as_deref(), Some("exit polls"));
    let c = one("But, according to the poll, 46 percent of voters remain undecided.");
    assert_eq!(c.content, ["46 percent of voters remain undecided"]);
    let c = one("Turnout was higher than in 2008, when 42% voted, according to the Department of State.");
    assert_eq!(c.content, ["Turnout was higher than in 2008, when 42% voted"]);
    let c = one("One club was paid $29,715; another was paid $35,845, according to FEC records.");
    assert_eq!(c.content, ["One club was paid $29,715; another was paid $35,845"]);
    // A colon still opens the content.
    let c = one("The verdict: turnout was low, according to FEC records.");
    assert_eq!(c.content, ["turnout was low"]);
}

#[test]
fn what_a_poll_found() {
    let c = one("In a Des Moines Register poll last month, Jane Roe had a 10-point lead.");
    assert_eq!(c.content, ["Jane Roe had a 10-point lead"]);
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("a Des Moines Register poll last month"), "in"));
    let c = one("In the new survey, conducted March 11-13, 40 percent of voters back Jane Roe.");
    assert_eq!(c.content, ["40 percent of voters back Jane Roe"]);
    // Not a poll, not opening the sentence, or with a cue of its own.
    for text in
        ["In a speech last month, the senator stood by her staff.", "Jane Roe sits at single digits in the polls."]
    {
        assert_eq!(read(text), [], "{text}");
    }
    let c = one("In the poll, 60 percent said the economy was weak.");
    assert_eq!(c.lemma, "say");
}

#[test]
fn labels_and_tallies_before_a_colon_name_no_speaker() {
    for text in [
        "Q: Have you talked to her?",
        "A: Not yet, I will.",
        "BYLINE: Jane Roe.",
        "The Latest: Polls close in New Hampshire.",
        "Jane Roe: 1,769.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(one("BENENSON: Senator Sanders does not get to decide.").source.as_deref(), Some("BENENSON"));
}

#[test]
fn called_that_names_is_no_claim() {
    for text in
        ["An anti-war group called Ginbot 7 is recruiting.", "They closed the tax loophole called an inversion."]
    {
        assert_eq!(read(text), [], "{text}");
    }
    assert_eq!(one("Jane Roe called the plan \"a disgrace.\"").content, ["the plan \"a disgrace.\""]);
    assert_eq!(one("Officials called the plan a disgrace.").source.as_deref(), Some("Officials"));
}

#[test]
fn a_base_form_after_a_noun_or_a_possessive_is_a_noun() {
    for text in [
        "Jane Roe is a host on the radio show \"Generations.\"",
        "She spoke during a taping of her show in Buffalo.",
        "Valdez Anderson spoke on a media call set up by labor unions.",
    ] {
        assert_eq!(read(text), [], "{text}");
    }
    // A subject with a number, a participle or an object pronoun before the verb, or a clause after it.
    for text in [
        "About 4 in 10 say they want a change.",
        "Those surveyed say stricter laws would help.",
        "Many on the island believe that relief is possible.",
    ] {
        assert_eq!(read(text).len(), 1, "{text}");
    }
}

#[test]
fn adverbs_and_floating_quantifiers_join_the_cue() {
    let c = one("Jane Roe at the time said she would pay the fees.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe"));
    let c = one("The U.S. media has always claimed to be unbiased.");
    assert_eq!(c.source.as_deref(), Some("The U.S. media"));
    let c = one("The senators have both urged the mogul to release the tapes.");
    assert_eq!(c.source.as_deref(), Some("The senators"));
    // "at the time" that is not between a source and its cue stays in the content.
    let c = one("Jane Roe said she was at the time a member.");
    assert_eq!(c.content, ["she was at the time a member"]);
}

#[test]
fn a_quotation_left_open_at_its_paragraph_end_goes_on_with_the_claim() {
    let text = "\"We are ready,\" said Jane Roe. \"We will win. We will win soon.\n\nShe went on, \"Soon.\"";
    let c = &read(text)[0];
    assert_eq!(c.content, ["We are ready", "We will win. We will win soon."]);
}

#[test]
fn according_to_stops_at_a_spaced_dash() {
    let claims = read("Most Americans - 63 percent, according to the report - still believe it.");
    assert_eq!(claims[0].source.as_deref(), Some("the report"));
}

#[test]
fn find_attributes_only_a_clause() {
    assert_eq!(one("The poll found that Jane Roe would win.").content, ["Jane Roe would win"]);
    assert_eq!(
        one("Party officials found they could no longer defend her.").content,
        ["they could no longer defend her"]
    );
    for text in ["Jane Roe could still find a way to the nomination.", "Obama found himself in an awkward position."] {
        assert_eq!(read(text), [], "{text}");
    }
}

#[test]
fn a_time_phrase_after_a_postposed_cue() {
    let c = one("Turnout fell sharply, the Times reported late Thursday.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("Turnout fell sharply", Some("the Times")));
    let c = one("Turnout fell sharply, the Times reported ten days ago.");
    assert_eq!(c.content, ["Turnout fell sharply"]);
    // A content after the cue is still read.
    assert_eq!(one("The Times reported turnout fell.").content, ["turnout fell"]);
}

#[test]
fn an_adjunct_then_a_that_clause_after_a_cue() {
    let c = one("On Thursday night, Jane Roe told the audience at his fundraiser that the talks had failed.");
    assert_eq!(c.content, ["the talks had failed"]);
    // With no that-clause the adjunct ends a postposed claim.
    let c = one("The talks had failed, Jane Roe said at a fundraiser.");
    assert_eq!(c.content, ["The talks had failed"]);
}

#[test]
fn a_later_cue_not_only_the_next_ends_the_content() {
    let claims = read("Jane Roe told Reuters that she believes the plan will work and said the vote was fair.");
    assert_eq!(claims[0].content, ["she believes the plan will work"]);
    assert!(claims.iter().any(|c| c.content == ["the vote was fair"]), "{claims:#?}");
}

#[test]
fn a_name_with_a_parenthesis_then_an_appositive() {
    let c = one("Sen. Rob Portman (R-Ohio), another vulnerable incumbent, said he had not thought about it.");
    assert_eq!(c.source.as_deref(), Some("Sen. Rob Portman (R-Ohio), another vulnerable incumbent"));
    assert_eq!(c.content, ["he had not thought about it"]);
}

#[test]
fn a_proportion_in_figures_is_a_source() {
    let c = one("More than 4 in 10 said the economy was weak.");
    assert_eq!(c.source.as_deref(), Some("More than 4 in 10"));
}

#[test]
fn a_second_that_clause_and_a_closing_parenthesis() {
    let c = one("Jane Roe says many doubted her but that she never doubted them.");
    assert_eq!(c.content, ["many doubted her but that she never doubted them"]);
    let c = one("(Jane Roe says the photo would have made her cry.) The leaders stayed away.");
    assert_eq!(c.content, ["the photo would have made her cry"]);
}

#[test]
fn an_opening_scene_before_a_quotation() {
    let c = one("As boos erupt from the crowd, the executive says, \"Please quiet down.\"");
    assert_eq!((c.content[0].as_str(), c.kind), ("Please quiet down.", ClaimKind::Direct));
    // Without the subordinator the words before the source are the content.
    let c = one("The plan, the executive says, \"will fail.\"");
    assert_eq!(c.content, ["The plan", "will fail."]);
}

#[test]
fn asked_someone_a_question_after_a_titled_show() {
    let c = one("In an appearance on \"Morning Joe,\" co-host Mika Brzezinski asked Jane Roe how she would do it.");
    assert_eq!(c.content, ["how she would do it"]);
    assert_eq!(c.source.as_deref(), Some("co-host Mika Brzezinski"));
    // A quotation of the source's own words before it is still the content.
    let c = one("\"We will win,\" Jane Roe said.");
    assert_eq!(c.content, ["We will win"]);
}

#[test]
fn an_object_keeps_its_relative_clause_and_its_list() {
    let c = one("Jane Roe talked about a group of athletes who helped a runner who had fallen.");
    assert_eq!(c.content, ["a group of athletes who helped a runner who had fallen"]);
    let c = one("Residents cite jobs, safety and housing as top concerns.");
    assert_eq!(c.content, ["jobs, safety and housing as top concerns"]);
    let c = one("Jane Roe praised the mayor and the governor in an interview.");
    assert_eq!(c.content, ["the mayor and the governor"]);
    // A comma that closes the object, and an adjunct, still end it.
    let c = one("Jane Roe praised the mayor, a longtime ally of the party.");
    assert_eq!(c.content, ["the mayor"]);
}

#[test]
fn a_transcript_turn_runs_to_its_paragraph_end() {
    let claims =
        read("Q: Why not debate?\n\nBENENSON: He does not get to decide. He is running a negative race.\n\nThe end.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].content, ["He does not get to decide. He is running a negative race"]);
}

#[test]
fn a_that_clause_may_open_with_a_preposition() {
    let c = one("Jane Roe said that over the last five days the talks had stalled.");
    assert_eq!(c.content, ["over the last five days the talks had stalled"]);
    // Without "that", a topic preposition is what the verb is about, not a claim.
    assert!(read("Jane Roe spoke about the talks.").iter().all(|c| c.lemma != "speak"));
}

#[test]
fn an_aside_between_commas_after_the_cue_is_skipped() {
    let c = one("Jane Roe also said, without evidence, that the talks had stalled.");
    assert_eq!(c.content, ["the talks had stalled"]);
    let c = one("Jane Roe said, in an interview, \"The talks have stalled.\"");
    assert_eq!((c.content, c.kind), (vec!["The talks have stalled.".to_string()], ClaimKind::Direct));
    // A comma that ends the sentence's clause is no aside: "C, X said, adding D" keeps its shape.
    let claims = read("The talks stalled, Jane Roe said, and the envoys left.");
    assert_eq!(claims[0].content, ["The talks stalled"]);
}

#[test]
fn a_second_predicate_after_a_comma_ends_the_content() {
    let c = one("Jane Roe called the merger a terrible deal, and ranked its architect among the worst.");
    assert_eq!(c.content, ["the merger a terrible deal"]);
    // Inside a clause of its own, a coordinated verb is part of what was said.
    let c = one("Jane Roe said the ministry raised taxes and cut spending.");
    assert_eq!(c.content, ["the ministry raised taxes and cut spending"]);
}

#[test]
fn an_object_ends_before_the_occasion_it_was_said_on() {
    let c = one("Jane Roe criticized the plan in a tweet on Sunday.");
    assert_eq!(c.content, ["the plan"]);
    let c = one("Jane Roe described the wall in December.");
    assert_eq!(c.content, ["the wall"]);
    let c = one("Jane Roe accused the ministry of a major breach of trust in trying to block the rule.");
    assert_eq!(c.content, ["the ministry of a major breach of trust"]);
    // A place that is part of the object stays.
    let c = one("Jane Roe backed the mayor in the primary.");
    assert_eq!(c.content, ["the mayor in the primary"]);
}

#[test]
fn a_source_noun_keeps_its_prepositional_phrase() {
    let c = one("The talks will resume, a source close to him said.");
    assert_eq!(c.source.as_deref(), Some("a source close to him"));
    assert_eq!(c.source_kind, SourceKind::Anonymous);
    let c = one("A spokesman for the State Department said the talks would resume.");
    assert_eq!(c.source.as_deref(), Some("A spokesman for the State Department"));
    assert_eq!((c.source_kind, c.speaker), (SourceKind::Anonymous, None));
    let c = one("Officials familiar with the talks said they would resume.");
    assert_eq!(c.source.as_deref(), Some("Officials familiar with the talks"));
}

#[test]
fn a_restrictive_relative_clause_belongs_to_the_source() {
    let claims = read("Voters who backed the mayor in 2016 say the talks should resume.");
    let say = claims.iter().find(|c| c.lemma == "say").expect("the main verb's claim");
    assert_eq!(say.source.as_deref(), Some("Voters who backed the mayor in 2016"));
    assert_eq!(say.content, ["the talks should resume"]);
    // The relative clause's own claim ends where the source does.
    let back = claims.iter().find(|c| c.lemma == "back").expect("the relative clause's claim");
    assert_eq!(
        (back.source.as_deref(), back.content.as_slice()),
        (Some("Voters"), ["the mayor in 2016".to_string()].as_slice())
    );
    // Across a quotation the walk stops: the quotation is not the source.
    let c = one("\u{201c}Voters in Iowa are with us,\u{201d} Jane Roe said.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe"));
}

#[test]
fn a_quotation_closed_by_a_full_stop_goes_on_with_the_speaker_before_it() {
    let claims = read("\"Our jobs are leaving,\" Jane Roe said. \"It is a big problem.\" She said more.");
    assert_eq!(claims[0].content, ["Our jobs are leaving", "It is a big problem."]);
    assert_eq!(claims[0].source.as_deref(), Some("Jane Roe"));
    // A question still takes the cue after it.
    let c = one("\"Why now?\" Jane Roe asked.");
    assert_eq!((c.content.as_slice(), c.source.as_deref()), (["Why now?".to_string()].as_slice(), Some("Jane Roe")));
}

#[test]
fn a_claim_that_ends_its_paragraph_goes_on_into_a_paragraph_of_quotations() {
    let text =
        "Jane Roe shot back in a statement, saying she made money.\n\n\"Frankly, this is what we need.\"\n\nThe end.";
    let c = one(text);
    assert_eq!(c.content, ["she made money", "Frankly, this is what we need."]);
    // Not into a paragraph with a voice of its own.
    let text = "Jane Roe said she made money.\n\n\"We lost,\" Matthew Miller said.";
    let claims = read(text);
    assert_eq!(claims[0].content, ["she made money"]);
    assert_eq!(claims[1].speaker.as_deref(), Some("Matthew Miller"));
    // Nor past a paragraph that mixes a quotation and the writer's words.
    let text = "Jane Roe said she made money.\n\n\"We lost.\" The market fell.";
    assert_eq!(one(text).content, ["she made money"]);
}

// --- lexical tail (lex4) ---

#[test]
fn a_verb_that_doubles_its_final_consonant_is_a_cue_in_every_form() {
    let c = one("Jane Roe slammed the new tariffs in an interview.");
    assert_eq!(c.content, ["the new tariffs"]);
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "slam"));
    let c = one("Jane Roe preferred to wait for the final count.");
    assert_eq!(c.content, ["to wait for the final count"]);
    // The participle as an adjective after a determiner is no cue.
    assert!(read("The planned merger of the two firms was called off.").is_empty());
}

#[test]
fn tail_verbs_of_saying_wishing_and_expressing() {
    let c = one("\"We will not back down,\" the statement read.");
    assert_eq!(c.content, ["We will not back down"]);
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("the statement"), "read"));
    let c = one("Jane Roe would like to run for governor.");
    assert_eq!(c.content, ["to run for governor"]);
    let c = one("Jane Roe expressed concern about the new tariffs.");
    assert_eq!((c.content[0].as_str(), c.lemma.as_str()), ("the new tariffs", "express"));
    let c = one("Jane Roe railed against the new tariffs.");
    assert_eq!(c.content, ["the new tariffs"]);
    // The nouns these verbs share are no cues.
    assert!(read("The offer was rejected by the board.").is_empty());
    assert!(read("A reference to the law was removed.").is_empty());
    assert!(read("Advocates for stem cell research met on Monday.").is_empty());
}

#[test]
fn a_noun_like_cue_is_a_verb_after_an_auxiliary_a_subject_or_before_an_infinitive() {
    let c = one("Jane Roe would support a ban on assault weapons.");
    assert_eq!((c.content[0].as_str(), c.lemma.as_str()), ("a ban on assault weapons", "support"));
    let c = one("Jane Roe plans to run for governor.");
    assert_eq!(c.content, ["to run for governor"]);
    let c = one("Some Democrats fear that turnout will fall.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("turnout will fall", Some("Some Democrats")));
    // As nouns they neither attribute nor end another claim's content.
    assert!(read("His plans to run were rejected.").is_empty());
    assert!(read("Trump support is strong in rural counties.").is_empty());
    let c = one("Jane Roe said she was proud and the support of her colleagues mattered.");
    assert_eq!(c.content, ["she was proud and the support of her colleagues mattered"]);
}

#[test]
fn expect_is_an_active_stance_but_expected_alone_is_an_adjective() {
    let c = one("Jane Roe expects rates to rise next year.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("rates to rise next year", Some("Jane Roe")));
    let c = one("Jane Roe is expected to win the primary.");
    assert_eq!((c.content.len(), c.source), (2, None));
    assert!(read("Thousands of visitors expected this summer will strain the roads.").is_empty());
}

#[test]
fn as_reported_by_takes_its_source_after_it() {
    let c = one("The plant will close in June, as reported by Reuters.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("The plant will close in June", Some("Reuters")));
    assert_eq!(c.lemma, "as reported by");
    // A plain passive of "report" with no "as" is no source-after cue.
    assert!(read("The plant was reported by the owner.").iter().all(|c| c.lemma != "as reported by"));
}

#[test]
fn that_before_a_verb_is_the_subject_of_the_content() {
    let c = one("Jane Roe said that was a mistake.");
    assert_eq!(c.content, ["that was a mistake"]);
    let c = one("Jane Roe said that the talks failed.");
    assert_eq!(c.content, ["the talks failed"]);
}

#[test]
fn an_inverted_cue_inside_the_sentence_ends_its_appositive_at_the_verb() {
    let c = one("The economy, said Jane Roe, a historian at the library, is strong.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe, a historian at the library"));
    assert_eq!(c.content, ["The economy", "is strong"]);
    // At the end of the sentence the appositive runs to its end.
    let c = one("The economy is strong, said Jane Roe, a historian at the library.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe, a historian at the library"));
}

#[test]
fn a_participle_after_a_plural_belongs_to_the_source() {
    let claims = read("Activists trying to block the merger say they are winning.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].source.as_deref(), Some("Activists trying to block the merger"));
    // A participle that is a cue of its own still has its claim, which ends where the source does.
    let claims = read("Senators supporting the bill have said they will win.");
    let said = claims.iter().find(|c| c.lemma == "say").expect("the main claim");
    assert_eq!(
        (said.source.as_deref(), said.content.as_slice()),
        (Some("Senators supporting the bill"), ["they will win".to_string()].as_slice())
    );
}

#[test]
fn an_inverted_source_may_be_any_noun_after_a_determiner() {
    let c = one("\u{201c}They will find a way,\u{201d} wrote one commenter.");
    assert_eq!(c.source.as_deref(), Some("one commenter"));
    // Without a determiner, an unknown lowercase word is no source.
    assert!(
        read("\u{201c}They will find a way,\u{201d} wrote commenters online.")
            .iter()
            .all(|c| c.source.as_deref() != Some("commenters online"))
    );
}

#[test]
fn time_counted_back_and_ages_sit_between_a_source_and_its_cue() {
    let c = one("The State Department less than two weeks ago said for the first time that the server was hacked.");
    assert_eq!(c.source.as_deref(), Some("The State Department"));
    assert_eq!(c.content, ["the server was hacked"]);
    let c = one("Jane Roe, 58, who lives nearby, says she did not know much.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe, 58, who lives nearby"));
    assert_eq!(c.speaker.as_deref(), Some("Jane Roe"));
}

#[test]
fn a_participle_clause_after_despite_takes_the_subject_after_its_comma() {
    let claims = read("Despite challenging the leader, Jane Roe said she would work with him.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert!(claims.iter().all(|c| c.source.as_deref() == Some("Jane Roe")));
}

#[test]
fn a_plural_cue_form_after_a_possessive_is_a_noun() {
    assert!(
        read("Jane Roe was scathing in her speech and his remarks, threatening nobody.")
            .iter()
            .all(|c| c.lemma != "remark")
    );
    // The verb after a subject is still a cue.
    assert_eq!(one("Jane Roe remarks that the talks stalled.").lemma, "remark");
}

#[test]
fn a_closing_appositive_on_what_was_said_is_the_writers() {
    let c = one("Jane Roe said the plant would cut 3,000 jobs, a move that angered the union.");
    assert_eq!(c.content, ["the plant would cut 3,000 jobs"]);
    // An appositive inside the content, with the sentence going on after it, stays.
    let c = one("Jane Roe said the plan, a bold idea, would work.");
    assert_eq!(c.content, ["the plan, a bold idea, would work"]);
}

#[test]
fn an_as_clause_reports_the_clause_it_is_attached_to() {
    let c = one("As the Times reported, Jane Roe raised more than $1 million.");
    assert_eq!(
        (c.source.as_deref(), c.content.as_slice()),
        (Some("the Times"), ["Jane Roe raised more than $1 million".to_string()].as_slice())
    );
    let c = one("The talks failed, as Matthew Miller noted.");
    assert_eq!(
        (c.speaker.as_deref(), c.content.as_slice()),
        (Some("Matthew Miller"), ["The talks failed".to_string()].as_slice())
    );
    // A temporal "as" clause with more than its source and cue reports nothing.
    assert!(read("The talks failed as Jane Roe noted the time.").iter().all(|c| c.content != ["The talks failed"]));
    assert!(read("As Jane Roe walked in, the talks failed.").is_empty());
}

#[test]
fn a_postposed_cue_ends_its_continuation_like_any_content() {
    let c = one("Despite the expansion, Jane Roe noted, the budget will sink to 1 percent, which is low.");
    assert_eq!(c.content, ["Despite the expansion", "the budget will sink to 1 percent"]);
    // A subject in -ing is no participle.
    let c = one("Despite the expansion, Jane Roe noted, spending will sink to 1 percent.");
    assert_eq!(c.content, ["Despite the expansion", "spending will sink to 1 percent"]);
}

#[test]
fn doubled_apostrophes_close_after_an_inner_quotation() {
    let c = one("''I would use the word 'old-school,''' said Jane Roe.");
    assert_eq!(
        (c.content.as_slice(), c.kind),
        (["I would use the word 'old-school,'".to_string()].as_slice(), ClaimKind::Direct)
    );
    assert_eq!(c.speaker.as_deref(), Some("Jane Roe"));
}

#[test]
fn intensifiers_fractions_and_coordinated_sources() {
    let c = one("Jane Roe herself said Tuesday that the talks failed.");
    assert_eq!((c.source.as_deref(), c.speaker.as_deref()), (Some("Jane Roe herself"), Some("Jane Roe")));
    let c = one("Almost half said they wanted a nominee from outside.");
    assert_eq!(c.source.as_deref(), Some("Almost half"));
    let c = one("Three-fourths say the government should act.");
    assert_eq!(c.source.as_deref(), Some("Three-fourths"));
    let c = one("The talks failed, union members and leaders say.");
    assert_eq!(c.source.as_deref(), Some("union members and leaders"));
    let c = one("It is about audiences, he and Jane Roe said.");
    assert_eq!(c.source.as_deref(), Some("he and Jane Roe"));
    // The first conjunct must be a phrase of its own, not the end of a clause.
    let claims = read("Voters want jobs and officials said it is hard.");
    assert_eq!(claims.last().and_then(|c| c.source.clone()).as_deref(), Some("officials"));
}

// --- adjectives and nouns (adj) ---

#[test]
fn a_predicative_adjective_of_stance_after_a_copula_is_a_cue() {
    let c = one("Jane Roe is confident that the levee will hold.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("that the levee will hold", Some("Jane Roe")));
    assert_eq!(c.lemma, "confident");
    let c = one("The residents remain deeply skeptical that the canal will be finished.");
    assert_eq!(c.content, ["that the canal will be finished"]);
    assert_eq!(c.source.as_deref(), Some("The residents"));
    let c = one("Jane Roe was sharply critical of the new zoning plan.");
    assert_eq!((c.content[0].as_str(), c.lemma.as_str()), ("the new zoning plan", "critical"));
    let c = one("The mayor has long been eager to rebuild the old pier.");
    assert_eq!(c.content, ["to rebuild the old pier"]);
    let c = one("They're hopeful they can run the ferry again by spring.");
    assert_eq!(c.content, ["they can run the ferry again by spring"]);
    let c = one("Local officials reluctant to raise fares met on Friday.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("to raise fares met on Friday", Some("Local officials")));
}

#[test]
fn a_predicative_adjective_without_a_stance_or_a_source_is_no_cue() {
    // The writer's own doubt, with no source.
    assert!(read("It is unclear whether the levee will hold.").is_empty());
    // A thing, not a source, as the subject.
    assert!(read("The water was clear that morning.").is_empty());
    // No complement: no content.
    assert!(read("Jane Roe was confident and relaxed.").is_empty());
    // A condition or a generic "you" reports no one's stance.
    assert!(read("The plan may pass if the mayor is willing to compromise.").is_empty());
    assert!(read("You should be willing to listen to the farmers.").is_empty());
    // Inside another claim's content, the adjective is part of what was said.
    let c = one("Jane Roe said she is confident that the levee will hold.");
    assert_eq!((c.content[0].as_str(), c.lemma.as_str()), ("she is confident that the levee will hold", "say"));
}

#[test]
fn a_noun_of_belief_or_judgement_after_a_possessive_is_a_cue() {
    let c = one("The plan rests on Jane Roe's belief that the levee will hold.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("that the levee will hold", Some("Jane Roe's")));
    assert_eq!(c.lemma, "belief");
    let c = one("In her view, the levee will hold through the spring.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("the levee will hold through the spring", Some("her")));
    let c = one("In the view of Jane Roe, the levee will hold.");
    assert_eq!((c.content[0].as_str(), c.source.as_deref()), ("the levee will hold", Some("Jane Roe")));
    // Inside the sentence's subject, the content ends before the main verb.
    let c = one("Jane Roe's attacks on the zoning board have drawn wide notice.");
    assert_eq!((c.content[0].as_str(), c.lemma.as_str()), ("the zoning board", "attacks"));
    let c = one("His refusal to sign the budget has angered the council.");
    assert_eq!(c.content, ["to sign the budget"]);
}

#[test]
fn a_noun_that_narrates_or_has_no_owner_is_no_cue() {
    // Nouns of plain intention and support narrate what was done.
    assert!(read("Jane Roe's decision to close the pier angered residents.").is_empty());
    assert!(read("Her support for the new pier was never in doubt.").is_empty());
    // "X's claim that C" is left out.
    assert!(read("Jane Roe's claim that the pier is unsafe was disputed.").is_empty());
    // No possessive, no source.
    assert!(read("The belief that the levee will hold is widespread.").is_empty());
    assert!(read("The attacks on the convoy stopped at dawn.").is_empty());
    // "in his view" needs its comma: "in his view of the river" is a sight, not an opinion.
    assert!(read("The old mill stood in his view of the river.").is_empty());
}

#[test]
fn an_opening_asked_clause_is_a_question_and_the_answer_its_own_claim() {
    let claims = read("Asked by Matthew Miller whether she had read the plan, Jane Roe said, \"I read it once.\"");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(
        (claims[0].lemma.as_str(), claims[0].content.as_slice()),
        ("ask", ["whether she had read the plan".to_string()].as_slice())
    );
    assert_eq!(claims[0].speaker.as_deref(), Some("Matthew Miller"));
    assert_eq!(
        (claims[1].content.as_slice(), claims[1].speaker.as_deref()),
        (["I read it once.".to_string()].as_slice(), Some("Jane Roe"))
    );
    let claims = read("Jane Roe said, \"We'll see,\" when asked whether she would run.");
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[0].content, ["We'll see"]);
    assert_eq!(
        (claims[1].content.as_slice(), claims[1].source.as_deref()),
        (["whether she would run".to_string()].as_slice(), None)
    );
}

#[test]
fn a_negated_copula_before_an_adjective_and_that_is_no_verb() {
    assert!(read("It is not clear that the talks will resume.").is_empty());
}

#[test]
fn a_bare_noun_of_attitude_and_its_preposition_join_the_cue() {
    let c = one("Jane Roe voiced concerns about the plan.");
    assert_eq!(c.content, ["the plan"]);
    let c = one("Jane Roe expressed strong support for the plan.");
    assert_eq!(c.content, ["the plan"]);
    // Responsibility claimed is what was claimed (the seed's convention); a determined noun is part of
    // what was said.
    let c = one("The group claimed responsibility for the attack.");
    assert_eq!(c.content, ["responsibility for the attack"]);
    let c = one("Jane Roe reiterated her support for the plan.");
    assert_eq!(c.content, ["her support for the plan"]);
}

#[test]
fn a_source_never_reaches_into_the_sentence_before() {
    let c = one("Officials who spoke to Reuters were brief. A militia group claimed the attack.");
    assert_eq!(c.source.as_deref(), Some("A militia group"));
}

#[test]
fn a_comma_that_closes_an_opening_subordinate_clause_opens_no_appositive() {
    let c = one("Jane Roe said that when the plant did well, the owner was a good neighbour.");
    assert_eq!(c.content, ["when the plant did well, the owner was a good neighbour"]);
}

#[test]
fn adjuncts_up_to_a_colon_belong_to_the_cue() {
    let c = one("Jane Roe said of the latest request: \"The inquiry resolved all of this.\"");
    assert_eq!(
        (c.content.as_slice(), c.kind),
        (["The inquiry resolved all of this.".to_string()].as_slice(), ClaimKind::Direct)
    );
    // A quotation in the next paragraph is taken once.
    let c = one("Jane Roe wrote after the raid:\n\n\"The government has done almost nothing.\"");
    assert_eq!(c.content, ["The government has done almost nothing."]);
}

#[test]
fn a_long_opening_prepositional_phrase_leaves_the_subject_after_its_comma() {
    let c = one("Outside the arena in downtown Washington, protesters gathered, chanting \"Dump the plan.\"");
    assert_eq!(c.source.as_deref(), Some("protesters"));
}

#[test]
fn page_furniture_before_a_colon_names_no_speaker() {
    for text in
        ["Contributing: Jane Roe.", "Twitter: @janeroe.", "Email: roe@example.com.", "Follow: Jane Roe on the radio."]
    {
        assert!(read(text).is_empty(), "{text}");
    }
    // A name before a colon still speaks.
    assert_eq!(one("Jane Roe: We will win the vote.").source.as_deref(), Some("Jane Roe"));
}

#[test]
fn a_participle_between_a_preposition_and_a_plural_is_an_adjective() {
    assert!(read("The count is a combination of pledged delegates and others.").is_empty());
    // After a subject it is the verb.
    assert_eq!(one("Jane Roe pledged delegates to the mayor.").lemma, "pledge");
}

#[test]
fn a_cue_form_before_a_verb_of_its_own_is_a_noun() {
    assert!(read("The strong jobs report has cleared the way for a rate rise.").is_empty());
    // Not in a relative clause before its gap, nor after a pronoun.
    let c = one("The plant faces a strike that the owners say will hurt earnings.");
    assert_eq!(
        (c.source.as_deref(), c.content.as_slice()),
        (Some("the owners"), ["will hurt earnings".to_string()].as_slice())
    );
}

#[test]
fn a_coordinated_verb_with_an_object_pronoun_is_the_next_predicate() {
    let c = one("Jane Roe called the merger a terrible deal and likened it to a fire sale.");
    assert_eq!(c.content, ["the merger a terrible deal"]);
    // Within a clause of its own, a verb without such an object goes on.
    let c = one("Jane Roe said the ministry raised taxes and cut spending.");
    assert_eq!(c.content, ["the ministry raised taxes and cut spending"]);
}

#[test]
fn means_and_time_clauses_end_a_content() {
    let c = one("Jane Roe criticized the plan by holding up a poll of voters.");
    assert_eq!(c.content, ["the plan"]);
    let c = one("Jane Roe said she was excited as she faced the vote.");
    assert_eq!(c.content, ["she was excited"]);
    // "as" before a noun phrase is the object's predicate.
    let c = one("Jane Roe described the mayor as a weak leader.");
    assert_eq!(c.content, ["the mayor as a weak leader"]);
}

#[test]
fn a_comma_and_with_no_list_before_it_ends_an_object() {
    let c = one("Jane Roe praised the mayor, and the council voted the plan down.");
    assert_eq!(c.content, ["the mayor"]);
    // A list closed by "and" stays whole.
    let c = one("Jane Roe praised the mayor, the council, and the governor.");
    assert_eq!(c.content, ["the mayor, the council, and the governor"]);
}

#[test]
fn an_invisible_format_mark_leaves_a_quotation_mark_in_its_place() {
    let c = one("\u{202a}\u{201d}This is why it matters,\u{201d} wrote Jane Roe.");
    assert_eq!(
        (c.content.as_slice(), c.speaker.as_deref()),
        (["This is why it matters".to_string()].as_slice(), Some("Jane Roe"))
    );
}

#[test]
fn an_unlisted_past_verb_after_an_opening_quotation_is_its_cue() {
    let c = one("\u{201c}Go back to the studio,\u{201d} Jane Roe barked, and walked away.");
    assert_eq!((c.lemma.as_str(), c.kind, c.speaker.as_deref()), ("barked", ClaimKind::Direct, Some("Jane Roe")));
    assert_eq!(c.content, ["Go back to the studio"]);
    // A quotation that is a title, before a verb that is no speech, is no claim.
    assert!(read("\u{201c}Hamlet\u{201d} opened in May.").is_empty());
    assert!(read("\u{201c}Go back,\u{201d} Jane Roe walked the dog.").is_empty());
}

#[test]
fn a_dash_after_a_paragraph_of_quotations_credits_them() {
    let claims = read("\"I will look into it. I do not know the status.\"\n\n- Jane Roe.\n\nThe end.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!((claims[0].speaker.as_deref(), claims[0].lemma.as_str()), (Some("Jane Roe"), "-"));
    assert_eq!(claims[0].content, ["I will look into it. I do not know the status."]);
    // A dash line after the writer's own words credits nothing.
    assert!(read("The vote is today.\n\n- Jane Roe.").is_empty());
}

#[test]
fn issuing_a_statement_is_a_cue() {
    let c = one("Jane Roe issued the following statement:\n\n\u{201c}Our prayers are with them.\u{201d}");
    assert_eq!(
        (c.content.as_slice(), c.kind),
        (["Our prayers are with them.".to_string()].as_slice(), ClaimKind::Direct)
    );
}

// --- no source in the text (nosrc) ---

/// The contents of the claims with no source in the text, in order.
fn unsourced(text: &str) -> Vec<Vec<String>> {
    read(text).into_iter().filter(|c| c.source.is_none()).map(|c| c.content).collect()
}

#[test]
fn an_asked_clause_takes_a_month_an_adjunct_and_whom() {
    assert_eq!(
        unsourced("He gave the same answer when asked in May if he would back the plan."),
        [["if he would back the plan"]]
    );
    assert_eq!(
        unsourced("Asked during a televised debate why he trailed, Jane Roe said he would catch up."),
        [["why he trailed"]]
    );
    assert_eq!(unsourced("Whenever asked whom she favoured, the mayor smiled."), [["whom she favoured"]]);
    // A preposition that opens no adjunct of time or place is no question.
    assert!(unsourced("When asked for lunch, the mayor declined.").is_empty());
    assert!(unsourced("The mayor, asked to leave the room, stayed.").is_empty());
}

#[test]
fn the_one_asked_in_a_passive_is_no_source() {
    let c = one("The senator was asked whether she would run again.");
    assert_eq!(
        (c.content.as_slice(), c.source.as_deref()),
        (["whether she would run again".to_string()].as_slice(), None)
    );
    let c = one("Jane Roe was asked about the new budget during an interview on Friday.");
    assert_eq!((c.content.as_slice(), c.source.as_deref()), (["about the new budget".to_string()].as_slice(), None));
    let c = one("Jane Roe was asked to name a single achievement of the council.");
    assert_eq!(c.content, ["Jane Roe", "to name a single achievement of the council"]);
    assert_eq!(c.source, None);
    let c = one("Asked why he had waited during a radio interview on Monday, the mayor laughed.");
    assert_eq!(c.content, ["why he had waited"]);
    // "asked for" and a plain object are no question; nothing is read, and the one asked is never the source.
    assert!(read("The senator was asked for her papers at the border.").is_empty());
    assert!(
        read("The senator was asked a favour by her aide.").iter().all(|c| c.source.as_deref() != Some("The senator"))
    );
}

#[test]
fn an_asked_participle_after_a_comma_is_a_question() {
    assert_eq!(
        unsourced("\"It has been too long,\" Jane Roe said, asked about the delay in an interview."),
        [["about the delay"]]
    );
    // "asked" after a comma with no question is nothing.
    assert!(unsourced("The mayor left, asked nothing.").is_empty());
}

#[test]
fn what_seems_ends_where_the_writer_goes_on() {
    let c = one("Jane Roe seemed to agree: at one point the shares rose sharply.");
    assert_eq!(
        (c.content.as_slice(), c.source.as_deref()),
        (["Jane Roe".to_string(), "to agree".to_string()].as_slice(), None)
    );
    let c = one("The mayor appeared to dismiss the report in October, when the council met.");
    assert_eq!(c.content, ["The mayor", "to dismiss the report in October"]);
    let c = one("The council seems to be moving on \u{2014} the vote is next week.");
    assert_eq!(c.content, ["The council", "to be moving on"]);
    // A comma alone does not end it.
    let c = one("The mayor seemed ready to come on board, bringing a deal.");
    assert_eq!(c.content, ["The mayor", "ready to come on board, bringing a deal"]);
}

#[test]
fn the_subject_of_seems_keeps_its_prepositional_phrases_and_relatives() {
    let c = one("The character of the race appeared to change over the weekend.");
    assert_eq!(c.content, ["The character of the race", "to change over the weekend"]);
    let c = one("She met the voters, who seemed to be confused by the ballot.");
    assert_eq!(c.content, ["who", "to be confused by the ballot"]);
    // "that" may be a conjunction: no subject is read.
    assert!(read("The thing that seemed odd was the hour.").is_empty());
}

#[test]
fn an_expected_infinitive_ends_like_an_impression() {
    let c = one("The final closing of the plant is expected to happen in May, with hundreds of jobs lost.");
    assert_eq!(
        (c.content.as_slice(), c.source.as_deref()),
        (["The final closing of the plant".to_string(), "to happen in May".to_string()].as_slice(), None)
    );
    // A subject that opens a subordinate clause ends its content at the comma.
    let claims = read("While the mayor is expected to win easily, the council race is open.");
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].content, ["the mayor", "to win easily"]);
    // Without a comma the content runs on.
    let c = one("The mayor is expected to sign the measure and the council to follow.");
    assert_eq!(c.content, ["The mayor", "to sign the measure and the council to follow"]);
}

#[test]
fn how_someone_unnamed_sees_or_knows_a_subject() {
    let c = one("The kingdom is widely viewed as a bulwark against its rivals.");
    assert_eq!(c.content, ["The kingdom", "a bulwark against its rivals"]);
    assert_eq!(c.source, None);
    let c = one("The character of the party is seen as a liability in the suburbs.");
    assert_eq!(c.content, ["The character of the party", "a liability in the suburbs"]);
    let c = one("Jane Roe is best known for her sharp questions.");
    assert_eq!(c.content, ["Jane Roe", "her sharp questions"]);
    let c = one("Sixty of the emails were deemed classified.");
    assert_eq!(c.content, ["Sixty of the emails", "classified"]);
    // Seeing with the eyes, a participle that only names a thing, "known to": no claim.
    assert!(read("The comet was seen over the city on Monday.").is_empty());
    assert!(read("The program, known as the Fund, was cut.").is_empty());
    assert!(read("She is known to many in the town.").is_empty());
}

#[test]
fn an_infinitive_cue_takes_its_subject_unless_a_verb_hands_it_to_an_object() {
    let claims = read("Jane Roe flew to Iraq before heading to Germany to discuss security.");
    let discuss = claims.iter().find(|c| c.lemma == "discuss").expect("the infinitive's claim");
    assert_eq!(discuss.speaker.as_deref(), Some("Jane Roe"));
    let c = one("The violence led Matthew Miller to announce a halt.");
    assert_eq!((c.speaker.as_deref(), c.lemma.as_str()), (Some("Matthew Miller"), "announce"));
}

#[test]
fn a_floated_quantifier_after_a_plural_and_an_expletive_subject() {
    let c = one("Establishment figures both suggested the party should unite.");
    assert_eq!(c.source.as_deref(), Some("Establishment figures both"));
    // "There's" is no one to borrow a participle's source from.
    assert!(
        read("There's a long line at the rally, chanting outside.")
            .iter()
            .all(|c| c.source.as_deref() != Some("There's"))
    );
}

#[test]
fn a_participle_between_a_possessive_and_a_noun_is_an_adjective() {
    assert!(read("The senator got his favored provision into the bill.").is_empty());
    // A noun after a possessive may be a source of its own.
    assert_eq!(one("Her lawyer said the bill passed.").source.as_deref(), Some("Her lawyer"));
}

#[test]
fn a_pronoun_with_a_contracted_auxiliary_is_a_source() {
    let claims = read("Jane Roe said the talks failed. She's predicting that the race will be close.");
    let c = claims.iter().find(|c| c.lemma == "predict").expect("the contracted pronoun's claim");
    assert_eq!((c.source_kind, c.speaker.as_deref()), (SourceKind::Pronoun, Some("Jane Roe")));
    // A name's -'s before a cue form is still a possessive.
    assert!(read("The ministry's report was late.").iter().all(|c| c.lemma != "report"));
}

#[test]
fn semicolons_singular_quantifiers_which_asides_and_names_with_determiners() {
    let c = one("Turnout will be low, analysts say; in 2012 it was high.");
    assert_eq!(c.content, ["Turnout will be low"]);
    let claims = read("One says the plan works, while another says it fails.");
    assert_eq!(claims.iter().map(|c| c.source.as_deref()).collect::<Vec<_>>(), [Some("One"), Some("another")]);
    let c = one("Executives for the Ministry of Finance, which earned $30 billion last year, say costs will fall.");
    assert_eq!(c.speaker.as_deref(), Some("Ministry of Finance"));
    let c = one("\u{201c}It was the first time,\u{201d} CBS This Morning co-anchor Jane Roe said.");
    assert_eq!(c.source.as_deref(), Some("CBS This Morning co-anchor Jane Roe"));
}

#[test]
fn continue_reports_only_what_follows_a_comma_a_colon_or_a_quotation() {
    assert!(read("Jane Roe continued the work until June.").is_empty());
    assert!(read("Jane Roe continued campaigning with the mayor.").is_empty());
    let c = one("Jane Roe continued, \"We will not stop.\"");
    assert_eq!(c.content, ["We will not stop."]);
}

#[test]
fn a_cue_form_after_a_word_of_broadcasting_is_a_noun() {
    assert!(read("She starred in the reality TV show \"The Apprentice.\"").is_empty());
    assert!(read("Television shows and movies addressing the crisis multiplied.").is_empty());
    // A broadcaster's name before the verb is its subject.
    assert_eq!(one("The Times reports that the talks failed.").lemma, "report");
}

#[test]
fn an_article_before_a_number_or_quantifier_belongs_to_the_source() {
    assert_eq!(one("The two senators said the bill would pass.").source.as_deref(), Some("The two senators"));
    assert_eq!(one("His many critics say he is wrong.").source.as_deref(), Some("His many critics"));
}

#[test]
fn an_impersonal_passive_has_no_source_even_after_an_adjunct() {
    let c = one("It was announced on Monday that the plant would close.");
    assert_eq!((c.source.as_deref(), c.content.as_slice()), (None, ["the plant would close".to_string()].as_slice()));
}

#[test]
fn a_later_cue_ends_a_content_only_after_a_subject() {
    let c = one("Jane Roe said the group has not changed, despite the call for change.");
    assert_eq!(c.content, ["the group has not changed, despite the call for change"]);
    let claims = read("Jane Roe said the mayor could lose not only because he lied but also because he denied it.");
    assert_eq!(claims[0].content, ["the mayor could lose not only because he lied but also because he denied it"]);
    // "and" and a short subject before the next cue still end it.
    let claims = read("Jane Roe said the plan failed, and 60 percent said it would.");
    assert_eq!(claims[0].content, ["the plan failed"]);
}

// --- long and discontinuous contents (span) ---

#[test]
fn a_quotation_goes_on_after_a_place_abbreviation() {
    let c = one("\"We will win,\" Jane Roe said at a rally in Fort Mill, S.C. \"The state is ours.\"");
    assert_eq!(c.content, ["We will win", "The state is ours."]);
    // A quotation inside the sentence after an abbreviation does not open a new one.
    let c = one("Jane Roe said the U.S. \"war on drugs\" had failed.");
    assert_eq!(c.content, ["the U.S. \"war on drugs\" had failed"]);
}

#[test]
fn the_second_part_after_a_postposed_cue() {
    // After an adjunct of the cue, a quotation or a that-clause goes on with the content.
    let c = one("\"We will win,\" Jane Roe said of the race, \"because the voters are with us.\"");
    assert_eq!(c.content, ["We will win", "because the voters are with us."]);
    let c = one("It matters, Jane Roe said in an interview, that the mayor listens.");
    assert_eq!(c.content, ["It matters", "the mayor listens"]);
    // A quotation straight after the cue, with no comma.
    let c = one("\"We will win,\" Jane Roe said \"The voters are with us.\"");
    assert_eq!(c.content, ["We will win", "The voters are with us."]);
    // A quotation that a conjunction joins, a that-clause after a quotation, a reason.
    let c = one("\"We will win,\" she said, and \"the voters know it.\"");
    assert_eq!(c.content, ["We will win", "and \"the voters know it.\""]);
    let c = one("\"It is a shame,\" Jane Roe said, that the plant closed.");
    assert_eq!(c.content, ["It is a shame", "the plant closed"]);
    let c = one("It was too late, Jane Roe said, because the polls had closed.");
    assert_eq!(c.content, ["It was too late", "because the polls had closed"]);
}

#[test]
fn what_is_not_a_second_part_after_a_postposed_cue() {
    // A title after the cue, a concession, the writer's clause after an adjunct, a relative clause's quotation.
    let c = one("\"We will win,\" Jane Roe said on \"Meet the Press\" on Sunday.");
    assert_eq!(c.content, ["We will win"]);
    let c = one("\"We will win,\" Jane Roe said \"Today\" on Sunday.");
    assert_eq!(c.content, ["We will win"]);
    let c = one("It was too late, Jane Roe said, although the polls were open.");
    assert_eq!(c.content, ["It was too late"]);
    let c = one("It was late, Jane Roe said on Monday, as the rain fell.");
    assert_eq!(c.content, ["It was late"]);
    let claims = read("\"We will win,\" said Jane Roe, who thinks voters \"want a change.\"");
    assert_eq!(claims[0].content, ["We will win"], "{claims:#?}");
}

#[test]
fn a_quotation_led_by_one_word_goes_on_with_the_quote_before() {
    let c = one("\"We will win,\" Jane Roe said. But \"the race is close.\"");
    assert_eq!(c.content, ["We will win", "But \"the race is close.\""]);
    let c = one("\"We will win,\" Jane Roe said. Now, \"the race is close.\"\nThe polls opened.");
    assert_eq!(c.content, ["We will win", "Now, \"the race is close.\""]);
    // Not when the quotation is only part of the sentence, nor a sentence with a cue of its own.
    let c = one("\"We will win,\" Jane Roe said. But the \"race\" is close.");
    assert_eq!(c.content, ["We will win"]);
    let claims = read("\"We will win,\" Jane Roe said. He added, \"The race is close.\"");
    assert_eq!(claims[0].content, ["We will win"], "{claims:#?}");
}

#[test]
fn a_reopened_quotation_with_a_cue_of_its_own_is_a_new_one() {
    let t = "\"The bias is strong,\" Jane Roe said. \"They think every man is a spy.\n\n\"And they still ride camels,\" she said with a laugh.";
    let claims = read(t);
    assert_eq!(claims.len(), 2, "{claims:#?}");
    assert_eq!(claims[0].content, ["The bias is strong", "They think every man is a spy."]);
    assert_eq!(claims[1].content, ["And they still ride camels"]);
    // With no cue after it, the reopened paragraph goes on with the quotation before.
    let c = one("Jane Roe said: \"They think every man is a spy.\n\n\"And they still ride camels.\"");
    assert_eq!(c.content, ["They think every man is a spy.\n\n\"And they still ride camels."]);
}

#[test]
fn a_long_adjunct_of_the_cue_before_the_second_quotation() {
    let t = "\"We will win,\" Jane Roe wrote in a statement to the press explaining why she is speaking at the convention, \"but the race is close.\"";
    let claims = read(t);
    assert_eq!(claims[0].content, ["We will win", "but the race is close."], "{claims:#?}");
    // Bounded: a clause of twenty words before the comma is no adjunct of the cue.
    let t = "\"We will win,\" Jane Roe wrote in a long statement to the press from the bus on the way to the big hall in the old part of the city, \"but the race is close.\"";
    assert_eq!(one(t).content, ["We will win"]);
}

#[test]
fn a_claim_inside_another_lends_its_source_to_no_later_coordinated_verb() {
    let claims = read("Jane Roe did say she found the mayor charming and called his plan a disgrace.");
    let call = claims.iter().find(|c| c.lemma == "call").expect("the coordinated verb's claim");
    assert_eq!(call.source.as_deref(), Some("Jane Roe"));
}

#[test]
fn the_subject_an_infinitive_borrows_ends_before_the_verb() {
    let c = one("Jane Roe went to Ohio to say the ruling was wrong.");
    assert_eq!(c.source.as_deref(), Some("Jane Roe"));
}

#[test]
fn an_opening_participle_clause_leaves_the_subject_after_its_comma() {
    let claims = read("Standing before a large crowd in Ohio, Jane Roe read the names, insisting they were heroes.");
    let insisting = claims.iter().find(|c| c.lemma == "insist").expect("the participle's claim");
    assert_eq!(insisting.source.as_deref(), Some("Jane Roe"));
}

#[test]
fn a_place_after_its_own_comma_is_part_of_the_appositive() {
    let c = one("Jane Roe, of Iowa, a swing state, said the hearing would not happen.");
    assert_eq!(
        (c.source.as_deref(), c.speaker.as_deref()),
        (Some("Jane Roe, of Iowa, a swing state"), Some("Jane Roe"))
    );
}

#[test]
fn a_plural_after_a_determiner_number_or_name_before_that_is_a_noun() {
    assert!(read("Samoa is one of five U.S. territories that cast votes in primaries.").is_empty());
    assert!(read("The only winners were the ones that stuck with the party.").is_empty());
    // An unlisted verb after its subject still reports a that-clause.
    assert_eq!(one("Jane Roe acknowledges that the talks failed.").content, ["the talks failed"]);
}

#[test]
fn according_to_vouches_for_a_trailing_relative_or_with_phrase() {
    let c =
        one("The campaign can still close the gap in delegates, which stood at 263 on Tuesday, according to Reuters.");
    assert_eq!(c.content, ["which stood at 263 on Tuesday"]);
    let c = one("The talks will resume in June, according to Reuters.");
    assert_eq!(c.content, ["The talks will resume in June"]);
}

// --- lexical tail, second pass (lex6) ---

#[test]
fn knocked_reports_its_object_as_a_judgement() {
    let c = one("Jane Roe knocked the senator for his vote on trade.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "knock"));
    assert!(read("The storm knocked out power.").is_empty());
}

#[test]
fn shared_and_listed_report_their_object() {
    let c = one("Jane Roe shared her doubts about the deal.");
    assert_eq!((c.content.clone(), c.lemma.as_str()), (vec!["her doubts about the deal".to_string()], "share"));
    let c = one("Jane Roe lists three reasons the plan will fail.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "list"));
    assert!(read("The company's shares fell.").is_empty());
    assert!(read("The list of donors was long.").is_empty());
}

#[test]
fn opened_up_about_reports_its_topic() {
    let c = one("Jane Roe opened up about her struggles with the party.");
    assert_eq!(
        (c.content.clone(), c.lemma.as_str()),
        (vec!["her struggles with the party".to_string()], "open up about")
    );
    assert!(read("The store opened up a new branch.").is_empty());
}

#[test]
fn pressed_takes_a_hearer_before_its_infinitive() {
    let c = one("Jane Roe pressed the mayor to resign.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "press"));
    assert!(read("Officials pressed on with the plan.").is_empty());
}

#[test]
fn quoted_reports_the_words_it_quotes() {
    let c = one("Jane Roe quoted the governor as saying the plan was dead.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "quote"));
    // The noun is not a cue.
    assert!(read("Her quotes were printed on the front page.").is_empty());
}

#[test]
fn signed_reports_the_document_it_puts_a_name_to() {
    let c = one("Jane Roe signed a letter urging the council to act.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "sign"));
    // The noun is not a cue.
    assert!(read("Signs of recovery were everywhere.").is_empty());
}

#[test]
fn took_issue_with_and_objected_to_report_what_they_oppose() {
    let c = one("Jane Roe took issue with the ruling.");
    assert_eq!((c.content.clone(), c.lemma.as_str()), (vec!["the ruling".to_string()], "take issue with"));
    let c = one("Jane Roe objected to the new rules.");
    assert_eq!((c.content.clone(), c.lemma.as_str()), (vec!["the new rules".to_string()], "object to"));
    assert!(read("The object to the left is a chair.").is_empty());
}

#[test]
fn brushed_off_and_shrugged_off_report_what_they_dismiss() {
    let c = one("Jane Roe shrugged off questions about her health.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "shrug off"));
    let c = one("Jane Roe brushed off the criticism.");
    assert_eq!((c.content.clone(), c.lemma.as_str()), (vec!["the criticism".to_string()], "brush off"));
    assert!(read("She brushed the dust off her coat.").is_empty());
    assert!(read("He shrugged and left.").is_empty());
}

#[test]
fn embraced_reports_what_it_supports() {
    let c = one("Jane Roe embraced the plan.");
    assert_eq!((c.content.clone(), c.lemma.as_str()), (vec!["the plan".to_string()], "embrace"));
    assert!(read("The couple embraced.").is_empty());
}

#[test]
fn framed_reports_how_its_object_is_cast() {
    let c = one("Jane Roe framed the election as a choice between two futures.");
    assert_eq!((c.source.as_deref(), c.lemma.as_str()), (Some("Jane Roe"), "frame"));
    assert!(read("The frame of the house was wooden.").is_empty());
}

#[test]
fn share_reports_only_an_attitude() {
    assert!(read("The senator shared a meal with voters.").is_empty());
    assert_eq!(one("Jane Roe shared her concerns about the plan.").content, ["her concerns about the plan"]);
}
