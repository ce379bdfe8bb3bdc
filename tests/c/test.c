/* Tests of the C API, in plain C: every function, every error path, and one extractor shared by
 * threads. Run from the repository root by `make test-c`, under AddressSanitizer (static library) and
 * valgrind (shared library). */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gazette.h"

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
            return false;                                                            \
        }                                                                            \
    } while (0)

static const char GAZETTEER_JSONL[] =
    "{\"id\": \"miller\", \"type\": \"PERSON\", \"name\": \"Matthew Miller\"}\n"
    "{\"id\": \"reuters\", \"type\": \"MEDIA\", \"name\": \"Reuters\"}\n"
    "{\"id\": \"iraq\", \"type\": \"GPE\", \"name\": \"Iraq\", \"aliases\": [\"Republic of Iraq\"]}\n";

/* A quotation the cue interrupts, non-ASCII text before the names: byte offsets are not code points. */
static const char TEXT[] = "\xe2\x80\x9cWe will stay,\xe2\x80\x9d Matthew Miller told Reuters in Iraq, "
                           "\xe2\x80\x9c" "and help.\xe2\x80\x9d";

static char tmp_dir[] = "/tmp/gazette-c-test-XXXXXX";

/* A path in the temporary folder (one static buffer: use it before the next call). */
static const char *tmp_path(const char *name) {
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", tmp_dir, name);
    return path;
}

static bool write_file(const char *path, const char *content) {
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    bool ok = fputs(content, f) >= 0;
    return fclose(f) == 0 && ok;
}

/* The whole file in a new NUL-terminated buffer, or NULL. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (n + 4096 + 1 > cap) {
            cap = (n + 4096 + 1) * 2;
            char *bigger = realloc(buf, cap);
            if (!bigger) break;
            buf = bigger;
        }
        got = fread(buf + n, 1, 4096, f);
        n += got;
    } while (got > 0);
    fclose(f);
    if (buf) buf[n] = '\0';
    *len = n;
    return buf;
}

static bool str_eq(gazette_str s, const char *expected) {
    return s.ptr != NULL && s.len == strlen(expected) && memcmp(s.ptr, expected, s.len) == 0;
}

static bool span_is(const char *text, gazette_span span, const char *expected) {
    return span.end - span.start == strlen(expected) && memcmp(text + span.start, expected, span.end - span.start) == 0;
}

static gazette_extractor *extractor_from_jsonl(void) {
    gazette_gazetteer *g = gazette_gazetteer_from_jsonl(GAZETTEER_JSONL, strlen(GAZETTEER_JSONL), NULL);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    gazette_gazetteer_free(g);
    return x;
}

/* Whether `e` is an error of this kind whose message contains `part`; frees it. */
static bool error_is(gazette_error *e, gazette_error_code kind, const char *part) {
    bool ok = e != NULL && gazette_error_kind(e) == kind && strstr(gazette_error_message(e), part) != NULL;
    if (!ok && e) fprintf(stderr, "  unexpected error %d: %s\n", (int)gazette_error_kind(e), gazette_error_message(e));
    if (!e) fprintf(stderr, "  no error\n");
    gazette_error_free(e);
    return ok;
}

static bool test_version(void) {
    char expected[64];
    snprintf(expected, sizeof expected, "%d.%d.%d", GAZETTE_VERSION_MAJOR, GAZETTE_VERSION_MINOR,
             GAZETTE_VERSION_PATCH);
    CHECK(strcmp(gazette_version(), expected) == 0);
    return true;
}

static bool test_mentions_have_byte_offsets(void) {
    gazette_error *err = NULL;
    gazette_gazetteer *g = gazette_gazetteer_from_jsonl(GAZETTEER_JSONL, strlen(GAZETTEER_JSONL), &err);
    CHECK(g != NULL && err == NULL);
    CHECK(gazette_gazetteer_entity_count(g) == 3);
    gazette_extractor *x = gazette_extractor_new(g, &err);
    CHECK(x != NULL && err == NULL);
    gazette_document *doc = gazette_extractor_extract(x, TEXT, strlen(TEXT), &err);
    CHECK(doc != NULL && err == NULL);

    CHECK(gazette_document_mention_count(doc) == 3);
    gazette_mention m;
    CHECK(gazette_document_mention(doc, 0, &m));
    CHECK(m.start == 20 && m.end == 34); /* bytes: the two curly quotes take 3 bytes each */
    CHECK(str_eq(m.text, "Matthew Miller") && str_eq(m.entity_id, "miller") && str_eq(m.kind, "PERSON"));
    CHECK(str_eq(m.name, "Matthew Miller") && str_eq(m.resolution, "gazetteer"));
    CHECK(gazette_document_mention(doc, 1, &m) && str_eq(m.entity_id, "reuters"));
    CHECK(gazette_document_mention(doc, 2, &m) && str_eq(m.entity_id, "iraq"));
    CHECK(span_is(TEXT, (gazette_span){m.start, m.end}, "Iraq"));
    m.start = 99;
    CHECK(!gazette_document_mention(doc, 3, &m) && m.start == 99); /* out of range: *out unchanged */
    CHECK(!gazette_document_mention(doc, 0, NULL));

    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(g);
    return true;
}

