"""gazette's find() from Python beside pyahocorasick, ahocorasick_rs and flashtext, on ../shared/bench.

    python3 benches/python/find_peers.py [--sizes 1k,30k,1m] [--runs 5]     (or: make bench-python)

The peers and a release wheel of gazette go into a throwaway virtual environment in a temporary folder,
removed afterwards; the script then runs itself there. Every tool is timed end to end, from a Python str to
a Python list of (start, end, id)-like results, on all of bbc.txt, runs interleaved, medians reported (of 5 by
default, as the README's table asks).
The peers run their correct variant where they have one (../shared/bench/README.md): every overlapping
match, then the word-boundary test, then a greedy leftmost-longest pick. flashtext has its own boundaries.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
PEERS = ["pyahocorasick==2.3.1", "ahocorasick-rs==1.0.3", "flashtext==2.7", "maturin==1.16.0"]

Finder = Callable[[str], list[Any]]


def in_throwaway_venv(args: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="gazette-bench-") as tmp:
        venv = Path(tmp) / "venv"
        python = venv / "bin" / "python"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, *PEERS], check=True)
        wheels = Path(tmp) / "wheels"
        env = dict(os.environ, CARGO_TARGET_DIR=str(REPO / "python" / "target"))
        build = [str(venv / "bin" / "maturin"), "build", "--release", "--quiet", "-o", str(wheels), "-i", str(python)]
        subprocess.run(build, cwd=REPO / "python", env=env, check=True)
        subprocess.run([*pip, *map(str, wheels.glob("*.whl"))], check=True)
        return subprocess.run([str(python), __file__, "--inside", *args]).returncode


def is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def greedy_on_boundaries(text: str, found: list[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """The reference semantics over every overlapping match: keep those on word boundaries, then pick
    leftmost, longest first, without overlaps."""
    n = len(text)
    ok = [
        m
        for m in found
        if (m[0] == 0 or not is_word(text[m[0] - 1])) and (m[1] == n or not is_word(text[m[1]]))
    ]
    ok.sort(key=lambda m: (m[0], -m[1]))
    out, last = [], 0
    for m in ok:
        if m[0] >= last:
            out.append(m)
            last = m[1]
    return out


def peers(rows: list[tuple[str, str, str]]) -> dict[str, Callable[[], Finder]]:
    """Builders of each tool's find, by name."""
    # Imported by name: they live only in the throwaway environment, untyped.
    ahocorasick = importlib.import_module("ahocorasick")
    ahocorasick_rs = importlib.import_module("ahocorasick_rs")
    keyword_processor = importlib.import_module("flashtext").KeywordProcessor

    ids: dict[str, str] = {}
    for surface, _, entity in rows:
        ids.setdefault(surface.lower(), entity)
    patterns = list(ids)

    def ahocorasick_rs_correct() -> Finder:
        ac = ahocorasick_rs.AhoCorasick(patterns, matchkind=ahocorasick_rs.MatchKind.Standard)

        def find(text: str) -> list[Any]:
            lower = text.lower()
            found = [(s, e, patterns[i]) for i, s, e in ac.find_matches_as_indexes(lower, overlapping=True)]
            return greedy_on_boundaries(text, found)

        return find

    def pyahocorasick_correct() -> Finder:
        automaton = ahocorasick.Automaton()
        for p in patterns:
            automaton.add_word(p, (len(p), ids[p]))
        automaton.make_automaton()

        def find(text: str) -> list[Any]:
            lower = text.lower()
            return greedy_on_boundaries(text, [(e - n + 1, e + 1, i) for e, (n, i) in automaton.iter(lower)])

        return find

    def flashtext() -> Finder:
        kp = keyword_processor(case_sensitive=False)
        for p in patterns:
            kp.add_keyword(p, ids[p])
        return lambda text: kp.extract_keywords(text, span_info=True)

    return {
        "ahocorasick_rs (correct)": ahocorasick_rs_correct,
        "pyahocorasick (correct)": pyahocorasick_correct,
        "flashtext": flashtext,
    }


def bench(data: Path, sizes: list[str], runs: int) -> None:
    import gazette

    text = (data / "bbc.txt").read_text(encoding="utf-8")
    # The peers lower-case the text and keep its offsets; that holds for bbc.txt.
    assert len(text.lower()) == len(text)
    mb = len(text.encode()) / 1e6
    for size in sizes:
        path = data / f"gaz_{size}.tsv"
        with open(path, encoding="utf-8") as f:
            rows = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
        builders: dict[str, Callable[[], Finder]] = {"gazette": lambda: gazette.Gazetteer.from_tsv(path).find}
        builders.update(peers(rows))  # type: ignore[arg-type]
        finders: dict[str, Finder] = {}
        print(f"\n{size}: {len(rows):,} names, bbc.txt {mb:.2f} MB")
        for name, build in builders.items():
            start = time.perf_counter()
            finders[name] = build()
            print(f"  built {name:26} in {time.perf_counter() - start:6.1f} s")
        times: dict[str, list[float]] = {name: [] for name in finders}
        counts: dict[str, int] = {}
        for _ in range(runs):
            for name, find in finders.items():
                gc.collect()
                start = time.perf_counter()
                counts[name] = len(find(text))
                times[name].append(time.perf_counter() - start)
        speed = {name: mb / statistics.median(t) for name, t in times.items()}
        for name in finders:
            ratio = speed["gazette"] / speed[name]
            print(f"  {name:26} {speed[name]:7.1f} MB/s  {counts[name]:8,} matches   gazette x{ratio:.1f}")
        del finders
        gc.collect()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "bench")
    parser.add_argument("--sizes", default="1k,30k,1m")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (args.data / "bbc.txt").exists():
        print(f"find_peers: no benchmark data at {args.data} (--data)", file=sys.stderr)
        return 2
    if not args.inside:
        return in_throwaway_venv(sys.argv[1:])
    bench(args.data, args.sizes.split(","), args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
