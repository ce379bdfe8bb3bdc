#!/usr/bin/env python3
"""Writes the seed corpus, fuzz/seeds/TARGET/*: small hand-written inputs in each target's format (see the
comment at the top of each fuzz_targets/TARGET.rs). Run it after changing a format; its output is committed."""

import json
import struct
from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "seeds"

JSONL = "\n".join(
    json.dumps(e, ensure_ascii=False)
    for e in [
        {"id": "iraq", "type": "GPE", "name": "Iraq", "aliases": ["Republic of Iraq", "Iraqi"]},
        {"id": "us", "type": "GPE", "name": "United States", "aliases": ["US", "U.S."]},
        {"id": "sudani", "type": "PERSON", "name": "Mohammed Shia al-Sudani", "case_sensitive": False},
        {"id": "zurich", "type": "GPE", "name": "Zürich", "case_sensitive": True},
    ]
) + "\n# a comment\n\n"
TSV = "Iraq\tGPE\tiraq\nIraqi\tGPE_ALT\tiraq\n# comment\r\nCôte d’Ivoire\tGPE\tci\nİstanbul\tCITY\tist\n"
TEXT = (
    "Iraqi Prime Minister Mohammed Shia al-Sudani said on Monday that the US-led coalition would leave. "
    "\u201cWe are ready,\u201d he told Reuters. Al-Sudani\u2019s office, according to officials, denied it. "
    "The Popular Mobilisation Forces (PMF) opined that ZÜRICH and İSTANBUL were calm, insiders said via the X platform."
)


def binary(flags, entities, version=2):
    """The saved form without its checksum (the parse target appends it): see src/persist.rs."""

    def s(x):
        b = x.encode()
        return struct.pack("<I", len(b)) + b

    out = b"GAZETTE\0" + struct.pack("<IBQ", version, flags, len(entities))
    for id_, kind, case, names in entities:
        out += s(id_) + s(kind) + bytes([case]) + struct.pack("<I", len(names)) + b"".join(s(n) for n in names)
    return out


def write(target, name, data):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


write("parse", "jsonl", b"\x00" + JSONL.encode())
write("parse", "tsv", b"\x01" + TSV.encode())
write("parse", "jsonl-bad", b"\x00" + b'{"id": "a", "type": "T"}\n[1, 2]\n{"id": "a", "type": "U", "name": "x"}\n')
write("parse", "tsv-bad", b"\x01" + b"a\tb\nx\tT\t\xff\n")
write("parse", "binary-v1", b"\x02" + binary(3, [("iraq", "GPE", 0, ["Iraq", "Iraqi"]), ("x", "MEDIA", 2, ["X"])], 1))
write("parse", "binary", b"\x02" + binary(7, [("iraq", "GPE", 0, ["Iraq", "Iraqi", "the Gulf"]), ("x", "MEDIA", 2, ["X"])]))

write("match", "basic", "\x01New York\nYork\n=US\n~is\nSúdani\nal Sudani\0New-York and YORKSHIRE, the US is us; al\u2011Sudani's Sudani".encode())
write("match", "proper-nouns", "\0The Netherlands\nTurkey\niPhone\nal-Sudani\nNew York\0the netherlands, the Netherlands, turkey, TURKEY, IPHONE, Al-Sudani, new York".encode())
write("match", "unicode", "\0straße\nİstanbul\nZürich\nﬁn\nσοφία\n東京\ncafe\u0301\0STRASSE in ISTANBUL, zurich, FIN, ΣΟΦΊΑ, 東京 café".encode())

write("extract", "news", TEXT)
write("extract", "quotes", "\u201cTalks will resume,\u201d said Matthew Miller. \"A,\" she said, \"B.\" ROE: no deal.\n\nAsked whether it ends, officials did not rule out strikes.")

short = "\n".join(JSONL.split("\n")[:2]).encode()  # the length byte counts to 255
write("capi", "jsonl", bytes([0x20, len(short)]) + short + TEXT.encode())
write("capi", "tsv", bytes([2, len(TSV.encode())]) + TSV.encode() + TEXT.encode())
entities = b"miller\0PERSON\0Matthew Miller\0Miller\nreuters\0MEDIA\0Reuters"
write("capi", "builder", bytes([0x44, len(entities)]) + entities + TEXT.encode())
write("capi", "invalid", bytes([0x18, 3]) + b"\xff\0\n" + b"Iraq \xc3")
