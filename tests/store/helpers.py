"""Readings written by hand (no model needed) and a one-call ingest for the store's tests.

All names are fictional."""

from __future__ import annotations

from typing import Any

from accords.records import Article
from accords.store.ingest import IngestSummary, store_batch


def act(parties: list[str], kind: str = "mou", status: str = "signed", date: str | None = None,
        countries: list[str] | None = None, sectors: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    """One agreement record of a reading."""
    rec = {"kind": kind, "status": status, "parties": parties, "signatories": [], "witnesses": [],
           "countries": countries or [], "date": date, "place": None, "sectors": sectors or [], "duration": None,
           "renewable": None, "trigger": kind, "evidence": [[0, 10]], "field_evidence": {"parties": [[0, 10]]}}
    rec.update(extra)
    return rec


def org(name: str, *aliases: str) -> dict[str, Any]:
    return {"label": "ORG", "name": name, "aliases": list(aliases), "country": None, "evidence": [[0, 5]]}


def person(name: str, title: str | None = None, org_name: str | None = None) -> dict[str, Any]:
    return {"name": name, "title": title, "org": org_name, "evidence": [[0, 5]]}


def reading(art_id: str, published: str, agreements=(), entities=(), people=(), figures=()) -> dict[str, Any]:
    return {"id": art_id, "published": published, "agreements": list(agreements), "figures": list(figures),
            "people": list(people), "entities": {}, "entity_details": list(entities), "dates": []}


def article(art_id: str, published: str = "2025-03-12", text: str | None = None, outlet: str = "Le Quotidien",
            title: str | None = None) -> Article:
    return Article(id=art_id, text=text or f"Texte de l'article {art_id}.", published=published,
                   url=f"https://exemple.test/{art_id}", outlet=outlet, title=title or f"Titre {art_id}")


def put(factory, *pairs) -> IngestSummary:
    """Store (article, reading) pairs in one transaction."""
    with factory() as session, session.begin():
        return store_batch(session, list(pairs))
