//! Gazetteer loading from arbitrary bytes: JSONL, TSV, and the saved binary form (its checksum fixed up,
//! so that the fuzzer reaches the reader behind it). Loading never panics; an error's line is a line of
//! the input; what loads round-trips through JSON lines and the binary form, and matches its own names.
#![no_main]

use gazette::{Entity, Gazetteer, GazetteerBuilder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else { return };
    let mut builder = GazetteerBuilder::new();
    builder.fold_diacritics(mode & 4 == 0).document_resolution(mode & 8 == 0).proper_nouns(mode & 16 == 0);
    let loaded = match mode % 3 {
        0 => builder.add_jsonl(input, None).and_then(|b| b.build()),
        1 => builder.add_tsv(input, None).and_then(|b| b.build()),
        _ => Gazetteer::from_bytes(&gazette::fuzzing::with_checksum(input)),
    };
    let g = match loaded {
        Ok(g) => g,
        Err(e) => {
            let lines = input.split(|&b| b == b'\n').count() as u64;
            assert!(e.line().is_none_or(|n| (1..=lines).contains(&n)), "line {:?} of {lines}: {e}", e.line());
            return;
        }
    };
    let entities: Vec<Entity> = g.entities().collect();
    assert_eq!(g.len(), entities.len());

    let jsonl: Vec<String> = entities.iter().map(|e| serde_json::to_string(e).unwrap()).collect();
    let mut again = GazetteerBuilder::new();
    again
        .fold_diacritics(g.folds_diacritics())
        .document_resolution(g.resolves_documents())
        .proper_nouns(g.proper_nouns());
    let again = again.add_jsonl(jsonl.join("\n").as_bytes(), None).unwrap().build().unwrap();
    assert_eq!(again.entities().collect::<Vec<_>>(), entities, "JSON lines round trip");

    let bytes = g.to_bytes();
    let loaded = Gazetteer::from_bytes(&bytes).unwrap();
    assert_eq!(loaded.entities().collect::<Vec<_>>(), entities, "binary round trip");
    assert_eq!(
        (loaded.folds_diacritics(), loaded.resolves_documents(), loaded.proper_nouns()),
        (g.folds_diacritics(), g.resolves_documents(), g.proper_nouns())
    );
    assert_eq!(loaded.to_bytes(), bytes);

    // Every name that starts and ends with an ASCII letter or digit, alone in a text, is found in full (other
    // names may start or end with separators or combining marks, which matching skips or joins to a
    // neighbour). Checked on the gazetteer saved again and loaded: a saved file stores its names' keys,
    // and a crafted one (its checksum made to fit) may store keys that are not its names'; saving derives
    // them from the names.
    let word = |c: char| c.is_ascii_alphanumeric();
    for e in &entities {
        let names = std::iter::once(&e.name).chain(&e.aliases);
        for name in names.filter(|n| n.starts_with(word) && n.ends_with(word)) {
            let whole = loaded.find_overlapping(name).iter().any(|m| (m.start, m.end) == (0, name.len()));
            assert!(whole, "{name:?} of {:?} is not found in itself", e.id);
        }
    }
});
