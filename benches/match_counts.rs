//! Match counts on the benchmark corpus: gazette beside the reference semantics of
//! `bench/README.md` (case folded everywhere, whole words, every overlapping occurrence, then a greedy
//! leftmost-longest pick), with each difference put down to the rule that explains it; then what the
//! proper-noun rule changes, against the same gazetteer with the rule off (`proper_nouns(false)`).
//!
//! `GAZETTE_BENCH_DATA=../shared/bench cargo bench --bench match_counts`

use std::collections::{BTreeMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};
use gazette::{Gazetteer, GazetteerBuilder, Mention};

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

/// The words of a name or a text: runs of letters, digits and `_`.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect()
}

fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Whether `span` writes in lowercase a word that `name` capitalises: `Some(true)` for a leading
/// article alone ("the Netherlands" for "The Netherlands"), `Some(false)` for any other word.
fn lowered(name: &str, span: &str) -> Option<bool> {
    let (name, span) = (words(name), words(span));
    let lower = |k: usize| capital(name[k]) && !span.get(k).is_some_and(|w| capital(w));
    let article = |k: usize| {
        k == 0
            && name.len() > 1
            && ["the", "al", "el", "la", "las", "le", "les", "los"].contains(&name[k].to_lowercase().as_str())
    };
    if (0..name.len()).any(|k| lower(k) && !article(k)) { Some(false) } else { lower(0).then_some(true) }
}

/// The names of `m`'s entity that its text spells (any of them when none does: a diacritic folded).
fn spelled(g: &Gazetteer, m: &Mention) -> Vec<String> {
    let names: Vec<String> =
        g.get(m.entity_id).map(|x| std::iter::once(x.name).chain(x.aliases).collect()).unwrap_or_default();
    let same = |n: &String| {
        let (a, b) = (words(n), words(m.text));
        a.len() == b.len() && a.iter().zip(&b).all(|(x, y)| x.to_lowercase() == y.to_lowercase())
    };
    let exact: Vec<String> = names.iter().filter(|n| same(n)).cloned().collect();
    if exact.is_empty() { names } else { exact }
}

/// Whether `m` writes in lowercase a word that every name it spells capitalises (the article alone
/// when `article`).
fn lowers_a_capital(g: &Gazetteer, m: &Mention, article: bool) -> bool {
    let names = spelled(g, m);
    !names.is_empty() && names.iter().all(|n| lowered(n, m.text).is_some_and(|a| a == article))
}

/// What the proper-noun rule changed: the matches of `loose` (rule off) that `strict` (rule on) drops
/// or adds, by reason, and what stays.
fn proper_noun_changes(text: &str, strict: &Gazetteer, loose: &Gazetteer) {
    let before = loose.find(text);
    let after = strict.find(text);
    let key = |m: &Mention| (m.start, m.end, m.entity_id.to_string());
    let after_keys: HashSet<_> = after.iter().map(key).collect();
    let before_keys: HashSet<_> = before.iter().map(key).collect();
    // Capitalised text: its first word has the capital of every name it spells (the figure of issue 15).
    let first_lowered = |m: &Mention| {
        let names = spelled(loose, m);
        let first = |s: &str| words(s).first().is_some_and(|w| capital(w));
        !names.is_empty() && !first(m.text) && names.iter().all(|n| first(n))
    };
    let capitalised: Vec<&Mention> = before.iter().filter(|m| !first_lowered(m)).collect();
    let kept = capitalised.iter().filter(|m| after_keys.contains(&key(m))).count();
    println!(
        "  names as proper nouns: {} matches, {} with the rule off ({} of them lowercase text for a capitalised name)",
        after.len(),
        before.len(),
        before.len() - capitalised.len()
    );
    println!(
        "    matches on capitalised text kept: {kept} of {} ({:.2}%)",
        capitalised.len(),
        100.0 * kept as f64 / capitalised.len().max(1) as f64
    );
    let mut dropped: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in before.iter().filter(|m| !after_keys.contains(&key(m))) {
        let reason =
            if lowers_a_capital(loose, m, false) { "a capitalised name word in lowercase text" } else { "unexplained" };
        dropped.entry(reason).or_default().push(m.text);
    }
    let mut added: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in after.iter().filter(|m| !before_keys.contains(&key(m))) {
        let longer = before.iter().any(|b| b.start <= m.start && m.end <= b.end && !after_keys.contains(&key(b)));
        let reason = if longer { "a shorter match inside a longer one that needs a capital" } else { "unexplained" };
        added.entry(reason).or_default().push(m.text);
    }
    for (sign, changes) in [('-', &dropped), ('+', &added)] {
        for (reason, texts) in changes {
            let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
            texts.iter().for_each(|t| *freq.entry(t).or_default() += 1);
            let mut top: Vec<_> = freq.into_iter().collect();
            top.sort_by_key(|&(t, n)| (std::cmp::Reverse(n), t));
            let top: Vec<String> = top.iter().take(6).map(|(t, n)| format!("{t:?} {n}")).collect();
            println!("    {sign} {:>6} {reason}: {}", texts.len(), top.join(", "));
        }
    }
    let remaining = after.iter().filter(|m| lowers_a_capital(strict, m, false)).count();
    let articles = after.iter().filter(|m| lowers_a_capital(strict, m, true)).count();
    println!(
        "    left: {remaining} lowercase text for a capitalised name word, {articles} with a lowercase leading article"
    );
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
            } else if lowered(surfaces[p], &text[s..e]) == Some(false) {
                "names are proper nouns: a capitalised name word in lowercase text"
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
        let loose = GazetteerBuilder::new().proper_nouns(false).add_tsv(tsv.as_bytes(), None).and_then(|b| b.build());
        proper_noun_changes(&text, &g, &loose.expect("gazetteer"));
    }
}
