//! The matching rules a user relies on, each with positive and negative cases.

use gazette::{Entity, Gazetteer, GazetteerBuilder, Resolution};

fn gaz(entities: &[Entity]) -> Gazetteer {
    let mut b = GazetteerBuilder::new();
    for e in entities {
        b.add(e.clone()).unwrap();
    }
    b.build().unwrap()
}

/// (text, entity id) of each mention.
fn found(g: &Gazetteer, text: &str) -> Vec<(String, String)> {
    g.find(text).iter().map(|m| (m.text.to_string(), m.entity_id.to_string())).collect()
}

fn texts(g: &Gazetteer, text: &str) -> Vec<String> {
    found(g, text).into_iter().map(|(t, _)| t).collect()
}

#[test]
fn full_unicode_case_folding_with_offsets_into_the_original() {
    let g = gaz(&[
        Entity::new("zurich", "GPE", "Zürich"),
        Entity::new("istanbul", "GPE", "Istanbul"),
        Entity::new("strasse", "X", "Hauptstrasse"),
    ]);
    let text = "From ZÜRICH to İSTANBUL via HAUPTSTRASSE and Hauptstraße.";
    let m = g.find(text);
    assert_eq!(m.iter().map(|m| m.text).collect::<Vec<_>>(), ["ZÜRICH", "İSTANBUL", "HAUPTSTRASSE", "Hauptstraße"]);
    for x in &m {
        assert_eq!(&text[x.start..x.end], x.text);
    }
    assert!(texts(&g, "Zurichsee and Istanbuls").is_empty());
}

#[test]
fn diacritics_fold_by_default_and_can_be_kept() {
    let e = [Entity::new("sudani", "PERSON", "Súdani")];
    assert_eq!(texts(&gaz(&e), "Sudani and Súdani and Su\u{301}dani"), ["Sudani", "Súdani", "Su\u{301}dani"]);
    // Text without the name's diacritics must be capitalised like a name: "Thān" is not the word "than",
    // even where names need no capitals (the proper-noun rule turned off, or a name in lowercase).
    let than = gaz(&[Entity::new("than", "CITY", "Thān")]);
    assert_eq!(texts(&than, "Than, THAN, thān, more than"), ["Than", "THAN"]);
    let loose =
        GazetteerBuilder::new().proper_nouns(false).entity(Entity::new("than", "CITY", "Thān")).build().unwrap();
    assert_eq!(texts(&loose, "Than, THAN, thān, more than"), ["Than", "THAN", "thān"]);
    let lowercase = gaz(&[Entity::new("cafe", "X", "café")]);
    assert_eq!(texts(&lowercase, "café, Cafe, cafe"), ["café", "Cafe"]);
    let strict = GazetteerBuilder::new().fold_diacritics(false).entity(e[0].clone()).build().unwrap();
    assert_eq!(texts(&strict, "Sudani and Súdani and Su\u{301}dani"), ["Súdani", "Su\u{301}dani"]);
}

#[test]
fn apostrophes_hyphens_and_white_space_are_interchangeable() {
    let g = gaz(&[
        Entity::new("sudani", "PERSON", "al-Sudani"),
        Entity::new("ny", "GPE", "New York"),
        Entity::new("ci", "GPE", "Côte d'Ivoire"),
    ]);
    assert_eq!(
        texts(&g, "al Sudani, al-Sudani, al‑Sudani, New  York, New\nYork, New-York, Côte d’Ivoire"),
        ["al Sudani", "al-Sudani", "al‑Sudani", "New  York", "New\nYork", "New-York", "Côte d’Ivoire"]
    );
    assert!(texts(&g, "alSudani, NewYork, New.York, New—York").is_empty());
}

#[test]
fn word_boundaries_are_unicode_aware() {
    let g = gaz(&[Entity::new("york", "GPE", "York"), Entity::new("iran", "GPE", "Iran")]);
    assert!(texts(&g, "Yorkshire, Yorké, NewYork, York2, York_").is_empty());
    assert_eq!(texts(&g, "Iran-backed, pro-Iran, (Iran), York.",), ["Iran", "Iran", "Iran", "York"]);
    assert!(texts(&g, "Iranian, éIran").is_empty());
    // The text decides, whatever the name's own edge: a word character may not follow or precede.
    let edged = gaz(&[Entity::new("b", "X", "Bristol'"), Entity::new("us", "GPE", "U.S.")]);
    assert_eq!(texts(&edged, "Bristol' and U.S. troops"), ["Bristol'", "U.S."]);
    assert!(texts(&edged, "Bristol's U.S.A xU.S.").is_empty());
}

