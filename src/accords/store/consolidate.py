"""Consolidation: the acts of every article become one register of agreements.

``add_reading`` resolves an article's entities and people, then puts each of its acts into the
agreement it reports (``find_match``) or a new one; ``refresh`` recomputes an agreement from its
sources. Matching rules, each a small function:
- ``parties_fit``: the two party sets share a party and one contains the other — acts between
  different parties are never merged;
- ``kinds_fit``: same kind, or a generic "accord/partenariat/coopération" against a specific one
  (a contract and a joint venture stay apart from an MoU);
- ``dates_fit``: within ``SAME_ACT_DAYS`` of each other, or a planned act signed up to
  ``PLAN_TO_SIGN_DAYS`` later;
- ``sectors_fit``: where parties are known to sign several acts at once — states, or parties that
  one article shows signing several — two acts with known, disjoint sectors are two acts; elsewhere
  sectors (the noisiest field of a reading) do not decide;
- an article never reports the same act twice: its acts were kept apart by the reader.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from accords.read.countries import country_name
from accords.store import search
from accords.store.models import (
    AgreementCountry,
    AgreementEntity,
    AgreementRow,
    AgreementSector,
    AgreementSource,
    ArticleRow,
    EntityRow,
    FigureRow,
    MentionRow,
)
from accords.store.resolve import Resolver, article_country, name_key

SAME_ACT_DAYS = 21
PLAN_TO_SIGN_DAYS = 365
GENERIC_KINDS = {"agreement", "partnership", "cooperation"}
KIND_GROUPS = {"mou": "soft", "convention": "soft", "framework_agreement": "soft", "contract": "contract",
               "joint_venture": "jv"}
EARLY_STATUSES = {"planned", "discussed"}
STATUS_RANK = {"discussed": 0, "planned": 1, "approved": 2, "signed": 3, "terminated": 4}
KIND_FR = {"framework_agreement": "Accord-cadre", "convention": "Convention", "agreement": "Accord",
           "mou": "Mémorandum d'entente", "joint_venture": "Coentreprise", "contract": "Contrat",
           "partnership": "Partenariat", "cooperation": "Coopération"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --- matching rules ------------------------------------------------------------------------------

def act_day(record: dict[str, Any], published: str | None) -> date | None:
    """The day an act is dated: its own date where the text gives the day, else the publication."""
    for value in (record.get("date"), published):
        if value and DAY.match(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                continue
    return None


def parties_fit(a: set[int], b: set[int]) -> bool:
    return bool(a & b) and (a <= b or b <= a)


def kinds_fit(a: str, b: str) -> bool:
    return a == b or a in GENERIC_KINDS or b in GENERIC_KINDS or KIND_GROUPS.get(a, a) == KIND_GROUPS.get(b, b)


def dates_fit(a: date | None, a_status: str, b: date | None, b_status: str) -> bool:
    if a is None or b is None:
        return True
    gap = abs((a - b).days)
    if gap <= SAME_ACT_DAYS:
        return True
    early, late = (a_status, b_status) if a < b else (b_status, a_status)
    return early in EARLY_STATUSES and late not in EARLY_STATUSES and gap <= PLAN_TO_SIGN_DAYS


def sectors_fit(a: list[str], b: list[str]) -> bool:
    return not a or not b or bool(set(a) & set(b))


# --- adding an article ---------------------------------------------------------------------------

class ArticleEntities:
    """Entity ids of one article's names (every spelling), with the resolver behind them."""

    def __init__(self, resolver: Resolver, reading: dict[str, Any]) -> None:
        self.resolver = resolver
        self.context = article_country(reading)
        self.by_key: dict[str, int] = {}
        self.people: dict[str, int] = {}

    def note(self, names: list[str], eid: int | None) -> None:
        if eid is not None:
            for n in names:
                self.by_key.setdefault(name_key(n), eid)

    def org(self, name: str) -> int | None:
        key = name_key(name)
        if key in self.by_key:
            return self.by_key[key]
        eid = self.resolver.org(name, context_country=self.context)
        self.note([name], eid)
        return eid

    def person(self, name: str) -> int | None:
        """A signatory or witness: a person of the article, never one of its organisations."""
        key = name_key(name)
        if key in self.people:
            return self.people[key]
        if key in self.by_key:
            return None
        eid = self.resolver.person(name)
        self.note_person([name], eid)
        return eid

    def note_person(self, names: list[str], eid: int | None) -> None:
        if eid is not None:
            for n in names:
                self.people.setdefault(name_key(n), eid)


