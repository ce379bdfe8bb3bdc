"""What the binding adds to the core's cost, in the project's virtual environment (make test-python's):

    .venv/bin/python benches/python/binding.py [--data ../shared/bench] [--runs 7]     (or: make bench-python)

1. Python beside Rust: per gazetteer size, each call from Python (a str in, Python objects out, and dropped)
   beside the same call of the Rust core on the same text in the same process, timed inside the binding with
   the GIL released and no Python objects made (the hidden `_core_seconds`), runs interleaved, medians
   reported, with the median ratio of CPU time, which a busy machine disturbs less than wall time; and the
   Python heap that a list of mentions holds (tracemalloc), from a new gazetteer's first call (which also
   makes the strings that its entities' mentions share) and its second.
2. The GIL is released: a large batch of extract() calls on two Python threads against one (>= 1.6x on two
   free cores), and extract_many on one and two threads.
3. Pickling carries the saved binary form: unpickling the 1M-name gazetteer against Gazetteer.load.
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import statistics
import sys
import tempfile
import time
import tracemalloc
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


def paired(python: Callable[[], object], rust: Callable[[], float], runs: int) -> tuple[float, float, float]:
    """Median seconds of a Python call and of the same call in the core, run in turn, and the median ratio of
    their CPU time (the process's, every thread's), which a busy machine disturbs less than wall time. The
    Python call's result is dropped inside its timing, as the core drops its own."""
    py_times, rust_times, cpu_ratios = [], [], []
    for _ in range(runs):
        gc.collect()
        cpu, start = time.process_time(), time.perf_counter()
        python()
        py_times.append(time.perf_counter() - start)
        py_cpu = time.process_time() - cpu
        gc.collect()
        cpu = time.process_time()
        rust_times.append(rust())
        cpu_ratios.append(py_cpu / (time.process_time() - cpu))
    return statistics.median(py_times), statistics.median(rust_times), statistics.median(cpu_ratios)


def beside_rust(data: Path, sizes: list[str], runs: int) -> None:
    text = (data / "bbc.txt").read_text(encoding="utf-8")
    docs = documents(text)
    print(f"Python beside Rust: bbc.txt ({len(text) / 1e6:.1f} M characters), medians of {runs} interleaved runs")
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    for size in sizes:
        gazetteer = gazette.Gazetteer.from_tsv(data / f"gaz_{size}.tsv")
        extractor = gazette.Extractor(gazetteer)
        gazetteer._core_seconds(text)  # the str's UTF-8 form, cached in it, is not the mentions' heap
        (first, second), n = heap(lambda: gazetteer.find(text))
        print(f"  gaz_{size}.tsv: {n:,} mentions, a list of them holds {second / 1e6:.2f} MB of Python heap")
        print(f"    ({second / n:.0f} B a mention; the first list, which also made the strings they share, {first / 1e6:.2f} MB)")

        def read(doc: gazette.Document) -> object:
            return doc.mentions, doc.claims

        def many(threads: int) -> tuple[str, Callable[[], object], Callable[[], float]]:
            return (
                f"extract_many({len(docs):,} documents, threads={threads})",
                lambda: extractor.extract_many(docs, threads=threads),
                lambda: extractor._core_seconds(docs, threads),
            )

        # A document makes its mentions and claims into Python objects when first asked for them.
        calls: list[tuple[str, Callable[[], object], Callable[[], float]]] = [
            ("Gazetteer.find", lambda: gazetteer.find(text), lambda: gazetteer._core_seconds(text)),
            ("Extractor.find", lambda: extractor.find(text), lambda: gazetteer._core_seconds(text)),
            ("Extractor.extract", lambda: extractor.extract(text), lambda: extractor._core_seconds(text)),
            ("  then .mentions and .claims", lambda: read(extractor.extract(text)), lambda: extractor._core_seconds(text)),
            many(1),
            (
                "  then every .mentions and .claims",
                lambda: [read(d) for d in extractor.extract_many(docs, threads=1)],
                lambda: extractor._core_seconds(docs, 1),
            ),
            many(2),
        ]
        for name, python, rust in calls:
            py, core, cpu = paired(python, rust, runs)
            print(f"    {name:42} Python {py * 1e3:6.1f} ms  Rust {core * 1e3:6.1f} ms  x{py / core:.2f}  (CPU time x{cpu:.2f})")
    print(f"  (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")


def heap(find: Callable[[], list[gazette.Mention]]) -> tuple[tuple[int, int], int]:
    """The Python heap (tracemalloc) that the lists of mentions of a first and a second call hold, and their
    length."""
    gc.collect()
    tracemalloc.start()
    sizes, kept = [], []
    for _ in range(2):
        before = tracemalloc.get_traced_memory()[0]
        kept.append(find())
        sizes.append(tracemalloc.get_traced_memory()[0] - before)
    tracemalloc.stop()
    return (sizes[0], sizes[1]), len(kept[0])


def cores_used(run: Callable[[], object]) -> float:
    """Process CPU time over wall time: how many cores a run kept busy (2 when both threads ran at once)."""
    before, start = os.times(), time.perf_counter()
    run()
    after = os.times()
    return (after.user + after.system - before.user - before.system) / (time.perf_counter() - start)


def documents(text: str) -> list[str]:
    """bbc.txt as documents of 4 paragraphs."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return ["\n\n".join(paragraphs[i : i + 4]) for i in range(0, len(paragraphs), 4)]


def threads(data: Path) -> None:
    docs = documents((data / "bbc.txt").read_text(encoding="utf-8"))
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
    parser.add_argument("--sizes", default="1k,30k,1m")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (args.data / "bbc.txt").exists():
        print(f"binding: no benchmark data at {args.data} (--data)", file=sys.stderr)
        return 2
    beside_rust(args.data, args.sizes.split(","), args.runs)
    threads(args.data)
    unpickle(args.data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
