"""An article's text as HTML with its facts highlighted — every piece of text escaped, so nothing
from an article can run in the page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from accords.read.entities import fold

# Highest priority first: where spans overlap, the more specific fact is shown.
PRIORITY = ("trigger", "figure", "date", "PER", "ORG", "LOC")
CSS = {"trigger": "hl-trigger", "figure": "hl-figure", "date": "hl-date", "PER": "hl-per", "ORG": "hl-org",
       "LOC": "hl-loc"}
LABELS = {"trigger": "agreement", "figure": "figure", "date": "date", "PER": "person", "ORG": "organisation",
          "LOC": "place"}


@dataclass(slots=True)
class Mark:
    start: int
    end: int
    kind: str
    title: str
    anchor: str | None = None


def marks(reading: dict[str, Any], text: str) -> list[Mark]:
    """Every highlighted span of a reading: entities, figures, dates and agreement triggers."""
    out: list[Mark] = []
    for ent in reading.get("entity_details", []):
        for s, e in ent.get("evidence", []):
            out.append(Mark(s, e, ent["label"], f"{LABELS.get(ent['label'], ent['label'])}: {ent['name']}"))
    for fig in reading.get("figures", []):
        for s, e in fig.get("evidence", []):
            out.append(Mark(s, e, "figure", f"{fig['kind']}: {fig['value']:g} {fig['unit']}"))
    for d in reading.get("dates", []):
        s, e = d.get("span", (0, 0))
        if e > s:
            out.append(Mark(s, e, "date", f"date: {d.get('value') or '?'}"))
    for pos, agr in enumerate(reading.get("agreements", [])):
        trig = fold(agr.get("trigger") or "")
        first = True
        for s, e in agr.get("evidence", []):
            if trig and fold(text[s:e]) == trig:
                out.append(Mark(s, e, "trigger", f"{agr['kind']} ({agr['status']})", f"a{pos}" if first else None))
                first = False
    return [m for m in out if 0 <= m.start < m.end <= len(text)]


def highlight(text: str, spans: list[Mark]) -> Markup:
    """``text`` as HTML, each span wrapped in ``<mark class=… title=…>``; overlaps go to the higher priority."""
    owner: list[Mark | None] = [None] * len(text)
    rank = {k: i for i, k in enumerate(PRIORITY)}
    for m in sorted(spans, key=lambda m: (rank.get(m.kind, 99), m.start - m.end)):
        if all(o is None for o in owner[m.start:m.end]):
            owner[m.start:m.end] = [m] * (m.end - m.start)
    parts: list[str] = []
    i = 0
    while i < len(text):
        m = owner[i]
        j = i
        while j < len(text) and owner[j] is m:
            j += 1
        chunk = html.escape(text[i:j])
        if m is None:
            parts.append(chunk)
        else:
            anchor = f' id="{m.anchor}"' if m.anchor else ""
            parts.append(f'<mark class="{CSS[m.kind]}" title="{html.escape(m.title)}"{anchor}>{chunk}</mark>')
        i = j
    return Markup("".join(parts).replace("\n", "<br>\n"))


def quote(text: str, span: list[int] | tuple[int, int], limit: int = 500) -> str:
    """The supporting passage of a fact (plain text, to be escaped by the template)."""
    s, e = span
    passage = " ".join(text[s:e].split())
    return passage if len(passage) <= limit else passage[: limit - 1] + "…"
