//! Inputs the fuzz targets in `fuzz/` found to crash, each kept as a plain test once fixed.

use gazette::{Entity, ErrorKind, Extractor, Gazetteer, GazetteerBuilder};

fn extract(text: &str) {
    let extractor = Extractor::new(Gazetteer::embedded()).unwrap();
    let doc = extractor.extract(text);
    for c in &doc.claims {
        assert!(c.content.iter().chain([&c.cue]).all(|s| s.start < s.end && s.end <= text.len()));
    }
}

/// The appositive walk back from "said" jumped over a quotation that opens the text, to token 0, and
/// then stepped below it.
#[test]
fn a_quotation_at_the_start_before_a_comma_and_a_cue() {
    extract("\u{201c}hse\" , said\u{fffd} %");
    extract("\u{201c}Yes\", said Ali.");
}

/// A name that starts with a character that normalises to nothing (a soft hyphen or a zero-width
/// non-joiner, as text copied from web pages carries) was compiled, but its first word never entered the
/// filter of word starts, so it was never found.
#[test]
fn a_name_led_by_an_invisible_character_is_found() {
    for name in ["\u{ad}Su", "\u{200c}Su", "\u{ad} Su", " \u{200c}-Su"] {
        for diacritics in [false, true] {
            let g = GazetteerBuilder::new()
                .fold_diacritics(diacritics)
                .entity(Entity::new("su", "PERSON", name))
                .build()
                .unwrap();
            let found: Vec<_> = g.find("Mr Su and \u{200c}Su").iter().map(|m| (m.start, m.end)).collect();
            assert_eq!(found, [(3, 5), (13, 15)], "{name:?}");
        }
    }
}

/// A name that starts with combining marks out of canonical order ("\u{32f}\u{5b1}": a mark below, then a
/// Hebrew point, which its key puts first) has a key that starts with a word character while its first
/// unit is not a word: the scan, which walks from non-word units by their key's first byte, never tried
/// it, though the reference matcher finds it.
#[test]
fn a_name_led_by_combining_marks_out_of_order_is_found() {
    let g =
        GazetteerBuilder::new().fold_diacritics(false).entity(Entity::new("m", "T", "\u{32f}\u{5b1}")).build().unwrap();
    let found: Vec<_> = g.find("\u{32f}\u{5b1}\0").iter().map(|m| (m.start, m.end)).collect();
    assert_eq!(found, [(0, 4)]);
}

/// A saved gazetteer with a valid checksum but an entity the builder refuses (an empty name, a repeated
/// id) loaded as if it were sound, with the id twice or a name that can never match.
#[test]
fn a_saved_gazetteer_with_entities_the_builder_refuses_is_corrupt() {
    let saved = GazetteerBuilder::new()
        .entity(Entity::new("a", "T", "Aa"))
        .entity(Entity::new("b", "T", "Bb"))
        .build()
        .unwrap()
        .to_bytes();
    // Rewrite one name or id, keeping lengths, and the checksum (CRC-32, the last eight bytes).
    let resave = |from: &[u8], to: &[u8]| {
        let mut body = saved[..saved.len() - 8].to_vec();
        let at = body.windows(from.len()).position(|w| w == from).unwrap();
        body[at..at + to.len()].copy_from_slice(to);
        let sum = u64::from(crc32fast::hash(&body));
        [body, sum.to_le_bytes().to_vec()].concat()
    };
    assert!(Gazetteer::from_bytes(&resave(b"Aa", b"Aa")).is_ok());
    for (from, to) in [(&b"Bb"[..], &b"--"[..]), (b"\x01\x00\x00\x00b", b"\x01\x00\x00\x00a")] {
        let e = Gazetteer::from_bytes(&resave(from, to)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::BadBinary, "{e}");
    }
}

/// An opening quotation and a name that ends the text, with no cue: the verb looked for after the name
/// was one token past the end.
#[test]
fn an_opening_quotation_and_a_name_that_ends_the_text() {
    extract("\u{201c}Go back,\u{201d} Matthew Miller");
    extract("\u{201c}Go back,\u{201d} he");
}

/// A participle after a closing quotation mark that opens the text: the comma before the mark was read at
/// index -1 (an overflow in debug builds, found by the claims property test).
#[test]
fn a_participle_after_a_closing_mark_at_the_start() {
    let x = gazette::Extractor::builder().build().unwrap();
    for text in ["\u{201d} saying", "\" saying it", "\u{201d}, saying that"] {
        let _ = x.extract(text);
    }
}