static bool test_claims(void) {
    gazette_extractor *x = extractor_from_jsonl();
    gazette_document *doc = gazette_extractor_extract(x, TEXT, strlen(TEXT), NULL);
    CHECK(doc != NULL);
    CHECK(gazette_document_claim_count(doc) == 1);
    gazette_claim c;
    CHECK(gazette_document_claim(doc, 0, &c));
    CHECK(c.content_count == 2);
    CHECK(span_is(TEXT, c.content[0], "We will stay,") || span_is(TEXT, c.content[0], "We will stay"));
    CHECK(span_is(TEXT, c.content[1], "and help.") || span_is(TEXT, c.content[1], "and help"));
    CHECK(span_is(TEXT, c.cue, "told") && str_eq(c.cue_lemma, "tell"));
    CHECK(c.source != NULL && span_is(TEXT, *c.source, "Matthew Miller") && c.relative == NULL);
    CHECK(str_eq(c.source_text, "Matthew Miller") && str_eq(c.source_kind, "named"));
    CHECK(str_eq(c.entity_id, "miller") && str_eq(c.speaker, "Matthew Miller"));
    CHECK(c.medium != NULL && span_is(TEXT, *c.medium, "Reuters"));
    CHECK(str_eq(c.medium_text, "Reuters") && str_eq(c.medium_entity_id, "reuters"));
    CHECK(str_eq(c.kind, "direct"));
    c.content_count = 99;
    CHECK(!gazette_document_claim(doc, 1, &c) && c.content_count == 99);
    CHECK(!gazette_document_claim(doc, 0, NULL));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    return true;
}

static bool test_absent_values_are_null(void) {
    gazette_extractor *x = extractor_from_jsonl();
    const char *text = "Talks will resume, they said.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_claim c;
    CHECK(gazette_document_claim_count(doc) == 1 && gazette_document_claim(doc, 0, &c));
    CHECK(c.source != NULL && span_is(text, *c.source, "they") && str_eq(c.source_kind, "pronoun"));
    CHECK(c.relative == NULL && c.medium == NULL);
    CHECK(c.speaker.ptr == NULL && c.speaker.len == 0 && c.entity_id.ptr == NULL);
    CHECK(c.medium_text.ptr == NULL && c.medium_entity_id.ptr == NULL);
    CHECK(c.speaker_id == GAZETTE_NO_SPEAKER && gazette_document_speaker_count(doc) == 0);
    gazette_document_free(doc);
    gazette_extractor_free(x);
    return true;
}

/* A claim's speaker_id indexes the document's speakers: a linked one with its pronoun, an unlinked one, and
 * none for an anonymous source. */
static bool test_speakers(void) {
    gazette_extractor *x = extractor_from_jsonl();
    const char *text = "Matthew Miller told Reuters that talks would resume. He said Iraq agreed. "
                       "Officials said nothing had changed. Elena Markovic said the talks were over.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    CHECK(gazette_document_claim_count(doc) == 4 && gazette_document_speaker_count(doc) == 2);
    size_t expected[] = {0, 0, GAZETTE_NO_SPEAKER, 1};
    gazette_claim c;
    for (size_t i = 0; i < 4; i++) CHECK(gazette_document_claim(doc, i, &c) && c.speaker_id == expected[i]);
    CHECK(str_eq(c.speaker, "Elena Markovic") && c.entity_id.ptr == NULL);

    gazette_speaker s;
    CHECK(gazette_document_speaker(doc, 0, &s));
    CHECK(str_eq(s.name, "Matthew Miller") && str_eq(s.entity_id, "miller") && str_eq(s.kind, "PERSON"));
    CHECK(s.claim_count == 2 && s.mention_count == 2);
    CHECK(span_is(text, s.mentions[0], "Matthew Miller") && span_is(text, s.mentions[1], "He"));
    CHECK(gazette_document_speaker(doc, 1, &s));
    CHECK(str_eq(s.name, "Elena Markovic") && s.entity_id.ptr == NULL && s.entity_id.len == 0);
    CHECK(s.claim_count == 1 && s.mention_count == 1 && span_is(text, s.mentions[0], "Elena Markovic"));

    s.claim_count = 99;
    CHECK(!gazette_document_speaker(doc, 2, &s) && !gazette_document_speaker(doc, GAZETTE_NO_SPEAKER, &s));
    CHECK(s.claim_count == 99 && !gazette_document_speaker(doc, 0, NULL));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    return true;
}

