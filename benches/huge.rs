//! Huge documents: mentions and claims of one 10 MB, 50 MB and 100 MB document, each in a process of its
//! own, with the time taken and the peak resident memory against the document's size (the target: peak
//! memory at most four times the document, time linear in its size).
//!
//! `GAZETTE_BENCH_DATA=../shared/bench cargo bench --bench huge` (generated news-like text when unset).

use std::process::Command;
use std::time::Instant;

use gazette::Extractor;

#[allow(dead_code)]
mod data;

const SIZES_MB: [usize; 3] = [10, 50, 100];

/// Peak resident memory of this process so far, in bytes (Linux).
fn peak_rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// One document of `mb` megabytes, made of the corpus repeated.
fn document(mb: usize) -> String {
    let corpus = data::text();
    let mut doc = String::with_capacity(mb * 1_000_000 + corpus.len());
    while doc.len() < mb * 1_000_000 {
        doc.push_str(&corpus);
        doc.push('\n');
    }
    let mut end = mb * 1_000_000;
    while !doc.is_char_boundary(end) {
        end -= 1;
    }
    doc.truncate(end);
    doc
}

fn measure(mb: usize) {
    let doc = document(mb);
    let extractor = Extractor::new(gazette::Gazetteer::embedded()).expect("extractor");
    let before = peak_rss().unwrap_or(0);
    let start = Instant::now();
    let result = extractor.extract(&doc);
    let elapsed = start.elapsed();
    let (mentions, claims) = (result.mentions.len(), result.claims.len());
    drop(result);
    let peak = peak_rss().unwrap_or(0);
    println!(
        "{mb:>4} MB: {:>6.2} s ({:>5.1} MB/s), {mentions} mentions, {claims} claims, peak memory {:.0} MB = {:.2}x the \
         document (before extraction: {:.0} MB, the text and the gazetteer)",
        elapsed.as_secs_f64(),
        mb as f64 / elapsed.as_secs_f64(),
        peak as f64 / 1e6,
        peak as f64 / (mb as f64 * 1e6),
        before as f64 / 1e6,
    );
}

fn main() {
    // `cargo bench` passes flags such as `--bench`; a size is passed only when this runs itself.
    if let Some(mb) = std::env::args().skip(1).find_map(|a| a.parse::<usize>().ok()) {
        measure(mb);
        return;
    }
    let me = std::env::current_exe().expect("current exe");
    for mb in SIZES_MB {
        let status = Command::new(&me).arg(mb.to_string()).status().expect("run");
        assert!(status.success(), "the {mb} MB run failed");
    }
}
