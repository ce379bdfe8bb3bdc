//! The C API (cargo feature `capi`): opaque handles over the core types, errors as values, and a panic
//! boundary around every export. cbindgen turns this file into `include/gazette.h`, so the doc comments
//! here are the C user's documentation; the conventions they share are in `cbindgen.toml`'s header.
#![allow(non_camel_case_types)] // C names, as C users write them.
#![allow(clippy::missing_safety_doc)] // Each doc states its pointer contract in C terms, for the header.

use std::ffi::{CStr, CString, c_char, c_int};
use std::panic::{self, AssertUnwindSafe};
use std::ptr;
use std::sync::OnceLock;

use crate::{
    Claim, Document, Entity, Error, ErrorKind, Extractor, ExtractorBuilder, Gazetteer, GazetteerBuilder, Mention, Span,
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

/// What gazette found in one text: mentions and claims, read by index, and their JSON. It owns a copy
/// of the text and keeps what it needs of its extractor, so both may be freed before it. Read-only:
/// it may be read from several threads at once. Free it with gazette_document_free().
pub struct gazette_document {
    // `doc` and `claims` borrow from the heap data of `owners` (text, claim spans, extractor), which stays
    // put when they move; fields drop in order, so they go first.
    doc: Document<'static>,
    claims: Vec<gazette_claim>,
    json: OnceLock<CString>,
    #[expect(dead_code, reason = "held only so that it outlives the borrows")]
    owners: (String, Vec<Vec<gazette_span>>, Extractor),
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
    /// The canonical name of that entity.
    pub speaker: gazette_str,
    /// The medium the claim came through ("Reuters" in "told Reuters"), or NULL.
    pub medium: *const gazette_span,
    /// The medium's text.
    pub medium_text: gazette_str,
    /// The id of the medium's gazetteer entity.
    pub medium_entity_id: gazette_str,
    /// "direct", "indirect" or "mixed".
    pub kind: gazette_str,
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

/// Loads and builds a gazetteer from a JSONL (`.jsonl`, `.json`) or TSV (`.tsv`, `.txt`) file, chosen by
/// the extension of `path`, a NUL-terminated UTF-8 string.
///
/// Returns a new gazetteer that the caller frees with gazette_gazetteer_free(), or NULL on failure (an
/// unreadable file, an unknown extension, a bad line, whose number the message and gazette_error_line()
/// give), with the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_from_path(
    path: *const c_char,
    error: *mut *mut gazette_error,
) -> *mut gazette_gazetteer {
    unsafe {
        boundary(error, ptr::null_mut(), || Ok(handle(gazette_gazetteer(Gazetteer::from_path(c_str(path, "path")?)?))))
    }
}

/// Builds a gazetteer from `len` bytes of JSONL at `data` (one entity a line:
/// `{"id": "iraq", "type": "GPE", "name": "Iraq", "aliases": ["Republic of Iraq"]}`), read during the
/// call only. Errors and ownership as for gazette_gazetteer_from_path().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_from_jsonl(
    data: *const c_char,
    len: usize,
    error: *mut *mut gazette_error,
) -> *mut gazette_gazetteer {
    unsafe {
        boundary(error, ptr::null_mut(), || {
            let data = bytes(data, len, "data")?;
            Ok(handle(gazette_gazetteer(GazetteerBuilder::new().add_jsonl(data, None)?.build()?)))
        })
    }
}

/// Builds a gazetteer from `len` bytes of TSV at `data` (`surface<TAB>type<TAB>id` a line), read during
/// the call only. Errors and ownership as for gazette_gazetteer_from_path().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_from_tsv(
    data: *const c_char,
    len: usize,
    error: *mut *mut gazette_error,
) -> *mut gazette_gazetteer {
    unsafe {
        boundary(error, ptr::null_mut(), || {
            let data = bytes(data, len, "data")?;
            Ok(handle(gazette_gazetteer(GazetteerBuilder::new().add_tsv(data, None)?.build()?)))
        })
    }
}