static bool test_json_is_the_jsonl_line(void) {
    gazette_extractor *x = extractor_from_jsonl();
    const char *text = "\xc3\x89lys\xc3\xa9" "e and Iraq.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    const char *json = gazette_document_json(doc);
    /* Code points in the JSON (Iraq starts at byte 13, code point 11); keys sorted as extract writes them. */
    CHECK(strcmp(json, "{\"mentions\":[{\"end\":15,\"entity_id\":\"iraq\",\"name\":\"Iraq\",\"resolution\":"
                       "\"gazetteer\",\"start\":11,\"text\":\"Iraq\",\"type\":\"GPE\"}],\"quotes\":[],"
                       "\"speakers\":[]}") == 0);
    CHECK(gazette_document_json(doc) == json); /* made once, borrowed */
    gazette_document_free(doc);
    gazette_extractor_free(x);
    return true;
}

static bool test_document_outlives_its_inputs(void) {
    gazette_extractor *x = extractor_from_jsonl();
    char *text = malloc(sizeof TEXT);
    CHECK(text != NULL);
    memcpy(text, TEXT, sizeof TEXT);
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    memset(text, 'x', strlen(text));
    free(text);
    gazette_extractor_free(x);
    gazette_mention m;
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.text, "Matthew Miller") && str_eq(m.name, "Matthew Miller"));
    gazette_claim c;
    CHECK(gazette_document_claim(doc, 0, &c) && str_eq(c.cue_lemma, "tell"));
    CHECK(strstr(gazette_document_json(doc), "\"text\":\"Matthew Miller\"") != NULL);
    gazette_document_free(doc);
    return true;
}

static bool test_empty_text(void) {
    gazette_extractor *x = extractor_from_jsonl();
    gazette_document *doc = gazette_extractor_extract(x, "", 0, NULL);
    CHECK(doc != NULL && gazette_document_mention_count(doc) == 0 && gazette_document_claim_count(doc) == 0);
    CHECK(strcmp(gazette_document_json(doc), "{\"mentions\":[],\"quotes\":[],\"speakers\":[]}") == 0);
    gazette_document_free(doc);
    gazette_extractor_free(x);
    return true;
}

static bool test_embedded_default_gazetteer(void) {
    gazette_error *err = NULL;
    gazette_extractor *x = gazette_extractor_new_default(&err);
    CHECK(x != NULL && err == NULL);
    const char *text = "Iraqi officials told Reuters in Baghdad that talks would resume.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_mention m;
    CHECK(gazette_document_mention_count(doc) == 3);
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.kind, "NORP"));
    CHECK(gazette_document_mention(doc, 1, &m) && str_eq(m.kind, "MEDIA"));
    CHECK(gazette_document_mention(doc, 2, &m) && str_eq(m.kind, "CITY") && str_eq(m.text, "Baghdad"));
    gazette_claim c;
    CHECK(gazette_document_claim_count(doc) == 1 && gazette_document_claim(doc, 0, &c));
    CHECK(str_eq(c.medium_text, "Reuters") && c.medium_entity_id.ptr != NULL);
    gazette_document_free(doc);
    gazette_extractor_free(x);

    gazette_gazetteer *g = gazette_gazetteer_embedded();
    CHECK(gazette_gazetteer_entity_count(g) > 1000);
    gazette_gazetteer_free(g);
    return true;
}

static bool test_files_jsonl_and_tsv(void) {
    gazette_error *err = NULL;
    gazette_gazetteer *g = gazette_gazetteer_from_path("examples/data/gazetteer.jsonl", &err);
    CHECK(g != NULL && err == NULL && gazette_gazetteer_entity_count(g) > 10);
    gazette_gazetteer_free(g);

    CHECK(write_file(tmp_path("names.tsv"), "Iraq\tGPE\tiraq\nBaghdad\tCITY\tbaghdad\nBagdad\tCITY_ALT\tbaghdad\n"));
    g = gazette_gazetteer_from_path(tmp_path("names.tsv"), &err);
    CHECK(g != NULL && err == NULL && gazette_gazetteer_entity_count(g) == 2);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    gazette_document *doc = gazette_extractor_extract(x, "Bagdad, Iraq", 12, NULL);
    gazette_mention m;
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.name, "Baghdad") && str_eq(m.kind, "CITY"));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(g);

    const char *tsv = "Iraq\tGPE\tiraq\n";
    g = gazette_gazetteer_from_tsv(tsv, strlen(tsv), &err);
    CHECK(g != NULL && err == NULL && gazette_gazetteer_entity_count(g) == 1);
    gazette_gazetteer_free(g);
    return true;
}

