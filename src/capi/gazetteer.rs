//! Gazetteers from files, text, the embedded default or a builder; saving and loading.

use super::*;

/// Loads and builds a gazetteer from a JSONL (`.jsonl`, `.json`) or TSV (`.tsv`, `.txt`) file, chosen by
/// the extension of `path`, a NUL-terminated UTF-8 string; a file under any other name is loaded when it
/// is a saved gazetteer (as gazette_gazetteer_load() does, with its own options).
///
/// Returns a new gazetteer that the caller frees with gazette_gazetteer_free(), or NULL on failure (an
/// unreadable file, a file of none of these formats, a bad line, whose number the message and
/// gazette_error_line() give, a damaged saved gazetteer), with the error in `*error` when `error` is not
/// NULL.
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
/// political parties, news media and facilities (the README lists them). Built on the first call (a few
/// tens of milliseconds) and shared after that. Returns a new handle that the caller
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
/// string), or of a saved gazetteer under any other name (its entities only: the builder's options
/// apply). Returns true on success; false on failure (as for gazette_gazetteer_from_path()), with the
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

/// Sets whether the built gazetteer also holds the embedded default's entities, after all of the builder's
/// own whenever those were added, so that your names take precedence (default false; the `extract` tool
/// and Python's `with_default=True` set it). Returns true; false when `builder` is NULL, with the error in
/// `*error` when `error` is not NULL. A type clash with the default is reported by
/// gazette_gazetteer_builder_build().
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_with_default(
    builder: *mut gazette_gazetteer_builder,
    yes: bool,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.with_default(yes);
            Ok(true)
        })
    }
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

/// Sets whether names are proper nouns (default true): a word of a name that starts with a capital
/// matches only a text word that starts with one (ALL-CAPS text included), so that "Turkey" does not match
/// "the turkey"; lowercase name words and a leading article ("the Netherlands") take either case. Turn it
/// off for text written in lowercase (social media, chat logs). Returns true; false when `builder` is
/// NULL, with the error in `*error` when `error` is not NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_gazetteer_builder_proper_nouns(
    builder: *mut gazette_gazetteer_builder,
    yes: bool,
    error: *mut *mut gazette_error,
) -> bool {
    unsafe {
        boundary(error, false, || {
            get_mut(builder, "builder")?.0.proper_nouns(yes);
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