/// The embedded default gazetteer for international news, compiled into the library: countries with
/// their demonyms, cities of 150,000 people or more, US states and the provinces of the larger countries,
/// territories and named regions, international organisations, national institutions, armed groups,
/// political parties, news media and facilities (the README lists them). Built on the first call (about
/// 20 milliseconds) and shared after that. Returns a new handle that the caller
/// frees with gazette_gazetteer_free(); NULL only if gazette failed internally.
#[unsafe(no_mangle)]
pub extern "C" fn gazette_gazetteer_embedded() -> *mut gazette_gazetteer {
    unsafe { boundary(ptr::null_mut(), ptr::null_mut(), || Ok(handle(gazette_gazetteer(Gazetteer::embedded())))) }
}

/// Loads a gazetteer saved by gazette_gazetteer_save() (or the Rust `Gazetteer::save`) from `path`, a
/// NUL-terminated UTF-8 string; much faster than building from JSONL or TSV. Errors (an unreadable,
/// truncated or corrupt file: GAZETTE_ERROR_IO, GAZETTE_ERROR_BAD_BINARY) and ownership as for
/// gazette_gazetteer_from_path().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_load(
    path: *const c_char,
    error: *mut *mut gazette_error,
) -> *mut gazette_gazetteer {
    unsafe {
        boundary(error, ptr::null_mut(), || Ok(handle(gazette_gazetteer(Gazetteer::load(c_str(path, "path")?)?))))
    }
}

/// Saves the gazetteer to `path` (a NUL-terminated UTF-8 string) in the compact binary form that
/// gazette_gazetteer_load() reads. Returns true on success; false on failure, with the error in `*error`
/// when `error` is not NULL. Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_save(
    gazetteer: *const gazette_gazetteer,
    path: *const c_char,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get(gazetteer, "gazetteer")?.0.save(c_str(path, "path")?)?;
            Ok(true)
        })
    }
}

/// The number of entities in the gazetteer (0 when `gazetteer` is NULL). Thread-safe.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_entity_count(gazetteer: *const gazette_gazetteer) -> usize {
    unsafe { boundary(ptr::null_mut(), 0, || Ok(get(gazetteer, "gazetteer")?.0.len())) }
}

/// Frees a gazetteer. NULL is accepted and ignored; a gazetteer must be freed at most once. Extractors
/// built from it keep what they need, so it may be freed before them.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_free(gazetteer: *mut gazette_gazetteer) {
    unsafe { free(gazetteer) }
}

/// A new, empty gazetteer builder with the default options (diacritics folded, document-level links on).
/// The caller frees it with gazette_gazetteer_builder_free(). NULL only if gazette failed internally.
#[unsafe(no_mangle)]
pub extern "C" fn gazette_gazetteer_builder_new() -> *mut gazette_gazetteer_builder {
    unsafe {
        boundary(ptr::null_mut(), ptr::null_mut(), || Ok(handle(gazette_gazetteer_builder(GazetteerBuilder::new()))))
    }
}

/// Adds an entity, merging it with an earlier one of the same id. The entity's strings are read during
/// the call only. Returns true on success; false on failure (a NULL or non-UTF-8 string, an empty id,
/// type or name, an id seen before with another type, an unknown `case_rule`), with the error in
/// `*error` when `error` is not NULL; the builder is then unchanged.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_add(
    builder: *mut gazette_gazetteer_builder,
    entity: *const gazette_entity,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            let builder = get_mut(builder, "builder")?;
            let e = get(entity, "entity")?;
            let mut entity = Entity::new(c_str(e.id, "id")?, c_str(e.kind, "kind")?, c_str(e.name, "name")?);
            if e.alias_count > 0 {
                let aliases = std::slice::from_raw_parts(get(e.aliases, "aliases")?, e.alias_count);
                for &a in aliases {
                    entity = entity.alias(c_str(a, "alias")?);
                }
            }
            entity.case_sensitive = match e.case_rule {
                GAZETTE_CASE_DEFAULT => None,
                GAZETTE_CASE_SENSITIVE => Some(true),
                GAZETTE_CASE_INSENSITIVE => Some(false),
                other => return Err(gazette_error::invalid(&format!("unknown case_rule {other}"))),
            };
            builder.0.add(entity)?;
            Ok(true)
        })
    }
}

