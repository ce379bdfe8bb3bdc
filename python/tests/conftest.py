"""Shared fixtures: the seed article and gazetteer from ../shared when present. Without them the tests that need
them are skipped, with the reason; with GAZETTE_REQUIRE_SHARED set (as `make test` sets it when it sees the data)
they fail instead."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import gazette

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("GAZETTE_SHARED") or REPO.parent / "shared")
SEED = SHARED / "seed"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not (SEED / "article.txt").exists():
        reason = f"the seed article is not at {SEED} (set GAZETTE_SHARED to the shared folder)"
        if os.environ.get("GAZETTE_REQUIRE_SHARED"):
            pytest.fail(reason)
        pytest.skip(reason)
    return (SEED / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_extractor(seed_text: str) -> gazette.Extractor:
    return gazette.Extractor(gazette.Gazetteer.from_jsonl(SEED / "gazetteer.jsonl"))


@pytest.fixture(scope="session")
def sample_gazetteer() -> gazette.Gazetteer:
    return gazette.Gazetteer(
        [
            {"id": "cdi", "type": "GPE", "name": "Côte d’Ivoire"},
            {"id": "zurich", "type": "CITY", "name": "Zürich"},
            {"id": "tokyo", "type": "CITY", "name": "Tokyo", "aliases": ["東京"]},
            {"id": "miller", "type": "PERSON", "name": "Matthew Miller"},
            {"id": "reuters", "type": "MEDIA", "name": "Reuters"},
            {"id": "us", "type": "GPE", "name": "United States", "aliases": ["US"]},
        ]
    )


def chromium(page: Path, tmp: Path, *args: str) -> str:
    """Headless Chromium on a local page with `args` (such as --dump-dom), without network or profile state;
    its stdout. Skips the test when Chromium is not installed."""
    binary = shutil.which("chromium")
    if binary is None:
        pytest.skip("chromium is not installed (make test-python installs it: apt-get install -y chromium)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    flags += ["--disable-component-update", "--disable-sync", f"--user-data-dir={tmp / 'profile'}"]
    run = subprocess.run([binary, *flags, *args, page.as_uri()], capture_output=True, text=True, timeout=120, check=True)
    return run.stdout
