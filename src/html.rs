//! HTML views of documents: the one renderer behind `gazette extract --format html` and the notebook view
//! (`Document._repr_html_` in Python).
//!
//! It reads a document's JSON (see [`crate::Document::to_json`]), so that it draws exactly the spans that
//! the JSON gives, and so that a document rebuilt from its JSON (a pickled Python document) draws the same.

use std::fmt::Write;

use serde::Deserialize;

use crate::Document;
use crate::error::{Error, ErrorKind};

/// Background colours of mentions, by type: the embedded gazetteer's types and the usual others. Any other
/// type gets a hue of its own from its name.
const TYPE_COLOURS: &[(&str, &str)] = &[
    ("PERSON", "#aa9cfc"),
    ("ORG", "#7aecec"),
    ("GPE", "#feca74"),
    ("NORP", "#c887fb"),
    ("CITY", "#ffd966"),
    ("US_STATE", "#f5d58b"),
    ("LOC", "#ff9561"),
    ("MEDIA", "#9cc9cc"),
];

/// How each part of a claim is marked in the text.
const ROLE_STYLES: &[(&str, &str)] = &[
    ("content", "background: #eef6e8; border-bottom: 2px dotted #2e7d32"),
    ("cue", "font-weight: bold; color: #b00020"),
    ("source", "border-bottom: 3px solid #1f77b4"),
    ("medium", "font-style: italic; border-bottom: 3px double #8c564b"),
];

const STYLE: &str = "\
.gz-doc { line-height: 2.4; font-family: sans-serif; white-space: pre-wrap; }
.gz-doc mark { padding: 0.2em 0.35em; margin: 0 0.1em; border-radius: 0.35em; }
.gz-label { font-size: 0.65em; font-weight: bold; margin-left: 0.4em; vertical-align: middle; }
.gz-claims { border-collapse: collapse; margin-top: 1em; font-family: sans-serif; font-size: 0.9em; }
.gz-claims th, .gz-claims td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
.gz-speakers { font-family: sans-serif; font-size: 0.9em; list-style: none; padding-left: 0; }
.gz-swatch { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 0.3em; margin-right: 0.4em; }
.gz-page { max-width: 60em; margin: 1em auto; font-family: sans-serif; }
.gz-index { font-family: sans-serif; }
.gz-section { border-top: 1px solid #ccc; margin-top: 2em; }
";

/// One document's view: its text with every mention marked by type and every claim's source, cue,
/// content and medium marked, then a table of its claims and the legend of its speakers. Offsets are
/// read from the JSON, in code points.
#[derive(Debug, Clone)]
pub struct HtmlSection {
    id: String,
    body: String,
    mentions: usize,
    claims: usize,
}

impl HtmlSection {
    /// The view of `doc`, headed by `id` (none when empty).
    pub fn new(id: &str, doc: &Document<'_>) -> HtmlSection {
        let view = serde_json::from_value(doc.to_json()).expect("a document's JSON has the keys it renders");
        HtmlSection::render(id, doc.text, &view)
    }

    /// The view of a document given by its text and its JSON ([`crate::Document::to_json`]'s, with
    /// offsets in code points).
    ///
    /// # Errors
    /// The JSON lacks a key of the document's JSON, or an offset lies beyond the text.
    pub fn from_json(id: &str, text: &str, json: &str) -> crate::Result<HtmlSection> {
        let view: View = serde_json::from_str(json).map_err(|e| Error::new(ErrorKind::Json, e.to_string()))?;
        let chars = text.chars().count();
        let spans = view.mentions.iter().map(|m| [m.start, m.end]).chain(view.quotes.iter().flat_map(Quote::spans));
        if let Some([s, e]) = spans.into_iter().find(|[s, e]| s > e || *e > chars) {
            return Err(Error::new(
                ErrorKind::Json,
                format!("span {s}..{e} lies outside a text of {chars} characters"),
            ));
        }
        Ok(HtmlSection::render(id, text, &view))
    }

    /// The view alone with its style: a fragment for a page of one's own, or for a notebook cell.
    pub fn to_html(&self) -> String {
        format!("<style>{STYLE}</style><div class='gz-view'>{}</div>", self.body)
    }

    fn render(id: &str, text: &str, view: &View) -> HtmlSection {
        let mut body = String::new();
        if !id.is_empty() {
            let _ = write!(body, "<h2>{}</h2>", escape(id));
        }
        marked_text(&mut body, text, view);
        claims_table(&mut body, text, view);
        speaker_legend(&mut body, view);
        HtmlSection { id: id.to_string(), body, mentions: view.mentions.len(), claims: view.quotes.len() }
    }
}

/// A standalone HTML page of documents (inline style, no remote resources), with an index of them when
/// there is more than one.
#[derive(Debug, Clone, Default)]
pub struct HtmlPage {
    title: String,
    sections: Vec<HtmlSection>,
}

impl HtmlPage {
    /// An empty page titled `title`.
    pub fn new(title: &str) -> HtmlPage {
        HtmlPage { title: title.to_string(), sections: Vec::new() }
    }

    /// Adds a document's view at the end of the page.
    pub fn push(&mut self, section: HtmlSection) -> &mut HtmlPage {
        self.sections.push(section);
        self
    }

    /// The page's HTML.
    pub fn to_html(&self) -> String {
        let title = escape(&self.title);
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'><title>{title}</title>\
             <style>{STYLE}</style></head>\n<body><div class='gz-page'><h1>{title}</h1>\n"
        );
        if self.sections.len() > 1 {
            out.push_str("<nav class='gz-index'><ol>");
            for (n, s) in self.sections.iter().enumerate() {
                let _ = write!(
                    out,
                    "<li><a href='#doc-{}'>{}</a>: {}, {}</li>",
                    n + 1,
                    escape(&s.id),
                    counted(s.mentions as u64, "mention", "mentions"),
                    counted(s.claims as u64, "claim", "claims")
                );
            }
            out.push_str("</ol></nav>\n");
        }
        for (n, s) in self.sections.iter().enumerate() {
            let _ = writeln!(out, "<section class='gz-section' id='doc-{}'>{}</section>", n + 1, s.body);
        }
        out.push_str("</div></body></html>\n");
        out
    }
}

