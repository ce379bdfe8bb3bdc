"""The Spark example in local[2] mode: the pickled extractor gives what single-process extraction gives."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Iterator

import pytest

import gazette

from conftest import REPO

pyspark_sql = pytest.importorskip("pyspark.sql")

PEOPLE = ["Matthew Miller", "Alina L. Romanowski", "Mohammed Shia al-Sudani", "Zoë Ångström", "李明"]
PLACES = ["Côte d’Ivoire", "Iraq", "Zürich", "東京"]
SHAPES = [
    "“Talks with {place} are ongoing,” {person} told Reuters on day {n}.",
    "{person} said that {place} would host the summit in {n} weeks. Officials said nothing 🎉.",
    "According to AFP, {person} has visited {place} {n} times, a source said.",
    "Nothing here but {place} and the number {n}.",
]


def articles() -> list[tuple[str, str]]:
    out = []
    for n in range(300):
        shape = SHAPES[n % len(SHAPES)]
        text = shape.format(person=PEOPLE[n % len(PEOPLE)], place=PLACES[n % len(PLACES)], n=n)
        out.append((f"doc{n}", text))
    return out


@pytest.fixture(scope="module")
def spark() -> Iterator[object]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("gazette-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_extraction_equals_single_process(spark: object) -> None:
    spec = importlib.util.spec_from_file_location("spark_extract", REPO / "examples" / "python" / "spark_extract.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)

    entities = [{"id": f"p{i}", "type": "PERSON", "name": name} for i, name in enumerate(PEOPLE)]
    entities += [{"id": f"g{i}", "type": "GPE", "name": name} for i, name in enumerate(PLACES)]
    entities += [{"id": "reuters", "type": "MEDIA", "name": "Reuters"}, {"id": "afp", "type": "MEDIA", "name": "AFP"}]
    extractor = gazette.Extractor(gazette.Gazetteer(entities))
    rows = articles()
    frame = spark.createDataFrame(rows, "id string, text string").repartition(4)  # type: ignore[attr-defined]
    got = {r["id"]: json.loads(r["json"]) for r in example.extract_frame(extractor, frame).collect()}
    expected = {i: extractor.extract(text).to_dict() for i, text in rows}
    assert got == expected
    assert sum(len(d["quotes"]) for d in got.values()) >= 100
