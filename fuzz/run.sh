#!/usr/bin/env bash
# Runs one fuzz target: fuzz/run.sh TARGET SECONDS [libFuzzer options...], e.g. fuzz/run.sh match 600 or
# fuzz/run.sh parse 3600 -runs=10000000. Needs cargo-fuzz on PATH (`make fuzz` installs it into
# target/tools) and a nightly toolchain from rustup. The corpus grows in fuzz/corpus/TARGET (not committed;
# FUZZ_CORPUS names another directory, as `make fuzz` does) from the committed seeds in fuzz/seeds/TARGET;
# a crash is written to fuzz/artifacts/TARGET/ and makes the script fail. libFuzzer's final statistics
# (executions, time, exec/s, corpus, crashes) end the output.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    echo "usage: fuzz/run.sh {parse|match|extract|capi} SECONDS [libFuzzer options...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
target=$1 seconds=$2
shift 2
# Inputs longer than this teach the fuzzer nothing new and slow it down: the reference matcher is quadratic.
case $target in
    parse | extract | capi) max_len=256 ;;
    match) max_len=64 ;;
    *) usage ;;
esac
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
    echo "fuzz/run.sh: cargo fuzz needs a nightly toolchain: rustup toolchain install nightly --profile minimal" >&2
    exit 1
fi
command -v cargo-fuzz >/dev/null || { echo "fuzz/run.sh: cargo-fuzz is not on PATH (make fuzz installs it)" >&2; exit 1; }

corpus=${FUZZ_CORPUS:-corpus/$target}
mkdir -p "$corpus" "artifacts/$target"
# capi runs under AddressSanitizer and its leak check, since raw pointers and frees are what it tests
# (FUZZ_SANITIZER=none runs it without, four times as fast); it builds into a target directory of its own,
# so that the two settings do not rebuild each other. The rest is safe Rust, fuzzed without a sanitizer.
# No comparison tracing: it costs two thirds of the speed on this Unicode-heavy code. Debug assertions
# (overflow checks) stay on, as cargo fuzz builds by default.
if [ "$target" = capi ] && [ "${FUZZ_SANITIZER:-address}" != none ]; then
    build=(--sanitizer address --target-dir target/asan)
else
    build=(--sanitizer none)
fi
exec cargo +nightly fuzz run --fuzz-dir . "${build[@]}" --no-trace-compares "$target" \
    "$corpus" "seeds/$target" -- \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="artifacts/$target/" "$@"
