//! The reference matcher: every span of the text, normalised and looked up, then a greedy pick. It is
//! slow and obviously right, and it is the oracle the property tests and the `match` fuzz target hold
//! the fast matcher to (the latter through `gazette::fuzzing`, behind the `fuzzing` feature).

use std::collections::HashMap;

use crate::capitals::LEADING_ARTICLES;
use crate::gazetteer::Gazetteer;
use crate::normalize::{self, Class, Fold};

struct Unit {
    start: usize,
    end: usize,
    class: Class,
    empty: bool,
}

/// Every valid (start, end, entity id) match, sorted by start then end.
fn all_matches(g: &Gazetteer, text: &str) -> Vec<(usize, usize, String)> {
    let fold = Fold { case: true, diacritics: g.folds_diacritics() };
    let keep_case = Fold { case: false, ..fold };
    let store = g.store();
    let mut keys: HashMap<Vec<u8>, Vec<u32>> = HashMap::new();
    for a in 0..store.alias_count() as u32 {
        keys.entry(normalize::normalize(store.alias(a), fold)).or_default().push(a);
    }
    let longest = keys.keys().map(Vec::len).max().unwrap_or(0);
    let units = units_of(text, fold);
    let mut found = Vec::new();
    for i in 0..units.len() {
        let u = &units[i];
        if u.empty || u.class == Class::Sep || (i > 0 && units[i - 1].class == Class::Word) {
            continue;
        }
        for j in i..units.len() {
            let v = &units[j];
            if v.empty || v.class == Class::Sep {
                continue;
            }
            if units.get(j + 1).is_some_and(|w| w.class == Class::Word) {
                continue;
            }
            let span = &text[u.start..v.end];
            let normal = normalize::normalize(span, fold);
            if normal.len() > longest {
                break;
            }
            let Some(aliases) = keys.get(&normal) else { continue };
            let keep_marks = Fold { case: true, diacritics: false };
            let span_capitals = word_capitals(&units[i..=j], text);
            let accepted = aliases.iter().find(|&&a| {
                let name = store.alias(a);
                let case_ok = !store.alias_case_sensitive(a)
                    || normalize::normalize(span, keep_case) == normalize::normalize(name, keep_case);
                // A proper noun: each capitalised word of the name but a leading article needs a capital.
                let proper = g.proper_nouns()
                    && !store.alias_case_sensitive(a)
                    && store.entity_case(store.alias_entity(a)).is_none();
                let name_units = units_of(name, fold);
                let name_capitals = word_capitals(&name_units, name);
                let words = name_capitals.len();
                let capitals_ok = !proper
                    || name_capitals.iter().enumerate().all(|(k, &(capital, word))| {
                        let article = k == 0 && words > 1 && LEADING_ARTICLES.contains(&word.to_lowercase().as_str());
                        !capital || article || span_capitals.get(k).is_some_and(|&(c, _)| c)
                    });
                // A name with diacritics matches text without them only when the text is capitalised.
                let marked = normalize::normalize(name, fold) != normalize::normalize(name, keep_marks);
                let marks_ok = !fold.diacritics
                    || !marked
                    || span.starts_with(char::is_uppercase)
                    || normalize::normalize(span, keep_marks) == normalize::normalize(name, keep_marks);
                case_ok && marks_ok && capitals_ok
            });
            if let Some(&a) = accepted {
                found.push((u.start, v.end, store.entity_id_str(store.alias_entity(a)).to_string()));
            }
        }
    }
    found
}

fn units_of(text: &str, fold: Fold) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let mut out = Vec::new();
        let (end, class) = normalize::unit(text, pos, fold, &mut out);
        units.push(Unit { start: pos, end, class, empty: out.is_empty() });
        pos = end;
    }
    units
}

/// The words of `units` (of `text`), runs of word units with those that normalise to nothing left out:
/// whether each starts with a capital (an uppercase or titlecase letter), and its text.
fn word_capitals<'t>(units: &[Unit], text: &'t str) -> Vec<(bool, &'t str)> {
    let units: Vec<&Unit> = units.iter().filter(|u| !u.empty).collect();
    let mut words = Vec::new();
    for (k, u) in units.iter().enumerate() {
        if u.class != Class::Word || (k > 0 && units[k - 1].class == Class::Word) {
            continue;
        }
        let end = units[k..].iter().take_while(|v| v.class == Class::Word).last().map_or(u.end, |v| v.end);
        let c = text[u.start..].chars().next().unwrap_or(' ');
        words.push((
            c.is_uppercase() || (!c.is_lowercase() && c.to_lowercase().ne(std::iter::once(c))),
            &text[u.start..end],
        ));
    }
    words
}

/// Leftmost-longest, non-overlapping: by start ascending, longer first, skipping overlaps.
fn greedy(mut all: Vec<(usize, usize, String)>) -> Vec<(usize, usize, String)> {
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut last_end = 0;
    let mut out = Vec::new();
    for m in all {
        if m.0 >= last_end {
            last_end = m.1;
            out.push(m);
        }
    }
    out
}

