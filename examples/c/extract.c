/* Finds mentions and claims in a text with gazette's C API, and prints the report of `gazette extract`
 * (or, with --json, the document's JSON). It uses the embedded default gazetteer, extended by
 * --gazetteer FILE (whose names take precedence), or FILE alone with --no-default.
 *
 *     extract [--json] [--gazetteer FILE [--no-default]] TEXT_FILE
 *
 * Build with `make c-example`, or against an installed gazette:
 *     cc extract.c $(pkg-config --cflags --libs gazette) -o extract
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gazette.h"

/* The whole file in a new buffer, or NULL. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0, got;
    do {
        if (cap - n < 65536) {
            cap = cap * 2 + 65536;
            char *bigger = realloc(buf, cap);
            if (!bigger) break;
            buf = bigger;
        }
        got = fread(buf + n, 1, cap - n, f);
        n += got;
    } while (got > 0);
    int failed = ferror(f);
    fclose(f);
    if (failed) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* The byte length of the Unicode white space character at s (as Rust's char::is_whitespace), or 0. */
static size_t space_len(const unsigned char *s, size_t n) {
    if (n >= 1 && (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))) return 1;
    if (n >= 2 && s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0)) return 2;
    if (n < 3) return 0;
    unsigned cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
    bool three = (s[0] & 0xF0) == 0xE0;
    return three && (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
                     cp == 0x202F || cp == 0x205F || cp == 0x3000) ? 3 : 0;
}

/* Prints text[start..end] with its runs of white space as single spaces, trimmed. */
static void print_flat(const char *text, size_t start, size_t end) {
    const unsigned char *s = (const unsigned char *)text;
    bool pending = false, any = false;
    for (size_t i = start; i < end;) {
        size_t w = space_len(s + i, end - i);
        if (w) {
            pending = any;
            i += w;
            continue;
        }
        if (pending) putchar(' ');
        pending = false;
        any = true;
        putchar(s[i++]);
    }
}

/* Prints a mention's text with newlines as spaces, padded to `width` characters. */
static void print_padded(gazette_str s, size_t width) {
    size_t chars = 0;
    for (size_t i = 0; i < s.len; i++) {
        putchar(s.ptr[i] == '\n' ? ' ' : s.ptr[i]);
        chars += ((unsigned char)s.ptr[i] & 0xC0) != 0x80;
    }
    for (; chars < width; chars++) putchar(' ');
}

static size_t line_of(const char *text, size_t offset) {
    size_t line = 1;
    for (size_t i = 0; i < offset; i++) line += text[i] == '\n';
    return line;
}

/* "1 claim", "2 claims". */
static const char *plural(size_t n, const char *one, const char *many) { return n == 1 ? one : many; }

