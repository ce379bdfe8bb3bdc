//! The C API (cargo feature `capi`): opaque handles over the core types, errors as values, and a panic
//! boundary around every export. cbindgen turns this module into `include/gazette.h`, so the doc comments
//! here are the C user's documentation; the conventions they share are in `cbindgen.toml`'s header.
//!
//! This file holds the types, the version, errors and the boundary; `gazetteer` the gazetteers and their
//! builder; `extractor` the extractors, their builder and extraction; `document` what a document holds.
#![allow(non_camel_case_types)] // C names, as C users write them.
#![allow(clippy::missing_safety_doc)] // Each doc states its pointer contract in C terms, for the header.

use std::ffi::{CStr, CString, c_char, c_int};
use std::panic::{self, AssertUnwindSafe};
use std::ptr;
use std::sync::OnceLock;

use crate::{
    Claim, Document, Entity, Error, ErrorKind, Extractor, ExtractorBuilder, Gazetteer, GazetteerBuilder, Mention, Span,
    Speaker,
};

/// The major version of the gazette this header comes from (see gazette_version()).
pub const GAZETTE_VERSION_MAJOR: u32 = 0;
/// The minor version of the gazette this header comes from.
pub const GAZETTE_VERSION_MINOR: u32 = 1;
/// The patch version of the gazette this header comes from.
pub const GAZETTE_VERSION_PATCH: u32 = 0;

/// gazette_entity.case_rule: short all-capital names (at most four letters, like "US" or "U.S.") match
/// only in capitals, every other name in any case.
pub const GAZETTE_CASE_DEFAULT: c_int = 0;
/// gazette_entity.case_rule: every name of the entity matches only with its exact case.
pub const GAZETTE_CASE_SENSITIVE: c_int = 1;
/// gazette_entity.case_rule: every name of the entity matches in any case.
pub const GAZETTE_CASE_INSENSITIVE: c_int = 2;

/// gazette_extractor_builder_add_word(): a verb of saying, by its lemma ("opine"); its inflected forms
/// become cues.
pub const GAZETTE_WORD_CUE: c_int = 1;
/// gazette_extractor_builder_add_word(): a verb of stance or belief, by its lemma ("reckon").
pub const GAZETTE_WORD_STANCE_CUE: c_int = 2;
/// gazette_extractor_builder_add_word(): a noun that names an anonymous source ("insider"); its plural too.
pub const GAZETTE_WORD_SOURCE_NOUN: c_int = 3;
/// gazette_extractor_builder_add_word(): a noun that names a medium ("newsletter").
pub const GAZETTE_WORD_MEDIA_NOUN: c_int = 4;

/// gazette_claim.speaker_id of a claim that no speaker makes: its source is anonymous ("officials"), or
/// it has none.
#[expect(clippy::unnecessary_cast, reason = "cbindgen writes the cast, `(size_t)~0`, and leaves `usize::MAX` out")]
pub const GAZETTE_NO_SPEAKER: usize = !0 as usize;

/// What kind of error a gazette_error is (gazette_error_kind()).
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum gazette_error_code {
    /// Reading or writing a file failed, or a gazetteer file name has an unknown extension.
    GAZETTE_ERROR_IO = 1,
    /// A gazetteer line is not valid JSON, or not a JSON object of the expected shape.
    GAZETTE_ERROR_JSON,
    /// A required field of an entity is missing or empty.
    GAZETTE_ERROR_MISSING_FIELD,
    /// A name or alias has no characters that can be matched.
    GAZETTE_ERROR_EMPTY_NAME,
    /// The same entity id was given two different types.
    GAZETTE_ERROR_CONFLICTING_TYPE,
    /// A text, buffer, path or string argument is not valid UTF-8.
    GAZETTE_ERROR_INVALID_UTF8,
    /// A TSV line does not have exactly three tab-separated fields.
    GAZETTE_ERROR_MISSING_TAB,
    /// A saved gazetteer file is truncated, corrupt, or from an incompatible version.
    GAZETTE_ERROR_BAD_BINARY,
    /// An input exceeds a documented size limit.
    GAZETTE_ERROR_TOO_LARGE,
    /// A matching automaton could not be built.
    GAZETTE_ERROR_BUILD,
    /// A required pointer argument is NULL, or a value is out of its range.
    GAZETTE_ERROR_INVALID_ARGUMENT,
    /// A bug in gazette: a Rust panic was caught at the C boundary. Please report it.
    GAZETTE_ERROR_INTERNAL,
}