def add_reading(session: Session, resolver: Resolver, article: ArticleRow, reading: dict[str, Any]) -> None:
    """Resolve the article's entities and put its acts and figures into the register."""
    ents = ArticleEntities(resolver, reading)
    mentions: dict[int, MentionRow] = {}

    def mention(eid: int | None, name: str, spans: list, title: str | None = None) -> None:
        if eid is None:
            return
        if eid in mentions:
            mentions[eid].spans = mentions[eid].spans + [list(s) for s in spans]
            mentions[eid].title = mentions[eid].title or title
            return
        mentions[eid] = MentionRow(entity_id=eid, article_id=article.id, name=name, title=title,
                                   spans=[list(s) for s in spans])

    for ent in reading.get("entity_details", []):
        if ent["label"] == "PER":
            continue
        eid = resolver.org(ent["name"], ent.get("aliases", []), ents.context, etype=ent["label"])
        ents.note([ent["name"], *ent.get("aliases", [])], eid)
        mention(eid, ent["name"], ent.get("evidence", []))
    for code in {c for agr in reading.get("agreements", []) for c in agr.get("countries", [])}:
        ents.note([country_name(code)], resolver.country(code))
    aliases = {e["name"]: e.get("aliases", []) for e in reading.get("entity_details", []) if e["label"] == "PER"}
    for p in reading.get("people", []):
        org_id = ents.org(p["org"]) if p.get("org") else None
        eid = resolver.person(p["name"], p.get("title"), org_id, aliases.get(p["name"]))
        ents.note_person([p["name"], *aliases.get(p["name"], [])], eid)
        mention(eid, p["name"], p.get("evidence", []), p.get("title"))
    session.add_all(mentions.values())

    party_of: dict[int, int] = {}
    for pos, record in enumerate(reading.get("agreements", [])):
        parties = [eid for n in record.get("parties", []) if (eid := ents.org(n)) is not None]
        if not parties:
            continue
        agr = find_match(session, article, record, set(parties)) or AgreementRow(kind=record["kind"],
                                                                                 status=record["status"])
        if agr.id is None:
            session.add(agr)
            session.flush()
        source = AgreementSource(agreement_id=agr.id, article_id=article.id, position=pos, record=record)
        session.add(source)
        session.flush()
        roles = {"party": parties,
                 "signatory": [e for n in record.get("signatories", []) if (e := ents.person(n)) is not None],
                 "witness": [e for n in record.get("witnesses", []) if (e := ents.person(n)) is not None]}
        for role, ids in roles.items():
            session.add_all([AgreementEntity(agreement_id=agr.id, source_id=source.id, entity_id=eid, role=role)
                             for eid in dict.fromkeys(ids)])
        session.flush()
        refresh(session, agr)
        for eid in parties:
            party_of.setdefault(eid, agr.id)

    for fig in reading.get("figures", []):
        holder = ents.org(fig["holder"]) if fig.get("holder") else None
        session.add(FigureRow(
            article_id=article.id, agreement_id=party_of.get(holder) if holder else None, entity_id=holder,
            kind=fig["kind"], value=fig["value"], value_max=fig.get("value_max"), unit=fig["unit"],
            approx=bool(fig.get("approx")), per=fig.get("per"), period=fig.get("period"), text=fig.get("text", ""),
            evidence=fig.get("evidence", [])))
    session.flush()


def find_match(session: Session, article: ArticleRow, record: dict[str, Any], parties: set[int]) -> AgreementRow | None:
    """The registered agreement this record reports, if any (see the module's rules)."""
    day = act_day(record, article.published)
    candidates = _fitting_parties(session, parties, day)
    if not candidates:
        return None
    same_text = {article.id} | ({article.duplicate_of} if article.duplicate_of else set())
    states = all(t == "COUNTRY" for t in session.scalars(select(EntityRow.type).where(EntityRow.id.in_(parties))))
    best: tuple[tuple, AgreementRow] | None = None
    for agr in session.scalars(select(AgreementRow).where(AgreementRow.id.in_(list(candidates)))):
        theirs = candidates[agr.id]
        if not kinds_fit(record["kind"], agr.kind):
            continue
        their_day = date.fromisoformat(agr.date_sort) if agr.date_sort else None
        if not dates_fit(day, record["status"], their_day, agr.status):
            continue
        reported_in = set(session.scalars(select(AgreementSource.article_id).where(
            AgreementSource.agreement_id == agr.id)))
        if reported_in & same_text:
            continue
        if not sectors_fit(record.get("sectors", []), agr.sectors) and (
                states or _signs_several(session, agr.id, theirs, reported_in)):
            continue
        gap = abs((day - their_day).days) if day and their_day else 999
        score = (len(parties & theirs), record["kind"] == agr.kind, -gap)
        if best is None or score > best[0]:
            best = (score, agr)
    return best[1] if best else None


