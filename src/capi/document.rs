//! What a document holds: its mentions, its claims, its speakers and its JSON, borrowed until the document
//! is freed.

use super::*;

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

/// The number of speakers in the document (0 when `document` is NULL).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_speaker_count(document: *const gazette_document) -> usize {
    unsafe { boundary(ptr::null_mut(), 0, || Ok(get(document, "document")?.speakers.len())) }
}

/// Copies speaker `index` (from 0, in the order of their first claims; a claim's `speaker_id`) into
/// `*out`; its strings and spans borrow from the document. Returns false, leaving `*out` unchanged, when
/// an argument is NULL or `index` is out of range (GAZETTE_NO_SPEAKER is).
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_speaker(
    document: *const gazette_document,
    index: usize,
    out: *mut gazette_speaker,
) -> bool {
    unsafe {
        boundary(ptr::null_mut(), false, || {
            let Some(s) = get(document, "document")?.speakers.get(index) else { return Ok(false) };
            *get_mut(out, "out")? = *s;
            Ok(true)
        })
    }
}

/// The document as one line of JSON, the line the `extract --jsonl` command writes without its "id":
/// `{"mentions": [...], "quotes": [...], "speakers": [...]}`. Unlike everywhere else in this API, its
/// offsets are **code points** (as Python `str` indices), not bytes. A NUL-terminated UTF-8 string that
/// borrows from the document and lives as long as it; made on the first call (thread-safe). NULL when
/// `document` is NULL.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_json(document: *const gazette_document) -> *const c_char {
    unsafe {
        boundary(ptr::null_mut(), ptr::null(), || {
            let d = get(document, "document")?;
            // JSON escapes control characters, so it holds no NUL.
            Ok(d.json.get_or_init(|| CString::new(d.doc.to_json_string()).unwrap_or_default()).as_ptr())
        })
    }
}

/// Frees a document. NULL is accepted and ignored; a document must be freed at most once, when nothing
/// reads it or the strings and spans borrowed from it any more.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_document_free(document: *mut gazette_document) {
    unsafe { free(document) }
}
