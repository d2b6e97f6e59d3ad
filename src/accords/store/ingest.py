"""Storing articles and their readings, a batch per transaction.

For each article: the same id with the same normalised text is already there (``unchanged``);
the same id with another text is a new ``version`` (the old one leaves the register); another id
with a text already stored — the same normalised text, or a near-duplicate of an original
published within days of it (``accords.ingest.near_duplicates``) — is ``republished`` (linked
to the original, not counted again); anything else is ``new``. An article that fails is recorded
in ``ingest_errors`` and the rest of its batch is committed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from accords.ingest import near_duplicates as nd
from accords.read.entities import fold
from accords.records import Article, ArticleError
from accords.store import search
from accords.store.consolidate import add_reading, remove_article
from accords.store.db import refresh_statistics
from accords.store.models import ArticleBand, ArticleRow, IngestError
from accords.store.resolve import Resolver

Reading = dict[str, Any]


def text_hash(text: str) -> str:
    """SHA-1 of the text folded (case, accents, apostrophes) with its spaces collapsed."""
    return hashlib.sha1(re.sub(r"\s+", " ", fold(text)).strip().encode("utf-8")).hexdigest()


@dataclass
class IngestSummary:
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    republished: int = 0
    errors: int = 0
    agreements: int = 0
    figures: int = 0
    error_messages: list[str] = field(default_factory=list)

    def add(self, other: IngestSummary) -> None:
        for name in ("new", "versions", "unchanged", "republished", "errors", "agreements", "figures"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.error_messages += other.error_messages


def _current(session: Session, ext_id: str) -> ArticleRow | None:
    return session.scalar(select(ArticleRow).where(ArticleRow.ext_id == ext_id, ArticleRow.current.is_(True)))


def _original(session: Session, digest: str) -> ArticleRow | None:
    return session.scalar(select(ArticleRow).where(ArticleRow.text_hash == digest, ArticleRow.current.is_(True),
                                                   ArticleRow.duplicate_of.is_(None)).order_by(ArticleRow.id).limit(1))


def needs_reading(session: Session, articles: Sequence[Article]) -> list[bool]:
    """Which articles must be read: not those already stored with the same text under any id."""
    out = []
    for art in articles:
        digest = text_hash(art.text)
        cur = _current(session, art.id)
        out.append(not ((cur is not None and cur.text_hash == digest) or _original(session, digest) is not None))
    return out


def store_batch(session: Session, items: Iterable[tuple[Article | ArticleError, Reading | None]]) -> IngestSummary:
    """Store one batch in the session's transaction (the caller commits). Errors are recorded."""
    summary = IngestSummary()
    resolver = Resolver(session)
    for item, reading in items:
        if isinstance(item, ArticleError):
            _record_error(session, summary, item.source, item.line, None, item.reason)
            continue
        try:
            with session.begin_nested():
                _store_one(session, resolver, item, reading, summary)
        except Exception as exc:  # one bad article never stops its batch
            resolver = Resolver(session)
            _record_error(session, summary, "<store>", None, item.id, f"{type(exc).__name__}: {exc}")
    return summary


def _record_error(session: Session, summary: IngestSummary, source: str, line: int | None, art_id: str | None,
                  reason: str) -> None:
    session.add(IngestError(source=source, line=line, article_id=art_id, reason=reason))
    summary.errors += 1
    where = f"{source}:{line}" if line is not None else source
    summary.error_messages.append(f"{where}: {reason}" + (f" (article {art_id})" if art_id else ""))


def _store_one(session: Session, resolver: Resolver, art: Article, reading: Reading | None,
               summary: IngestSummary) -> None:
    digest = text_hash(art.text)
    cur = _current(session, art.id)
    if cur is not None and cur.text_hash == digest:
        summary.unchanged += 1
        return
    fingerprint = nd.fingerprint(art.text)
    original = _original(session, digest) or _near_original(session, art, fingerprint)
    version = 1
    if cur is not None:
        remove_article(session, cur)
        search.unindex_doc(session, "article", cur.id)
        cur.current = False
        version = cur.version + 1
        session.flush()
    row = ArticleRow(ext_id=art.id, version=version, current=True, text_hash=digest, published=_day(art.published),
                     url=art.url, outlet=art.outlet, title=art.title, text=art.text,
                     duplicate_of=original.id if original is not None and original.ext_id != art.id else None,
                     reading=reading, fingerprint=fingerprint)
    session.add(row)
    session.flush()
    if row.duplicate_of is not None:
        summary.republished += 1
        return
    if fingerprint is not None:
        session.add_all([ArticleBand(article_id=row.id, key=k) for k in nd.band_keys(fingerprint)])
    if reading is None:
        raise ValueError("article was not read")
    search.index_doc(session, "article", row.id, art.title or "", art.text)
    add_reading(session, resolver, row, reading)
    summary.versions += version > 1
    summary.new += version == 1
    summary.agreements += len(reading.get("agreements", []))
    summary.figures += len(reading.get("figures", []))


def _near_original(session: Session, art: Article, fingerprint: bytes | None) -> ArticleRow | None:
    """The original (current, not itself a republication, another id) that ``art`` nearly repeats: the
    most similar of those sharing a band of its signature, published within ``WINDOW_DAYS``."""
    if fingerprint is None:
        return None
    cands = select(ArticleRow.id, ArticleRow.fingerprint, ArticleRow.published).join(
        ArticleBand, ArticleBand.article_id == ArticleRow.id).where(
        ArticleBand.key.in_(nd.band_keys(fingerprint)), ArticleRow.current.is_(True),
        ArticleRow.duplicate_of.is_(None), ArticleRow.ext_id != art.id).distinct()
    day = _date(_day(art.published))
    best: tuple[float, int] | None = None
    for row_id, theirs, published in session.execute(cands):
        other = _date(published)
        if day and other and abs((day - other).days) > nd.WINDOW_DAYS:
            continue
        sim = nd.similarity(fingerprint, theirs)
        if sim >= nd.NEAR_DUPLICATE and (best is None or (sim, -row_id) > (best[0], -best[1])):
            best = (sim, row_id)
    return session.get(ArticleRow, best[1]) if best else None


def _date(day: str | None) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def _day(published: str | None) -> str | None:
    """The publication day (``YYYY-MM-DD``) of an ISO date or date-time."""
    return published[:10] if published else None


def ingest(session_factory, items: Iterable[Article | ArticleError], read: Callable[[list[Article]], list[Reading]],
           batch_size: int = 32, on_batch: Callable[[int, IngestSummary], None] | None = None) -> IngestSummary:
    """Read (only what needs reading) and store ``items``, one transaction per batch."""
    total = IngestSummary()
    batch: list[Article | ArticleError] = []

    def flush() -> None:
        with session_factory() as session, session.begin():
            arts = [a for a in batch if isinstance(a, Article)]
            todo = [a for a, need in zip(arts, needs_reading(session, arts), strict=True) if need]
            readings = dict(zip((id(a) for a in todo), read(todo) if todo else [], strict=True))
            summary = store_batch(session, [(a, readings.get(id(a))) for a in batch])
        total.add(summary)
        with session_factory() as session:
            refresh_statistics(session)
        if on_batch:
            on_batch(len(batch), summary)
        batch.clear()

    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return total
