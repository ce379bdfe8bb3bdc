"""Extraction from Python: documents, many documents on every core, pickling, pandas."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys

import cloudpickle  # type: ignore[import-untyped]
import pytest

import gazette

from conftest import REPO, SEED

TEXT = "Talks will resume, officials said. State Department spokesperson Matthew Miller told Reuters that discussions are ongoing."


def test_extract_gives_mentions_and_claims(sample_gazetteer: gazette.Gazetteer) -> None:
    doc = gazette.Extractor(sample_gazetteer).extract(TEXT)
    assert doc.text == TEXT
    assert [m.text for m in doc.mentions] == ["Matthew Miller", "Reuters"]
    assert len(doc.claims) == 2
    anonymous, miller = doc.claims
    assert anonymous.source_kind == "anonymous" and anonymous.source_text == "officials"
    assert (miller.speaker, miller.entity_id, miller.medium_text) == ("Matthew Miller", "miller", "Reuters")
    assert [TEXT[s:e] for s, e in miller.content_spans] == ["discussions are ongoing"]
    assert TEXT[miller.cue_start : miller.cue_end] == "told" and miller.cue_lemma == "tell"
    assert repr(doc) == "Document(mentions=2, claims=2, speakers=1)"


def test_each_claim_points_to_its_speaker() -> None:
    extractor = gazette.Extractor(gazette.Gazetteer([{"id": "miller", "type": "PERSON", "name": "Matthew Miller"}]))
    text = (
        "🎉 Matthew Miller told Reuters that talks would resume. He said Iraq agreed. Officials said nothing. "
        "Elena Marković said the talks were over."
    )
    doc = extractor.extract(text)
    miller, markovic = doc.speakers
    assert (miller.id, miller.name, miller.entity_id, miller.type) == (0, "Matthew Miller", "miller", "PERSON")
    assert miller.claims == 2
    assert [text[s:e] for s, e in miller.mentions] == ["Matthew Miller", "He"]  # code points
    assert (markovic.id, markovic.name, markovic.entity_id, markovic.claims) == (1, "Elena Marković", None, 1)
    assert [c.speaker_id for c in doc.claims] == [0, 0, None, 1]
    assert [c.speaker for c in doc.claims] == ["Matthew Miller", "Matthew Miller", None, "Elena Marković"]
    assert repr(miller) == "Speaker(id=0, name='Matthew Miller', entity_id='miller', type='PERSON', claims=2)"
    assert miller == pickle.loads(pickle.dumps(miller)) != markovic


def attributes(result: object) -> dict[str, object]:
    """Every public attribute of a Mention, Claim or Speaker, spans as lists as JSON writes them."""
    names = [a for a in dir(type(result)) if not a.startswith("_")]
    spans = [a for a in names if a.endswith("_spans") or (a == "mentions" and isinstance(result, gazette.Speaker))]
    return {a: [list(s) for s in getattr(result, a)] if a in spans else getattr(result, a) for a in names}


def test_every_attribute_agrees_with_to_dict_field_by_field(
    seed_text: str, seed_extractor: gazette.Extractor, sample_gazetteer: gazette.Gazetteer
) -> None:
    # Content interrupted by its cue, a medium, a partial name, non-ASCII before every offset; ASCII text (whose
    # code points are its bytes); in the seed article, a source with a relative pronoun ("..., who ...").
    text = "🎉 “Côte d’Ivoire is ready,” Matthew Miller told Reuters, “and so are we.” Miller said so."
    extractor = gazette.Extractor(sample_gazetteer)
    docs = [extractor.extract(text), extractor.extract(TEXT), seed_extractor.extract(seed_text)]
    for doc in docs:
        d = doc.to_dict()
        assert d == json.loads(doc.to_json())
        assert set(d) == {"mentions", "quotes", "speakers"}
        assert [attributes(m) for m in doc.mentions] == d["mentions"]
        assert [attributes(c) for c in doc.claims] == d["quotes"]
        assert [attributes(s) for s in doc.speakers] == d["speakers"]
    claims = [c for doc in docs for c in doc.claims]
    assert all(doc.speakers for doc in docs)
    assert any(len(c.content_spans) > 1 for c in claims) and any(len(c.source_spans) > 1 for c in claims)
    assert {m.resolution for doc in docs for m in doc.mentions} == {"gazetteer", "partial"}


def test_to_dict_equals_the_gazette_commands_jsonl_line(seed_text: str, seed_extractor: gazette.Extractor) -> None:
    binary = REPO / "target" / "debug" / "gazette"
    if not binary.exists():
        pytest.skip(f"{binary} is not built (make test-python builds it)")
    line = json.dumps({"id": "seed", "text": seed_text})
    out = subprocess.run(
        [str(binary), "extract", "--jsonl", "--quiet", "--no-default", "--gazetteer", str(SEED / "gazetteer.jsonl")],
        input=line,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    expected = json.loads(out)
    assert expected.pop("id") == "seed"
    assert seed_extractor.extract(seed_text).to_dict() == expected
    assert len(expected["speakers"]) > 1 and any(q["speaker_id"] is None for q in expected["quotes"])


def test_find_agrees_with_extract(sample_gazetteer: gazette.Gazetteer) -> None:
    extractor = gazette.Extractor(sample_gazetteer)
    assert extractor.find(TEXT) == extractor.extract(TEXT).mentions == sample_gazetteer.find(TEXT)


def test_the_default_extractor_uses_the_embedded_gazetteer() -> None:
    extractor = gazette.Extractor()
    doc = extractor.extract("Iraqi officials told Reuters that talks would resume.")
    assert [(m.text, m.type) for m in doc.mentions] == [("Iraqi", "NORP"), ("Reuters", "MEDIA")]
    assert doc.claims[0].medium_entity_id == "media:reuters"
    assert len(extractor.gazetteer) == len(gazette.Gazetteer.embedded())


def test_extract_many_equals_extract_in_order(seed_text: str, seed_extractor: gazette.Extractor) -> None:
    paragraphs = [p for p in seed_text.split("\n") if p.strip()] * 5
    # 3 MB, in several chunks (of 1 MB of text a thread); each text shifted, so that an order mix-up shows.
    long_texts = [" " * i + seed_text * 64 for i in range(12)]
    for texts in (paragraphs, long_texts):
        one_by_one = [seed_extractor.extract(t).to_dict() for t in texts]
        for threads in (None, 0, 1, 2, 3):  # None and 0: every core, as in Rust and C
            docs = seed_extractor.extract_many(texts, threads=threads)
            assert [d.to_dict() for d in docs] == one_by_one
            assert [d.text for d in docs] == texts
    assert seed_extractor.extract_many(iter([])) == []
    with pytest.raises(TypeError):
        seed_extractor.extract_many([TEXT, 3])  # type: ignore[list-item]


def test_extract_many_shows_progress_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    sys.modules["tqdm"] = None  # type: ignore[assignment]
    try:
        docs = gazette.Extractor().extract_many(["Iraq said so."] * 300, progress=True)
    finally:
        del sys.modules["tqdm"]
    assert len(docs) == 300
    assert "300/300" in capsys.readouterr().err


@pytest.mark.parametrize("dumps", [pickle.dumps, cloudpickle.dumps])
def test_pickled_gazetteers_and_extractors_give_identical_results(
    dumps: object, sample_gazetteer: gazette.Gazetteer
) -> None:
    assert callable(dumps)
    gaz = pickle.loads(dumps(sample_gazetteer))
    assert isinstance(gaz, gazette.Gazetteer)
    assert gaz.find(TEXT) == sample_gazetteer.find(TEXT)
    assert gaz.to_bytes() == sample_gazetteer.to_bytes()
    for extractor in (gazette.Extractor(sample_gazetteer), gazette.Extractor()):
        back = pickle.loads(dumps(extractor))
        assert isinstance(back, gazette.Extractor)
        assert back.extract(TEXT).to_dict() == extractor.extract(TEXT).to_dict()


@pytest.mark.parametrize("dumps", [pickle.dumps, cloudpickle.dumps])
def test_documents_mentions_and_claims_pickle_for_spark_results(
    dumps: object, sample_gazetteer: gazette.Gazetteer
) -> None:
    assert callable(dumps)
    doc = gazette.Extractor(sample_gazetteer).extract("🎉 " + TEXT)
    back = pickle.loads(dumps(doc))  # before its mentions, claims and speakers were asked for
    assert repr(back) == repr(doc) == "Document(mentions=2, claims=2, speakers=1)"
    assert (back.text, back.mentions, back.claims, back.to_dict()) == (doc.text, doc.mentions, doc.claims, doc.to_dict())
    assert back.speakers == doc.speakers and doc.speakers[0].mentions
    assert pickle.loads(dumps(back)).to_dict() == doc.to_dict()
    assert pickle.loads(dumps(doc.mentions)) == doc.mentions
    assert pickle.loads(dumps(doc.claims)) == doc.claims
    assert pickle.loads(dumps(doc.speakers)) == doc.speakers
    with pytest.raises(ValueError, match="not a pickled gazette object"):
        gazette.Mention._from_json('{"start": 1}')


def test_the_embedded_extractor_pickles_small() -> None:
    assert len(pickle.dumps(gazette.Extractor())) < 200


def test_to_pandas(sample_gazetteer: gazette.Gazetteer) -> None:
    doc = gazette.Extractor(sample_gazetteer).extract(TEXT)
    mentions = doc.to_pandas()
    assert list(mentions["text"]) == ["Matthew Miller", "Reuters"]
    claims = doc.to_pandas("claims")
    assert list(claims["source_text"]) == ["officials", "State Department spokesperson Matthew Miller"]
    assert list(claims["speaker_id"].isna()) == [True, False] and claims["speaker_id"][1] == 0
    speakers = doc.to_pandas("speakers")
    assert list(speakers.columns) == ["claims", "entity_id", "id", "mentions", "name", "type"]
    assert list(speakers["name"]) == ["Matthew Miller"] and list(speakers["claims"]) == [1]
    with pytest.raises(ValueError, match="'mentions', 'claims' or 'speakers'"):
        doc.to_pandas("quotes")  # type: ignore[arg-type]


def test_to_pandas_without_pandas_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        gazette.Extractor().extract("Iraq.").to_pandas()


def test_words_added_to_the_lexicons_count_and_survive_pickling(sample_gazetteer: gazette.Gazetteer) -> None:
    texts = ["“Talks are ongoing,” opined Matthew Miller.", "Talks are ongoing, insiders said via the newsletter."]
    plain = gazette.Extractor(sample_gazetteer)
    assert [[(c.cue_lemma, c.medium_text) for c in d.claims] for d in plain.extract_many(texts)] == [
        [],
        [("say", None)],
    ]
    extractor = gazette.Extractor(sample_gazetteer, cues=["opine"], media_nouns=["newsletter"])
    assert [[(c.cue_lemma, c.medium_text) for c in d.claims] for d in extractor.extract_many(texts)] == [
        [("opine", None)],
        [("say", "the newsletter")],
    ]
    back = pickle.loads(pickle.dumps(extractor))
    assert [d.to_dict() for d in back.extract_many(texts)] == [d.to_dict() for d in extractor.extract_many(texts)]
    with pytest.raises(gazette.GazetteError, match="empty cue"):
        gazette.Extractor(cues=[" "])
    with pytest.raises(TypeError):
        gazette.Extractor(cues="opine")


def test_defaults_as_in_rust_and_c() -> None:
    """The defaults Rust and C share (tests/defaults.rs, tests/c/test.c): no gazetteer is the embedded one, an
    empty gazetteer gives claims only, with_default puts the caller's entities first, threads=0 is every core."""
    text = "Iraqi officials told Reuters that talks in Iraq would resume."
    default = gazette.Extractor(None).extract(text)
    assert [m.entity_id for m in default.mentions] == ["norp:IQ", "media:reuters", "country:IQ"]
    claims_only = gazette.Extractor(gazette.Gazetteer([])).extract(text)
    assert claims_only.mentions == [] and len(claims_only.claims) == 1
    mine = gazette.Gazetteer([{"id": "iraq", "type": "GPE", "name": "Iraq"}], with_default=True)
    assert [m.entity_id for m in gazette.Extractor(mine).extract(text).mentions] == ["norp:IQ", "media:reuters", "iraq"]
    assert len(gazette.Extractor(mine).extract_many([text] * 3, threads=0)) == 3
