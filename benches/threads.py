"""Two extraction threads against one: the `gazette` command's `extract --jsonl` over a corpus, run on one
thread and on two in turn, as the README's Performance section measures the command's scaling:

    python3 benches/threads.py [--corpus FILE.jsonl] [--rounds 25] [--threads 2]     (or: make bench-threads)

The corpus is the one given, else generated news-like JSON Lines of about PolNeAR's size (10 MB, 840
documents; `make bench-threads` passes ../shared/eval/polnear_train.jsonl when it is there). The release
command is built first. The outputs on one thread and on two are checked to be byte for byte the same; then
each round runs one thread and then two, timing each process from start to exit (output to /dev/null), and
the medians, quartiles and the ratio of the medians are printed. The ratio is the whole run's, the start
(about 7 ms, mostly the embedded gazetteer's automata) included. Run it on an idle machine: other work on
the cores moves the two-thread runs most.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WHO = ["Jane Roe", "the senator", "officials", "a spokeswoman for the campaign", "John Voss, a pollster,"]
WHAT = [
    "the economy would recover by the end of the year",
    "talks with Iraq were making progress",
    "the bill had no chance in the Senate",
    "voters in Ohio were tired of the race",
]
PLAIN = ["The rally drew thousands.", "Polls close at eight.", "Turnout was high in the suburbs."]


def generated(path: Path, documents: int = 840, size: int = 12_000) -> None:
    """Writes `documents` JSON lines of about `size` bytes of reported speech each, the same every time."""
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as out:
        for i in range(documents):
            parts: list[str] = []
            while sum(map(len, parts)) < size:
                who, what = rng.choice(WHO), rng.choice(WHAT)
                parts.append(
                    rng.choice(
                        [
                            f"{who[0].upper()}{who[1:]} said {what}.",
                            f'"{what[0].upper()}{what[1:]}," {who} said.',
                            f"According to {who}, {what}.",
                            rng.choice(PLAIN),
                        ]
                    )
                )
            out.write(json.dumps({"id": i, "text": " ".join(parts)}) + "\n")


def run(command: list[str], capture: bool) -> bytes:
    done = subprocess.run(command, stdout=subprocess.PIPE if capture else subprocess.DEVNULL, check=True)
    return done.stdout or b""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="JSON Lines of {id, text} (default: generated)")
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--threads", type=int, default=2, help="the thread count set against one")
    args = parser.parse_args()
    if args.rounds < 1 or args.threads < 2:
        parser.error("--rounds must be 1 or more and --threads 2 or more")

    subprocess.run(["cargo", "build", "--quiet", "--release", "--features", "cli"], cwd=ROOT, check=True)
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = str(target / "release" / "gazette")

    with tempfile.TemporaryDirectory(prefix="gazette-threads-") as tmp:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(tmp) / "generated.jsonl"
            generated(corpus)
        elif not corpus.is_file():
            parser.error(f"{corpus}: no such file")
        size = corpus.stat().st_size
        command = [binary, "extract", "--jsonl", "--quiet", str(corpus), "--threads"]

        outputs = {t: hashlib.sha256(run(command + [str(t)], capture=True)).hexdigest() for t in (1, args.threads)}
        if len(set(outputs.values())) != 1:
            print(f"the outputs differ between 1 and {args.threads} threads: {outputs}", file=sys.stderr)
            return 1

        times: dict[int, list[float]] = {1: [], args.threads: []}
        for _ in range(args.rounds):
            for t in times:
                start = time.perf_counter()
                run(command + [str(t)], capture=False)
                times[t].append((time.perf_counter() - start) * 1000)

    print(f"corpus: {args.corpus or 'generated'} ({size:,} bytes)")
    print(f"rounds: {args.rounds}, outputs the same on 1 and {args.threads} threads (sha256 {outputs[1][:16]})")
    for t, ms in times.items():
        q = statistics.quantiles(ms, n=4) if len(ms) > 1 else [ms[0], ms[0], ms[0]]
        print(f"{t} thread{'s' if t > 1 else ''}: median {statistics.median(ms):.1f} ms (quartiles {q[0]:.1f} to {q[2]:.1f})")
    ratio = statistics.median(times[1]) / statistics.median(times[args.threads])
    print(f"{args.threads} threads against one: {ratio:.3f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