/// The parts of a document's JSON that the view draws.
#[derive(Deserialize)]
struct View {
    mentions: Vec<MentionView>,
    quotes: Vec<Quote>,
    #[serde(default)]
    speakers: Vec<SpeakerView>,
}

#[derive(Deserialize)]
struct MentionView {
    start: usize,
    end: usize,
    entity_id: String,
    #[serde(rename = "type")]
    kind: String,
    name: String,
    resolution: String,
}

#[derive(Deserialize)]
struct Quote {
    content_spans: Vec<[usize; 2]>,
    cue_start: usize,
    cue_end: usize,
    source_spans: Vec<[usize; 2]>,
    source_text: Option<String>,
    source_kind: String,
    medium_start: Option<usize>,
    medium_end: Option<usize>,
    medium_text: Option<String>,
    kind: String,
    #[serde(default)]
    speaker_id: Option<usize>,
}

impl Quote {
    /// Each marked part: its role and its span.
    fn roles(&self) -> Vec<(&'static str, [usize; 2])> {
        let mut roles: Vec<(&str, [usize; 2])> = self.content_spans.iter().map(|s| ("content", *s)).collect();
        roles.push(("cue", [self.cue_start, self.cue_end]));
        roles.extend(self.source_spans.iter().map(|s| ("source", *s)));
        if let (Some(s), Some(e)) = (self.medium_start, self.medium_end) {
            roles.push(("medium", [s, e]));
        }
        roles
    }

    fn spans(&self) -> Vec<[usize; 2]> {
        self.roles().into_iter().map(|(_, s)| s).collect()
    }
}

#[derive(Deserialize)]
struct SpeakerView {
    name: String,
    entity_id: Option<String>,
    #[serde(rename = "type")]
    kind: String,
    claims: usize,
}

/// The byte offset of each code point of `text`, and of its end.
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain([text.len()]).collect()
}

