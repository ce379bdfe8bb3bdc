"""The GIL is released while the core works: another Python thread runs during each long call.

The speed-up from two threads is measured by benches/python/binding.py, not here: a timed test would fail
whenever the machine is busy. This test is about the lock only, so it holds on a loaded machine too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import gazette

TEXT = "Iraqi officials told Reuters in Baghdad that talks with the United States would resume. " * 40_000


@pytest.fixture
def other_thread_share() -> Iterator[Callable[[Callable[[], object]], float]]:
    """Runs a call and returns how much a second Python thread spun during it, as a share of how much it
    spins while the main thread sleeps. A call that held the GIL throughout would leave it near 0: the
    spinner then only runs for the switch interval (5 ms) before the call."""
    stop = threading.Event()
    turns = [0]

    def spin() -> None:
        while not stop.is_set():
            turns[0] += 1

    spinner = threading.Thread(target=spin)
    spinner.start()

    def rate(call: Callable[[], object]) -> float:
        before, start = turns[0], time.perf_counter()
        call()
        return (turns[0] - before) / (time.perf_counter() - start)

    free = rate(lambda: time.sleep(0.3))

    def during(call: Callable[[], object]) -> float:
        return rate(call) / free

    yield during
    stop.set()
    spinner.join()


def test_matching_extraction_and_building_release_the_gil(
    other_thread_share: Callable[[Callable[[], object]], float], tmp_path: Path
) -> None:
    extractor = gazette.Extractor()
    gazetteer = extractor.gazetteer
    tsv = tmp_path / "g.tsv"
    tsv.write_text("".join(f"Name{i} Place\tGPE\tg{i}\n" for i in range(200_000)), encoding="utf-8")
    calls: dict[str, Callable[[], object]] = {
        "find": lambda: gazetteer.find(TEXT),
        "extract": lambda: extractor.extract(TEXT),
        "extract_many": lambda: extractor.extract_many([TEXT[:20_000]] * 200, threads=1),
        "from_tsv": lambda: gazette.Gazetteer.from_tsv(tsv),
    }
    for name, call in calls.items():
        assert other_thread_share(call) > 0.2, f"{name} held the GIL"
    # One long C call that keeps the GIL, to show that the check tells the difference.
    numbers = [(i * 7919) % 1_000_003 / 3 for i in range(1_000_000)]
    assert other_thread_share(lambda: sorted(numbers)) < 0.2, "the check cannot tell"
