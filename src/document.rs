//! A processed document and its JSON form, shared by the command line, Python and C.

use serde_json::{Map, Value, json};

use crate::matcher::Mention;

/// What gazette found in one text. Offsets in the Rust fields are **byte** offsets into `text`; the
/// JSON form ([`Document::to_json`]) uses code points, as Python `str` indices do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document<'a> {
    /// The text.
    pub text: &'a str,
    /// The mentions, sorted by start.
    pub mentions: Vec<Mention<'a>>,
}

/// Converts ascending byte offsets into code-point offsets in one pass over the text.
pub(crate) struct CodePoints<'a> {
    text: &'a str,
    byte: usize,
    chars: usize,
}

impl<'a> CodePoints<'a> {
    pub(crate) fn new(text: &'a str) -> CodePoints<'a> {
        CodePoints { text, byte: 0, chars: 0 }
    }

    /// The code-point offset of byte offset `at` (a character boundary). Calls with ascending offsets
    /// cost one pass in total; a smaller offset restarts from the beginning.
    pub(crate) fn at(&mut self, at: usize) -> usize {
        if at < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..at].chars().count();
        self.byte = at;
        self.chars
    }
}

impl Document<'_> {
    /// The document as JSON: `{"mentions": [{"start", "end", "text", "entity_id", "type", "name",
    /// "resolution"}]}` with `start` and `end` in **code points**. This is the `extract --jsonl` line
    /// without its `id`.
    pub fn to_json(&self) -> Value {
        let mut cp = CodePoints::new(self.text);
        let mentions: Vec<Value> = self
            .mentions
            .iter()
            .map(|m| {
                json!({
                    "start": cp.at(m.start),
                    "end": cp.at(m.end),
                    "text": m.text,
                    "entity_id": m.entity_id,
                    "type": m.kind,
                    "name": m.name,
                    "resolution": m.resolution.as_str(),
                })
            })
            .collect();
        let mut map = Map::new();
        map.insert("mentions".into(), Value::Array(mentions));
        Value::Object(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_characters_not_bytes() {
        let text = "é😀 Iraq";
        let mut cp = CodePoints::new(text);
        assert_eq!(cp.at(0), 0);
        assert_eq!(cp.at(2), 1);
        assert_eq!(cp.at(6), 2);
        assert_eq!(cp.at(text.len()), 7);
        assert_eq!(cp.at(2), 1);
    }
}