/// The text, cut at every edge of a mention or a claim's part so that each piece lies inside or outside
/// a mention and has one set of roles.
fn marked_text(out: &mut String, text: &str, view: &View) {
    let bytes = byte_offsets(text);
    let roles: Vec<(&str, [usize; 2], usize)> = view
        .quotes
        .iter()
        .enumerate()
        .flat_map(|(n, q)| q.roles().into_iter().map(move |(role, span)| (role, span, n + 1)))
        .filter(|(_, [s, e], _)| s < e)
        .collect();
    let mut cuts: Vec<usize> = [0, bytes.len() - 1].into_iter().collect();
    cuts.extend(view.mentions.iter().flat_map(|m| [m.start, m.end]));
    cuts.extend(roles.iter().flat_map(|(_, [s, e], _)| [*s, *e]));
    cuts.sort_unstable();
    cuts.dedup();
    out.push_str("<div class='gz-doc'>");
    let mut mentions = view.mentions.iter().peekable();
    let mut open: Option<&MentionView> = None;
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if let Some(m) = mentions.next_if(|m| m.start == a) {
            let title = format!("{} ({}, {})", m.name, m.entity_id, m.resolution);
            let _ = write!(
                out,
                "<mark class='gz-mention' data-type='{}' data-entity='{}' title='{}' style='background: {}'>",
                escape(&m.kind),
                escape(&m.entity_id),
                escape(&title),
                colour(&m.kind)
            );
            open = Some(m);
        }
        let piece = escape(&text[bytes[a]..bytes[b]]);
        let here: Vec<(&str, usize)> =
            roles.iter().filter(|(_, [s, e], _)| *s <= a && b <= *e).map(|(role, _, n)| (*role, *n)).collect();
        if here.is_empty() {
            out.push_str(&piece);
        } else {
            let names = distinct(here.iter().map(|(role, _)| role.to_string()));
            let numbers = distinct(here.iter().map(|(_, n)| n.to_string()));
            let mut style = distinct(
                ROLE_STYLES.iter().filter(|(role, _)| here.iter().any(|(r, _)| r == role)).map(|(_, s)| s.to_string()),
            );
            // A source is underlined in its speaker's colour, the legend's.
            let speaker =
                here.iter().filter(|(role, _)| *role == "source").find_map(|(_, n)| view.quotes[n - 1].speaker_id);
            let mut speaker_attribute = String::new();
            if let Some(id) = speaker {
                style.push(format!("border-bottom-color: {}", speaker_colour(id)));
                speaker_attribute = format!(" data-speaker='{id}'");
            }
            let _ = write!(
                out,
                "<span class='gz-claim' data-role='{}' data-claim='{}'{speaker_attribute} style='{}'>{piece}</span>",
                names.join(" "),
                numbers.join(" "),
                style.join("; ")
            );
        }
        if let Some(m) = open.filter(|m| m.end == b) {
            let _ = write!(out, "<span class='gz-label'>{}</span></mark>", escape(&m.kind));
            open = None;
        }
    }
    out.push_str("</div>");
}