static bool test_builder(void) {
    gazette_error *err = NULL;
    gazette_gazetteer_builder *b = gazette_gazetteer_builder_new();
    CHECK(b != NULL);
    const char *aliases[] = {"US", "America"};
    gazette_entity us = {"us", "GPE", "United States", aliases, 2, GAZETTE_CASE_DEFAULT};
    CHECK(gazette_gazetteer_builder_add(b, &us, &err) && err == NULL);
    gazette_entity who = {"who", "ORG", "WHO", NULL, 0, GAZETTE_CASE_INSENSITIVE};
    CHECK(gazette_gazetteer_builder_add(b, &who, &err));
    CHECK(gazette_gazetteer_builder_add_path(b, "examples/data/gazetteer.jsonl", &err) && err == NULL);

    gazette_gazetteer *g = gazette_gazetteer_builder_build(b, &err);
    CHECK(g != NULL && err == NULL);
    size_t count = gazette_gazetteer_entity_count(g);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    const char *text = "Who said the US left America?";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_mention m;
    CHECK(gazette_document_mention_count(doc) == 3);
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.entity_id, "who"));
    CHECK(gazette_document_mention(doc, 2, &m) && str_eq(m.text, "America") && str_eq(m.name, "United States"));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(g);

    /* A failed add leaves the builder as it was, and it builds again. */
    gazette_entity conflicting = {"us", "ORG", "US Inc", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(!gazette_gazetteer_builder_add(b, &conflicting, &err));
    CHECK(error_is(err, GAZETTE_ERROR_CONFLICTING_TYPE, "\"us\""));
    gazette_entity bad_case = {"x", "ORG", "X", NULL, 0, 7};
    CHECK(!gazette_gazetteer_builder_add(b, &bad_case, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "case_rule 7"));
    gazette_entity empty = {"e", "ORG", "  ", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(!gazette_gazetteer_builder_add(b, &empty, &err));
    CHECK(error_is(err, GAZETTE_ERROR_EMPTY_NAME, ""));
    gazette_entity no_name = {"e", "ORG", NULL, NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(!gazette_gazetteer_builder_add(b, &no_name, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "name is NULL"));
    gazette_entity no_aliases = {"e", "ORG", "E", NULL, 1, GAZETTE_CASE_DEFAULT};
    CHECK(!gazette_gazetteer_builder_add(b, &no_aliases, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "aliases is NULL"));
    const char *bad_alias[] = {"\xff"};
    gazette_entity not_utf8 = {"e", "ORG", "E", bad_alias, 1, GAZETTE_CASE_DEFAULT};
    CHECK(!gazette_gazetteer_builder_add(b, &not_utf8, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "alias"));
    CHECK(!gazette_gazetteer_builder_add_path(b, "no/such/file.tsv", &err));
    CHECK(error_is(err, GAZETTE_ERROR_IO, "no/such/file.tsv"));

    g = gazette_gazetteer_builder_build(b, NULL);
    CHECK(g != NULL && gazette_gazetteer_entity_count(g) == count);
    gazette_gazetteer_free(g);
    gazette_gazetteer_builder_free(b);
    return true;
}

static bool test_builder_extends_the_embedded_default(void) {
    gazette_error *err = NULL;
    gazette_gazetteer_builder *b = gazette_gazetteer_builder_new();
    gazette_entity iraq = {"iraq", "GPE", "Iraq", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(gazette_gazetteer_builder_add(b, &iraq, &err));
    CHECK(gazette_gazetteer_builder_add_embedded(b, &err) && err == NULL);
    gazette_gazetteer *g = gazette_gazetteer_builder_build(b, &err);
    CHECK(g != NULL && gazette_gazetteer_entity_count(g) > 1000);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    const char *text = "Iraqi officials in Iraq";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_mention m;
    /* The default's demonym, and the caller's own entity for the name both have. */
    CHECK(gazette_document_mention_count(doc) == 2);
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.entity_id, "norp:IQ"));
    CHECK(gazette_document_mention(doc, 1, &m) && str_eq(m.entity_id, "iraq"));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(g);
    gazette_gazetteer_builder_free(b);

    b = gazette_gazetteer_builder_new();
    gazette_entity clash = {"country:US", "ORG", "US Inc", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(gazette_gazetteer_builder_add(b, &clash, &err));
    CHECK(!gazette_gazetteer_builder_add_embedded(b, &err));
    CHECK(error_is(err, GAZETTE_ERROR_CONFLICTING_TYPE, "embedded default gazetteer"));
    CHECK(!gazette_gazetteer_builder_add_embedded(NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    gazette_gazetteer_builder_free(b);
    return true;
}

/* The defaults Rust and Python share (tests/defaults.rs): with_default puts the user's entities first
 * wherever they are added; an extractor builder with no gazetteer has the embedded default, and an
 * empty gazetteer gives claims only. */
static bool test_defaults_as_in_rust_and_python(void) {
    gazette_error *err = NULL;
    gazette_gazetteer_builder *b = gazette_gazetteer_builder_new();
    CHECK(gazette_gazetteer_builder_with_default(b, true, &err) && err == NULL);
    gazette_entity iraq = {"iraq", "GPE", "Iraq", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(gazette_gazetteer_builder_add(b, &iraq, &err));
    gazette_gazetteer *g = gazette_gazetteer_builder_build(b, &err);
    CHECK(g != NULL && err == NULL && gazette_gazetteer_entity_count(g) > 1000);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    const char *text = "Iraqi officials told Reuters that talks in Iraq would resume.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_mention m;
    CHECK(gazette_document_mention_count(doc) == 3);
    CHECK(gazette_document_mention(doc, 2, &m) && str_eq(m.entity_id, "iraq"));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(g);
    CHECK(!gazette_gazetteer_builder_with_default(NULL, true, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    gazette_gazetteer_builder_free(b);

    gazette_extractor_builder *xb = gazette_extractor_builder_new();
    x = gazette_extractor_builder_build(xb, &err);
    CHECK(x != NULL && err == NULL);
    doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    CHECK(gazette_document_mention_count(doc) == 3);
    CHECK(gazette_document_mention(doc, 0, &m) && str_eq(m.entity_id, "norp:IQ"));
    gazette_document_free(doc);
    gazette_extractor_free(x);
    b = gazette_gazetteer_builder_new();
    g = gazette_gazetteer_builder_build(b, &err);
    gazette_gazetteer_builder_free(b);
    CHECK(gazette_extractor_builder_gazetteer(xb, g, &err));
    gazette_gazetteer_free(g);
    x = gazette_extractor_builder_build(xb, &err);
    doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    CHECK(gazette_document_mention_count(doc) == 0 && gazette_document_claim_count(doc) == 1);
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_extractor_builder_free(xb);
    return true;
}

static bool test_extractor_builder_options_and_words(void) {
    gazette_error *err = NULL;
    /* Options: without document-level links, a surname alone is not a mention; without folding, the
     * accent must be there; with names not taken as proper nouns, "Turkey" matches lowercase text. */
    gazette_gazetteer_builder *gb = gazette_gazetteer_builder_new();
    gazette_entity jane = {"roe", "PERSON", "Jane Róe", NULL, 0, GAZETTE_CASE_DEFAULT};
    gazette_entity turkey = {"tr", "GPE", "Turkey", NULL, 0, GAZETTE_CASE_DEFAULT};
    CHECK(gazette_gazetteer_builder_add(gb, &jane, &err));
    CHECK(gazette_gazetteer_builder_add(gb, &turkey, &err));
    CHECK(gazette_gazetteer_builder_fold_diacritics(gb, false, &err) && err == NULL);
    CHECK(gazette_gazetteer_builder_proper_nouns(gb, false, &err) && err == NULL);
    CHECK(gazette_gazetteer_builder_document_resolution(gb, false, &err) && err == NULL);
    gazette_gazetteer *g = gazette_gazetteer_builder_build(gb, &err);
    gazette_gazetteer_builder_free(gb);

    gazette_extractor_builder *b = gazette_extractor_builder_new();
    CHECK(b != NULL);
    CHECK(gazette_extractor_builder_gazetteer(b, g, &err) && err == NULL);
    gazette_gazetteer_free(g); /* the builder keeps what it needs */
    CHECK(gazette_extractor_builder_add_word(b, GAZETTE_WORD_CUE, "opine", &err) && err == NULL);
    CHECK(gazette_extractor_builder_add_word(b, GAZETTE_WORD_SOURCE_NOUN, "insider", &err));
    CHECK(gazette_extractor_builder_add_word(b, GAZETTE_WORD_STANCE_CUE, "reckon", &err));
    CHECK(gazette_extractor_builder_add_word(b, GAZETTE_WORD_MEDIA_NOUN, "newsletter", &err));
    gazette_extractor *x = gazette_extractor_builder_build(b, &err);
    CHECK(x != NULL && err == NULL);
    const char *text = "Insiders opined the merger would fail. Jane Róe met Jane Roe. Róe left. the turkey ate.";
    gazette_document *doc = gazette_extractor_extract(x, text, strlen(text), NULL);
    gazette_claim c;
    gazette_mention m;
    CHECK(gazette_document_claim_count(doc) == 1 && gazette_document_claim(doc, 0, &c));
    CHECK(str_eq(c.cue_lemma, "opine") && str_eq(c.source_kind, "anonymous"));
    CHECK(gazette_document_mention_count(doc) == 2 && gazette_document_mention(doc, 0, &m));
    CHECK(str_eq(m.text, "Jane Róe"));
    CHECK(gazette_document_mention(doc, 1, &m) && str_eq(m.text, "turkey") && str_eq(m.entity_id, "tr"));
    gazette_document_free(doc);
    gazette_extractor_free(x);

    /* Errors: unknown kinds and NULLs at once, an empty word when building; the builder stays usable. */
    CHECK(!gazette_extractor_builder_add_word(b, 9, "x", &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "unknown word kind 9"));
    CHECK(!gazette_extractor_builder_add_word(b, GAZETTE_WORD_CUE, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "word is NULL"));
    CHECK(!gazette_extractor_builder_add_word(b, GAZETTE_WORD_CUE, "\xff", &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "word"));
    CHECK(!gazette_extractor_builder_gazetteer(b, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "gazetteer is NULL"));
    CHECK(!gazette_extractor_builder_gazetteer(NULL, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "is NULL"));
    CHECK(gazette_extractor_builder_add_word(b, GAZETTE_WORD_CUE, "  ", &err));
    CHECK(gazette_extractor_builder_build(b, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_EMPTY_NAME, "empty cue"));
    CHECK(gazette_extractor_builder_build(NULL, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(!gazette_gazetteer_builder_fold_diacritics(NULL, true, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(!gazette_gazetteer_builder_document_resolution(NULL, true, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(!gazette_gazetteer_builder_proper_nouns(NULL, true, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    gazette_extractor_builder_free(b);
    gazette_extractor_builder_free(NULL);
    return true;
}

static bool test_save_and_load(void) {
    gazette_error *err = NULL;
    gazette_gazetteer *g = gazette_gazetteer_from_jsonl(GAZETTEER_JSONL, strlen(GAZETTEER_JSONL), NULL);
    CHECK(gazette_gazetteer_save(g, tmp_path("names.gaz"), &err) && err == NULL);
    gazette_gazetteer *loaded = gazette_gazetteer_load(tmp_path("names.gaz"), &err);
    CHECK(loaded != NULL && err == NULL && gazette_gazetteer_entity_count(loaded) == 3);
    gazette_extractor *x = gazette_extractor_new(loaded, NULL);
    gazette_document *doc = gazette_extractor_extract(x, TEXT, strlen(TEXT), NULL);
    CHECK(gazette_document_mention_count(doc) == 3);
    gazette_document_free(doc);
    gazette_extractor_free(x);
    gazette_gazetteer_free(loaded);
    /* gazette_gazetteer_from_path() takes a saved gazetteer too, under any name. */
    loaded = gazette_gazetteer_from_path(tmp_path("names.gaz"), &err);
    CHECK(loaded != NULL && err == NULL && gazette_gazetteer_entity_count(loaded) == 3);
    gazette_gazetteer_free(loaded);

    CHECK(!gazette_gazetteer_save(g, tmp_path("no/such/dir.gaz"), &err));
    CHECK(error_is(err, GAZETTE_ERROR_IO, "dir.gaz"));
    gazette_gazetteer_free(g);

    CHECK(write_file(tmp_path("corrupt.gaz"), "not a saved gazetteer"));
    CHECK(gazette_gazetteer_load(tmp_path("corrupt.gaz"), &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_BAD_BINARY, ""));
    CHECK(gazette_gazetteer_load(tmp_path("missing.gaz"), &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_IO, "missing.gaz"));
    return true;
}

static bool test_bad_files(void) {
    gazette_error *err = NULL;
    CHECK(gazette_gazetteer_from_path("no/such/names.jsonl", &err) == NULL);
    CHECK(gazette_error_line(err) == 0);
    CHECK(error_is(err, GAZETTE_ERROR_IO, "no/such/names.jsonl"));
    CHECK(write_file(tmp_path("names.csv"), "Iraq,GPE,iraq\n"));
    CHECK(gazette_gazetteer_from_path(tmp_path("names.csv"), &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_IO, "unknown gazetteer format"));
    CHECK(gazette_gazetteer_from_path("no/such/names.gaz", &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_IO, "no/such/names.gaz"));

    CHECK(write_file(tmp_path("bad.jsonl"), "{\"id\": \"a\", \"type\": \"GPE\", \"name\": \"A\"}\n\n{\"id\": \"b\",\n"));
    CHECK(gazette_gazetteer_from_path(tmp_path("bad.jsonl"), &err) == NULL);
    CHECK(gazette_error_line(err) == 3);
    CHECK(error_is(err, GAZETTE_ERROR_JSON, "bad.jsonl:3: "));

    CHECK(write_file(tmp_path("missing.jsonl"), "{\"id\": \"a\", \"type\": \"GPE\"}\n"));
    CHECK(gazette_gazetteer_from_path(tmp_path("missing.jsonl"), &err) == NULL);
    CHECK(gazette_error_line(err) == 1);
    CHECK(error_is(err, GAZETTE_ERROR_MISSING_FIELD, "missing.jsonl:1: missing field"));

    CHECK(write_file(tmp_path("bad.tsv"), "Iraq\tGPE\tiraq\nBaghdad GPE baghdad\n"));
    CHECK(gazette_gazetteer_from_path(tmp_path("bad.tsv"), &err) == NULL);
    CHECK(gazette_error_line(err) == 2);
    CHECK(error_is(err, GAZETTE_ERROR_MISSING_TAB, "bad.tsv:2: expected 3 tab-separated fields"));
    return true;
}

static bool test_bad_buffers(void) {
    gazette_error *err = NULL;
    const char *jsonl = "{\"id\": \"a\", \"type\": \"GPE\", \"name\": \"A\"}\n# comment\nnot json\n";
    CHECK(gazette_gazetteer_from_jsonl(jsonl, strlen(jsonl), &err) == NULL);
    CHECK(gazette_error_line(err) == 3);
    CHECK(error_is(err, GAZETTE_ERROR_JSON, "line 3: "));
    const char *conflict = "{\"id\": \"a\", \"type\": \"GPE\", \"name\": \"A\"}\n{\"id\": \"a\", \"type\": \"ORG\", \"name\": \"B\"}";
    CHECK(gazette_gazetteer_from_jsonl(conflict, strlen(conflict), &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_CONFLICTING_TYPE, "line 2: "));
    const char *not_utf8 = "Iraq\tGPE\tiraq\nBa\xffghdad\tGPE\tbaghdad\n";
    CHECK(gazette_gazetteer_from_tsv(not_utf8, strlen(not_utf8), &err) == NULL);
    CHECK(gazette_error_line(err) == 2);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "line 2: "));
    /* Only `len` bytes are read: the bad line after them is not. */
    gazette_gazetteer *g = gazette_gazetteer_from_tsv(not_utf8, 14, &err);
    CHECK(g != NULL && err == NULL && gazette_gazetteer_entity_count(g) == 1);
    gazette_gazetteer_free(g);
    return true;
}

static bool test_invalid_utf8(void) {
    gazette_error *err = NULL;
    gazette_extractor *x = extractor_from_jsonl();
    const char text[] = "Matthew Miller \xc3\x28 said so.";
    CHECK(gazette_extractor_extract(x, text, strlen(text), &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "at byte 15"));
    /* A cut in the middle of a character is invalid too. */
    CHECK(gazette_extractor_extract(x, TEXT, 2, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "text"));
    CHECK(gazette_gazetteer_from_path("names\xff.jsonl", &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_UTF8, "path"));
    gazette_extractor_free(x);
    return true;
}

static bool test_null_arguments(void) {
    gazette_error *err = NULL;
    gazette_extractor *x = extractor_from_jsonl();
    gazette_gazetteer *g = gazette_gazetteer_from_jsonl(GAZETTEER_JSONL, strlen(GAZETTEER_JSONL), NULL);
    gazette_gazetteer_builder *b = gazette_gazetteer_builder_new();
    gazette_document *doc = gazette_extractor_extract(x, "", 0, NULL);

    CHECK(gazette_gazetteer_from_path(NULL, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "path is NULL"));
    CHECK(gazette_gazetteer_from_jsonl(NULL, 0, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "data is NULL"));
    CHECK(gazette_gazetteer_from_tsv(NULL, 3, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "data is NULL"));
    CHECK(gazette_gazetteer_load(NULL, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "path is NULL"));
    CHECK(!gazette_gazetteer_save(NULL, tmp_path("x.gaz"), &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "gazetteer is NULL"));
    CHECK(!gazette_gazetteer_save(g, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "path is NULL"));
    CHECK(gazette_gazetteer_entity_count(NULL) == 0);
    CHECK(!gazette_gazetteer_builder_add(NULL, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(!gazette_gazetteer_builder_add(b, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "entity is NULL"));
    CHECK(!gazette_gazetteer_builder_add_path(NULL, "x.tsv", &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(!gazette_gazetteer_builder_add_path(b, NULL, &err));
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "path is NULL"));
    CHECK(gazette_gazetteer_builder_build(NULL, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "builder is NULL"));
    CHECK(gazette_extractor_new(NULL, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "gazetteer is NULL"));
    CHECK(gazette_extractor_extract(NULL, "a", 1, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "extractor is NULL"));
    CHECK(gazette_extractor_extract(x, NULL, 0, &err) == NULL);
    CHECK(error_is(err, GAZETTE_ERROR_INVALID_ARGUMENT, "text is NULL"));
    CHECK(gazette_document_mention_count(NULL) == 0 && gazette_document_claim_count(NULL) == 0);
    CHECK(gazette_document_speaker_count(NULL) == 0);
    gazette_mention m;
    gazette_claim c;
    gazette_speaker s;
    CHECK(!gazette_document_mention(NULL, 0, &m) && !gazette_document_claim(NULL, 0, &c));
    CHECK(!gazette_document_speaker(NULL, 0, &s));
    CHECK(gazette_document_json(NULL) == NULL);
    CHECK(gazette_error_message(NULL) == NULL && gazette_error_line(NULL) == 0);
    CHECK(gazette_error_kind(NULL) == GAZETTE_ERROR_INVALID_ARGUMENT);

    /* Failing without an error out-parameter frees the error (valgrind and LeakSanitizer check). */
    CHECK(gazette_extractor_extract(x, NULL, 0, NULL) == NULL);
    CHECK(gazette_gazetteer_from_path("no/such/names.jsonl", NULL) == NULL);

    gazette_error_free(NULL);
    gazette_gazetteer_free(NULL);
    gazette_gazetteer_builder_free(NULL);
    gazette_extractor_free(NULL);
    gazette_document_free(NULL);

    gazette_document_free(doc);
    gazette_gazetteer_builder_free(b);
    gazette_gazetteer_free(g);
    gazette_extractor_free(x);
    return true;
}

static bool test_success_clears_the_error_slot(void) {
    gazette_error *err = NULL;
    CHECK(gazette_gazetteer_from_path("no/such/names.jsonl", &err) == NULL && err != NULL);
    gazette_error *first = err;
    gazette_gazetteer *g = gazette_gazetteer_from_tsv("A\tX\ta\n", 6, &err);
    CHECK(g != NULL && err == NULL);
    gazette_error_free(first);
    gazette_gazetteer_free(g);
    return true;
}

struct job {
    const gazette_extractor *extractor;
    const char *text;
    size_t len;
    char *json;
};

static void *extract_in_thread(void *arg) {
    struct job *job = arg;
    for (int i = 0; i < 5; i++) {
        gazette_document *doc = gazette_extractor_extract(job->extractor, job->text, job->len, NULL);
        const char *json = gazette_document_json(doc);
        if (json && !job->json) {
            job->json = malloc(strlen(json) + 1);
            if (job->json) strcpy(job->json, json);
        } else if (!json || strcmp(json, job->json) != 0) {
            job->json[0] = '\0'; /* differs between runs of one thread: fail the comparison below */
        }
        gazette_document_free(doc);
    }
    return NULL;
}

static bool test_threads_share_one_extractor(void) {
    size_t len;
    char *text = read_file("examples/data/article.txt", &len);
    CHECK(text != NULL);
    gazette_gazetteer *g = gazette_gazetteer_from_path("examples/data/gazetteer.jsonl", NULL);
    gazette_extractor *x = gazette_extractor_new(g, NULL);
    gazette_gazetteer_free(g);
    gazette_document *doc = gazette_extractor_extract(x, text, len, NULL);
    CHECK(gazette_document_mention_count(doc) > 10 && gazette_document_claim_count(doc) > 5);

    struct job jobs[4];
    pthread_t threads[4];
    for (int i = 0; i < 4; i++) {
        jobs[i] = (struct job){x, text, len, NULL};
        CHECK(pthread_create(&threads[i], NULL, extract_in_thread, &jobs[i]) == 0);
    }
    bool same = true;
    for (int i = 0; i < 4; i++) {
        CHECK(pthread_join(threads[i], NULL) == 0);
        same = same && jobs[i].json && strcmp(jobs[i].json, gazette_document_json(doc)) == 0;
        free(jobs[i].json);
    }
    CHECK(same);
    gazette_document_free(doc);
    gazette_extractor_free(x);
    free(text);
    return true;
}

int main(void) {
    struct {
        const char *name;
        bool (*run)(void);
    } tests[] = {
        {"version", test_version},
        {"mentions_have_byte_offsets", test_mentions_have_byte_offsets},
        {"claims", test_claims},
        {"absent_values_are_null", test_absent_values_are_null},
        {"speakers", test_speakers},
        {"json_is_the_jsonl_line", test_json_is_the_jsonl_line},
        {"document_outlives_its_inputs", test_document_outlives_its_inputs},
        {"empty_text", test_empty_text},
        {"embedded_default_gazetteer", test_embedded_default_gazetteer},
        {"files_jsonl_and_tsv", test_files_jsonl_and_tsv},
        {"builder", test_builder},
        {"builder_extends_the_embedded_default", test_builder_extends_the_embedded_default},
        {"defaults_as_in_rust_and_python", test_defaults_as_in_rust_and_python},
        {"extractor_builder_options_and_words", test_extractor_builder_options_and_words},
        {"save_and_load", test_save_and_load},
        {"bad_files", test_bad_files},
        {"bad_buffers", test_bad_buffers},
        {"invalid_utf8", test_invalid_utf8},
        {"null_arguments", test_null_arguments},
        {"success_clears_the_error_slot", test_success_clears_the_error_slot},
        {"threads_share_one_extractor", test_threads_share_one_extractor},
    };
    if (!mkdtemp(tmp_dir)) {
        perror("mkdtemp");
        return 2;
    }
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        bool ok = tests[i].run();
        printf("%s %s\n", ok ? "ok  " : "FAIL", tests[i].name);
        fflush(stdout);
        ok ? passed++ : failed++;
    }
    /* Every file the tests wrote, whatever its name, then the directory. */
    DIR *dir = opendir(tmp_dir);
    for (struct dirent *e; dir && (e = readdir(dir));) {
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) remove(tmp_path(e->d_name));
    }
    if (dir) closedir(dir);
    if (rmdir(tmp_dir) != 0) {
        perror(tmp_dir);
        failed++;
    }
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
