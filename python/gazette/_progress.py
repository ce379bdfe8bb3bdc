"""The progress bar of `Extractor.extract_many`: tqdm's when it is installed, else a plain one on stderr."""

from __future__ import annotations

import importlib
import sys
from typing import Protocol


class Bar(Protocol):
    def update(self, n: int) -> object: ...
    def close(self) -> None: ...


class _StderrBar:
    """A one-line bar redrawn in place, for when tqdm is not installed."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self._draw()

    def update(self, n: int) -> None:
        self.done += n
        self._draw()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()

    def _draw(self) -> None:
        width = 30
        filled = width * self.done // self.total if self.total else width
        sys.stderr.write(f"\rextracting [{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
        sys.stderr.flush()


def bar(total: int) -> Bar:
    try:
        tqdm = importlib.import_module("tqdm.auto").tqdm
    except ImportError:
        return _StderrBar(total)
    found: Bar = tqdm(total=total, unit="doc", desc="extracting")
    return found
