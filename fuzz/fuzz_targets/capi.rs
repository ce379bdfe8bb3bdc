//! The C API called as a C program would: random bytes as JSONL, TSV, entity fields and text, invalid
//! UTF-8, NULL pointers and zero lengths. Every call returns a value or an error (never an internal
//! one), what a document gives lies in the text passed in, and everything made is freed (the
//! sanitizer's leak check holds the fuzzer to it).
//!
//! Input: a flag byte (see `run`), a length byte `n`, then `n` bytes of gazetteer (JSONL, TSV, or entities for
//! the builder: one a line, fields split at NUL: id, type, name, aliases), then the text.
#![no_main]

use std::ffi::{CStr, CString, c_char, c_int};
use std::ptr::{self, null, null_mut};

use gazette::capi::*;
use libfuzzer_sys::fuzz_target;

/// An extractor for the default gazetteer, made once: building the embedded gazetteer per input would
/// drown the fuzzer. It lives as long as the process.
struct Default(*mut gazette_extractor);
unsafe impl Send for Default {}
unsafe impl Sync for Default {}
static DEFAULT: std::sync::LazyLock<Default> =
    std::sync::LazyLock::new(|| Default(unsafe { gazette_extractor_new_default(null_mut()) }));

fuzz_target!(|data: &[u8]| unsafe { run(data) });

unsafe fn run(data: &[u8]) {
    let &[flags, n, ref rest @ ..] = data else { return };
    let (source, text) = rest.split_at((n as usize).min(rest.len()));
    let want_error = flags & 1 == 0;
    let mut error: *mut gazette_error = null_mut();
    let error_slot = if want_error { &raw mut error } else { null_mut() };

    let gazetteer = unsafe {
        match (flags >> 1) & 3 {
            0 => gazette_gazetteer_from_jsonl(pointer(source, flags & 8 != 0), source.len(), error_slot),
            1 => gazette_gazetteer_from_tsv(pointer(source, flags & 8 != 0), source.len(), error_slot),
            _ => build(source, flags, error_slot),
        }
    };
    check_error(gazetteer.is_null(), &mut error, want_error);
    if gazetteer.is_null() {
        assert_eq!(unsafe { gazette_gazetteer_entity_count(gazetteer) }, 0);
    }

    // Flag bit 5 extracts with an extractor of the gazetteer's own, which is freed right after as C allows;
    // without it, the extractor made once for the default gazetteer reads the text, since building the cue
    // automaton for every input would cost most of the fuzzer's time. extractor_new must refuse NULL.
    let try_own = flags & 32 != 0 || gazetteer.is_null();
    let own = if try_own { unsafe { gazette_extractor_new(gazetteer, error_slot) } } else { null_mut() };
    if try_own {
        check_error(own.is_null(), &mut error, want_error);
        assert_eq!(own.is_null(), gazetteer.is_null());
    }
    unsafe { gazette_gazetteer_free(gazetteer) };
    let extractor = if own.is_null() { DEFAULT.0 } else { own };
    assert!(!extractor.is_null());

    let null_text = flags & 16 != 0;
    let text_ptr = pointer(text, null_text);
    let doc = unsafe { gazette_extractor_extract(extractor, text_ptr, text.len(), error_slot) };
    check_error(doc.is_null(), &mut error, want_error);
    assert_eq!(doc.is_null(), null_text || std::str::from_utf8(text).is_err());
    unsafe { gazette_extractor_free(own) };
    if !doc.is_null() {
        unsafe { read(doc, text) };
    }
    unsafe { gazette_document_free(doc) };

    // NULL handles are errors or no-ops, never crashes.
    unsafe {
        assert!(gazette_extractor_extract(null(), text_ptr, text.len(), null_mut()).is_null());
        assert_eq!(gazette_document_mention_count(null()), 0);
        assert!(!gazette_document_claim(null(), 0, null_mut()));
        assert!(gazette_document_json(null()).is_null());
        assert!(gazette_gazetteer_builder_build(null(), null_mut()).is_null());
        gazette_document_free(null_mut());
        gazette_error_free(null_mut());
    }
}

/// The bytes' address, or NULL when asked; an empty slice gives a dangling non-NULL pointer, which the API
/// accepts with a zero length.
fn pointer(bytes: &[u8], null: bool) -> *const c_char {
    if null { ptr::null() } else { bytes.as_ptr().cast() }
}

