//! Inputs the fuzz targets in `fuzz/` found to crash, each kept as a plain test once fixed.

use gazette::{Extractor, Gazetteer};

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
