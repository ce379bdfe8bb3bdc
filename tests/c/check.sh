#!/usr/bin/env bash
# The C example against `gazette extract`: the same report, and the JSON of the `extract --jsonl` line, on the
# sample article and, when ../shared is present, on the seed article.
#     tests/c/check.sh C_OUT SHARED
set -euo pipefail
c_extract=$1/extract
shared=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# check TEXT [--gazetteer FILE]
check() {
    local text=$1
    shift
    cargo run --quiet --release --features cli --bin gazette -- extract "$@" "$text" > "$tmp/rust.txt"
    "$c_extract" "$@" "$text" > "$tmp/c.txt"
    diff "$tmp/rust.txt" "$tmp/c.txt"
    python3 -c 'import json, sys; print(json.dumps({"id": None, "text": open(sys.argv[1]).read()}))' "$text" |
        cargo run --quiet --release --features cli --bin gazette -- extract --quiet --jsonl "$@" | sed 's/^{"id":null,/{/' > "$tmp/rust.json"
    "$c_extract" --json "$@" "$text" > "$tmp/c.json"
    diff "$tmp/rust.json" "$tmp/c.json"
    local speakers
    speakers=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["speakers"]))' "$tmp/c.json")
    echo "check: the C example finds in $text ${1:+with $2 }${3:+$3 }what the Rust one does:" \
        "$(head -1 "$tmp/c.txt" | sed "s/^.*: //"), $(grep -c ' claim, source ' "$tmp/c.txt") claims," \
        "$speakers speakers, the same JSON"
}

check examples/data/article.txt
check examples/data/article.txt --gazetteer examples/data/gazetteer.jsonl
check examples/data/article.txt --gazetteer examples/data/gazetteer.jsonl --no-default
if [ -f "$shared/seed/article.txt" ]; then
    check "$shared/seed/article.txt" --gazetteer "$shared/seed/gazetteer.jsonl"
    check "$shared/seed/article.txt" --gazetteer "$shared/seed/gazetteer.jsonl" --no-default
elif [ -n "${GAZETTE_REQUIRE_SHARED:-}" ]; then
    echo "check: the seed article is not at $shared/seed, and GAZETTE_REQUIRE_SHARED is set" >&2
    exit 1
else
    echo "check: skipped the seed article: $shared/seed is not present"
fi
