"""Document.to_pandas: a document's mentions or claims as a DataFrame. (Its HTML view is the core's renderer.)"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gazette._gazette import Document


def to_pandas(doc: Document, what: str) -> Any:
    """A DataFrame of the mentions, the claims or the speakers: the rows of `doc.to_dict()`."""
    key = {"mentions": "mentions", "claims": "quotes", "speakers": "speakers"}.get(what)
    if key is None:
        raise ValueError(f"to_pandas: what must be 'mentions', 'claims' or 'speakers', not {what!r}")
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as e:
        raise ImportError("Document.to_pandas needs pandas: pip install pandas") from e
    rows = doc.to_dict()[key]
    columns = list(rows[0]) if rows else None
    return pandas.DataFrame(rows, columns=columns)
