"""Entity resolution across articles: one row per organisation, person, place or country.

Rules, each a small function:
- ``name_key``: the join key of a spelling — folded, without article, generic head, nationality
  adjective or legal suffix ("la Caprex" and "CAPREX" -> "caprex"; "l'entreprise italienne Filati
  Morandi SpA" -> "filati morandi").
- ``institution_country``: names that every country has ("ministère de l'Industrie", "Agence
  nationale de …") are keyed with their country, so two countries' ministries stay two.
- ``Resolver.org``: an organisation joins the entity that already holds one of its spellings
  (full name or acronym), and links entities that one article shows to be the same.
- ``Resolver.person``: full names join on the name; a bare surname ("M. Nom") joins the one person
  of that surname at the same organisation.
- Analysts' ``overrides`` (merge NAME into TARGET; split NAME) come first and survive re-ingestion.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from accords.read.countries import country_code, country_name, demonym_countries
from accords.read.entities import FOLDED_HEADS, GENERIC_HEAD, core_name, fold
from accords.store.models import (
    AgreementEntity,
    AliasRow,
    EntityRow,
    FigureRow,
    MentionRow,
    OverrideRow,
)

LEGAL_SUFFIX = re.compile(r"\s+(?:spa|sarl|sa|sas|eurl|ltd|llc|inc|gmbh|ag|plc|co|corp|limited|group|s\.p\.a)\.?$")
CIVILITY = re.compile(r"^(?:m|mm|mme|mmes|mlle|mr|dr|pr)\.?\s+")
LEADING_ARTICLE = re.compile(r"^(?:l'|le |la |les |du |de la |de l'|des |d')")
INSTITUTION = re.compile(
    r"^(?:ministere|ministre|ambassade|gouvernement|conseil des ministres|presidence|primature|premier ministere"
    r"|agence nationale|banque centrale|parlement|senat|assemblee|direction generale|douanes?|chambre"
    r"|office national|caisse nationale|fonds national|conseil national|haut commissariat|wilaya|prefecture)\b")


def name_key(name: str) -> str:
    """The join key of one spelling (see the module docstring)."""
    s = fold(name).replace("-", " ")
    s = CIVILITY.sub("", LEADING_ARTICLE.sub("", s))
    s = core_name(s)
    s = re.sub(r"[^\w&' ]+", " ", s)
    s = LEGAL_SUFFIX.sub("", re.sub(r"\s+", " ", s).strip())
    return s.replace("'", " ").replace("  ", " ").strip()


def display_name(name: str) -> str:
    """The name to show: "l'entreprise turque Anadolu Pompa" -> "Anadolu Pompa"; a name whose head
    is part of it ("Société nationale des …", "Banque algérienne de …") stays whole."""
    words = name.split()
    i = 0
    while i < len(words) - 1 and (fold(words[i]) in {"le", "la", "les", "l'"} or fold(words[i]).startswith("l'")):
        if fold(words[i]).startswith("l'") and len(words[i]) > 2:
            words[i] = words[i][2:]
            break
        i += 1
    words = words[i:]
    head = fold(" ".join(words))
    m = GENERIC_HEAD.match(head)
    if not m:
        return " ".join(words)
    j = len(head[: m.end()].split())
    while j < len(words) - 1 and (demonym_countries(fold(words[j])) or fold(words[j]) in {"public", "prive"}):
        j += 1
    rest = words[j:]
    return " ".join(rest) if rest and rest[0][:1].isupper() else " ".join(words)


def institution_country(name: str) -> str | None:
    """The country a national institution's own name gives ("Banque algérienne de …" -> "DZ")."""
    for word in fold(name).replace("-", " ").split():
        codes = demonym_countries(word)
        if len(codes) == 1:
            return codes[0]
    return None


def is_institution(key: str) -> bool:
    return bool(INSTITUTION.match(key))


