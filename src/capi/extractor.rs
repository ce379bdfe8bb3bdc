//! Extractors from a gazetteer or a builder with words of the user's, and extraction into a document.

use super::*;

/// A new extractor builder: the embedded default gazetteer until gazette_extractor_builder_gazetteer()
/// sets another (for claims with no mentions, set an empty gazetteer), and the built-in lexicons. The
/// caller frees it with gazette_extractor_builder_free(). NULL only if gazette failed internally.
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
            let mentions: Vec<Vec<gazette_span>> =
                doc.speakers.iter().map(|s| s.mentions.iter().map(|&m| m.into()).collect()).collect();
            let speakers = doc.speakers.iter().zip(&mentions).map(|(s, m)| c_speaker(s, m)).collect();
            let owners = (text, spans, mentions, extractor);
            Ok(handle(gazette_document { doc, claims, speakers, json: OnceLock::new(), owners }))
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
        speaker_id: c.speaker_id.unwrap_or(GAZETTE_NO_SPEAKER),
    }
}

fn c_speaker(s: &Speaker, mentions: &[gazette_span]) -> gazette_speaker {
    gazette_speaker {
        name: s.name.into(),
        entity_id: s.entity_id.into(),
        kind: s.entity_type.into(),
        mentions: mentions.as_ptr(),
        mention_count: mentions.len(),
        claim_count: s.claims,
    }
}

/// Frees an extractor. NULL is accepted and ignored; an extractor must be freed at most once, after every
/// thread is done extracting with it. Documents it made keep what they need.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gazette_extractor_free(extractor: *mut gazette_extractor) {
    unsafe { free(extractor) }
}
