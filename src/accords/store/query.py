"""Questions to the register: filtered agreements, one agreement with its sources, one entity,
search with filters, statistics. Every function takes a session and returns plain data, so the
command line, the exports and the web API share them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from accords.read.countries import country_code, country_name
from accords.store import search as fts
from accords.store.models import (
    AgreementCountry,
    AgreementEntity,
    AgreementRow,
    AgreementSector,
    AgreementSource,
    AliasRow,
    ArticleRow,
    EntityRow,
    FigureRow,
    MentionRow,
)
from accords.store.resolve import name_key

SORTS = {"date": AgreementRow.date_sort, "first_reported": AgreementRow.first_reported, "kind": AgreementRow.kind,
         "status": AgreementRow.status, "sources": AgreementRow.n_sources, "id": AgreementRow.id}


class QueryError(ValueError):
    """A filter that cannot be understood (unknown country, bad date…)."""


@dataclass
class AgreementFilter:
    """The filters of ``accords agreements`` (all optional, all combined)."""

    country: str | None = None
    partner: str | None = None
    party: str | None = None
    sector: str | None = None
    kind: str | None = None
    status: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None  # words the agreement's label, parties, place or trigger contain

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) in (None, "") for f in fields(self))


def to_country(value: str) -> str:
    """An ISO code from "DZ", "dz" or "Algérie"; QueryError when it names no country."""
    v = value.strip()
    if len(v) == 2 and v.isalpha():
        return v.upper()
    code = country_code(v)
    if not code:
        raise QueryError(f"unknown country: {value!r} (use an ISO 3166-1 code such as DZ, or a French name)")
    return code


def _check_date(value: str, name: str) -> str:
    import re

    if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
        raise QueryError(f"--{name} wants a date YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def entity_ids_for(session: Session, name: str, types: tuple[str, ...] = ("ORG", "PER", "LOC", "COUNTRY")) -> list[int]:
    """Entities that ``name`` names (any alias, with or without country qualification)."""
    key = name_key(name)
    if not key:
        return []
    rows = session.scalars(select(AliasRow.entity_id).join(EntityRow, EntityRow.id == AliasRow.entity_id).where(
        EntityRow.type.in_(types), or_(AliasRow.key == key, AliasRow.key.like(f"{key}|%"),
                                       AliasRow.key == f"sn:{key}", AliasRow.key == f"split:{key}"))).all()
    return sorted(set(rows))


def filtered_ids(session: Session, flt: AgreementFilter) -> Select:
    """SELECT of the ids of agreements that pass the filter."""
    conds = conditions(session, flt)
    return select(AgreementRow.id).where(and_(*conds)) if conds else select(AgreementRow.id)


def conditions(session: Session, flt: AgreementFilter) -> list:
    """The filter as WHERE conditions on ``AgreementRow`` (to put straight on a query: the planner can
    then walk the sort's index and stop at the page, instead of materialising every id that passes)."""
    conds = []
    for value in (flt.country, flt.partner):
        if value:
            code = to_country(value)
            conds.append(AgreementRow.id.in_(select(AgreementCountry.agreement_id).where(
                AgreementCountry.country == code)))
    if flt.party:
        ids = entity_ids_for(session, flt.party)
        conds.append(AgreementRow.id.in_(  # a party's acts are few: the planner starts from them
            select(AgreementEntity.agreement_id).where(AgreementEntity.entity_id.in_(ids or [-1]),
                                                       AgreementEntity.role == "party")))
    if flt.sector:
        conds.append(AgreementRow.id.in_(select(AgreementSector.agreement_id).where(
            AgreementSector.sector == flt.sector.strip())))
    if flt.kind:
        conds.append(AgreementRow.kind == flt.kind.strip())
    if flt.status:
        conds.append(AgreementRow.status == flt.status.strip())
    if flt.text and flt.text.strip():
        conds.append(AgreementRow.id.in_(fts.matching_ids(session, flt.text)))
    if flt.since:
        conds.append(AgreementRow.date_sort >= _check_date(flt.since, "since"))
    if flt.until:
        until = _check_date(flt.until, "until")
        conds.append(AgreementRow.date_sort <= until + {4: "-12-31", 7: "-31"}.get(len(until), ""))
    return conds


def list_agreements(session: Session, flt: AgreementFilter | None = None, limit: int | None = 50, offset: int = 0,
                    sort: str = "-date") -> list[AgreementRow]:
    """Consolidated agreements passing ``flt``, sorted by ``sort`` (a SORTS key, ``-`` for descending)."""
    flt = flt or AgreementFilter()
    key = sort.lstrip("-")
    if key not in SORTS:
        raise QueryError(f"unknown sort {sort!r}; one of {', '.join(SORTS)} (prefix - for descending)")
    col = SORTS[key]
    order = (col.desc(), AgreementRow.id.desc()) if sort.startswith("-") else (col.asc(), AgreementRow.id.asc())
    q = select(AgreementRow).where(*conditions(session, flt)).order_by(*order).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(session.scalars(q))


def count_agreements(session: Session, flt: AgreementFilter | None = None) -> int:
    flt = flt or AgreementFilter()
    if flt.is_empty():
        return session.scalar(select(func.count(AgreementRow.id))) or 0
    return session.scalar(select(func.count(AgreementRow.id)).where(*conditions(session, flt))) or 0


def agreement_json(session: Session, agr: AgreementRow, with_sources: bool = True) -> dict[str, Any]:
    """An agreement as RECORDS.md fields plus ``id``, ``sources``, ``first_reported``, ``status_history``."""
    out: dict[str, Any] = {
        "id": agr.id, "kind": agr.kind, "status": agr.status, "parties": agr.parties,
        "signatories": agr.signatories, "witnesses": agr.witnesses, "countries": agr.countries,
        "date": agr.date, "place": agr.place, "sectors": agr.sectors, "duration": agr.duration,
        "renewable": agr.renewable, "first_reported": agr.first_reported, "status_history": agr.status_history,
        "n_sources": agr.n_sources,
    }
    if with_sources:
        rows = session.execute(
            select(AgreementSource.record, ArticleRow.id, ArticleRow.ext_id, ArticleRow.url, ArticleRow.outlet,
                   ArticleRow.published, ArticleRow.title)
            .join(ArticleRow, ArticleRow.id == AgreementSource.article_id)
            .where(AgreementSource.agreement_id == agr.id).order_by(ArticleRow.published, ArticleRow.id)).all()
        out["sources"] = [{
            "article_id": r.ext_id, "article": r.id, "url": r.url, "outlet": r.outlet, "published": r.published,
            "title": r.title, "trigger": r.record.get("trigger"), "evidence": r.record.get("evidence", []),
            "field_evidence": r.record.get("field_evidence", {}),
        } for r in rows]
        out["field_values"] = agr.field_values
    return out


def find_entity(session: Session, name: str) -> EntityRow | None:
    """The entity ``name`` names: an id (``#12``), an ISO country code, or any alias; the most mentioned
    when several share the name."""
    s = name.strip()
    if s.lstrip("#").isdigit():
        return session.get(EntityRow, int(s.lstrip("#")))
    ids = entity_ids_for(session, s)
    if not ids and len(s) == 2 and s.isalpha():
        ids = entity_ids_for(session, country_name(s.upper()), ("COUNTRY",))
    if not ids:
        return None
    counts = dict(session.execute(select(MentionRow.entity_id, func.count()).where(MentionRow.entity_id.in_(ids))
                                  .group_by(MentionRow.entity_id)).all())
    return session.get(EntityRow, max(ids, key=lambda i: (counts.get(i, 0), -i)))


def entity_view(session: Session, entity: EntityRow, limit: int = 200) -> dict[str, Any]:
    """Everything the register knows of one entity, with sources."""
    aliases = sorted({a for a in session.scalars(select(AliasRow.alias).where(AliasRow.entity_id == entity.id))})
    if entity.type == "COUNTRY":
        agr_ids = select(AgreementCountry.agreement_id).where(AgreementCountry.country == entity.country)
    else:
        agr_ids = select(AgreementEntity.agreement_id).where(AgreementEntity.entity_id == entity.id)
    agreements = list(session.scalars(select(AgreementRow).where(AgreementRow.id.in_(agr_ids))
                                      .order_by(AgreementRow.date_sort.desc(), AgreementRow.id.desc()).limit(limit)))
    partners: Counter[str] = Counter()
    for a in agreements:
        partners.update(p for p in a.parties if p != entity.name)
    if entity.type == "COUNTRY":
        partners = Counter()
        for a in agreements:
            partners.update(country_name(c) for c in a.countries if c != entity.country)
    people = session.execute(select(EntityRow.id, EntityRow.name, EntityRow.title).where(
        EntityRow.org_id == entity.id, EntityRow.type == "PER").order_by(EntityRow.name)).all()
    figures = session.execute(
        select(FigureRow, ArticleRow.ext_id).join(ArticleRow, ArticleRow.id == FigureRow.article_id)
        .where(FigureRow.entity_id == entity.id).order_by(FigureRow.id).limit(limit)).all()
    sources = session.execute(
        select(MentionRow.name, MentionRow.spans, MentionRow.title, ArticleRow.ext_id, ArticleRow.published,
               ArticleRow.outlet, ArticleRow.url)
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id).where(MentionRow.entity_id == entity.id)
        .order_by(ArticleRow.published.desc()).limit(limit)).all()
    org = session.get(EntityRow, entity.org_id) if entity.org_id else None
    return {
        "id": entity.id, "name": entity.name, "type": entity.type, "country": entity.country,
        "title": entity.title, "organisation": org.name if org else None, "aliases": aliases,
        "agreements": [agreement_json(session, a, with_sources=False) for a in agreements],
        "partners": [{"name": n, "agreements": c} for n, c in partners.most_common()],
        "people": [{"id": p.id, "name": p.name, "title": p.title} for p in people],
        "figures": [{"kind": f.kind, "value": f.value, "value_max": f.value_max, "unit": f.unit, "period": f.period,
                     "text": f.text, "article_id": ext, "evidence": f.evidence} for f, ext in figures],
        "sources": [{"article_id": s.ext_id, "published": s.published, "outlet": s.outlet, "url": s.url,
                     "name": s.name, "title": s.title, "spans": s.spans} for s in sources],
    }


