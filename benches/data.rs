//! Benchmark inputs: `bbc.txt` and `gaz_{1k,30k,1m}.tsv` from the folder in `GAZETTE_BENCH_DATA`, or
//! generated text and names of the same sizes when it is unset (so the benches run anywhere).

use std::path::PathBuf;

pub fn folder() -> Option<PathBuf> {
    std::env::var_os("GAZETTE_BENCH_DATA").filter(|v| !v.is_empty()).map(PathBuf::from)
}

/// A deterministic pseudo-random word, for generated data.
fn word(seed: &mut u64) -> String {
    const SYLLABLES: &[&str] = &[
        "ba", "gh", "dad", "ira", "q", "mos", "ul", "ker", "ku", "wash", "ing", "ton", "new", "york", "lon", "don",
        "par", "is", "ber", "lin", "sa", "na", "a",
    ];
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let n = 1 + (*seed >> 60) as usize % 3;
    (0..n).map(|i| SYLLABLES[((*seed >> (8 * i + 8)) % SYLLABLES.len() as u64) as usize]).collect()
}

pub fn text() -> String {
    if let Some(dir) = folder() {
        return std::fs::read_to_string(dir.join("bbc.txt")).expect("GAZETTE_BENCH_DATA/bbc.txt");
    }
    let mut seed = 7;
    let mut out = String::new();
    while out.len() < 5_000_000 {
        let w = word(&mut seed);
        if seed % 7 == 0 {
            let mut c = w.chars();
            out.extend(c.next().map(|f| f.to_ascii_uppercase()));
            out.push_str(c.as_str());
        } else {
            out.push_str(&w);
        }
        out.push_str(if seed % 13 == 0 { ". " } else { " " });
    }
    out
}

/// `surface<TAB>type<TAB>id` lines for the gazetteer of `size` ("1k", "30k", "1m").
pub fn tsv(size: &str) -> String {
    if let Some(dir) = folder() {
        return std::fs::read_to_string(dir.join(format!("gaz_{size}.tsv"))).expect("GAZETTE_BENCH_DATA/gaz_*.tsv");
    }
    let n = match size {
        "1k" => 1_000,
        "30k" => 30_000,
        _ => 1_000_000,
    };
    let mut seed = 11;
    let mut out = String::new();
    for i in 0..n {
        let mut name = word(&mut seed);
        if seed % 3 == 0 {
            name.push(' ');
            name.push_str(&word(&mut seed));
        }
        out.push_str(&format!("{name}\tCITY\tg:{}\n", i / 2));
    }
    out
}

/// The surfaces of a TSV gazetteer.
pub fn surfaces(tsv: &str) -> Vec<&str> {
    tsv.lines().filter_map(|l| l.split('\t').next()).filter(|s| !s.is_empty()).collect()
}
