//! The defaults that Rust, C and Python share, each with one meaning (the C tests in tests/c/test.c and
//! the Python tests in python/tests/test_extractor.py assert the same):
//! - an extractor given no gazetteer has the embedded default; an empty gazetteer gives claims only;
//! - `threads == 0` means every core;
//! - `with_default` puts the embedded default after the user's entities, whose names take precedence.

use gazette::{Entity, Extractor, Gazetteer, GazetteerBuilder};

const TEXT: &str = "Iraqi officials told Reuters that talks would resume.";

#[test]
fn an_extractor_without_a_gazetteer_has_the_embedded_default() {
    let x = Extractor::builder().build().unwrap();
    let doc = x.extract(TEXT);
    let ids: Vec<_> = doc.mentions.iter().map(|m| m.entity_id).collect();
    assert_eq!(ids, ["norp:IQ", "media:reuters"]);
    assert_eq!(doc.claims[0].medium_entity_id, Some("media:reuters"));
    assert_eq!(x.gazetteer().map(Gazetteer::len), Some(Gazetteer::embedded().len()));
}

#[test]
fn an_empty_gazetteer_gives_claims_without_mentions() {
    let x = Extractor::new(Gazetteer::builder().build().unwrap()).unwrap();
    let doc = x.extract(TEXT);
    assert!(doc.mentions.is_empty());
    assert_eq!(doc.claims.len(), 1);
    assert_eq!(doc.claims[0].medium_entity_id, None);
}

#[test]
fn zero_threads_is_every_core() {
    let x = Extractor::builder().build().unwrap();
    let texts = vec![TEXT; 9];
    let counts = x.extract_each(&texts, 0, |_, doc| doc.mentions.len());
    assert_eq!(counts, vec![2; 9]);
}

#[test]
fn with_default_puts_the_users_entities_first_wherever_they_are_added() {
    let mine = Entity::new("iraq", "GPE", "Iraq");
    let before = GazetteerBuilder::new().with_default(true).entity(mine.clone()).build().unwrap();
    let after = GazetteerBuilder::new().entity(mine).with_default(true).build().unwrap();
    for g in [before, after] {
        let found: Vec<_> = g.find("Iraq and Syria").iter().map(|m| m.entity_id).collect();
        assert_eq!(found, ["iraq", "country:SY"]);
    }
    let without = GazetteerBuilder::new().entity(Entity::new("iraq", "GPE", "Iraq")).build().unwrap();
    assert_eq!(without.len(), 1);
    let clash = GazetteerBuilder::new().with_default(true).entity(Entity::new("country:SY", "ORG", "Syria")).build();
    assert!(clash.unwrap_err().to_string().contains("country:SY"));
}