def search_register(session: Session, query: str, flt: AgreementFilter | None = None, doc_type: str | None = None,
                    limit: int = 20) -> list[fts.Hit]:
    """Ranked full-text hits; filters keep agreements that pass and articles that report one."""
    allowed: dict[str, Select | None] = {}
    if flt is not None and not flt.is_empty():
        ids = filtered_ids(session, flt)
        allowed = {"agreement": ids,
                   "article": select(AgreementSource.article_id).where(AgreementSource.agreement_id.in_(ids))}
    return fts.search(session, query, doc_type, allowed, limit)


def stats(session: Session) -> dict[str, list[dict[str, Any]]]:
    """Counts of agreements by country pair, sector, status and month (of the act, else first report)."""
    pairs: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for countries, day in session.execute(select(AgreementRow.countries, AgreementRow.date_sort)):
        cs = sorted(set(countries or []))
        pairs.update(f"{a}-{b}" for i, a in enumerate(cs) for b in cs[i + 1:])
        if len(cs) == 1:
            pairs[cs[0]] += 1
        months[(day or "unknown")[:7]] += 1
    sectors = session.execute(select(AgreementSector.sector, func.count()).group_by(AgreementSector.sector)
                              .order_by(func.count().desc())).all()
    statuses = session.execute(select(AgreementRow.status, func.count()).group_by(AgreementRow.status)
                               .order_by(func.count().desc())).all()
    return {
        "country_pairs": [{"key": k, "agreements": v} for k, v in pairs.most_common()],
        "sectors": [{"key": k, "agreements": v} for k, v in sectors],
        "statuses": [{"key": k, "agreements": v} for k, v in statuses],
        "months": [{"key": k, "agreements": v} for k, v in sorted(months.items())],
    }


