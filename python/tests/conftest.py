"""Shared fixtures: the seed article and gazetteer from ../shared when present. Without them the tests that need
them are skipped, with the reason; with GAZETTE_REQUIRE_SHARED set (as `make test` sets it when it sees the data)
they fail instead."""

from __future__ import annotations

import os
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
