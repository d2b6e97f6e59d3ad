"""The register's tables (SQLAlchemy 2 declarative models); migrations live in ``store/migrations``.

Three layers, each built from the one before:
- what came in: ``articles`` (every version of every article, with its reading as JSON) and
  ``ingest_errors`` (what could not be read);
- who: ``entities`` (organisations, people, places, countries across articles) with ``aliases``,
  ``mentions`` (entity in article, with spans) and ``overrides`` (an analyst's merges and splits);
- what: ``agreements`` (consolidated acts) with one ``agreement_sources`` row per reporting article,
  link tables for the filters (``agreement_entities``, ``agreement_countries``, ``agreement_sectors``),
  and ``figures``.
The full-text index (FTS5 on SQLite, tsvector on PostgreSQL) is made by the migration, not here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class ArticleRow(Base):
    """One version of one article; ``current`` marks the latest version of its ``ext_id``."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("ext_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ext_id: Mapped[str] = mapped_column(String(300), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)
    text_hash: Mapped[str] = mapped_column(String(40), index=True)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(300))
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    reading: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    fingerprint: Mapped[bytes | None] = mapped_column(LargeBinary)  # MinHash of the text (near-duplicates)


class ArticleBand(Base):
    """One band of an original article's MinHash signature: articles sharing a band are compared."""

    __tablename__ = "article_bands"
    __table_args__ = (Index("ix_article_bands_key", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    key: Mapped[int] = mapped_column(BigInteger)


class IngestError(Base):
    """An article that could not be read or stored, with where it came from and why."""

    __tablename__ = "ingest_errors"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    article_id: Mapped[str | None] = mapped_column(String(300))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class EntityRow(Base):
    """An organisation (ORG), person (PER), place (LOC) or country (COUNTRY) across articles."""

    __tablename__ = "entities"
    __table_args__ = (Index("ix_entities_type_key", "type", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    type: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(500), index=True)
    key: Mapped[str] = mapped_column(String(500))
    country: Mapped[str | None] = mapped_column(String(2))
    title: Mapped[str | None] = mapped_column(String(300))
    org_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"))


class AliasRow(Base):
    """One spelling of an entity; ``key`` is its folded form, the join key of resolution."""

    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "key"), Index("ix_aliases_key", "key"))

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500))


class MentionRow(Base):
    """An entity named in an article, with the spans and the title the article gives."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(300))
    spans: Mapped[list[Any]] = mapped_column(JSON, default=list)


class OverrideRow(Base):
    """An analyst's correction: ``merge`` NAME into TARGET, or ``split`` NAME off whatever it joined."""

    __tablename__ = "overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(500))
    target: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AgreementRow(Base):
    """A consolidated act: the fields most supported by its sources; all values kept in ``field_values``."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), index=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    date_sort: Mapped[str | None] = mapped_column(String(10), index=True)
    place: Mapped[str | None] = mapped_column(String(300))
    duration: Mapped[str | None] = mapped_column(String(30))
    renewable: Mapped[bool | None] = mapped_column(Boolean)
    label: Mapped[str] = mapped_column(Text, default="")
    parties: Mapped[list[Any]] = mapped_column(JSON, default=list)
    signatories: Mapped[list[Any]] = mapped_column(JSON, default=list)
    witnesses: Mapped[list[Any]] = mapped_column(JSON, default=list)
    countries: Mapped[list[Any]] = mapped_column(JSON, default=list)
    sectors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    first_reported: Mapped[str | None] = mapped_column(String(10), index=True)
    status_history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    field_values: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)


class AgreementSource(Base):
    """One article's report of an agreement: the reading's record, with its evidence spans."""

    __tablename__ = "agreement_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)


class AgreementEntity(Base):
    """An entity's role in an agreement (party, signatory or witness), as one source reports it."""

    __tablename__ = "agreement_entities"
    __table_args__ = (Index("ix_agreement_entities_entity", "entity_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("agreement_sources.id", ondelete="CASCADE"), index=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(10))


class AgreementCountry(Base):
    __tablename__ = "agreement_countries"
    __table_args__ = (Index("ix_agreement_countries_country", "country", "agreement_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)


class AgreementSector(Base):
    __tablename__ = "agreement_sectors"
    __table_args__ = (Index("ix_agreement_sectors_sector", "sector", "agreement_id"),)

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str] = mapped_column(String(40), primary_key=True)


class FigureRow(Base):
    """A figure of an article, tied to its holder entity and, where the holder is a party, to the act."""

    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    entity_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id", ondelete="SET NULL"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(20))
    approx: Mapped[bool] = mapped_column(Boolean, default=False)
    per: Mapped[str | None] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