/// Panics unless the fast matcher finds what the reference does in `text`, with and without overlaps.
/// Document-level links are beyond the reference, so `g` must be built without them.
pub fn assert_agrees(g: &Gazetteer, text: &str) {
    assert!(!g.resolves_documents(), "the reference knows no document-level links");
    let all = all_matches(g, text);
    let greedy = greedy(all.clone());
    assert_eq!(fast(g, text, true), all, "find_overlapping({text:?})");
    assert_eq!(fast(g, text, false), greedy, "find({text:?})");
    // The wide path, where this CPU has it, reads only some windows: the rest is read by the paths that
    // other CPUs take everywhere, which must agree alone as well.
    assert_eq!(narrow(g, text, true), all, "find_overlapping({text:?}) without the wide path");
    assert_eq!(narrow(g, text, false), greedy, "find({text:?}) without the wide path");
}

fn fast(g: &Gazetteer, text: &str, overlapping: bool) -> Vec<(usize, usize, String)> {
    let found = if overlapping { g.find_overlapping(text) } else { g.find(text) };
    found.into_iter().map(|m| (m.start, m.end, m.entity_id.to_string())).collect()
}

fn narrow(g: &Gazetteer, text: &str, overlapping: bool) -> Vec<(usize, usize, String)> {
    let found = g.find_narrow(text, overlapping);
    found.into_iter().map(|r| (r.start, r.end, g.store().entity_id_str(r.entity).to_string())).collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::entity::Entity;
    use crate::gazetteer::GazetteerBuilder;
    use crate::matcher::Phrases;

    const WORDS: &[&str] = &[
        "new",
        "york",
        "yorkshire",
        "south",
        "korea",
        "korean",
        "iran",
        "pro",
        "backed",
        "us",
        "is",
        "al",
        "sudani",
        "súdani",
        "zürich",
        "i̇stanbul",
        "istanbul",
        "straße",
        "strasse",
        "coalition",
        "d'ivoire",
        "côte",
        "o",
        "x",
        "ﬁn",
        "σοφία",
        "東京",
        "café",
        "cafe\u{301}",
        "e\u{301}lan",
        "élan",
        "ß",
        // Runs longer than eight bytes, read eight at a time.
        "mohammedshia",
        "abc_123_defgh",
        "ABCDEFGHIJK",
        "'s",
        // Words that go on with punctuation: a walk that stops at the word still reads it.
        "inc.",
        "yahoo!",
        "a",
        "b",
        "ab",
        // Articles that may lead a name in lowercase, and words that start in lowercase in any case.
        "the",
        "el",
        "iPhone",
        "ǆemal",
    ];
    const SEPARATORS: &[&str] = &[
        " ", " ", " ", "  ", "\n", "-", "‐", "—", "'", "’", ",", ".", "(", ")", "\u{ad}", "\u{a0}", "", "_", "\u{301}",
    ];

    fn case_variant(word: &str, how: u8) -> String {
        match how % 4 {
            0 => word.to_string(),
            1 => word.to_uppercase(),
            2 => {
                let mut c = word.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
            }
            _ => word.to_lowercase(),
        }
    }

    fn phrase(max_words: usize, max_parts: usize) -> impl Strategy<Value = String> {
        prop::collection::vec((0..WORDS.len(), 0..SEPARATORS.len(), any::<u8>()), 1..max_parts).prop_map(move |parts| {
            let mut s = String::new();
            for (i, (w, sep, how)) in parts.into_iter().enumerate() {
                if i > 0 && i < max_words * 4 {
                    s.push_str(SEPARATORS[sep]);
                }
                s.push_str(&case_variant(WORDS[w], how));
            }
            s
        })
    }

    /// The separators of `phrase` that are plain ASCII (its words are picked out of `WORDS`).
    const PLAIN_SEPARATORS: &[&str] = &[" ", " ", " ", " ", "  ", "\n", "-", "'", ",", ".", "(", ")", "_", ", "];

    /// Long texts of mostly plain ASCII, which the scan reads 64 bytes at a time where the CPU has the
    /// wide path (`matcher::wide`), with now and then a word of `phrase`'s (non-ASCII ones among them)
    /// that sends it back to the other paths.
    fn plain_text() -> impl Strategy<Value = String> {
        // `phrase`'s ASCII words, and a run of 16 bytes and more.
        let plain: Vec<&str> =
            WORDS.iter().copied().filter(|w| w.is_ascii()).chain(["internationalisations"]).collect();
        let part = (0..plain.len(), 0..WORDS.len(), 0..16u8, 0..PLAIN_SEPARATORS.len(), any::<u8>());
        prop::collection::vec(part, 20..300).prop_map(move |parts| {
            let mut s = String::new();
            for (i, (word, any, odd, sep, how)) in parts.into_iter().enumerate() {
                if i > 0 {
                    s.push_str(PLAIN_SEPARATORS[sep]);
                }
                s.push_str(&case_variant(if odd == 0 { WORDS[any] } else { plain[word] }, how));
            }
            s
        })
    }

    fn gazetteer() -> impl Strategy<Value = (Gazetteer, Vec<Entity>)> {
        (prop::collection::vec((phrase(3, 4), 0..3u8), 1..12), any::<bool>(), any::<bool>()).prop_map(
            |(names, diacritics, proper_nouns)| {
                let mut b = GazetteerBuilder::new();
                b.fold_diacritics(diacritics).proper_nouns(proper_nouns).document_resolution(false);
                let mut entities = Vec::new();
                for (i, (name, case)) in names.into_iter().enumerate() {
                    let mut e = Entity::new(format!("e{}", i % 7), "T", name);
                    e.case_sensitive = [None, Some(true), Some(false)][case as usize];
                    if b.add(e.clone()).is_ok() {
                        entities.push(e);
                    }
                }
                (b.build().unwrap(), entities)
            },
        )
    }

    proptest! {
        // 3000 cases, or as many as PROPTEST_CASES asks (which an explicit count would override).
        #![proptest_config(ProptestConfig {
            cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(3000),
            ..ProptestConfig::default()
        })]

        #[test]
        fn fast_matcher_equals_the_reference((g, _) in gazetteer(), text in phrase(40, 60)) {
            assert_agrees(&g, &text);
        }

        #[test]
        fn fast_matcher_equals_the_reference_on_long_plain_text((g, _) in gazetteer(), text in plain_text()) {
            assert_agrees(&g, &text);
        }

        /// Phrases found in the names' scan (the extractor's cues) are the reference's leftmost-longest
        /// matches of a case-insensitive gazetteer of those phrases, and leave the names' matches alone.
        #[test]
        fn phrases_in_the_same_scan_equal_the_reference(
            (g, _) in gazetteer(),
            phrases in prop::collection::vec(phrase(3, 4), 1..8),
            text in phrase(40, 60),
        ) {
            let phrases: Vec<String> = phrases
                .into_iter()
                .filter(|p| p.chars().next().map(normalize::char_class) == Some(Class::Word))
                .collect();
            let fold = g.fold();
            let compiled = Phrases::new(phrases.iter().map(String::as_str), fold).unwrap();
            let (mentions, found) = g.find_with_phrases(&text, &compiled);
            let names: Vec<_> = mentions.into_iter().map(|m| (m.start, m.end, m.entity_id.to_string())).collect();
            prop_assert_eq!(names, fast(&g, &text, false));

            let mut b = GazetteerBuilder::new();
            b.fold_diacritics(fold.diacritics).document_resolution(false);
            for (i, p) in phrases.iter().enumerate() {
                b.add(Entity::new(i.to_string(), "PHRASE", p.as_str()).case_sensitive(false)).unwrap();
            }
            let found: Vec<_> = found.into_iter().map(|r| (r.start, r.end, r.entity.to_string())).collect();
            prop_assert_eq!(found, greedy(all_matches(&b.build().unwrap(), &text)));
        }
    }

    #[test]
    fn reference_agrees_on_shadowed_matches() {
        let g = GazetteerBuilder::new()
            .document_resolution(false)
            .entity(Entity::new("s", "T", "South"))
            .entity(Entity::new("sk", "T", "South Korea"))
            .build()
            .unwrap();
        let text = "South Korean and South Korea";
        assert_eq!(fast(&g, text, false), greedy(all_matches(&g, text)));
        assert_eq!(fast(&g, text, false), [(0, 5, "s".into()), (17, 28, "sk".into())]);
    }

    /// A combining mark right after eight ASCII letters composes with the eighth, in a name as in the text
    /// ("abcdefgE\u{301}l" is "abcdefgÉl" when diacritics are kept); found by the property test above.
    #[test]
    fn a_mark_after_eight_ascii_bytes_composes_with_the_last() {
        for n in 1..=17 {
            let letters = &"abcdefghijklmnopq"[..n];
            for (name, written) in [("E\u{301}l", "\u{c9}l"), ("\u{c9}l", "E\u{301}l")] {
                let g = GazetteerBuilder::new()
                    .fold_diacritics(false)
                    .document_resolution(false)
                    .entity(Entity::new("e", "T", format!("{letters}{name}")))
                    .build()
                    .unwrap();
                let text = format!("x {letters}{written} is");
                assert_agrees(&g, &text);
                assert_eq!(fast(&g, &text, false).len(), 1, "{text:?}");
            }
        }
    }

    #[test]
    fn a_parallel_build_agrees_with_the_reference() {
        let mut b = GazetteerBuilder::new();
        b.document_resolution(false);
        for i in 0..crate::matcher::PARALLEL_NAMES + 100 {
            b.entity(Entity::new(format!("e{}", i % 500), "T", format!("w{i}")));
        }
        let g = b.build().unwrap();
        assert_agrees(&g, "w0 w4150, w17-w3 w9999 xw5 w4195");
        assert_eq!(g.find("w4195").len(), 1);
    }
}