/// An error: its kind, the 1-based line of the input it came from, and a message.
///
/// Created by gazette when a call fails and handed to the caller through a `gazette_error **error`
/// out-parameter; the caller owns it and frees it with gazette_error_free(). Not thread-safe: use
/// it from one thread at a time.
pub struct gazette_error {
    kind: gazette_error_code,
    line: u64,
    message: CString,
}

impl gazette_error {
    fn new(kind: gazette_error_code, line: u64, message: String) -> gazette_error {
        // Messages quote input, which may hold NUL; C strings cannot.
        let message = CString::new(message.replace('\0', "\u{FFFD}")).unwrap_or_default();
        gazette_error { kind, line, message }
    }

    fn invalid(what: &str) -> gazette_error {
        gazette_error::new(gazette_error_code::GAZETTE_ERROR_INVALID_ARGUMENT, 0, what.to_string())
    }
}

impl From<Error> for gazette_error {
    fn from(e: Error) -> gazette_error {
        use gazette_error_code::*;
        let kind = match e.kind() {
            ErrorKind::Io => GAZETTE_ERROR_IO,
            ErrorKind::Json => GAZETTE_ERROR_JSON,
            ErrorKind::MissingField => GAZETTE_ERROR_MISSING_FIELD,
            ErrorKind::EmptyName => GAZETTE_ERROR_EMPTY_NAME,
            ErrorKind::ConflictingType => GAZETTE_ERROR_CONFLICTING_TYPE,
            ErrorKind::InvalidUtf8 => GAZETTE_ERROR_INVALID_UTF8,
            ErrorKind::MissingTab => GAZETTE_ERROR_MISSING_TAB,
            ErrorKind::BadBinary => GAZETTE_ERROR_BAD_BINARY,
            ErrorKind::TooLarge => GAZETTE_ERROR_TOO_LARGE,
            ErrorKind::Build => GAZETTE_ERROR_BUILD,
        };
        gazette_error::new(kind, e.line().unwrap_or(0), e.to_string())
    }
}

/// A built gazetteer: entities and their compiled names. Immutable: one gazetteer may be used from any
/// number of threads at once. Free it with gazette_gazetteer_free().
pub struct gazette_gazetteer(Gazetteer);

/// Collects entities, then builds a gazette_gazetteer. Not thread-safe: use it from one thread at a
/// time. Free it with gazette_gazetteer_builder_free().
pub struct gazette_gazetteer_builder(GazetteerBuilder);

/// Finds the mentions and claims of texts. Immutable: one extractor may be used from any number of
/// threads at once, and results do not depend on the thread. Free it with gazette_extractor_free().
pub struct gazette_extractor(Extractor);

/// Collects a gazetteer and words for the lexicons, then builds an extractor.
pub struct gazette_extractor_builder(ExtractorBuilder);

/// What gazette found in one text: mentions, claims and speakers, read by index, and their JSON. It owns
/// a copy of the text and keeps what it needs of its extractor, so both may be freed before it.
/// Read-only: it may be read from several threads at once. Free it with gazette_document_free().
pub struct gazette_document {
    // `doc`, `claims` and `speakers` borrow from the heap data of `owners` (text, claim spans, speaker
    // spans, extractor), which stays put when they move; fields drop in order, so they go first.
    doc: Document<'static>,
    claims: Vec<gazette_claim>,
    speakers: Vec<gazette_speaker>,
    json: OnceLock<CString>,
    #[expect(dead_code, reason = "held only so that it outlives the borrows")]
    owners: (String, Vec<Vec<gazette_span>>, Vec<Vec<gazette_span>>, Extractor),
}