/// Adds the entities of a JSONL or TSV file, chosen by the extension of `path` (a NUL-terminated UTF-8
/// string). Returns true on success; false on failure (as for gazette_gazetteer_from_path()), with the
/// error in `*error` when `error` is not NULL; the entities of the lines before a bad line stay added.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_add_path(
    builder: *mut gazette_gazetteer_builder,
    path: *const c_char,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.add_path(c_str(path, "path")?)?;
            Ok(true)
        })
    }
}

/// Adds the entities of the embedded default gazetteer (gazette_gazetteer_embedded()). When two
/// entities share a name, mentions link to the one added first: add your own entities first so that their
/// names take precedence. Returns true on success; false on failure (an entity added before with a
/// default id and another type), with the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_add_embedded(
    builder: *mut gazette_gazetteer_builder,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.add_embedded()?;
            Ok(true)
        })
    }
}

/// Builds a gazetteer from the entities added so far; the builder stays usable. Returns a new gazetteer
/// that the caller frees with gazette_gazetteer_free(), or NULL on failure, with the error in `*error`
/// when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_build(
    builder: *const gazette_gazetteer_builder,
    error: *mut *mut gazette_error,
) -> *mut gazette_gazetteer {
    unsafe { boundary(error, ptr::null_mut(), || Ok(handle(gazette_gazetteer(get(builder, "builder")?.0.build()?)))) }
}

/// Frees a builder. NULL is accepted and ignored; a builder must be freed at most once. Gazetteers it
/// built are independent of it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_free(builder: *mut gazette_gazetteer_builder) {
    unsafe { free(builder) }
}

/// Sets whether diacritics are ignored when matching (`Súdani` = `Sudani`; default true). Returns true;
/// false when `builder` is NULL, with the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_fold_diacritics(
    builder: *mut gazette_gazetteer_builder,
    yes: bool,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.fold_diacritics(yes);
            Ok(true)
        })
    }
}

/// Sets whether surname-only mentions, organisation modifiers and acronyms defined in the text are linked
/// (default true). Returns true; false when `builder` is NULL, with the error in `*error` when `error` is
/// not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_document_resolution(
    builder: *mut gazette_gazetteer_builder,
    yes: bool,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.document_resolution(yes);
            Ok(true)
        })
    }
}

/// A new extractor builder: no gazetteer (claims only) and the built-in lexicons. The caller frees it
/// with gazette_extractor_builder_free(). NULL only if gazette failed internally.
#[unsafe(no_mangle)]
pub extern "C" fn gazette_extractor_builder_new() -> *mut gazette_extractor_builder {
    unsafe {
        boundary(ptr::null_mut(), ptr::null_mut(), || Ok(handle(gazette_extractor_builder(ExtractorBuilder::new()))))
    }
}

/// Sets the gazetteer whose mentions the extractor finds (it shares the gazetteer's data, so the gazetteer
/// may be freed right after). Returns true; false when an argument is NULL, with the error in `*error`
/// when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_builder_gazetteer(
    builder: *mut gazette_extractor_builder,
    gazetteer: *const gazette_gazetteer,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            let gazetteer = get(gazetteer, "gazetteer")?.0.clone();
            get_mut(builder, "builder")?.0.gazetteer(gazetteer);
            Ok(true)
        })
    }
}

