//! `gazette extract --format text`: a readable report of a document's mentions and claims.

use std::fmt::Write;

use crate::Document;
use crate::html::counted;

/// The report of `doc`, headed by `name`: its mentions with their line numbers and entities, its claims
/// with their source, cue, medium and content, then the legend of its speakers.
pub(crate) fn report(name: &str, doc: &Document<'_>) -> String {
    let mut out = String::new();
    let text = doc.text;
    let mut entities: Vec<&str> = doc.mentions.iter().map(|m| m.entity_id).collect();
    entities.sort_unstable();
    entities.dedup();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{name}: {} of {}",
        counted(doc.mentions.len() as u64, "mention", "mentions"),
        counted(entities.len() as u64, "entity", "entities")
    );
    for m in &doc.mentions {
        let line = text[..m.start].matches('\n').count() + 1;
        let _ = writeln!(
            out,
            "  line {line:>3}  {:<32} -> {} ({}, {}) [{}]",
            m.text.replace('\n', " "),
            m.name,
            m.entity_id,
            m.kind,
            m.resolution.as_str()
        );
    }
    let _ = writeln!(out, "{name}: {}", counted(doc.claims.len() as u64, "claim", "claims"));
    for c in &doc.claims {
        let line = text[..c.cue.start].matches('\n').count() + 1;
        let source = match (c.source_text, c.speaker) {
            (Some(s), Some(who)) => format!("{} -> {who}", flat(s)),
            (Some(s), None) => flat(s),
            (None, _) => "(none)".to_string(),
        };
        let _ =
            writeln!(out, "  line {line:>3}  {} claim, source [{}] {source}", c.kind.as_str(), c.source_kind.as_str());
        let _ = writeln!(out, "            cue     {} ({})", flat(&text[c.cue.start..c.cue.end]), c.cue_lemma);
        if let Some(m) = c.medium_text {
            let entity = c.medium_entity_id.map(|e| format!(" -> {e}")).unwrap_or_default();
            let _ = writeln!(out, "            medium  {}{entity}", flat(m));
        }
        let content: Vec<String> = c.content.iter().map(|s| flat(&text[s.start..s.end])).collect();
        let _ = writeln!(out, "            content {}", content.join(" … "));
    }
    speaker_legend(&mut out, name, doc);
    out
}

/// Who is quoted: each speaker's number, name, entity and claims.
fn speaker_legend(out: &mut String, name: &str, doc: &Document<'_>) {
    let _ = writeln!(out, "{name}: {}", counted(doc.speakers.len() as u64, "speaker", "speakers"));
    for (n, s) in doc.speakers.iter().enumerate() {
        let entity = s.entity_id.map(|e| format!("{e}, ")).unwrap_or_default();
        let claims = counted(s.claims as u64, "claim", "claims");
        let _ = writeln!(out, "  S{:<3} {} ({entity}{}): {claims}", n + 1, flat(s.name), s.entity_type);
    }
}

/// `s` on one line, its runs of white space made single spaces.
pub(crate) fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