/// A UTF-8 string as pointer and length in bytes, **not** NUL-terminated (print it with
/// `printf("%.*s", (int)s.len, s.ptr)`). An absent value has `ptr == NULL` and `len == 0`. It borrows
/// from the gazette_document it was read from and lives as long as that document.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct gazette_str {
    /// The first byte, or NULL when the value is absent.
    pub ptr: *const c_char,
    /// The length in bytes.
    pub len: usize,
}

impl From<&str> for gazette_str {
    fn from(s: &str) -> gazette_str {
        gazette_str { ptr: s.as_ptr().cast(), len: s.len() }
    }
}

impl From<Option<&str>> for gazette_str {
    fn from(s: Option<&str>) -> gazette_str {
        s.map_or(gazette_str { ptr: ptr::null(), len: 0 }, gazette_str::from)
    }
}

/// A span of the text: **byte** offsets, `start` inclusive, `end` exclusive.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub struct gazette_span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl From<Span> for gazette_span {
    fn from(s: Span) -> gazette_span {
        gazette_span { start: s.start, end: s.end }
    }
}

/// A mention of a gazetteer entity, read with gazette_document_mention(). Offsets are **bytes** into the
/// text given to gazette_extractor_extract(); the strings borrow from the document.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct gazette_mention {
    /// Byte offset of the first byte of the mention.
    pub start: usize,
    /// Byte offset just past the mention.
    pub end: usize,
    /// The mention as it appears in the text.
    pub text: gazette_str,
    /// The linked entity's id.
    pub entity_id: gazette_str,
    /// The linked entity's type ("PERSON", "GPE", ...).
    pub kind: gazette_str,
    /// The linked entity's canonical name.
    pub name: gazette_str,
    /// How the mention was linked: "gazetteer" (one of the entity's names), "partial" (a surname or
    /// modifier after the full name) or "acronym" (defined in the text).
    pub resolution: gazette_str,
}

impl From<&Mention<'_>> for gazette_mention {
    fn from(m: &Mention) -> gazette_mention {
        gazette_mention {
            start: m.start,
            end: m.end,
            text: m.text.into(),
            entity_id: m.entity_id.into(),
            kind: m.kind.into(),
            name: m.name.into(),
            resolution: m.resolution.as_str().into(),
        }
    }
}

/// A claim, who said (or believes, found, wants) what through which medium, read with
/// gazette_document_claim(). Offsets are **bytes** into the text given to gazette_extractor_extract().
/// The strings and span pointers borrow from the document; an absent span pointer is NULL, an absent
/// string has a NULL `ptr`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct gazette_claim {
    /// The content, `content_count` spans in text order: one, or several when the cue or source
    /// interrupts it. A direct quotation's span excludes its quotation marks.
    pub content: *const gazette_span,
    /// The number of spans in `content`.
    pub content_count: usize,
    /// The cue ("said", "did not rule out", "according to").
    pub cue: gazette_span,
    /// The cue's lemma ("say" for "said").
    pub cue_lemma: gazette_str,
    /// The source as written, or NULL. For a relative clause it is the antecedent.
    pub source: *const gazette_span,
    /// The relative pronoun that stands for the source in its clause ("who"), or NULL.
    pub relative: *const gazette_span,
    /// The source's text.
    pub source_text: gazette_str,
    /// "named", "anonymous", "pronoun" or "none".
    pub source_kind: gazette_str,
    /// The id of the source's gazetteer entity.
    pub entity_id: gazette_str,
    /// The speaker's canonical name, for every resolved source, linked or not: the entity's name, or when
    /// nothing is linked the fullest form the text gives.
    pub speaker: gazette_str,
    /// The medium the claim came through ("Reuters" in "told Reuters"), or NULL.
    pub medium: *const gazette_span,
    /// The medium's text.
    pub medium_text: gazette_str,
    /// The id of the medium's gazetteer entity.
    pub medium_entity_id: gazette_str,
    /// "direct", "indirect" or "mixed".
    pub kind: gazette_str,
    /// The index of the claim's speaker, for gazette_document_speaker(), or GAZETTE_NO_SPEAKER when the
    /// source is anonymous or absent.
    pub speaker_id: usize,
}

