//! `--format csv`: rows of mentions or claims (RFC 4180), offsets in code points as in the JSON.
//!
//! Written by hand rather than with the `csv` crate: the rows are flat strings and numbers, so all a
//! writer has to do is quote a field that holds a comma, a quote or a line break.

use serde_json::Value;

use crate::Document;
use crate::cli::report::flat;

/// The header of the mention rows.
pub(crate) const MENTIONS: &str = "id,start,end,text,entity_id,type,name,resolution\n";
/// The header of the claim rows.
pub(crate) const CLAIMS: &str = "id,kind,cue_start,cue_end,cue,cue_lemma,source_kind,source_text,speaker,\
speaker_id,entity_id,content_start,content_end,content,medium_text,medium_entity_id\n";

/// The rows of a document named `id`: one per mention, or with `claims` one per claim.
pub(crate) fn rows(id: &str, doc: &Document<'_>, claims: bool) -> String {
    let json = doc.to_json();
    let mut out = String::new();
    let key = |v: &Value, k: &str| match &v[k] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    };
    if !claims {
        for m in json["mentions"].as_array().into_iter().flatten() {
            let fields = ["start", "end", "text", "entity_id", "type", "name", "resolution"].map(|k| key(m, k));
            row(&mut out, std::iter::once(id.to_string()).chain(fields));
        }
        return out;
    }
    let text = doc.text;
    for (c, q) in doc.claims.iter().zip(json["quotes"].as_array().into_iter().flatten()) {
        let content: Vec<String> = c.content.iter().map(|s| flat(&text[s.start..s.end])).collect();
        let fields = [
            id.to_string(),
            key(q, "kind"),
            key(q, "cue_start"),
            key(q, "cue_end"),
            flat(&text[c.cue.start..c.cue.end]),
            key(q, "cue_lemma"),
            key(q, "source_kind"),
            key(q, "source_text"),
            key(q, "speaker"),
            key(q, "speaker_id"),
            key(q, "entity_id"),
            key(q, "content_start"),
            key(q, "content_end"),
            content.join(" … "),
            key(q, "medium_text"),
            key(q, "medium_entity_id"),
        ];
        row(&mut out, fields.into_iter());
    }
    out
}

/// Appends one row of `fields` to `out`, quoted where they need it.
pub(crate) fn row(out: &mut String, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        let mut out = String::new();
        row(&mut out, ["plain", "a, b", "say \"no\"", "two\nlines"].into_iter().map(String::from));
        assert_eq!(out, "plain,\"a, b\",\"say \"\"no\"\"\",\"two\nlines\"\n");
    }
}