def _fitting_parties(session: Session, parties: set[int], day: date | None) -> dict[int, set[int]]:
    """Registered agreements whose parties fit ``parties`` (``parties_fit``), with their party sets.

    One grouped query: an agreement sharing a party fits when all its parties are ours or all ours
    are its. Where the act's day is known, only agreements dated within ``PLAN_TO_SIGN_DAYS`` of it
    (or undated) are considered, so a state that signs thousands of acts costs no more than one.
    """
    ae = AgreementEntity
    sharing = select(ae.agreement_id).where(ae.entity_id.in_(parties), ae.role == "party")
    if day is not None:
        window = timedelta(days=PLAN_TO_SIGN_DAYS)
        lo, hi = (day - window).isoformat(), (day + window).isoformat()
        sharing = sharing.join(AgreementRow, AgreementRow.id == ae.agreement_id).where(
            or_(AgreementRow.date_sort.is_(None), AgreementRow.date_sort.between(lo, hi)))
    rows = session.execute(select(ae.agreement_id, ae.entity_id).where(
        ae.role == "party", ae.agreement_id.in_(sharing.distinct())).distinct()).all()
    sets: dict[int, set[int]] = defaultdict(set)
    for agr_id, eid in rows:
        sets[agr_id].add(eid)
    return {a: theirs for a, theirs in sets.items() if parties_fit(parties, theirs)}


def _signs_several(session: Session, agr_id: int, parties: set[int], articles: set[int]) -> bool:
    """Whether an article of this agreement reports another act between the same parties."""
    others = session.scalars(select(AgreementSource.agreement_id).where(
        AgreementSource.article_id.in_(articles), AgreementSource.agreement_id != agr_id).distinct()).all()
    for other in others:
        theirs = set(session.scalars(select(AgreementEntity.entity_id).distinct().where(
            AgreementEntity.agreement_id == other, AgreementEntity.role == "party")))
        if theirs == parties:
            return True
    return False


# --- recomputing an agreement from its sources ----------------------------------------------------

def _precision(value: str | None) -> int:
    return len(value or "")


