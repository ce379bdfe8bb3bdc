"""What the binding adds to the core's cost, in the project's virtual environment (make test-python's):

    .venv/bin/python benches/python/binding.py [--data ../shared/bench]     (or: make bench-python)

1. The GIL is released: a large batch of extract() calls on two Python threads against one (>= 1.6x on two
   free cores), and extract_many on one and two threads.
2. Pickling carries the saved binary form: unpickling the 1M-name gazetteer against Gazetteer.load.
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import gazette

REPO = Path(__file__).resolve().parents[2]


def seconds(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cores_used(run: Callable[[], object]) -> float:
    """Process CPU time over wall time: how many cores a run kept busy (2 when both threads ran at once)."""
    before, start = os.times(), time.perf_counter()
    run()
    after = os.times()
    return (after.user + after.system - before.user - before.system) / (time.perf_counter() - start)


def threads(data: Path) -> None:
    paragraphs = [p for p in (data / "bbc.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    docs = ["\n\n".join(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4)]
    extractor = gazette.Extractor(gazette.Gazetteer.from_tsv(data / "gaz_30k.tsv"))
    print(f"{len(docs):,} documents ({sum(map(len, docs)) / 1e6:.1f} M characters), gaz_30k.tsv")

    def on(n: int) -> Callable[[], object]:
        parts = [docs[i::n] for i in range(n)]

        def run() -> object:
            with ThreadPoolExecutor(n) as pool:
                return list(pool.map(lambda part: [extractor.extract(d) for d in part], parts))

        return run

    one, two = seconds(on(1)), seconds(on(2))
    busy = cores_used(on(2))
    print(f"  extract() on 1 Python thread {one:.2f} s, on 2: {two:.2f} s: x{one / two:.2f} ({busy:.2f} cores busy)")
    one = seconds(lambda: extractor.extract_many(docs, threads=1))
    two = seconds(lambda: extractor.extract_many(docs, threads=2))
    busy = cores_used(lambda: extractor.extract_many(docs, threads=2))
    print(f"  extract_many(threads=1) {one:.2f} s, threads=2: {two:.2f} s: x{one / two:.2f} ({busy:.2f} cores busy)")
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: the ratio needs two free cores)")


def unpickle(data: Path) -> None:
    start = time.perf_counter()
    big = gazette.Gazetteer.from_tsv(data / "gaz_1m.tsv")
    print(f"gaz_1m.tsv: built in {time.perf_counter() - start:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gaz_1m.gaz"
        big.save(path)
        load = seconds(lambda: gazette.Gazetteer.load(path))
    pickled = pickle.dumps(gazette.Extractor(big))
    loads = seconds(lambda: pickle.loads(pickled))
    print(f"  Gazetteer.load {load:.2f} s; pickle.loads of an Extractor ({len(pickled) / 1e6:.0f} MB) {loads:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench")
    args = parser.parse_args()
    if not (args.data / "bbc.txt").exists():
        print(f"binding: no benchmark data at {args.data} (--data)", file=sys.stderr)
        return 2
    threads(args.data)
    unpickle(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