def facets(session: Session, flt: AgreementFilter | None = None) -> dict[str, list[dict[str, Any]]]:
    """Counts of the filtered agreements by country, sector, status, kind and year (for a faceted list)."""
    ids = filtered_ids(session, flt or AgreementFilter()).subquery()
    year = func.substr(AgreementRow.date_sort, 1, 4)

    def grouped(col, *joins) -> list[dict[str, Any]]:
        q = select(col, func.count()).select_from(ids)
        for target, cond in joins:
            q = q.join(target, cond)
        rows = session.execute(q.group_by(col).order_by(func.count().desc(), col)).all()
        return [{"key": k, "count": n} for k, n in rows if k is not None]

    return {
        "country": grouped(AgreementCountry.country, (AgreementCountry, AgreementCountry.agreement_id == ids.c.id)),
        "sector": grouped(AgreementSector.sector, (AgreementSector, AgreementSector.agreement_id == ids.c.id)),
        "status": grouped(AgreementRow.status, (AgreementRow, AgreementRow.id == ids.c.id)),
        "kind": grouped(AgreementRow.kind, (AgreementRow, AgreementRow.id == ids.c.id)),
        "year": sorted(grouped(year, (AgreementRow, AgreementRow.id == ids.c.id)), key=lambda r: r["key"],
                       reverse=True),
    }


def overview(session: Session, top: int = 15) -> dict[str, Any]:
    """Agreements per month by status, a country × sector matrix, top partners (country pairs and parties)."""
    month = func.substr(AgreementRow.date_sort, 1, 7)
    per_month = session.execute(select(month, AgreementRow.status, func.count()).group_by(month, AgreementRow.status)
                                .order_by(month)).all()
    matrix = session.execute(
        select(AgreementCountry.country, AgreementSector.sector, func.count())
        .join(AgreementSector, AgreementSector.agreement_id == AgreementCountry.agreement_id)
        .group_by(AgreementCountry.country, AgreementSector.sector)).all()
    parties = session.execute(
        select(EntityRow.id, EntityRow.name, EntityRow.type, func.count(func.distinct(AgreementEntity.agreement_id)))
        .join(AgreementEntity, AgreementEntity.entity_id == EntityRow.id).where(AgreementEntity.role == "party")
        .group_by(EntityRow.id, EntityRow.name, EntityRow.type)
        .order_by(func.count(func.distinct(AgreementEntity.agreement_id)).desc(), EntityRow.name).limit(top)).all()
    return {
        "months": [{"month": m, "status": s, "count": n} for m, s, n in per_month if m],
        "matrix": [{"country": c, "sector": s, "count": n} for c, s, n in matrix],
        "top_parties": [{"id": i, "name": n, "type": t, "agreements": c} for i, n, t, c in parties],
        "top_pairs": stats(session)["country_pairs"][:top],
    }