/// A speaker: one person, organisation or group that the document quotes, with every mention of it, read
/// with gazette_document_speaker(). Offsets are **bytes** into the text given to
/// gazette_extractor_extract(); the strings and spans borrow from the document.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct gazette_speaker {
    /// The canonical name: the linked entity's name, or when nothing is linked the fullest form the text
    /// gives ("Elena Marković" for a later "Marković").
    pub name: gazette_str,
    /// The id of the speaker's gazetteer entity, or absent (NULL `ptr`) when nothing is linked.
    pub entity_id: gazette_str,
    /// The entity's type, or "PERSON", "ORG" or "GROUP" as inferred when nothing is linked.
    pub kind: gazette_str,
    /// Every mention of the speaker, `mention_count` spans in text order: names, pronouns, descriptions.
    pub mentions: *const gazette_span,
    /// The number of spans in `mentions`.
    pub mention_count: usize,
    /// How many of the document's claims the speaker makes.
    pub claim_count: usize,
}

/// An entity to add with gazette_gazetteer_builder_add(): NUL-terminated UTF-8 strings, read during the
/// call only.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct gazette_entity {
    /// A unique id. Entities added with the same id merge.
    pub id: *const c_char,
    /// The type, such as "PERSON", "ORG", "GPE" or "MEDIA".
    pub kind: *const c_char,
    /// The canonical name; it is matched too.
    pub name: *const c_char,
    /// `alias_count` other names, or NULL when `alias_count` is 0.
    pub aliases: *const *const c_char,
    /// The number of aliases.
    pub alias_count: usize,
    /// GAZETTE_CASE_DEFAULT, GAZETTE_CASE_SENSITIVE or GAZETTE_CASE_INSENSITIVE.
    pub case_rule: c_int,
}

/// Runs `f` behind the panic boundary. Its value is returned; on an error or a panic, `failed` is, and the
/// error goes to `*error` when `error` is not NULL (which is set to NULL on success).
unsafe fn boundary<T>(error: *mut *mut gazette_error, failed: T, f: impl FnOnce() -> Result<T, gazette_error>) -> T {
    let outcome = panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        Err(gazette_error::new(gazette_error_code::GAZETTE_ERROR_INTERNAL, 0, "gazette panicked".to_string()))
    });
    let (value, e) = match outcome {
        Ok(v) => (v, ptr::null_mut()),
        Err(e) => (failed, Box::into_raw(Box::new(e))),
    };
    match unsafe { error.as_mut() } {
        Some(slot) => *slot = e,
        None if !e.is_null() => drop(unsafe { Box::from_raw(e) }),
        None => {}
    }
    value
}

fn null(what: &str) -> gazette_error {
    gazette_error::invalid(&format!("{what} is NULL"))
}

/// A handle's object, or an error naming the NULL argument.
unsafe fn get<'a, T>(p: *const T, what: &str) -> Result<&'a T, gazette_error> {
    unsafe { p.as_ref() }.ok_or_else(|| null(what))
}

unsafe fn get_mut<'a, T>(p: *mut T, what: &str) -> Result<&'a mut T, gazette_error> {
    unsafe { p.as_mut() }.ok_or_else(|| null(what))
}

unsafe fn free<T>(p: *mut T) {
    unsafe {
        boundary(ptr::null_mut(), (), || {
            if !p.is_null() {
                drop(Box::from_raw(p));
            }
            Ok(())
        })
    }
}

