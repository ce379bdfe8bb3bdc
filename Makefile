# One target per layer; `make test` runs them all and is what .ci/run calls.
# The benchmark and evaluation data in ../shared are used when present, never required.

CARGO ?= cargo
SHARED ?= $(abspath ../shared)
BENCH_DATA ?= $(if $(wildcard $(SHARED)/bench/bbc.txt),$(SHARED)/bench,)

# The C API: cbindgen pinned (point releases change the header), installed into target/ when missing.
CBINDGEN_VERSION := 0.29.4
CBINDGEN := target/tools/cbindgen-$(CBINDGEN_VERSION)/bin/cbindgen
C_OUT := target/c
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
SONAME := libgazette.so.$(firstword $(subst ., ,$(VERSION)))
# What a C program linking libgazette.a needs besides it (rustc --print native-static-libs).
STATIC_LIBS := -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
SAMPLE := examples/data/gazetteer.jsonl examples/data/article.txt
C_STRICT := -std=c11 -Wall -Wextra -Werror -pedantic
CFLAGS_C := $(C_STRICT) -g -Iinclude

.PHONY: demo test test-rust test-c test-python bench lint header c-lib c-example install

## The main job on the sample article: mentions (and, as gazette grows, claims).
demo:
	$(CARGO) run --quiet --release --example extract -- --gazetteer examples/data/gazetteer.jsonl examples/data/article.txt

## Every test of every layer.
test: test-rust test-c test-python

test-rust:
	$(CARGO) test --features capi --lib --tests --examples
	$(CARGO) test --doc
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps --quiet --features capi
	$(CARGO) clippy --features capi --all-targets --quiet -- -D warnings
	$(CARGO) fmt --check

$(CBINDGEN):
	$(CARGO) install cbindgen --version =$(CBINDGEN_VERSION) --locked --quiet --root $(dir $(@D))

## include/gazette.h from src/capi.rs.
header: $(CBINDGEN)
	$(CBINDGEN) --quiet --config cbindgen.toml --output include/gazette.h src/capi.rs

## libgazette.so (with its SONAME) and libgazette.a in target/c/, built through the `capi` feature only.
c-lib:
	$(CARGO) rustc --quiet --release --lib --features capi --crate-type cdylib,staticlib -- \
		-C link-arg=-Wl,-soname,$(SONAME)
	mkdir -p $(C_OUT)
	cp target/release/libgazette.so $(C_OUT)/libgazette.so.$(VERSION)
	ln -sf libgazette.so.$(VERSION) $(C_OUT)/$(SONAME)
	ln -sf $(SONAME) $(C_OUT)/libgazette.so
	cp target/release/libgazette.a $(C_OUT)/libgazette.a

## examples/c/extract.c, linked with the shared library.
c-example: c-lib
	$(CC) $(CFLAGS_C) -O2 examples/c/extract.c -o $(C_OUT)/extract -L$(C_OUT) -lgazette -Wl,-rpath,'$$ORIGIN'

## The libraries, the header and gazette.pc under PREFIX, for `cc prog.c $$(pkg-config --cflags --libs gazette)`.
install: c-lib
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include
	install -m 644 include/gazette.h $(DESTDIR)$(PREFIX)/include/
	install -m 755 $(C_OUT)/libgazette.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/
	ln -sf libgazette.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(PREFIX)/lib/libgazette.so
	install -m 644 $(C_OUT)/libgazette.a $(DESTDIR)$(PREFIX)/lib/
	sed -e 's|@PREFIX@|$(abspath $(PREFIX))|' -e 's|@VERSION@|$(VERSION)|' -e 's|@STATIC_LIBS@|$(STATIC_LIBS)|' \
		gazette.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/gazette.pc

## The C API's tests arrive with tests/c.
test-c:
	@echo "test-c: no C tests yet"

## The Python package arrives with its issue (python/).
test-python:
	@echo "test-python: no Python package yet"

## Criterion benches (matcher throughput beside raw aho-corasick, build and load of 1M names) and the
## match counts against the reference semantics; on ../shared/bench when present, generated data otherwise.
bench:
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench matcher
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench match_counts