def network(session: Session, level: str = "countries", flt: AgreementFilter | None = None,
            limit: int = 2000) -> dict[str, list[dict[str, Any]]]:
    """Parties (``countries`` or ``organisations``) as nodes, agreements between them as edges."""
    if level not in ("countries", "organisations"):
        raise QueryError("level is 'countries' or 'organisations'")
    agreements = list_agreements(session, flt, limit=limit, sort="-date")
    by_id = {a.id: a for a in agreements}
    members: dict[int, list[tuple[str, str, str]]] = {}
    if level == "countries":
        for a in agreements:
            members[a.id] = [(c, country_name(c), "COUNTRY") for c in dict.fromkeys(a.countries)]
    else:
        rows = session.execute(
            select(AgreementEntity.agreement_id, EntityRow.id, EntityRow.name, EntityRow.type)
            .join(EntityRow, EntityRow.id == AgreementEntity.entity_id)
            .where(AgreementEntity.role == "party", AgreementEntity.agreement_id.in_(list(by_id))).distinct()).all()
        for agr_id, eid, name, etype in rows:
            members.setdefault(agr_id, []).append((f"e{eid}", name, etype))
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []
    for agr_id, ms in members.items():
        a = by_id[agr_id]
        for key, label, etype in ms:
            node = nodes.setdefault(key, {"id": key, "label": label, "type": etype, "agreements": 0})
            node["agreements"] += 1
        keys = sorted({m[0] for m in ms})
        for i, x in enumerate(keys):
            for y in keys[i + 1:]:
                edges.append({"id": f"a{agr_id}-{x}-{y}", "source": x, "target": y, "agreement": agr_id,
                              "kind": a.kind, "status": a.status, "date": a.date, "sectors": a.sectors,
                              "label": a.label})
    return {"nodes": list(nodes.values()), "edges": edges}


def find_article(session: Session, ext_id: str) -> ArticleRow | None:
    """The current version of the article ``ext_id``."""
    return session.scalar(select(ArticleRow).where(ArticleRow.ext_id == ext_id, ArticleRow.current.is_(True)))


def article_json(session: Session, art: ArticleRow) -> dict[str, Any]:
    """An article's text with every fact of its reading (spans into that text) and the agreements it reports."""
    original = session.get(ArticleRow, art.duplicate_of) if art.duplicate_of else None
    reports = session.execute(select(AgreementSource.position, AgreementSource.agreement_id)
                              .where(AgreementSource.article_id == art.id).order_by(AgreementSource.position)).all()
    return {
        "id": art.ext_id, "version": art.version, "published": art.published, "url": art.url, "outlet": art.outlet,
        "title": art.title, "text": art.text, "republished_from": original.ext_id if original else None,
        "reading": art.reading or (original.reading if original else None),
        "agreements": [{"position": p, "agreement_id": a} for p, a in reports],
    }


def search_entities(session: Session, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose name or an alias starts with ``q`` (folded), most mentioned first."""
    key = name_key(q)
    if not key:
        return []
    ids = session.scalars(select(AliasRow.entity_id).where(or_(
        AliasRow.key.like(f"{key}%"), AliasRow.key.like(f"sn:{key}%"))).distinct().limit(500)).all()
    if not ids:
        return []
    mentions = func.count(MentionRow.id)
    rows = session.execute(
        select(EntityRow, mentions).outerjoin(MentionRow, MentionRow.entity_id == EntityRow.id)
        .where(EntityRow.id.in_(ids)).group_by(EntityRow.id).order_by(mentions.desc(), EntityRow.name)
        .limit(limit)).all()
    aliases: dict[int, list[str]] = {}
    for eid, alias in session.execute(select(AliasRow.entity_id, AliasRow.alias).where(
            AliasRow.entity_id.in_([e.id for e, _ in rows]))):
        aliases.setdefault(eid, []).append(alias)
    return [{"id": e.id, "name": e.name, "type": e.type, "country": e.country, "mentions": n,
             "aliases": sorted(set(aliases.get(e.id, [])))} for e, n in rows]