fn handle<T>(value: T) -> *mut T {
    Box::into_raw(Box::new(value))
}

/// A NUL-terminated UTF-8 string argument.
unsafe fn c_str<'a>(p: *const c_char, what: &str) -> Result<&'a str, gazette_error> {
    if p.is_null() {
        return Err(null(what));
    }
    unsafe { CStr::from_ptr(p) }.to_str().map_err(|e| not_utf8(what, e))
}

/// A pointer and length argument, as bytes. The pointer is only checked for NULL: with `len` 0 it may
/// point just past a buffer.
unsafe fn bytes<'a>(p: *const c_char, len: usize, what: &str) -> Result<&'a [u8], gazette_error> {
    if p.is_null() {
        return Err(null(what));
    }
    Ok(unsafe { std::slice::from_raw_parts(p.cast::<u8>(), len) })
}

fn not_utf8(what: &str, e: std::str::Utf8Error) -> gazette_error {
    let message = format!("{what} is not valid UTF-8 (at byte {})", e.valid_up_to());
    gazette_error::new(gazette_error_code::GAZETTE_ERROR_INVALID_UTF8, 0, message)
}

/// gazette's version, "MAJOR.MINOR.PATCH": a static NUL-terminated string, never freed. Thread-safe.
#[unsafe(no_mangle)]
pub extern "C" fn gazette_version() -> *const c_char {
    unsafe { boundary(ptr::null_mut(), ptr::null(), || Ok(concat!(env!("CARGO_PKG_VERSION"), "\0").as_ptr().cast())) }
}

/// The error's message, including the file and line it came from when it came from input
/// ("names.jsonl:3: missing field `name`"): a NUL-terminated UTF-8 string that lives as long as the
/// error. NULL when `error` is NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_error_message(error: *const gazette_error) -> *const c_char {
    unsafe { boundary(ptr::null_mut(), ptr::null(), || Ok(get(error, "error")?.message.as_ptr())) }
}

/// The error's kind. GAZETTE_ERROR_INVALID_ARGUMENT when `error` is NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_error_kind(error: *const gazette_error) -> gazette_error_code {
    let invalid = gazette_error_code::GAZETTE_ERROR_INVALID_ARGUMENT;
    unsafe { boundary(ptr::null_mut(), invalid, || Ok(get(error, "error")?.kind)) }
}

/// The 1-based line of the gazetteer file or buffer the error came from, or 0 when it did not come from a
/// line (or `error` is NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_error_line(error: *const gazette_error) -> u64 {
    unsafe { boundary(ptr::null_mut(), 0, || Ok(get(error, "error")?.line)) }
}

/// Frees an error. NULL is accepted and ignored; an error must be freed at most once.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_error_free(error: *mut gazette_error) {
    unsafe { free(error) }
}

// In this order, which cbindgen keeps: the header lists the functions as a C user meets them.
mod gazetteer;
pub use gazetteer::*;

mod extractor;
pub use extractor::*;