def refresh(session: Session, agr: AgreementRow) -> bool:
    """Recompute the agreement's fields from its sources; delete it when none is left."""
    rows = session.execute(
        select(AgreementSource.record, ArticleRow.ext_id, ArticleRow.published, ArticleRow.url, ArticleRow.outlet)
        .join(ArticleRow, ArticleRow.id == AgreementSource.article_id)
        .where(AgreementSource.agreement_id == agr.id).order_by(ArticleRow.published, ArticleRow.id)).all()
    if not rows:
        search.unindex_doc(session, "agreement", agr.id)
        session.delete(agr)
        session.flush()
        return False
    values: dict[str, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for r in rows:
        evid = r.record.get("field_evidence", {})
        for fld in ("kind", "status", "date", "place", "duration", "renewable"):
            v = r.record.get(fld)
            if v is None:
                continue
            slot = values[fld].setdefault(v, {"value": v, "sources": [], "evidence": []})
            slot["sources"].append(r.ext_id)
            if evid.get(fld):
                slot["evidence"].append({"article_id": r.ext_id, "spans": evid[fld]})

    def best(fld: str, tiebreak=lambda v: 0):
        opts = list(values.get(fld, {}).values())
        if not opts:
            return None
        return max(opts, key=lambda o: (len(o["sources"]), tiebreak(o["value"])))["value"]

    agr.kind = best("kind", lambda k: k not in GENERIC_KINDS) or agr.kind
    history = [{"status": r.record["status"], "published": r.published, "article_id": r.ext_id} for r in rows]
    latest = history[-1]["status"]
    reached = max((h["status"] for h in history), key=STATUS_RANK.get)
    agr.status = latest if STATUS_RANK[latest] >= STATUS_RANK[reached] or latest == "terminated" else reached
    agr.status_history = history
    final_dates = {r.record.get("date") for r in rows if r.record["status"] == agr.status} - {None}
    dates = list(values.get("date", {}).values())  # the act as it stands: dates of its latest status first
    agr.date = max(dates, key=lambda o: (o["value"] in final_dates, len(o["sources"]), _precision(o["value"])),
                   default={"value": None})["value"]
    agr.place = best("place")
    agr.duration = best("duration")
    agr.renewable = best("renewable")
    agr.field_values = {fld: list(v.values()) for fld, v in values.items()}
    agr.first_reported = rows[0].published
    day = act_day({"date": agr.date}, None)
    agr.date_sort = (day.isoformat() if day else (agr.date[:10] if agr.date and re.match(r"^\d{4}", agr.date)
                                                  else agr.first_reported))
    if agr.date_sort and not DAY.match(agr.date_sort):
        agr.date_sort = _complete(agr.date_sort)

    def counted(key: str) -> list[str]:
        c: Counter[str] = Counter()
        for r in rows:
            c.update(dict.fromkeys(r.record.get(key, []), 1))
        return [v for v, _ in c.most_common()]

    agr.countries = counted("countries")
    agr.sectors = counted("sectors")
    by_role: dict[str, list[str]] = defaultdict(list)
    for role, name in session.execute(
            select(AgreementEntity.role, EntityRow.name).join(EntityRow, EntityRow.id == AgreementEntity.entity_id)
            .where(AgreementEntity.agreement_id == agr.id).distinct().order_by(EntityRow.name)):
        by_role[role].append(name)
    agr.parties, agr.signatories, agr.witnesses = by_role["party"], by_role["signatory"], by_role["witness"]
    agr.n_sources = len(rows)
    agr.label = f"{KIND_FR.get(agr.kind, agr.kind)} : {' — '.join(agr.parties)}"
    session.execute(delete(AgreementCountry).where(AgreementCountry.agreement_id == agr.id))
    session.execute(delete(AgreementSector).where(AgreementSector.agreement_id == agr.id))
    session.add_all([AgreementCountry(agreement_id=agr.id, country=c) for c in agr.countries])
    session.add_all([AgreementSector(agreement_id=agr.id, sector=s) for s in agr.sectors])
    session.flush()
    body = " ".join([agr.label, agr.place or "", " ".join(agr.signatories + agr.witnesses),
                     " ".join(country_name(c) for c in agr.countries), " ".join(agr.sectors),
                     " ".join(str(r.record.get("trigger", "")) for r in rows)])
    search.index_doc(session, "agreement", agr.id, agr.label, body)
    return True


def _complete(partial: str) -> str:
    """"2025" -> "2025-01-01", "2025-06" -> "2025-06-01" (for sorting and date filters)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", partial)
    if not m:
        return partial
    return f"{m.group(1)}-{m.group(2) or '01'}-01"


# --- taking an article out, rebuilding -----------------------------------------------------------

def remove_article(session: Session, article: ArticleRow) -> None:
    """Take one article's contributions out of the register (before a new version goes in)."""
    agr_ids = set(session.scalars(select(AgreementSource.agreement_id).where(AgreementSource.article_id == article.id)))
    sources = select(AgreementSource.id).where(AgreementSource.article_id == article.id)
    session.execute(delete(AgreementEntity).where(AgreementEntity.source_id.in_(sources)))
    session.execute(delete(AgreementSource).where(AgreementSource.article_id == article.id))
    session.execute(delete(FigureRow).where(FigureRow.article_id == article.id))
    session.execute(delete(MentionRow).where(MentionRow.article_id == article.id))
    session.flush()
    for agr in session.scalars(select(AgreementRow).where(AgreementRow.id.in_(agr_ids))).all():
        refresh(session, agr)


def rebuild(session: Session, on_article=None) -> int:
    """Recompute entities and the register from the stored readings (after an analyst's correction).
    Articles are taken in publication order, as ingest would; nothing is read again."""
    from sqlalchemy import text

    from accords.store.models import AliasRow

    for model in (FigureRow, AgreementEntity, AgreementCountry, AgreementSector, AgreementSource, AgreementRow,
                  MentionRow, AliasRow):
        session.execute(delete(model))
    session.execute(text("UPDATE entities SET org_id = NULL"))
    session.execute(delete(EntityRow))
    search.clear_index(session, "agreement")
    session.flush()
    resolver = Resolver(session)
    n = 0
    ids = session.scalars(select(ArticleRow.id).where(ArticleRow.current.is_(True), ArticleRow.duplicate_of.is_(None),
                                                      ArticleRow.reading.is_not(None))
                          .order_by(ArticleRow.published, ArticleRow.id)).all()
    for art_id in ids:
        article = session.get(ArticleRow, art_id)
        add_reading(session, resolver, article, article.reading)
        n += 1
        if on_article:
            on_article()
    return n
