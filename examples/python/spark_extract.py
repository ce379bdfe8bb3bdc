"""Mentions and claims of a DataFrame of articles with PySpark: the extractor is pickled to the workers.

    python examples/python/spark_extract.py articles.jsonl out/     # {"id", "text"} a line in, Parquet out

Each partition runs `extract_many` on its articles, so a worker uses every core it has; the result holds
each article's id and the `extract --jsonl` line's JSON (mentions and quotes, offsets in code points).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import gazette

RESULT_SCHEMA = "id string, json string"


def extract_frame(extractor: gazette.Extractor, articles: Any) -> Any:
    """A DataFrame of (id, json) for a DataFrame with `id` and `text` columns."""

    def extract_batches(batches: Iterator[Any]) -> Iterator[Any]:
        import pandas  # type: ignore[import-untyped]

        for batch in batches:
            docs = extractor.extract_many(list(batch["text"]))
            yield pandas.DataFrame({"id": batch["id"], "json": [d.to_json() for d in docs]})

    return articles.select("id", "text").mapInPandas(extract_batches, RESULT_SCHEMA)


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("gazette").getOrCreate()
    articles = spark.read.json(argv[1])
    extract_frame(gazette.Extractor(), articles).write.mode("overwrite").parquet(argv[2])
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
