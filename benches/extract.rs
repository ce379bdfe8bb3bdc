//! Extraction throughput, mentions and claims together: `extract/polnear` on the PolNeAR texts from the
//! folder in `GAZETTE_EVAL_DATA` (or generated news-like text of the same size when it is unset), and
//! `extract_scaling/1mb` beside `extract_scaling/10mb`, one document each, to show the time grows
//! linearly with the length of a document.
//!
//! `GAZETTE_EVAL_DATA=../shared/eval cargo bench --bench extract`

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use gazette::{Entity, Extractor, Gazetteer};

/// A small gazetteer of the kind of names news text mentions.
fn extractor() -> Extractor {
    let gazetteer = Gazetteer::builder()
        .entity(Entity::new("us", "GPE", "United States").alias("US").alias("U.S."))
        .entity(Entity::new("trump", "PERSON", "Donald Trump"))
        .entity(Entity::new("clinton", "PERSON", "Hillary Clinton"))
        .entity(Entity::new("sanders", "PERSON", "Bernie Sanders"))
        .entity(Entity::new("reuters", "MEDIA", "Reuters"))
        .entity(Entity::new("cnn", "MEDIA", "CNN"))
        .entity(Entity::new("gop", "ORG", "Republican Party").alias("GOP"))
        .build()
        .expect("gazetteer");
    Extractor::new(gazetteer).expect("extractor")
}

/// The texts of `polnear_train.jsonl` in `GAZETTE_EVAL_DATA`, when set.
fn polnear() -> Option<Vec<String>> {
    let dir = std::env::var_os("GAZETTE_EVAL_DATA").filter(|v| !v.is_empty())?;
    let path = std::path::Path::new(&dir).join("polnear_train.jsonl");
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let texts = data
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["text"].as_str().expect("text").to_string()
        })
        .collect();
    Some(texts)
}

/// Deterministic news-like text of about `bytes` bytes: paragraphs of reported speech in the usual
/// shapes (direct, indirect, postposed, inverted, according to) between plain sentences.
fn generated(bytes: usize, seed: u64) -> String {
    const WHO: &[&str] = &[
        "Donald Trump",
        "Hillary Clinton",
        "Bernie Sanders",
        "a senior official",
        "the spokeswoman",
        "officials",
        "Senator Jane Roe of Ohio",
        "the campaign",
        "analysts",
        "Mr. Smith, a lawyer in Denver,",
    ];
    const CLAIM: &[&str] = &[
        "the economy would recover by the end of the year",
        "talks with the US were making progress",
        "the vote had been fair and the results would stand",
        "voters wanted change in Washington",
        "the new plan would cost less than the old one",
    ];
    const PLAIN: &[&str] = &[
        "The meeting took place on Tuesday in a hotel near the airport.",
        "Turnout was higher than in the last election, when rain kept many at home.",
        "The GOP has held the seat since 1994.",
        "Reporters waited outside for several hours.",
    ];
    let mut s = seed;
    let mut next = |n: usize| {
        s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (s >> 33) as usize % n
    };
    let mut out = String::with_capacity(bytes + 512);
    while out.len() < bytes {
        let (who, claim) = (WHO[next(WHO.len())], CLAIM[next(CLAIM.len())]);
        let sentence = match next(6) {
            0 => format!("{who} said that {claim}."),
            1 => format!("\u{201c}We think {claim},\u{201d} {who} told Reuters. \u{201c}It is time.\u{201d}"),
            2 => format!("In the end, {claim}, {who} said."),
            3 => format!("According to CNN, {claim}."),
            4 => format!("{}, said {who}.", capitalise(claim)),
            _ => PLAIN[next(PLAIN.len())].to_string(),
        };
        out.push_str(&sentence);
        out.push_str(if next(3) == 0 { "\n\n" } else { " " });
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn extraction(c: &mut Criterion) {
    let extractor = extractor();
    let texts = polnear().unwrap_or_else(|| (0..840).map(|i| generated(12_000, i)).collect());
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::from_parameter("polnear"), &texts, |b, texts| {
        b.iter(|| texts.iter().map(|t| extractor.extract(t).claims.len()).sum::<usize>())
    });
    group.finish();

    let mut group = c.benchmark_group("extract_scaling");
    group.sample_size(10);
    for (id, size) in [("1mb", 1usize << 20), ("10mb", 10 << 20)] {
        let text = generated(size, 1);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(id), &text, |b, t| {
            b.iter(|| extractor.extract(t).claims.len())
        });
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