/// A table of the claims: number, speaker, source, cue, content, medium and kind.
fn claims_table(out: &mut String, text: &str, view: &View) {
    if view.quotes.is_empty() {
        return;
    }
    let bytes = byte_offsets(text);
    let slice = |[s, e]: [usize; 2]| &text[bytes[s]..bytes[e]];
    out.push_str(
        "<table class='gz-claims'><tr><th>#</th><th>speaker</th><th>source</th><th>cue</th><th>content</th>\
         <th>medium</th><th>kind</th></tr>",
    );
    for (n, q) in view.quotes.iter().enumerate() {
        let speaker = match q.speaker_id.and_then(|id| view.speakers.get(id).map(|s| (id, s))) {
            Some((id, s)) => format!("{}{}", swatch(id), escape(&s.name)),
            None => String::new(),
        };
        let content: Vec<&str> = q.content_spans.iter().map(|s| slice(*s)).collect();
        let cells = [
            q.source_text.as_deref().unwrap_or(&q.source_kind),
            slice([q.cue_start, q.cue_end]),
            &content.join(" … "),
            q.medium_text.as_deref().unwrap_or(""),
            &q.kind,
        ];
        let _ = write!(out, "<tr><td>{}</td><td>{speaker}</td>", n + 1);
        for cell in cells {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>");
}

/// Who is quoted: each speaker's swatch (as in the claims table), name, entity and number of claims.
fn speaker_legend(out: &mut String, view: &View) {
    if view.speakers.is_empty() {
        return;
    }
    out.push_str("<ul class='gz-speakers'>");
    for (id, s) in view.speakers.iter().enumerate() {
        let entity = s.entity_id.as_deref().map(|e| format!("{}, ", escape(e))).unwrap_or_default();
        let _ = write!(
            out,
            "<li data-speaker='{id}'>{}{} ({entity}{}): {}</li>",
            swatch(id),
            escape(&s.name),
            escape(&s.kind),
            counted(s.claims as u64, "claim", "claims")
        );
    }
    out.push_str("</ul>");
}

/// A speaker's mark: its number on its colour.
fn swatch(id: usize) -> String {
    format!("<span class='gz-swatch' style='background: {}'>S{}</span>", speaker_colour(id), id + 1)
}

/// A colour of each speaker's own, far from its neighbours' (hues a golden angle apart).
fn speaker_colour(id: usize) -> String {
    format!("hsl({}, 65%, 60%)", (id * 137) % 360)
}

fn colour(kind: &str) -> String {
    match TYPE_COLOURS.iter().find(|(k, _)| *k == kind) {
        Some((_, c)) => c.to_string(),
        // FNV-1a: a stable hue for the same type on every page.
        None => {
            let hash = kind.bytes().fold(0x811c9dc5u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x01000193));
            format!("hsl({}, 70%, 80%)", hash % 360)
        }
    }
}

/// The items in their first order, each once.
fn distinct(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// `s` safe in HTML text and in quoted attributes.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\'' => out.push_str("&#x27;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// "1 claim", "2 claims": a count and its noun, for the reports and the views.
pub(crate) fn counted(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Extractor;

    #[test]
    fn marks_follow_the_json_and_the_text_is_escaped() {
        let extractor = Extractor::new(crate::Gazetteer::builder().with_default(true).build().unwrap()).unwrap();
        let text = "<b>Iraqi</b> officials said “the talks will go on,” and é Iran’s Araghchi said it agreed.";
        let doc = extractor.extract(text);
        let html = HtmlSection::new("a & b", &doc).to_html();
        assert!(html.contains("<h2>a &amp; b</h2>") && html.contains("&lt;b&gt;") && !html.contains("<b>"));
        assert_eq!(html.matches("<mark class='gz-mention'").count(), doc.mentions.len());
        assert!(html.contains("data-type='NORP' data-entity='norp:IQ'"), "{html}");
        assert!(html.contains("data-role='cue'") && html.contains("data-role='source'"), "{html}");
        // The named source's underline and its legend entry share the speaker's colour.
        let speaker = doc.claims.iter().find_map(|c| c.speaker_id).expect("a claim with a speaker");
        let colour = speaker_colour(speaker);
        assert!(
            html.contains(&format!(
                "data-speaker='{speaker}' style='border-bottom: 3px solid #1f77b4; border-bottom-color: {colour}'"
            )),
            "{html}"
        );
        assert!(
            html.contains(&format!(
                "<li data-speaker='{speaker}'><span class='gz-swatch' style='background: {colour}'>"
            )),
            "{html}"
        );
        let json = doc.to_json().to_string();
        assert_eq!(HtmlSection::from_json("a & b", text, &json).unwrap().to_html(), html);
        let err = HtmlSection::from_json("", "short", &json).unwrap_err();
        assert!(err.to_string().contains("outside a text of 5 characters"), "{err}");
    }

    #[test]
    fn a_page_indexes_its_documents_and_loads_nothing_from_elsewhere() {
        let extractor = Extractor::new(crate::Gazetteer::builder().with_default(true).build().unwrap()).unwrap();
        let mut page = HtmlPage::new("corpus");
        page.push(HtmlSection::new("one", &extractor.extract("Iraq")));
        let one = page.to_html();
        assert!(one.starts_with("<!DOCTYPE html>") && !one.contains("<nav"));
        page.push(HtmlSection::new("two", &extractor.extract("Iran and Iraq")));
        let two = page.to_html();
        assert!(two.contains("<li><a href='#doc-2'>two</a>: 2 mentions, 0 claims</li>"), "{two}");
        assert!(two.contains("id='doc-2'") && !two.contains("http") && !two.contains("src="));
    }
}