/// Adds a word (a NUL-terminated UTF-8 string, read during the call only) to the lexicon `kind` names:
/// GAZETTE_WORD_CUE, GAZETTE_WORD_STANCE_CUE, GAZETTE_WORD_SOURCE_NOUN or GAZETTE_WORD_MEDIA_NOUN.
/// Returns true; false when an argument is NULL or not UTF-8, or `kind` is unknown, with the error in
/// `*error` when `error` is not NULL. An empty word is reported by gazette_extractor_builder_build().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_builder_add_word(
    builder: *mut gazette_extractor_builder,
    kind: c_int,
    word: *const c_char,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            let builder = &mut get_mut(builder, "builder")?.0;
            let word = c_str(word, "word")?;
            match kind {
                GAZETTE_WORD_CUE => builder.cue(word),
                GAZETTE_WORD_STANCE_CUE => builder.stance_cue(word),
                GAZETTE_WORD_SOURCE_NOUN => builder.source_noun(word),
                GAZETTE_WORD_MEDIA_NOUN => builder.media_noun(word),
                other => return Err(gazette_error::invalid(&format!("unknown word kind {other}"))),
            };
            Ok(true)
        })
    }
}

/// Builds an extractor from the builder, which stays usable. Returns a new extractor that the caller frees
/// with gazette_extractor_free(), or NULL on failure (a NULL builder, an empty word), with the error in
/// `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_builder_build(
    builder: *const gazette_extractor_builder,
    error: *mut *mut gazette_error,
) -> *mut gazette_extractor {
    unsafe { boundary(error, ptr::null_mut(), || Ok(handle(gazette_extractor(get(builder, "builder")?.0.build()?)))) }
}

/// Frees an extractor builder. NULL is accepted and ignored; a builder must be freed at most once.
/// Extractors it built are independent of it.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_builder_free(builder: *mut gazette_extractor_builder) {
    unsafe { free(builder) }
}

/// An extractor that finds the mentions of the gazetteer's entities and the claims of texts, with the
/// built-in lexicons of cues. It shares the gazetteer's data, so the gazetteer may be freed right after.
/// Returns a new extractor that the caller frees with gazette_extractor_free(), or NULL on failure, with
/// the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_new(
    gazetteer: *const gazette_gazetteer,
    error: *mut *mut gazette_error,
) -> *mut gazette_extractor {
    unsafe {
        boundary(error, ptr::null_mut(), || {
            Ok(handle(gazette_extractor(Extractor::new(get(gazetteer, "gazetteer")?.0.clone())?)))
        })
    }
}

/// An extractor with the embedded default gazetteer (see gazette_gazetteer_embedded()) and the
/// built-in lexicons of cues. Ownership and errors as for gazette_extractor_new().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_new_default(error: *mut *mut gazette_error) -> *mut gazette_extractor {
    unsafe {
        boundary(error, ptr::null_mut(), || Ok(handle(gazette_extractor(Extractor::new(Gazetteer::embedded())?))))
    }
}

/// Finds the mentions and claims of `len` bytes of UTF-8 text at `text` (copied; the caller's buffer
/// may be freed or changed right after). Thread-safe: many threads may extract with one extractor.
///
/// Returns a new document that the caller frees with gazette_document_free(), or NULL on failure (NULL
/// arguments, text that is not valid UTF-8: GAZETTE_ERROR_INVALID_UTF8, with the byte offset in the
/// message), with the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_extract(
    extractor: *const gazette_extractor,
    text: *const c_char,
    len: usize,
    error: *mut *mut gazette_error,
) -> *mut gazette_document {
    unsafe {
        boundary(error, ptr::null_mut(), || {
            let extractor = get(extractor, "extractor")?.0.clone();
            let text = std::str::from_utf8(bytes(text, len, "text")?).map_err(|e| not_utf8("text", e))?.to_string();
            // SAFETY: the document borrows the heap data of `text` and `extractor`, which go into its owners:
            // moving them does not move that data, which lives until the document is dropped.
            let doc = std::mem::transmute::<Document<'_>, Document<'static>>(extractor.extract(&text));
            let spans: Vec<Vec<gazette_span>> = doc.claims.iter().map(claim_spans).collect();
            let claims = doc.claims.iter().zip(&spans).map(|(c, s)| c_claim(c, s)).collect();
            Ok(handle(gazette_document { doc, claims, json: OnceLock::new(), owners: (text, spans, extractor) }))
        })
    }
}

