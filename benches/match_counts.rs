//! Match counts on the benchmark corpus: gazette beside the reference semantics of
//! `bench/README.md` (case folded everywhere, whole words, every overlapping occurrence, then a greedy
//! leftmost-longest pick), with each difference put down to the rule that explains it.
//!
//! `GAZETTE_BENCH_DATA=../shared/bench cargo bench --bench match_counts`

use std::collections::{BTreeMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};
use gazette::Gazetteer;

#[allow(dead_code)]
mod data;

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The reference: all overlapping ASCII-case-insensitive occurrences on word boundaries, then greedy.
fn reference(surfaces: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(surfaces)
        .expect("ac");
    let mut all: Vec<(usize, usize, usize)> = ac
        .find_overlapping_iter(text)
        .filter(|m| !is_word(text[..m.start()].chars().next_back()) && !is_word(text[m.end()..].chars().next()))
        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut last = 0;
    all.retain(|m| {
        let keep = m.0 >= last;
        if keep {
            last = m.1;
        }
        keep
    });
    all
}

fn short_capitals(s: &str) -> bool {
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    (1..=4).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Why gazette found a span the reference did not, given the names of the entity it linked.
fn extra_reason(span: &str, names: &[String]) -> &'static str {
    let curly = |s: &str| s.contains(['’', '‘']);
    let differs_from = |n: &String| n.to_lowercase() != span.to_lowercase();
    if curly(span) || names.iter().any(|n| curly(n)) {
        "curly vs straight apostrophe"
    } else if span.contains(['\n', '\t', '\r']) || span.contains("  ") {
        "white space run or newline"
    } else if (span.contains('-') || names.iter().any(|n| n.contains('-'))) && names.iter().all(differs_from) {
        "hyphen for space"
    } else if !span.is_ascii() {
        "Unicode case or diacritics in the text"
    } else if names.iter().any(|n| !n.is_ascii()) && names.iter().all(differs_from) {
        "diacritics or stroke letters folded in the name (Bogotá, Łack; also Thān = than)"
    } else {
        "a shorter valid match no longer hidden by a longer one"
    }
}

fn main() {
    let text = data::text();
    println!("corpus: {} bytes{}", text.len(), if data::folder().is_none() { " (generated)" } else { "" });
    for size in ["1k", "30k", "1m"] {
        let tsv = data::tsv(size);
        let surfaces = data::surfaces(&tsv);
        let g = Gazetteer::from_tsv_str(&tsv).expect("gazetteer");
        let found = g.find(&text);
        let ours: Vec<(usize, usize)> = found.iter().map(|m| (m.start, m.end)).collect();
        let reference = reference(&surfaces, &text);
        let ref_spans: HashSet<(usize, usize)> = reference.iter().map(|m| (m.0, m.1)).collect();
        let our_spans: HashSet<(usize, usize)> = ours.iter().copied().collect();
        let mut dropped: BTreeMap<&str, usize> = BTreeMap::new();
        let mut examples: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for &(s, e, p) in &reference {
            if our_spans.contains(&(s, e)) {
                continue;
            }
            let reason = if short_capitals(surfaces[p]) && &text[s..e] != surfaces[p] {
                "smart case (short all-caps name, text not in capitals)"
            } else if ours.iter().any(|&(a, b)| a < e && s < b) {
                "inside a longer match that a variant above allows"
            } else {
                "unexplained"
            };
            *dropped.entry(reason).or_default() += 1;
            examples.entry(reason).or_default().push(format!("{:?}", &text[s..e]));
        }
        let mut added: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &found {
            let (s, e) = (m.start, m.end);
            if !ref_spans.contains(&(s, e)) {
                let names: Vec<String> =
                    g.get(m.entity_id).map(|x| std::iter::once(x.name).chain(x.aliases).collect()).unwrap_or_default();
                let reason = extra_reason(&text[s..e], &names);
                *added.entry(reason).or_default() += 1;
                examples.entry(reason).or_default().push(format!("{:?}", &text[s..e]));
            }
        }
        println!("\n{size}: gazette {} matches, reference {}", ours.len(), reference.len());
        for (reason, n) in &dropped {
            println!("  - {n:>6} {reason}");
        }
        for (reason, n) in &added {
            println!("  + {n:>6} {reason}");
        }
        for (reason, ex) in &examples {
            println!("    e.g. {reason}: {}", ex.iter().take(8).cloned().collect::<Vec<_>>().join(", "));
        }
    }
}
