#!/usr/bin/env bash
# The C example against the Rust one: the same report, and the JSON of the `extract --jsonl` line, on the
# sample article and, when ../shared is present, on the seed article.
#     tests/c/check.sh C_OUT SHARED
set -euo pipefail
c_extract=$1/extract
shared=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {
    local gazetteer=$1 text=$2
    cargo run --quiet --release --example extract -- --gazetteer "$gazetteer" "$text" > "$tmp/rust.txt"
    "$c_extract" "$gazetteer" "$text" > "$tmp/c.txt"
    diff "$tmp/rust.txt" "$tmp/c.txt"
    python3 -c 'import json, sys; print(json.dumps({"id": None, "text": open(sys.argv[1]).read()}))' "$text" |
        cargo run --quiet --release --example extract -- --jsonl --gazetteer "$gazetteer" |
        sed 's/^{"id":null,/{/' > "$tmp/rust.json"
    "$c_extract" --json "$gazetteer" "$text" > "$tmp/c.json"
    diff "$tmp/rust.json" "$tmp/c.json"
    echo "check: the C example finds in $text what the Rust one does: $(head -1 "$tmp/c.txt" | sed "s/^.*: //")," \
        "$(grep -c ' claim, source ' "$tmp/c.txt") claims, the same JSON"
}

check examples/data/gazetteer.jsonl examples/data/article.txt
if [ -f "$shared/seed/article.txt" ]; then
    check "$shared/seed/gazetteer.jsonl" "$shared/seed/article.txt"
else
    echo "check: skipped the seed article: $shared/seed is not present"
fi