#[test]
fn leftmost_longest_without_shadowed_matches() {
    let g = gaz(&[
        Entity::new("s", "X", "South"),
        Entity::new("sk", "GPE", "South Korea"),
        Entity::new("k", "GPE", "Korea"),
    ]);
    assert_eq!(found(&g, "South Korea"), [("South Korea".to_string(), "sk".to_string())]);
    // "South Korea" fails the boundary test inside "South Korean"; "South" is still found.
    assert_eq!(found(&g, "South Korean"), [("South".to_string(), "s".to_string())]);
    let all: Vec<_> = g.find_overlapping("South Korea").iter().map(|m| m.text).collect();
    assert_eq!(all, ["South", "South Korea", "Korea"]);
}

#[test]
fn possessives_match() {
    let g = gaz(&[Entity::new("isis", "ORG", "Islamic State").alias("IS"), Entity::new("c", "ORG", "coalition")]);
    assert_eq!(
        texts(&g, "IS's gains and the coalition’s mission, the coalition's troops"),
        ["IS", "coalition", "coalition"]
    );
}

#[test]
fn capitalised_names_match_only_capitalised_text() {
    let g = gaz(&[
        Entity::new("tr", "GPE", "Turkey"),
        Entity::new("cn", "GPE", "China"),
        Entity::new("ny", "GPE", "New York"),
        Entity::new("sudani", "PERSON", "al-Sudani"),
        Entity::new("nl", "GPE", "The Netherlands"),
        Entity::new("jazeera", "MEDIA", "Al Jazeera"),
        Entity::new("iphone", "PRODUCT", "iPhone"),
    ]);
    assert!(texts(&g, "the turkey was cold and the china was chipped").is_empty());
    assert_eq!(texts(&g, "Turkey and TURKEY, China"), ["Turkey", "TURKEY", "China"]);
    // Every capitalised word of the name needs its capital; a lowercase one takes either case.
    assert_eq!(texts(&g, "New York, NEW YORK, new York, New york"), ["New York", "NEW YORK"]);
    assert_eq!(texts(&g, "al-Sudani, Al-Sudani, al-sudani"), ["al-Sudani", "Al-Sudani"]);
    assert_eq!(texts(&g, "iPhone, IPHONE, iphone"), ["iPhone", "IPHONE", "iphone"]);
    // A leading article is free, the rest of the name is not.
    assert_eq!(
        texts(&g, "the Netherlands, the netherlands, al-Jazeera, al-jazeera"),
        ["the Netherlands", "al-Jazeera"]
    );
    // An entity's own case setting wins over the rule, and the builder turns it off for lowercase sources.
    let loose = gaz(&[Entity::new("tr", "GPE", "Turkey").case_sensitive(false)]);
    assert_eq!(texts(&loose, "the turkey"), ["turkey"]);
    let chat =
        GazetteerBuilder::new().proper_nouns(false).entity(Entity::new("ny", "GPE", "New York")).build().unwrap();
    assert!(!chat.proper_nouns());
    assert_eq!(texts(&chat, "new york and New York"), ["new york", "New York"]);
    // A lowercase name of another entity takes the lowercase text.
    let both = gaz(&[Entity::new("tr", "GPE", "Turkey"), Entity::new("bird", "ANIMAL", "turkey")]);
    assert_eq!(found(&both, "turkey"), [("turkey".to_string(), "bird".to_string())]);
    assert_eq!(found(&both, "Turkey"), [("Turkey".to_string(), "tr".to_string())]);
}

#[test]
fn short_capitals_are_case_sensitive_by_default() {
    let g = gaz(&[
        Entity::new("us", "GPE", "United States").alias("US").alias("U.S."),
        Entity::new("isis", "ORG", "Islamic State").alias("IS"),
        Entity::new("ap", "MEDIA", "Associated Press").alias("AP"),
    ]);
    assert_eq!(texts(&g, "US and U.S. and IS and AP; UNITED STATES"), ["US", "U.S.", "IS", "AP", "UNITED STATES"]);
    assert!(texts(&g, "let us say it is so, u.s. us Us ap").is_empty());
    // An explicit setting wins over the default.
    let loose = gaz(&[Entity::new("nato", "ORG", "NATO").case_sensitive(false)]);
    assert_eq!(texts(&loose, "Nato and nato"), ["Nato", "nato"]);
    let strict = gaz(&[Entity::new("reuters", "MEDIA", "Reuters").case_sensitive(true)]);
    assert_eq!(texts(&strict, "Reuters, REUTERS"), ["Reuters"]);
}

