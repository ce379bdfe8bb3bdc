//! Extraction never panics, and what it returns holds together: every mention and claim span lies in the
//! text, on character boundaries, with the text and entity it claims; the JSON form gives the same spans
//! in code points and the same strings; the serde form of mentions and claims serialises.
//!
//! Input: any bytes, read as UTF-8 (invalid bytes become U+FFFD).
#![no_main]

use std::sync::LazyLock;

use gazette::{Entity, Extractor, Gazetteer, Span};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

/// The embedded gazetteer with people and media, so that claims get linked sources, and a cue and nouns
/// added, so that the lexicon additions are covered too.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
    let mut builder = Gazetteer::builder();
    for e in Gazetteer::embedded().entities() {
        builder.entity(e);
    }
    builder
        .entity(Entity::new("miller", "PERSON", "Matthew Miller"))
        .entity(Entity::new("sudani", "PERSON", "Mohammed Shia al-Sudani").alias("al-Sudani"))
        .entity(Entity::new("romanowski", "PERSON", "Alina L. Romanowski"))
        .entity(Entity::new("pmf", "ORG", "Popular Mobilisation Forces"))
        .entity(Entity::new("x", "MEDIA", "X").alias("X platform"));
    let gazetteer = builder.build().unwrap();
    Extractor::builder()
        .gazetteer(gazetteer)
        .cue("opine")
        .source_noun("insider")
        .media_noun("newsletter")
        .build()
        .unwrap()
});

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    let doc = EXTRACTOR.extract(text);
    let g = EXTRACTOR.gazetteer().unwrap();
    let slice = |s: Span| -> &str {
        assert!(s.start < s.end && s.end <= text.len(), "{s:?} of {} bytes", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?} cuts a character");
        &text[s.start..s.end]
    };
    let entity = |id: &str| g.get(id).unwrap_or_else(|| panic!("no entity {id:?}"));

    let mut last_end = 0;
    for m in &doc.mentions {
        assert_eq!(slice(Span { start: m.start, end: m.end }), m.text);
        assert!(m.start >= last_end, "mentions overlap or are out of order: {:?}", doc.mentions);
        last_end = m.end;
        let e = entity(m.entity_id);
        assert_eq!((m.kind, m.name), (e.kind.as_str(), e.name.as_str()));
    }
    for c in &doc.claims {
        assert!(!c.content.is_empty());
        for pair in c.content.windows(2) {
            assert!(pair[0].end <= pair[1].start, "content spans out of order: {:?}", c.content);
        }
        for &s in &c.content {
            slice(s);
        }
        slice(c.cue);
        assert_eq!(c.source.map(slice), c.source_text, "source_text");
        c.relative.map(slice);
        assert_eq!(c.medium.map(slice), c.medium_text, "medium_text");
        // A linked source has the entity's name as its speaker; an unlinked named one has a speaker too.
        assert!(c.entity_id.is_none() || c.speaker.is_some());
        if let Some(id) = c.entity_id {
            assert_eq!(Some(entity(id).name.as_str()), c.speaker);
        }
        c.medium_entity_id.map(entity);
        // A claim's speaker is the speaker it points to, by name and entity.
        if let Some(s) = c.speaker_id {
            let speaker = &doc.speakers[s];
            assert_eq!((Some(speaker.name), speaker.entity_id), (c.speaker, c.entity_id), "speaker_id");
        }
    }
    for (s, speaker) in doc.speakers.iter().enumerate() {
        assert_eq!(speaker.claims, doc.claims.iter().filter(|c| c.speaker_id == Some(s)).count(), "speaker claims");
        for &m in &speaker.mentions {
            slice(m);
        }
    }

    // Code-point offsets, counted here independently of the library: cp[b] for each boundary b.
    let mut cp = vec![usize::MAX; text.len() + 1];
    for (i, (b, _)) in text.char_indices().enumerate() {
        cp[b] = i;
    }
    cp[text.len()] = text.chars().count();
    let at = |b: usize| json!(cp[b]);
    let span = |s: &Span| json!([cp[s.start], cp[s.end]]);
    let json = doc.to_json();
    assert_eq!(serde_json::from_str::<Value>(&json.to_string()).unwrap(), json, "JSON round trip");
    assert_eq!(doc.to_json_string(), json.to_string(), "JSON written directly");
    let mentions: Vec<Value> = doc
        .mentions
        .iter()
        .map(|m| {
            json!({"start": at(m.start), "end": at(m.end), "text": m.text, "entity_id": m.entity_id, "type": m.kind,
                   "name": m.name, "resolution": m.resolution.as_str()})
        })
        .collect();
    assert_eq!(json["mentions"], Value::Array(mentions));
    let quotes = json["quotes"].as_array().unwrap();
    assert_eq!(quotes.len(), doc.claims.len());
    for (q, c) in quotes.iter().zip(&doc.claims) {
        assert_eq!(q["content_spans"], Value::Array(c.content.iter().map(span).collect()));
        assert_eq!(
            (&q["content_start"], &q["content_end"]),
            (&at(c.content[0].start), &at(c.content.last().unwrap().end))
        );
        assert_eq!((&q["cue_start"], &q["cue_end"]), (&at(c.cue.start), &at(c.cue.end)));
        let mut sources: Vec<&Span> = c.source.iter().chain(&c.relative).collect();
        sources.sort_by_key(|s| s.start);
        assert_eq!(q["source_spans"], Value::Array(sources.iter().map(|s| span(s)).collect()));
        let medium = c.medium.as_ref();
        assert_eq!(
            (&q["medium_start"], &q["medium_end"]),
            (&json!(medium.map(|s| cp[s.start])), &json!(medium.map(|s| cp[s.end])))
        );
        let strings = [
            ("source_text", c.source_text),
            ("speaker", c.speaker),
            ("entity_id", c.entity_id),
            ("cue_lemma", Some(c.cue_lemma)),
            ("source_kind", Some(c.source_kind.as_str())),
            ("medium_text", c.medium_text),
            ("medium_entity_id", c.medium_entity_id),
            ("kind", Some(c.kind.as_str())),
        ];
        for (key, value) in strings {
            assert_eq!(q[key], json!(value), "{key}");
        }
    }
    // The serde form keeps byte offsets.
    let serde = serde_json::to_value((&doc.mentions, &doc.claims)).unwrap();
    for (v, m) in serde[0].as_array().unwrap().iter().zip(&doc.mentions) {
        assert_eq!((&v["start"], &v["end"], &v["text"]), (&json!(m.start), &json!(m.end), &json!(m.text)));
    }
});
