"""Views of a Document for notebooks: HTML with mentions and claims marked (displaCy-like), and pandas."""

from __future__ import annotations

import html
import importlib
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gazette._gazette import Claim, Document

# Colours of the embedded gazetteer's types and the usual others; any other type gets one from its name.
_COLOURS = {
    "PERSON": "#aa9cfc",
    "ORG": "#7aecec",
    "GPE": "#feca74",
    "NORP": "#c887fb",
    "CITY": "#ffd966",
    "US_STATE": "#f5d58b",
    "LOC": "#ff9561",
    "MEDIA": "#9cc9cc",
}
_ROLE_STYLE = {
    "source": "border-bottom: 3px solid #1f77b4",
    "cue": "font-weight: bold; color: #b00020",
    "content": "background: #eef6e8; border-bottom: 2px dotted #2e7d32",
    "medium": "font-style: italic; border-bottom: 3px double #8c564b",
}
_STYLE = """
.gz-doc { line-height: 2.4; font-family: sans-serif; white-space: pre-wrap; }
.gz-doc mark { padding: 0.2em 0.35em; margin: 0 0.1em; border-radius: 0.35em; }
.gz-label { font-size: 0.65em; font-weight: bold; margin-left: 0.4em; vertical-align: middle; }
.gz-claims { border-collapse: collapse; margin-top: 1em; font-family: sans-serif; font-size: 0.9em; }
.gz-claims th, .gz-claims td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }
"""


def _colour(kind: str) -> str:
    return _COLOURS.get(kind) or f"hsl({zlib.crc32(kind.encode()) % 360}, 70%, 80%)"


def _claim_spans(claim: Claim) -> list[tuple[str, int, int]]:
    spans = [("content", s, e) for s, e in claim.content_spans] + [("cue", claim.cue_start, claim.cue_end)]
    spans += [("source", s, e) for s, e in claim.source_spans]
    if claim.medium_start is not None and claim.medium_end is not None:
        spans.append(("medium", claim.medium_start, claim.medium_end))
    return spans


def to_html(doc: Document) -> str:
    """The text with every mention marked by type and every claim's source, cue, content and medium,
    then a table of the claims."""
    text = doc.text
    mentions = doc.mentions
    claims = doc.claims
    roles: list[tuple[str, int, int, int]] = [
        (role, s, e, n) for n, c in enumerate(claims, 1) for role, s, e in _claim_spans(c) if s < e
    ]
    # Cut the text at every edge so that each piece has one set of roles and lies inside or outside a mention.
    cuts = sorted({0, len(text)} | {x for m in mentions for x in (m.start, m.end)} | {x for r in roles for x in r[1:3]})
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    out = [f"<style>{_STYLE}</style><div class='gz-doc'>"]
    for a, b in zip(cuts, cuts[1:]):
        if a in starts:
            m = starts[a]
            title = html.escape(f"{m.name} ({m.entity_id}, {m.resolution})", quote=True)
            out.append(
                f"<mark class='gz-mention' data-type='{html.escape(m.type, quote=True)}' "
                f"data-entity='{html.escape(m.entity_id, quote=True)}' title='{title}' "
                f"style='background: {_colour(m.type)}'>"
            )
        piece = html.escape(text[a:b])
        here = [(role, n) for role, s, e, n in roles if s <= a and b <= e]
        if here:
            style = "; ".join(dict.fromkeys(_ROLE_STYLE[role] for role, _ in here))
            names = " ".join(dict.fromkeys(role for role, _ in here))
            numbers = " ".join(dict.fromkeys(str(n) for _, n in here))
            piece = f"<span class='gz-claim' data-role='{names}' data-claim='{numbers}' style='{style}'>{piece}</span>"
        out.append(piece)
        if b in ends and ends[b].start < b:
            out.append(f"<span class='gz-label'>{html.escape(ends[b].type)}</span></mark>")
    out.append("</div>")
    if claims:
        out.append(
            "<table class='gz-claims'><tr><th>#</th><th>source</th><th>cue</th><th>content</th>"
            "<th>medium</th><th>kind</th></tr>"
        )
        for n, c in enumerate(claims, 1):
            content = " … ".join(text[s:e] for s, e in c.content_spans)
            medium = c.medium_text or ""
            cells = [str(n), c.source_text or c.source_kind, text[c.cue_start : c.cue_end], content, medium, c.kind]
            out.append("<tr>" + "".join(f"<td>{html.escape(x)}</td>" for x in cells) + "</tr>")
        out.append("</table>")
    return "".join(out)


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
