//! Matching throughput: gazette (full semantics) beside the raw aho-corasick baseline, on the same text
//! and gazetteers in one run; the build of the 1M-name gazetteer; and the embedded default's readiness.
//!
//! `GAZETTE_BENCH_DATA=../shared/bench cargo bench --bench matcher`

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gazette::{Gazetteer, GazetteerBuilder};

#[allow(dead_code)]
mod data;

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The raw baseline: unanchored leftmost-longest, ASCII case folding, then the word-boundary filter.
fn baseline(ac: &AhoCorasick, text: &str) -> usize {
    ac.find_iter(text)
        .filter(|m| !is_word(text[..m.start()].chars().next_back()) && !is_word(text[m.end()..].chars().next()))
        .count()
}

fn matching(c: &mut Criterion) {
    let text = data::text();
    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    for size in ["1k", "30k", "1m"] {
        let tsv = data::tsv(size);
        let gazetteer = Gazetteer::from_tsv_str(&tsv).expect("gazetteer");
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(data::surfaces(&tsv))
            .expect("aho-corasick");
        group.bench_with_input(BenchmarkId::new("gazette", size), &text, |b, t| b.iter(|| gazetteer.find(t).len()));
        group.bench_with_input(BenchmarkId::new("aho_corasick_ll", size), &text, |b, t| b.iter(|| baseline(&ac, t)));
    }
    group.finish();
}

fn building(c: &mut Criterion) {
    let tsv = data::tsv("1m");
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("1m", |b| {
        b.iter(|| GazetteerBuilder::new().add_tsv(tsv.as_bytes(), None).expect("tsv").build().expect("build").len())
    });
    let saved = Gazetteer::from_tsv_str(&tsv).expect("build").to_bytes();
    group.bench_function("load_saved_1m", |b| b.iter(|| Gazetteer::from_bytes(&saved).expect("load").len()));
    // What `Gazetteer::embedded()` does on its first use: load the compiled-in saved form.
    let embedded = Gazetteer::embedded().to_bytes();
    group.sample_size(50);
    group.bench_function("embedded", |b| b.iter(|| Gazetteer::from_bytes(&embedded).expect("load").len()));
    group.finish();
}

criterion_group!(benches, matching, building);
criterion_main!(benches);
