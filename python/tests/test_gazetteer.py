"""Building, loading, saving and matching from Python; offsets in code points."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import gazette


def test_offsets_are_code_points_for_accents_emoji_cjk_and_curly_apostrophes(
    sample_gazetteer: gazette.Gazetteer,
) -> None:
    text = "🎉 In Côte d’Ivoire’s capital, 東京 and ZÜRICH 🇨🇭 met the US. Matthew Miller told Reuters."
    found = sample_gazetteer.find(text)
    assert [m.entity_id for m in found] == ["cdi", "tokyo", "zurich", "us", "miller", "reuters"]
    for m in found:
        assert text[m.start : m.end] == m.text
    assert found[0].text == "Côte d’Ivoire"
    assert found[1].text == "東京"


def test_mention_fields(sample_gazetteer: gazette.Gazetteer) -> None:
    (m,) = sample_gazetteer.find("Hello Zurich.")
    assert (m.start, m.end, m.text, m.entity_id, m.type, m.name, m.resolution) == (
        6,
        12,
        "Zurich",
        "zurich",
        "CITY",
        "Zürich",
        "gazetteer",
    )
    assert repr(m) == "Mention(start=6, end=12, text='Zurich', entity_id='zurich', type='CITY')"
    assert m == sample_gazetteer.find("Hello Zurich.")[0]
    again = sample_gazetteer.find("Zurich, Zurich.")
    assert again[0] != again[1] and (again[0].text, again[0].entity_id) == (again[1].text, again[1].entity_id)


def test_jsonl_tsv_and_dicts_build_the_same_matches(tmp_path: Path) -> None:
    entities: list[dict[str, object]] = [
        {"id": "iraq", "type": "GPE", "name": "Iraq", "aliases": ["Republic of Iraq"]},
        {"id": "miller", "type": "PERSON", "name": "Matthew Miller"},
    ]
    (tmp_path / "g.jsonl").write_text("\n".join(json.dumps(e) for e in entities), encoding="utf-8")
    (tmp_path / "g.tsv").write_text(
        "Iraq\tGPE\tiraq\nRepublic of Iraq\tGPE\tiraq\nMatthew Miller\tPERSON\tmiller\n", encoding="utf-8"
    )
    text = "Matthew Miller visited the Republic of Iraq. Miller left Iraq."
    expected = gazette.Gazetteer(entities).find(text)
    assert [m.text for m in expected] == ["Matthew Miller", "Republic of Iraq", "Miller", "Iraq"]
    assert gazette.Gazetteer.from_jsonl(tmp_path / "g.jsonl").find(text) == expected
    assert gazette.Gazetteer.from_tsv(str(tmp_path / "g.tsv")).find(text) == expected


def test_options_are_keywords() -> None:
    entities = [{"id": "m", "type": "PERSON", "name": "Matthew Miller"}, {"id": "s", "type": "PERSON", "name": "Súdani"}]
    plain = gazette.Gazetteer(entities, fold_diacritics=False, document_resolution=False)
    assert [m.text for m in plain.find("Matthew Miller met Sudani. Miller and Súdani left.")] == [
        "Matthew Miller",
        "Súdani",
    ]
    # Names are proper nouns unless told otherwise (for text written in lowercase).
    turkey = [{"id": "tr", "type": "GPE", "name": "Turkey"}]
    assert gazette.Gazetteer(turkey).find("the turkey was cold") == []
    assert [m.text for m in gazette.Gazetteer(turkey, proper_nouns=False).find("the turkey was cold")] == ["turkey"]


def test_save_load_and_bytes_round_trip(tmp_path: Path, sample_gazetteer: gazette.Gazetteer) -> None:
    text = "Matthew Miller told Reuters about Zürich."
    sample_gazetteer.save(tmp_path / "g.gaz")
    loaded = gazette.Gazetteer.load(tmp_path / "g.gaz")
    assert loaded.find(text) == sample_gazetteer.find(text)
    assert len(loaded) == len(sample_gazetteer) == 6
    assert (tmp_path / "g.gaz").read_bytes() == sample_gazetteer.to_bytes()
    assert gazette.Gazetteer.from_bytes(sample_gazetteer.to_bytes()).find(text) == sample_gazetteer.find(text)


def test_from_path_takes_jsonl_tsv_and_saved_gazetteers(tmp_path: Path, sample_gazetteer: gazette.Gazetteer) -> None:
    text = "Matthew Miller told Reuters about Zürich."
    # A saved gazetteer under any name, with the options it was saved with.
    sample_gazetteer.save(tmp_path / "names.bin")
    assert gazette.Gazetteer.from_path(tmp_path / "names.bin").find(text) == sample_gazetteer.find(text)
    (tmp_path / "g.tsv").write_text("Iraq\tGPE\tiraq\n", encoding="utf-8")
    assert [m.entity_id for m in gazette.Gazetteer.from_path(str(tmp_path / "g.tsv")).find("Iraq")] == ["iraq"]
    (tmp_path / "g.csv").write_text("Iraq,GPE,iraq\n", encoding="utf-8")
    with pytest.raises(gazette.GazetteError, match="unknown gazetteer format"):
        gazette.Gazetteer.from_path(tmp_path / "g.csv")
    with pytest.raises(FileNotFoundError):
        gazette.Gazetteer.from_path(tmp_path / "missing.gaz")


def test_embedded_gazetteer() -> None:
    g = gazette.Gazetteer.embedded()
    assert len(g) > 1000
    assert [m.type for m in g.find("Iraqi officials told Reuters in Baghdad.")] == ["NORP", "MEDIA", "CITY"]
    assert repr(g).startswith("Gazetteer(entities=")


def test_find_needs_a_str(sample_gazetteer: gazette.Gazetteer) -> None:
    with pytest.raises(TypeError):
        sample_gazetteer.find(b"bytes")  # type: ignore[arg-type]


NAMES = ["Côte d’Ivoire", "Zürich", "東京", "Matthew Miller", "Reuters", "US"]


@given(
    st.lists(
        st.one_of(st.sampled_from(NAMES), st.text(max_size=8), st.sampled_from([" ", "’s ", "🇨🇭", "\n", "-"])),
        max_size=30,
    )
)
def test_offsets_index_the_str_for_any_text(sample_gazetteer: gazette.Gazetteer, pieces: list[str]) -> None:
    text = "".join(pieces)
    doc = gazette.Extractor(sample_gazetteer).extract(text)
    assert sample_gazetteer.find(text) == doc.mentions
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
    for c in doc.claims:
        for start, end in [*c.content_spans, *c.source_spans, (c.cue_start, c.cue_end)]:
            assert 0 <= start <= end <= len(text)


def test_with_default_adds_the_embedded_gazetteer_after_ones_own_entities(tmp_path: Path) -> None:
    entities = [{"id": "iraq", "type": "GPE", "name": "Iraq"}]
    (tmp_path / "own.jsonl").write_text(json.dumps(entities[0]) + "\n")
    for g in [
        gazette.Gazetteer(entities, with_default=True),
        gazette.Gazetteer.from_jsonl(tmp_path / "own.jsonl", with_default=True),
    ]:
        # The default's demonym and city, and one's own entity for the name both have.
        assert [m.entity_id for m in g.find("Iraqi officials in Iraq and Baghdad")] == [
            "norp:IQ",
            "iraq",
            "geonames:98182",
        ]
    assert [m.entity_id for m in gazette.Gazetteer(entities).find("Iraqi officials in Iraq")] == ["iraq"]
    with pytest.raises(gazette.GazetteError, match="embedded default gazetteer"):
        gazette.Gazetteer([{"id": "country:US", "type": "ORG", "name": "US Inc"}], with_default=True)
