"""The contract types shared by every stage: an article in, a reading out.

The field names follow ``shared/spec/RECORDS.md``. Every extracted fact carries
``evidence``: the character spans ``(start, end)`` of the article text that support it.
``to_dict`` gives the JSON form that the scorer and the store read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

AGREEMENT_KINDS = (
    "framework_agreement", "convention", "agreement", "mou", "joint_venture",
    "contract", "partnership", "cooperation",
)
AGREEMENT_STATUSES = ("signed", "approved", "planned", "discussed", "terminated")
FIGURE_KINDS = (
    "revenue", "revenue_target", "investment", "financing", "compensation", "exports",
    "export_target", "imports", "production", "capacity", "capacity_target", "jobs",
    "growth", "share", "other",
)


class ArticleError(ValueError):
    """An article that cannot be read: bad JSON, missing or empty text, bad encoding."""

    def __init__(self, source: str, line: int | None, reason: str) -> None:
        self.source, self.line, self.reason = source, line, reason
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass(slots=True)
class Article:
    """One article of the press, as given to the reader."""

    id: str
    text: str
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None

    @classmethod
    def from_dict(cls, data: Any, source: str = "<input>", line: int | None = None) -> Article:
        """Validate one JSON object; raise ArticleError naming the source and line."""
        if not isinstance(data, dict):
            raise ArticleError(source, line, f"expected a JSON object, got {type(data).__name__}")
        text = data.get("text")
        if not isinstance(text, str):
            raise ArticleError(source, line, "missing field 'text'" if text is None else "'text' is not a string")
        if not text.strip():
            raise ArticleError(source, line, "empty 'text'")
        art_id = data.get("id")
        if art_id is None or str(art_id).strip() == "":
            art_id = f"{source}:{line}" if line is not None else source
        published = data.get("published")
        if published is not None and not isinstance(published, str):
            published = str(published)
        return cls(
            id=str(art_id), text=text, published=published or None,
            url=data.get("url"), outlet=data.get("outlet"), title=data.get("title"),
        )


@dataclass(slots=True)
class Entity:
    """A named organisation, person or place, grouped over all its spellings."""

    label: str  # ORG, PER, LOC
    name: str  # fullest form
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    """A named person with the title and organisation the article gives them."""

    name: str
    title: str | None = None
    org: str | None = None
    evidence: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    """An economic quantity: money, jobs, tonnes, percentages…"""

    kind: str
    value: float
    unit: str
    value_max: float | None = None
    approx: bool = False
    per: str | None = None
    holder: str | None = None
    period: str | None = None
    text: str = ""
    evidence: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    """A date expression of the text resolved against the publication date."""

    text: str
    value: str | None  # ISO 8601 at the precision supported: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn
    span: Span = (0, 0)


@dataclass(slots=True)
class Agreement:
    """One cooperation act between named parties."""

    kind: str
    status: str
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    sectors: list[str] = field(default_factory=list)
    duration: str | None = None
    renewable: bool | None = None
    trigger: str = ""
    evidence: list[Span] = field(default_factory=list)
    field_evidence: dict[str, list[Span]] = field(default_factory=dict)


@dataclass(slots=True)
class Reading:
    """What reading one article yields."""

    id: str
    published: str | None = None
    agreements: list[Agreement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of RECORDS.md, plus evidence spans and entity details."""
        grouped: dict[str, list[str]] = {"ORG": [], "PER": [], "LOC": []}
        for ent in self.entities:
            grouped.setdefault(ent.label, []).append(ent.name)
        return {
            "id": self.id,
            "published": self.published,
            "agreements": [_clean(asdict(a)) for a in self.agreements],
            "figures": [_clean(asdict(f)) for f in self.figures],
            "people": [asdict(p) for p in self.people],
            "entities": grouped,
            "entity_details": [asdict(e) for e in self.entities],
            "dates": [asdict(d) for d in self.dates],
        }


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Drop optional keys that carry nothing (value_max None, approx False, per None)."""
    for key in ("value_max", "per"):
        if key in d and d[key] is None:
            del d[key]
    if d.get("approx") is False:
        del d["approx"]
    return d
