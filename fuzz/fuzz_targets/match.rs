//! The fast matcher against the reference matcher (`gazette::fuzzing::assert_agrees`): a random gazetteer
//! and text, the same mentions with and without overlaps.
//!
//! Input: a flag byte (bit 0: fold diacritics; bit 1: names are not proper nouns), then UTF-8 (invalid bytes become U+FFFD): names, one a
//! line, up to the first NUL, then the text. A name line starting with `=` is case-sensitive, with `~`
//! case-insensitive; names go to seven entities in turn, so that entities have several names. Names over
//! 24 bytes are skipped: the reference's cost grows with the longest name, and short names find the same
//! bugs at a higher rate.
#![no_main]

use gazette::{Entity, GazetteerBuilder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else { return };
    let rest = String::from_utf8_lossy(rest);
    let Some((names, text)) = rest.split_once('\0') else { return };
    let mut builder = GazetteerBuilder::new();
    builder.fold_diacritics(flags & 1 == 1).proper_nouns(flags & 2 == 0).document_resolution(false);
    for (i, line) in names.split('\n').enumerate().filter(|(_, line)| line.len() <= 24) {
        let (case_sensitive, name) = match line.as_bytes().first() {
            Some(b'=') => (Some(true), &line[1..]),
            Some(b'~') => (Some(false), &line[1..]),
            _ => (None, line),
        };
        let mut entity = Entity::new(format!("e{}", i % 7), "T", name);
        entity.case_sensitive = case_sensitive;
        // An empty name is an error the parse target covers; here it is only skipped.
        let _ = builder.add(entity);
    }
    gazette::fuzzing::assert_agrees(&builder.build().unwrap(), text);
});
