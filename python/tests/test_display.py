"""The notebook view (the core's renderer): the seed document's HTML marks mentions by type and claims by role,
and renders."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import gazette

from conftest import chromium


def test_html_marks_every_mention_and_claim_role(seed_text: str, seed_extractor: gazette.Extractor) -> None:
    doc = seed_extractor.extract(seed_text)
    page = doc._repr_html_()
    marks = re.findall(r"<mark class='gz-mention' data-type='([A-Z_]+)' data-entity='([^']+)'", page)
    assert marks == [(m.type, m.entity_id) for m in doc.mentions]
    assert page.count("<span class='gz-label'>") == len(doc.mentions)
    roles = set(re.findall(r"data-role='([a-z ]+)'", page))
    assert {"source", "cue", "content", "medium"} <= {r for rs in roles for r in rs.split()}
    assert page.count("<tr>") == len(doc.claims) + 1
    assert "<td>US Ambassador to Iraq Alina L. Romanowski</td>" in page


def test_html_escapes_the_text() -> None:
    html = gazette.Extractor().extract("<b>Iraq</b> & Iran")._repr_html_()
    assert "&lt;b&gt;" in html and "&amp;" in html and "<b>" not in html


def test_headless_chromium_renders_the_seed_document(
    seed_text: str, seed_extractor: gazette.Extractor, tmp_path: Path
) -> None:
    page = tmp_path / "doc.html"
    page.write_text(f"<!doctype html><meta charset='utf-8'>{seed_extractor.extract(seed_text)._repr_html_()}")
    dom = chromium(page, tmp_path, "--dump-dom")
    assert dom.count('class="gz-mention"') == len(seed_extractor.find(seed_text))
    assert 'data-role="cue"' in dom and 'data-role="source"' in dom
    shot = tmp_path / "doc.png"
    chromium(page, tmp_path, f"--screenshot={shot}", "--window-size=1200,3000")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000


def test_a_pickled_document_shows_the_same_view(seed_text: str, seed_extractor: gazette.Extractor) -> None:
    doc = seed_extractor.extract(seed_text)
    assert pickle.loads(pickle.dumps(doc))._repr_html_() == doc._repr_html_()
