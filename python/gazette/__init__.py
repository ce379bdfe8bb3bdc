"""gazette: who is mentioned in news text, and who said what.

>>> import gazette
>>> doc = gazette.Extractor().extract("Iraqi officials told Reuters that talks would resume.")
>>> [(m.text, m.type) for m in doc.mentions]
[('Iraqi', 'NORP'), ('Reuters', 'MEDIA')]

Offsets are code points: ``text[m.start:m.end] == m.text``.
"""

from gazette._gazette import (
    Claim,
    Document,
    EntityError,
    Extractor,
    GazetteError,
    Gazetteer,
    Mention,
    ParseError,
    SavedFileError,
    Speaker,
    __version__,
)

__all__ = [
    "Claim",
    "Document",
    "EntityError",
    "Extractor",
    "GazetteError",
    "Gazetteer",
    "Mention",
    "ParseError",
    "SavedFileError",
    "Speaker",
    "__version__",
]