/// A claim's spans for C, in one array: source, relative, medium (empty when absent), then the content.
fn claim_spans(c: &Claim) -> Vec<gazette_span> {
    let optional = [c.source, c.relative, c.medium].map(|s| s.map(gazette_span::from).unwrap_or_default());
    optional.into_iter().chain(c.content.iter().map(|&s| s.into())).collect()
}

fn c_claim(c: &Claim, spans: &[gazette_span]) -> gazette_claim {
    let at = |present: bool, i: usize| if present { &spans[i] as *const gazette_span } else { ptr::null() };
    gazette_claim {
        content: spans[3..].as_ptr(),
        content_count: c.content.len(),
        cue: c.cue.into(),
        cue_lemma: c.cue_lemma.into(),
        source: at(c.source.is_some(), 0),
        relative: at(c.relative.is_some(), 1),
        source_text: c.source_text.into(),
        source_kind: c.source_kind.as_str().into(),
        entity_id: c.entity_id.into(),
        speaker: c.speaker.into(),
        medium: at(c.medium.is_some(), 2),
        medium_text: c.medium_text.into(),
        medium_entity_id: c.medium_entity_id.into(),
        kind: c.kind.as_str().into(),
    }
}

/// Frees an extractor. NULL is accepted and ignored; an extractor must be freed at most once, after every
/// thread is done extracting with it. Documents it made keep what they need.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_free(extractor: *mut gazette_extractor) {
    unsafe { free(extractor) }
}

/// The number of mentions in the document (0 when `document` is NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_mention_count(document: *const gazette_document) -> usize {
    unsafe { boundary(ptr::null_mut(), 0, || Ok(get(document, "document")?.doc.mentions.len())) }
}

/// Copies mention `index` (from 0, in text order) into `*out`; its strings borrow from the document.
/// Returns false, leaving `*out` unchanged, when an argument is NULL or `index` is out of range.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_mention(
    document: *const gazette_document,
    index: usize,
    out: *mut gazette_mention,
) -> bool {
    unsafe {
        boundary(ptr::null_mut(), false, || {
            let Some(m) = get(document, "document")?.doc.mentions.get(index) else { return Ok(false) };
            *get_mut(out, "out")? = m.into();
            Ok(true)
        })
    }
}

/// The number of claims in the document (0 when `document` is NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_claim_count(document: *const gazette_document) -> usize {
    unsafe { boundary(ptr::null_mut(), 0, || Ok(get(document, "document")?.claims.len())) }
}

/// Copies claim `index` (from 0, in the order of their cues) into `*out`; its strings and spans borrow
/// from the document. Returns false, leaving `*out` unchanged, when an argument is NULL or `index` is
/// out of range.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_claim(
    document: *const gazette_document,
    index: usize,
    out: *mut gazette_claim,
) -> bool {
    unsafe {
        boundary(ptr::null_mut(), false, || {
            let Some(c) = get(document, "document")?.claims.get(index) else { return Ok(false) };
            *get_mut(out, "out")? = *c;
            Ok(true)
        })
    }
}

/// The document as one line of JSON, the line the `extract --jsonl` command writes without its "id":
/// `{"mentions": [...], "quotes": [...]}`. Unlike everywhere else in this API, its offsets are **code
/// points** (as Python `str` indices), not bytes. A NUL-terminated UTF-8 string that borrows from the
/// document and lives as long as it; made on the first call (thread-safe). NULL when `document` is NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_json(document: *const gazette_document) -> *const c_char {
    unsafe {
        boundary(ptr::null_mut(), ptr::null(), || {
            let d = get(document, "document")?;
            // JSON escapes control characters, so it holds no NUL.
            Ok(d.json.get_or_init(|| CString::new(d.doc.to_json().to_string()).unwrap_or_default()).as_ptr())
        })
    }
}

/// Frees a document. NULL is accepted and ignored; a document must be freed at most once, when nothing
/// reads it or the strings and spans borrowed from it any more.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_free(document: *mut gazette_document) {
    unsafe { free(document) }
}

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
}
