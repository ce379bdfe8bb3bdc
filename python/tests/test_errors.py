"""Errors: one hierarchy rooted in GazetteError (a ValueError), carrying the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

import gazette


def test_load_errors_carry_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "type": "GPE", "name": "A"}\n\n{"id": "b", "type": "GPE"}\n', encoding="utf-8")
    with pytest.raises(gazette.EntityError) as info:
        gazette.Gazetteer.from_jsonl(path)
    err = info.value
    assert isinstance(err, gazette.GazetteError) and isinstance(err, ValueError)
    assert (err.path, err.line, err.kind) == (str(path), 3, "missing field")
    assert str(err).startswith(f"{path}:3: ")
    assert "name" in err.message


def test_tsv_format_errors_are_parse_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("Iraq\tGPE\tiraq\nno tabs here\n", encoding="utf-8")
    with pytest.raises(gazette.ParseError, match=r"bad\.tsv:2: expected 3 tab-separated fields") as info:
        gazette.Gazetteer.from_tsv(path)
    assert info.value.line == 2


def test_entity_dicts_report_their_position() -> None:
    with pytest.raises(gazette.EntityError) as info:
        gazette.Gazetteer([{"id": "a", "type": "GPE", "name": "A"}, {"id": "a", "type": "ORG", "name": "B"}])
    assert info.value.line == 2 and info.value.path is None
    assert info.value.kind == "conflicting type"
    with pytest.raises(gazette.ParseError):
        gazette.Gazetteer(["not a dict"])  # type: ignore[list-item]


def test_corrupt_saved_file(tmp_path: Path, sample_gazetteer: gazette.Gazetteer) -> None:
    path = tmp_path / "g.gaz"
    path.write_bytes(sample_gazetteer.to_bytes()[:-1])
    with pytest.raises(gazette.SavedFileError) as info:
        gazette.Gazetteer.load(path)
    assert info.value.path == str(path)
    with pytest.raises(gazette.SavedFileError):
        gazette.Gazetteer.from_bytes(b"not a gazetteer")


def test_missing_files_raise_file_not_found_with_the_name(tmp_path: Path) -> None:
    for load in (gazette.Gazetteer.load, gazette.Gazetteer.from_jsonl, gazette.Gazetteer.from_tsv):
        with pytest.raises(FileNotFoundError) as info:
            load(tmp_path / "missing")
        assert info.value.filename == str(tmp_path / "missing")