#[test]
fn surnames_and_articles_link_after_the_full_name() {
    let g = gaz(&[
        Entity::new("romanowski", "PERSON", "Alina L. Romanowski"),
        Entity::new("sudani", "PERSON", "Mohammed Shia al-Sudani"),
    ]);
    let text = "Romanowski arrived. Alina L. Romanowski spoke; Romanowski and Alina Romanowski left. \
                Mohammed Shia al-Sudani met Prime Minister al-Sudani, al Sudani and Sudani, not romanowski.";
    let m = g.find(text);
    let got: Vec<_> = m.iter().map(|m| (m.text, m.resolution)).collect();
    assert_eq!(
        got,
        [
            ("Alina L. Romanowski", Resolution::Gazetteer),
            ("Romanowski", Resolution::Partial),
            ("Alina Romanowski", Resolution::Partial),
            ("Mohammed Shia al-Sudani", Resolution::Gazetteer),
            ("al-Sudani", Resolution::Partial),
            ("al Sudani", Resolution::Partial),
            ("Sudani", Resolution::Partial),
        ]
    );
    // Without the full name first, a surname alone is not linked.
    assert!(g.find("Romanowski said.").is_empty());
    // A partial name keeps the name's capitals ("alina" is not the first name), its particle either case.
    let later = g.find("Alina L. Romanowski spoke. Mohammed Shia al-Sudani met alina Romanowski and Al-Sudani.");
    let got: Vec<_> = later.iter().filter(|m| m.resolution == Resolution::Partial).map(|m| m.text).collect();
    assert_eq!(got, ["Romanowski", "Al-Sudani"]);
}

#[test]
fn organisation_first_word_as_a_modifier() {
    let g = gaz(&[Entity::new("pmf", "ORG", "Popular Mobilisation Forces").alias("Hashed al-Shaabi")]);
    let m = g.find("Hashed al-Shaabi said so. A Hashed official agreed. Hashed fighters left. The Hashed Official.");
    let got: Vec<_> = m.iter().map(|m| (m.start, m.text, m.resolution)).collect();
    assert_eq!(got, [(0, "Hashed al-Shaabi", Resolution::Gazetteer), (28, "Hashed", Resolution::Partial)]);
    assert!(g.find("A Hashed official said.").is_empty());
}

#[test]
fn acronyms_defined_in_the_text() {
    let g = gaz(&[Entity::new("pmf", "ORG", "Popular Mobilisation Forces"), Entity::new("pm", "X", "PMF")]);
    let text = "The PMF left. The Popular Mobilisation Forces (PMF) said the PMF's fighters and pmf won.";
    let got: Vec<_> = g.find(text).iter().map(|m| (m.text, m.entity_id, m.resolution)).collect();
    assert_eq!(
        got,
        [
            ("PMF", "pm", Resolution::Gazetteer),
            ("Popular Mobilisation Forces", "pmf", Resolution::Gazetteer),
            ("PMF", "pmf", Resolution::Acronym),
            ("PMF", "pmf", Resolution::Acronym),
        ]
    );
    assert_eq!(g.find("Popular Mobilisation Forces (the group) and PMF").len(), 2);
}

#[test]
fn document_resolution_can_be_turned_off() {
    let g = GazetteerBuilder::new()
        .document_resolution(false)
        .entity(Entity::new("romanowski", "PERSON", "Alina L. Romanowski"))
        .build()
        .unwrap();
    assert_eq!(g.find("Alina L. Romanowski spoke; Romanowski left.").len(), 1);
}

#[test]
fn each_mention_carries_its_entity() {
    let g = gaz(&[Entity::new("us", "GPE", "United States").alias("America")]);
    let m = g.find("In America.")[0];
    assert_eq!(
        (m.start, m.end, m.text, m.entity_id, m.kind, m.name, m.resolution),
        (3, 10, "America", "us", "GPE", "United States", Resolution::Gazetteer)
    );
    let json = serde_json::to_value(m).unwrap();
    assert_eq!(json["type"], "GPE");
    assert_eq!(json["resolution"], "gazetteer");
}

#[test]
fn shared_names_link_to_the_first_entity_that_accepts_the_case() {
    let g = gaz(&[Entity::new("us", "GPE", "US"), Entity::new("us-band", "ORG", "us").case_sensitive(true)]);
    assert_eq!(found(&g, "US and us"), [("US".into(), "us".into()), ("us".into(), "us-band".into())]);
}
