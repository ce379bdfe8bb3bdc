//! gazette from Rust in four steps: a gazetteer, mentions, claims and speakers, and an HTML page.
//!
//! ```text
//! cargo run --release --example quickstart > page.html
//! ```

use gazette::{Entity, Extractor, Gazetteer, HtmlPage, HtmlSection};

fn main() -> Result<(), gazette::Error> {
    // 1. Your entities, on top of the embedded default gazetteer (countries, cities, media, ...).
    let gazetteer =
        Gazetteer::builder().entity(Entity::new("miller", "PERSON", "Matthew Miller")).with_default(true).build()?;
    let extractor = Extractor::new(gazetteer)?;
    let text = "“Talks with Iraq are ongoing,” Matthew Miller told Reuters. Miller then left for Baghdad.";
    let doc = extractor.extract(text);

    // 2. Mentions, with byte offsets into the text.
    for m in &doc.mentions {
        eprintln!("{}..{} {:?} -> {} ({})", m.start, m.end, &text[m.start..m.end], m.entity_id, m.kind);
    }
    // 3. Claims, each pointing to its speaker.
    for c in &doc.claims {
        let speaker = c.speaker_id.map(|id| doc.speakers[id].name);
        let content: Vec<&str> = c.content.iter().map(|s| &text[s.start..s.end]).collect();
        eprintln!("{speaker:?} [{}, via {:?}]: {}", c.cue_lemma, c.medium_text, content.join(" … "));
    }
    // 4. A standalone page, as `gazette extract --format html` writes it.
    let mut page = HtmlPage::new("quickstart");
    page.push(HtmlSection::new("the example", &doc));
    print!("{}", page.to_html());
    Ok(())
}