/// A stray accent at the start of a text absorbs the letter-like mark after it (U+0345, which folds to
/// "ι"): the unit is not a word, but with diacritics folded its normal form is the name's, and nothing
/// before it is a word. The scan only walked from non-word units for names that start with one.
#[test]
fn a_stray_mark_before_a_letter_like_mark_is_a_name() {
    let g = GazetteerBuilder::new().fold_diacritics(true).entity(Entity::new("iota", "T", "\u{345}")).build().unwrap();
    for (text, want) in [("\u{301}\u{345}", vec![(0, 4)]), ("x\u{301}\u{345}", vec![]), ("\u{345}", vec![(0, 2)])] {
        let found: Vec<_> = g.find(text).iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(found, want, "{text:?}");
    }
}

/// The same mark after an ASCII letter: "A\u{345}" is one unit whose form, diacritics folded, is "aι",
/// as is the name "Á\u{345}"'s. The scan hashed the text's run as "a" (it dropped every mark after an
/// ASCII letter) but the name's as "aι" (read unit by unit from "Á"), so its filter turned the word away.
#[test]
fn a_letter_like_mark_after_an_ascii_letter_is_part_of_the_word() {
    let g = GazetteerBuilder::new()
        .fold_diacritics(true)
        .proper_nouns(false)
        .document_resolution(false)
        .entity(Entity::new("a-iota", "T", "\u{c1}\u{345}"))
        .build()
        .unwrap();
    for (text, want) in [
        ("A\u{345}", vec![(0, 3)]),
        ("\u{fffd}A\u{345}\u{fffd}", vec![(3, 6)]),
        ("say A\u{301}\u{345} and \u{c1}\u{345}", vec![(4, 9), (14, 18)]),
        ("A\u{345}b", vec![]),
    ] {
        let found: Vec<_> = g.find(text).iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(found, want, "find {text:?}");
        let found: Vec<_> = g.find_overlapping(text).iter().map(|m| (m.start, m.end)).collect();
        assert_eq!(found, want, "find_overlapping {text:?}");
    }
}

/// A name led by a stray accent and the letter-like mark after it ("\u{301}\u{345}", diacritics folded:
/// "ι") has no first word, so it only walked from non-word units of the text; but its key starts with a
/// letter, and the word "Ι" of the text has the same normal form. The filter of word starts never had it.
#[test]
fn a_name_led_by_marks_that_fold_to_a_letter_starts_at_a_word() {
    for name in ["\u{301}\u{345}", "\u{301}\u{301}\u{301}\u{345}", "\u{301}\u{345} Bar"] {
        let g = GazetteerBuilder::new()
            .fold_diacritics(true)
            .document_resolution(false)
            .entity(Entity::new("iota", "T", name))
            .build()
            .unwrap();
        // The name itself opens the text: elsewhere its marks would belong to the character before them.
        let word = name.replace('\u{301}', "").replace('\u{345}', "\u{399}");
        let text = format!("{name} ~{word}");
        let found: Vec<_> = g.find(&text).iter().map(|m| (m.start, m.end)).collect();
        let at = name.len() + 2;
        assert_eq!(found, [(0, name.len()), (at, at + word.len())], "{name:?} in {text:?}");
    }
}

/// The same mark after a non-word character joins its unit ("\u{fffd}\u{345}", whose form is "\u{fffd}ι"),
/// where a text or a name with the same key may have the letter as a word of its own ("\u{fffd}ι"). The
/// filter knew each name by the head of its own spelling only: "New\u{fffd}\u{345}" as one word, which
/// "new\u{fffd}ι" does not walk past; "New\u{fffd}ι" by a head that "New\u{fffd}\u{345}" does not have.
#[test]
fn a_letter_like_mark_after_a_symbol_is_a_word_or_not() {
    for (name, text) in [("New\u{fffd}\u{345}", "new\u{fffd}\u{3b9} x"), ("New\u{fffd}\u{3b9}", "New\u{fffd}\u{345} x")]
    {
        for diacritics in [false, true] {
            let g = GazetteerBuilder::new()
                .fold_diacritics(diacritics)
                .proper_nouns(false)
                .document_resolution(false)
                .entity(Entity::new("e", "T", name))
                .build()
                .unwrap();
            let found: Vec<_> = g.find(text).iter().map(|m| (m.start, m.end)).collect();
            assert_eq!(found, [(0, 8)], "{name:?} in {text:?}");
        }
    }
}
