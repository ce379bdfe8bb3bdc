"""gazette in five steps: a gazetteer, mentions, claims, many documents, and saving for later.

    python examples/python/quickstart.py
"""

from __future__ import annotations

import pickle
import tempfile
from pathlib import Path

import gazette

# 1. A gazetteer from dicts (or gazette.Gazetteer.from_jsonl / from_tsv files, or the embedded default).
gazetteer = gazette.Gazetteer(
    [
        {"id": "miller", "type": "PERSON", "name": "Matthew Miller"},
        {"id": "reuters", "type": "MEDIA", "name": "Reuters"},
        {"id": "cdi", "type": "GPE", "name": "Côte d’Ivoire", "aliases": ["Ivory Coast"]},
    ]
)

# 2. Mentions: offsets are code points, so text[m.start:m.end] == m.text whatever the script.
text = "“Talks with Cote d'Ivoire are ongoing,” Matthew Miller told Reuters. Miller then left for Abidjan."
for m in gazetteer.find(text):
    print(f"{m.start:3}-{m.end:<3} {m.text!r:20} {m.type:7} {m.entity_id} ({m.resolution})")

# 3. Claims: who said what, through which medium.
extractor = gazette.Extractor(gazetteer)
doc = extractor.extract(text)
for c in doc.claims:
    content = " … ".join(text[s:e] for s, e in c.content_spans)
    print(f"{c.speaker or c.source_text} [{c.cue_lemma}, via {c.medium_text}]: {content}")

# 4. Many documents on every core, the GIL released; the embedded gazetteer when none is given.
docs = gazette.Extractor().extract_many(["Iraqi officials told Reuters the talks resumed."] * 1000)
print(len(docs), "documents;", docs[0].to_dict()["quotes"][0]["source_text"])

# 5. Saved and pickled gazetteers load fast (the pickle carries the saved binary form).
with tempfile.TemporaryDirectory() as tmp:
    gazetteer.save(Path(tmp) / "people.gaz")
    assert gazette.Gazetteer.load(Path(tmp) / "people.gaz").find(text) == gazetteer.find(text)
assert pickle.loads(pickle.dumps(extractor)).extract(text).to_dict() == doc.to_dict()