/// A gazetteer through the builder: entities one a line, fields split at NUL. A missing field is a NULL
/// pointer; flag bit 3 passes NULL for the aliases while counting them; the case rule comes from the top
/// bits, one value of four out of range.
unsafe fn build(source: &[u8], flags: u8, error: *mut *mut gazette_error) -> *mut gazette_gazetteer {
    let builder = gazette_gazetteer_builder_new();
    for line in source.split(|&b| b == b'\n') {
        let fields: Vec<CString> = line.split(|&b| b == 0).map(|f| CString::new(f).unwrap()).collect();
        let field = |i: usize| fields.get(i).map_or(null(), |f| f.as_ptr());
        let aliases: Vec<*const c_char> = fields.iter().skip(3).map(|f| f.as_ptr()).collect();
        let entity = gazette_entity {
            id: field(0),
            kind: field(1),
            name: field(2),
            aliases: if flags & 8 != 0 { null() } else { aliases.as_ptr() },
            alias_count: aliases.len(),
            case_rule: c_int::from(flags >> 6) - 1,
        };
        let mut e = null_mut();
        let added = unsafe { gazette_gazetteer_builder_add(builder, &entity, &mut e) };
        assert_eq!(added, e.is_null());
        check_error(!added, &mut e, true);
    }
    let gazetteer = unsafe { gazette_gazetteer_builder_build(builder, error) };
    unsafe { gazette_gazetteer_builder_free(builder) };
    gazetteer
}

/// Checks and frees the error of a call that `failed` or not.
fn check_error(failed: bool, error: &mut *mut gazette_error, wanted: bool) {
    if !wanted {
        return;
    }
    assert_eq!(failed, !error.is_null());
    if failed {
        unsafe {
            let kind = gazette_error_kind(*error);
            let message = CStr::from_ptr(gazette_error_message(*error)).to_str().unwrap();
            assert_ne!(kind, gazette_error_code::GAZETTE_ERROR_INTERNAL, "{message}");
            gazette_error_line(*error);
            gazette_error_free(*error);
        }
        *error = null_mut();
    }
}

/// Reads every mention, claim and speaker of `doc` and its JSON, checking that they lie in `text` and that
/// each claim's speaker is one of the document's.
unsafe fn read(doc: *const gazette_document, text: &[u8]) {
    let bytes = |s: gazette_str| -> &[u8] {
        if s.ptr.is_null() {
            assert_eq!(s.len, 0);
            return &[];
        }
        let b = unsafe { std::slice::from_raw_parts(s.ptr.cast::<u8>(), s.len) };
        std::str::from_utf8(b).unwrap();
        b
    };
    let in_text = |start: usize, end: usize| {
        assert!(start < end && end <= text.len(), "{start}..{end} of {}", text.len());
        &text[start..end]
    };
    let span = |s: *const gazette_span| -> Option<gazette_span> { unsafe { s.as_ref() }.copied() };
    unsafe {
        let mentions = gazette_document_mention_count(doc);
        let mut m: gazette_mention = std::mem::zeroed();
        for i in 0..mentions {
            assert!(gazette_document_mention(doc, i, &mut m));
            assert_eq!(bytes(m.text), in_text(m.start, m.end));
            assert!(!bytes(m.entity_id).is_empty() && !bytes(m.name).is_empty() && !bytes(m.kind).is_empty());
            bytes(m.resolution);
        }
        assert!(!gazette_document_mention(doc, mentions, &mut m));
        assert!(!gazette_document_mention(doc, 0, null_mut()));

        let claims = gazette_document_claim_count(doc);
        let speakers = gazette_document_speaker_count(doc);
        let mut c: gazette_claim = std::mem::zeroed();
        for i in 0..claims {
            assert!(gazette_document_claim(doc, i, &mut c));
            assert!(c.content_count > 0);
            for s in std::slice::from_raw_parts(c.content, c.content_count) {
                in_text(s.start, s.end);
            }
            in_text(c.cue.start, c.cue.end);
            assert_eq!(
                span(c.source).map(|s| in_text(s.start, s.end)),
                Some(bytes(c.source_text)).filter(|b| !b.is_empty())
            );
            span(c.relative).map(|s| in_text(s.start, s.end));
            assert_eq!(
                span(c.medium).map(|s| in_text(s.start, s.end)),
                Some(bytes(c.medium_text)).filter(|b| !b.is_empty())
            );
            for s in [c.cue_lemma, c.source_kind, c.entity_id, c.speaker, c.medium_entity_id, c.kind] {
                bytes(s);
            }
            assert!(c.speaker_id < speakers || c.speaker_id == GAZETTE_NO_SPEAKER);
        }
        assert!(!gazette_document_claim(doc, claims, &mut c));

        let mut s: gazette_speaker = std::mem::zeroed();
        for i in 0..speakers {
            assert!(gazette_document_speaker(doc, i, &mut s));
            assert!(!bytes(s.name).is_empty() && !bytes(s.kind).is_empty() && s.claim_count > 0);
            bytes(s.entity_id);
            for m in std::slice::from_raw_parts(s.mentions, s.mention_count) {
                in_text(m.start, m.end);
            }
        }
        assert!(!gazette_document_speaker(doc, speakers, &mut s));

        let json = CStr::from_ptr(gazette_document_json(doc)).to_str().unwrap();
        let json: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(json["mentions"].as_array().unwrap().len(), mentions);
        assert_eq!(json["quotes"].as_array().unwrap().len(), claims);
        assert_eq!(json["speakers"].as_array().unwrap().len(), speakers);
        assert_eq!(gazette_document_json(doc), gazette_document_json(doc), "made once");
    }
}