mod document;
pub use document::*;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_defines_match_cargo_toml() {
        let parts = [GAZETTE_VERSION_MAJOR, GAZETTE_VERSION_MINOR, GAZETTE_VERSION_PATCH].map(|p| p.to_string());
        assert_eq!(parts.join("."), env!("CARGO_PKG_VERSION"));
        let version = unsafe { CStr::from_ptr(gazette_version()) };
        assert_eq!(version.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
    }

    #[test]
    fn a_panic_becomes_an_internal_error() {
        let mut error = ptr::null_mut();
        let value = unsafe { boundary(&mut error, 0, || -> Result<i32, gazette_error> { panic!("a bug") }) };
        assert_eq!(value, 0);
        unsafe {
            assert_eq!(gazette_error_kind(error), gazette_error_code::GAZETTE_ERROR_INTERNAL);
            gazette_error_free(error);
        }
    }

    #[test]
    fn json_is_the_documents_json() {
        let text = "Matthew Miller told Reuters that talks are ongoing.";
        let jsonl = "{\"id\": \"miller\", \"type\": \"PERSON\", \"name\": \"Matthew Miller\"}";
        unsafe {
            let g = gazette_gazetteer_from_jsonl(jsonl.as_ptr().cast(), jsonl.len(), ptr::null_mut());
            let x = gazette_extractor_new(g, ptr::null_mut());
            gazette_gazetteer_free(g);
            let d = gazette_extractor_extract(x, text.as_ptr().cast(), text.len(), ptr::null_mut());
            gazette_extractor_free(x);
            let expected = Extractor::new(Gazetteer::from_jsonl_str(jsonl).unwrap()).unwrap().extract(text).to_json();
            assert_eq!(CStr::from_ptr(gazette_document_json(d)).to_str().unwrap(), expected.to_string());
            gazette_document_free(d);
        }
    }

    #[test]
    fn speakers_and_speaker_ids_are_the_documents() {
        let text = "Matthew Miller told Reuters that talks would resume. He said Iraq agreed. Officials said nothing. \
                    Elena Marković said the talks were over.";
        let jsonl = "{\"id\": \"miller\", \"type\": \"PERSON\", \"name\": \"Matthew Miller\"}";
        assert_eq!(speakers_as_in_rust(text, jsonl), 2, "a linked speaker and an unlinked one");
        let article = include_str!("../../examples/data/article.txt");
        let gazetteer = include_str!("../../examples/data/gazetteer.jsonl");
        assert!(speakers_as_in_rust(article, gazetteer) >= 3);
    }

    /// Checks that C reads the speakers and speaker ids of the core's document of `text`, extracted with the
    /// entities of `jsonl`, and returns how many speakers there are.
    fn speakers_as_in_rust(text: &str, jsonl: &str) -> usize {
        let extractor = Extractor::new(Gazetteer::from_jsonl_str(jsonl).unwrap()).unwrap();
        let expected = extractor.extract(text);
        let s = |c: gazette_str| (!c.ptr.is_null()).then(|| unsafe { str_of(c) });
        unsafe {
            let g = gazette_gazetteer_from_jsonl(jsonl.as_ptr().cast(), jsonl.len(), ptr::null_mut());
            let x = gazette_extractor_new(g, ptr::null_mut());
            let d = gazette_extractor_extract(x, text.as_ptr().cast(), text.len(), ptr::null_mut());
            assert_eq!(gazette_document_speaker_count(d), expected.speakers.len());
            let mut out: gazette_speaker = std::mem::zeroed();
            for (i, want) in expected.speakers.iter().enumerate() {
                assert!(gazette_document_speaker(d, i, &mut out));
                let mentions = std::slice::from_raw_parts(out.mentions, out.mention_count);
                let mentions: Vec<Span> = mentions.iter().map(|m| Span { start: m.start, end: m.end }).collect();
                let strings = (s(out.name), s(out.entity_id), s(out.kind));
                assert_eq!(strings, (Some(want.name), want.entity_id, Some(want.entity_type)));
                assert_eq!((mentions, out.claim_count), (want.mentions.clone(), want.claims));
            }
            let mut c: gazette_claim = std::mem::zeroed();
            for (i, want) in expected.claims.iter().enumerate() {
                assert!(gazette_document_claim(d, i, &mut c));
                assert_eq!(c.speaker_id, want.speaker_id.unwrap_or(GAZETTE_NO_SPEAKER));
            }
            gazette_document_free(d);
            gazette_extractor_free(x);
            gazette_gazetteer_free(g);
        }
        expected.speakers.len()
    }

    unsafe fn str_of<'a>(s: gazette_str) -> &'a str {
        unsafe { std::str::from_utf8(std::slice::from_raw_parts(s.ptr.cast::<u8>(), s.len)).unwrap() }
    }
}