def is_noise(name: str) -> bool:
    """A bare generic word ("Société", "le Groupe") names nothing across articles."""
    words = LEADING_ARTICLE.sub("", fold(name)).split()
    return not words or (len(words) == 1 and (words[0] in FOLDED_HEADS or words[0].rstrip("s") in FOLDED_HEADS))


def article_country(reading: dict) -> str | None:
    """The country an article is mostly about: the most frequent country of its agreements."""
    counts: Counter[str] = Counter()
    for agr in reading.get("agreements", []):
        for i, code in enumerate(agr.get("countries", [])):
            counts[code] += 2 if i == 0 else 1
    return counts.most_common(1)[0][0] if counts else None


@dataclass
class Resolver:
    """Finds or creates entities in one session; caches key lookups for the batch."""

    session: Session
    _cache: dict[tuple[str, str], int] = field(default_factory=dict)
    _known_aliases: set[tuple[int, str]] = field(default_factory=set)
    _overrides: dict[str, tuple[str, str | None]] | None = None

    # --- analyst corrections ---------------------------------------------------------------

    def overrides(self) -> dict[str, tuple[str, str | None]]:
        if self._overrides is None:
            self._overrides = {}
            for row in self.session.scalars(select(OverrideRow).order_by(OverrideRow.id)):
                self._overrides[name_key(row.name)] = (row.action, row.target)
        return self._overrides

    # --- lookups ----------------------------------------------------------------------------

    def _by_key(self, etype: str, key: str) -> int | None:
        if (etype, key) in self._cache:
            return self._cache[(etype, key)]
        eid = self.session.scalar(
            select(AliasRow.entity_id).join(EntityRow, EntityRow.id == AliasRow.entity_id)
            .where(AliasRow.key == key, EntityRow.type == etype).order_by(AliasRow.entity_id).limit(1))
        if eid is not None:
            self._cache[(etype, key)] = eid
        return eid

    def _create(self, etype: str, name: str, key: str, **attrs) -> int:
        row = EntityRow(type=etype, name=name, key=key, **attrs)
        self.session.add(row)
        self.session.flush()
        self.add_alias(row.id, name, key)
        return row.id

    def add_alias(self, eid: int, alias: str, key: str | None = None, etype: str | None = None) -> None:
        key = key if key is not None else name_key(alias)
        if not key:
            return
        if (eid, key) not in self._known_aliases:
            exists = self.session.scalar(select(AliasRow.id).where(AliasRow.entity_id == eid, AliasRow.key == key))
            if exists is None:
                self.session.add(AliasRow(entity_id=eid, alias=alias, key=key))
            self._known_aliases.add((eid, key))
        if etype:
            self._cache[(etype, key)] = eid

    def merge(self, keep: int, gone: int) -> None:
        """Move every row of entity ``gone`` onto ``keep`` and delete ``gone``."""
        if keep == gone:
            return
        s = self.session
        for alias in s.scalars(select(AliasRow).where(AliasRow.entity_id == gone)).all():
            if s.scalar(select(AliasRow.id).where(AliasRow.entity_id == keep, AliasRow.key == alias.key)) is None:
                alias.entity_id = keep
            else:
                s.delete(alias)
        s.execute(update(MentionRow).where(MentionRow.entity_id == gone).values(entity_id=keep))
        s.execute(update(FigureRow).where(FigureRow.entity_id == gone).values(entity_id=keep))
        s.execute(update(EntityRow).where(EntityRow.org_id == gone).values(org_id=keep))
        s.execute(update(AgreementEntity).where(AgreementEntity.entity_id == gone).values(entity_id=keep))
        s.flush()
        s.delete(s.get(EntityRow, gone))
        s.flush()
        self._cache = {k: (keep if v == gone else v) for k, v in self._cache.items()}
        self._known_aliases = {(e, k) for e, k in self._known_aliases if e != gone}

    # --- the rules --------------------------------------------------------------------------

    def country(self, code: str) -> int:
        """The entity of a country, keyed by its ISO 3166-1 code."""
        code = code.upper()
        eid = self._by_key("COUNTRY", code.lower())
        if eid is None:
            eid = self._create("COUNTRY", country_name(code), code.lower(), country=code)
            self.add_alias(eid, country_name(code), etype="COUNTRY")
        return eid

    def _qualified(self, key: str, name: str, context_country: str | None) -> str:
        if not is_institution(key):
            return key
        return f"{key}|{(institution_country(name) or context_country or '?').lower()}"

    def org(self, name: str, aliases: list[str] | None = None, context_country: str | None = None,
            etype: str = "ORG") -> int | None:
        """The organisation (or place, with ``etype="LOC"``) that ``name`` and its aliases name."""
        if is_noise(name):
            return None
        code = country_code(name)
        if code and etype in ("ORG", "LOC") and name_key(name) == name_key(country_name(code)):
            return self.country(code)
        spellings = [name] + [a for a in aliases or [] if not is_noise(a)]
        keys = [(s, self._qualified(name_key(s), s, context_country)) for s in spellings]
        keys = [(s, k) for s, k in keys if k]
        if not keys:
            return None
        ov = self.overrides()
        main_rule = ov.get(keys[0][1].split("|")[0])
        if main_rule and main_rule[0] == "split":  # a split name is an entity of its own
            s0, k0 = keys[0]
            eid = self._by_key(etype, "split:" + k0)
            return eid if eid is not None else self._create(etype, s0, "split:" + k0, country=institution_country(s0))
        keys = [keys[0]] + [(s, k) for s, k in keys[1:] if ov.get(k.split("|")[0], ("",))[0] != "split"]
        for _, k in keys:
            rule = ov.get(k.split("|")[0])
            if rule and rule[0] == "merge" and rule[1]:
                target = self.org(rule[1], context_country=context_country, etype=etype)
                if target is not None:
                    for s2, k2 in keys:
                        self.add_alias(target, s2, k2, etype)
                return target
        found = [eid for _, k in keys if (eid := self._by_key(etype, k)) is not None]
        if found:
            eid = min(found)
            for other in sorted(set(found) - {eid}):
                self.merge(eid, other)
        else:
            s0, k0 = keys[0]
            eid = self._create(etype, display_name(s0), k0, country=institution_country(s0) or
                               (context_country if "|" in k0 else None))
        for s, k in keys:
            self.add_alias(eid, s, k, etype)
        return eid

    def person(self, name: str, title: str | None = None, org_id: int | None = None,
               aliases: list[str] | None = None) -> int | None:
        """The person ``name`` (with the article's title and organisation). A full name joins the
        person of that name; a bare surname joins the one person of that surname; both only where
        the organisations do not differ."""
        key = name_key(name)
        if not key:
            return None
        eid = None
        for k in (key, "sn:" + key):
            rows = self.session.execute(
                select(EntityRow.id, EntityRow.org_id).join(AliasRow, AliasRow.entity_id == EntityRow.id)
                .where(EntityRow.type == "PER", AliasRow.key == k)).all()
            fits = sorted({r.id for r in rows if org_id is None or r.org_id in (None, org_id)})
            if len(fits) == 1 or (fits and k == key):
                eid = fits[0]
                break
            if rows:
                break
        if eid is None:
            eid = self._create("PER", name, key, title=title, org_id=org_id)
        else:
            row = self.session.get(EntityRow, eid)
            if len(key.split()) > len(row.key.split()):
                row.name, row.key = name, key
            row.title = title or row.title
            row.org_id = org_id or row.org_id
            self.add_alias(eid, name, key)
        words = key.split()
        surnames = {" ".join(words[1:])} if len(words) > 1 else set()
        surnames |= {name_key(a) for a in aliases or [] if name_key(a) != key}
        for sn in surnames - {""}:
            self.add_alias(eid, sn.title(), "sn:" + sn)
        return eid