static void report(const gazette_document *doc, const char *name, const char *text) {
    size_t n = gazette_document_mention_count(doc), entities = 0;
    gazette_mention m, other;
    for (size_t i = 0; i < n && gazette_document_mention(doc, i, &m); i++) {
        bool seen = false;
        for (size_t j = 0; j < i && !seen && gazette_document_mention(doc, j, &other); j++)
            seen = other.entity_id.len == m.entity_id.len && memcmp(other.entity_id.ptr, m.entity_id.ptr, m.entity_id.len) == 0;
        entities += !seen;
    }
    printf("%s: %zu %s of %zu %s\n", name, n, plural(n, "mention", "mentions"), entities,
           plural(entities, "entity", "entities"));
    for (size_t i = 0; i < n && gazette_document_mention(doc, i, &m); i++) {
        printf("  line %3zu  ", line_of(text, m.start));
        print_padded(m.text, 32);
        printf(" -> %.*s (%.*s, %.*s) [%.*s]\n", (int)m.name.len, m.name.ptr, (int)m.entity_id.len, m.entity_id.ptr,
               (int)m.kind.len, m.kind.ptr, (int)m.resolution.len, m.resolution.ptr);
    }

    n = gazette_document_claim_count(doc);
    printf("%s: %zu %s\n", name, n, plural(n, "claim", "claims"));
    gazette_claim c;
    for (size_t i = 0; i < n && gazette_document_claim(doc, i, &c); i++) {
        printf("  line %3zu  %.*s claim, source [%.*s] ", line_of(text, c.cue.start), (int)c.kind.len, c.kind.ptr,
               (int)c.source_kind.len, c.source_kind.ptr);
        if (c.source_text.ptr) {
            print_flat(c.source_text.ptr, 0, c.source_text.len);
            if (c.speaker.ptr) printf(" -> %.*s", (int)c.speaker.len, c.speaker.ptr);
        } else {
            printf("(none)");
        }
        printf("\n            cue     ");
        print_flat(text, c.cue.start, c.cue.end);
        printf(" (%.*s)\n", (int)c.cue_lemma.len, c.cue_lemma.ptr);
        if (c.medium_text.ptr) {
            printf("            medium  ");
            print_flat(c.medium_text.ptr, 0, c.medium_text.len);
            if (c.medium_entity_id.ptr) printf(" -> %.*s", (int)c.medium_entity_id.len, c.medium_entity_id.ptr);
            printf("\n");
        }
        printf("            content ");
        for (size_t k = 0; k < c.content_count; k++) {
            if (k > 0) printf(" \xe2\x80\xa6 ");
            print_flat(text, c.content[k].start, c.content[k].end);
        }
        printf("\n");
    }

    n = gazette_document_speaker_count(doc);
    printf("%s: %zu %s\n", name, n, plural(n, "speaker", "speakers"));
    gazette_speaker s;
    for (size_t i = 0; i < n && gazette_document_speaker(doc, i, &s); i++) {
        printf("  S%-3zu ", i + 1);
        print_flat(s.name.ptr, 0, s.name.len);
        printf(" (");
        if (s.entity_id.ptr) printf("%.*s, ", (int)s.entity_id.len, s.entity_id.ptr);
        printf("%.*s): %zu %s\n", (int)s.kind.len, s.kind.ptr, s.claim_count, plural(s.claim_count, "claim", "claims"));
    }
}

int main(int argc, char **argv) {
    bool json = false, with_default = true;
    const char *gazetteer_path = NULL, *text_path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0) {
            json = true;
        } else if (strcmp(argv[i], "--no-default") == 0) {
            with_default = false;
        } else if (strcmp(argv[i], "--gazetteer") == 0 && i + 1 < argc) {
            gazetteer_path = argv[++i];
        } else if (!text_path && argv[i][0] != '-') {
            text_path = argv[i];
        } else {
            text_path = NULL;
            break;
        }
    }
    if (!text_path || (!with_default && !gazetteer_path)) {
        fprintf(stderr, "usage: extract [--json] [--gazetteer FILE [--no-default]] TEXT_FILE\n");
        return 2;
    }

    gazette_error *error = NULL;
    gazette_extractor *extractor = NULL;
    if (gazetteer_path) {
        /* With the default, the file's names take precedence over the default's. */
        gazette_gazetteer_builder *builder = gazette_gazetteer_builder_new();
        gazette_gazetteer *gazetteer = NULL;
        if (builder && gazette_gazetteer_builder_with_default(builder, with_default, &error) &&
            gazette_gazetteer_builder_add_path(builder, gazetteer_path, &error)) {
            gazetteer = gazette_gazetteer_builder_build(builder, &error);
        }
        extractor = gazetteer ? gazette_extractor_new(gazetteer, &error) : NULL;
        gazette_gazetteer_free(gazetteer); /* the extractor keeps what it needs */
        gazette_gazetteer_builder_free(builder);
    } else {
        extractor = gazette_extractor_new_default(&error);
    }
    if (!extractor) {
        fprintf(stderr, "extract: %s\n", gazette_error_message(error));
        gazette_error_free(error);
        return 1;
    }

    size_t len;
    char *text = read_file(text_path, &len);
    if (!text) {
        fprintf(stderr, "extract: %s: cannot read\n", text_path);
        gazette_extractor_free(extractor);
        return 1;
    }
    gazette_document *doc = gazette_extractor_extract(extractor, text, len, &error);
    int status = 0;
    if (!doc) {
        fprintf(stderr, "extract: %s: %s\n", text_path, gazette_error_message(error));
        gazette_error_free(error);
        status = 1;
    } else if (json) {
        printf("%s\n", gazette_document_json(doc));
    } else {
        report(doc, text_path, text);
    }
    gazette_document_free(doc);
    gazette_extractor_free(extractor);
    free(text);
    return status;
}
