"""People: each named person with the title and organisation the article gives them.

Two French appositions carry almost all roles in this press:
- title first: "le Pdg du groupe X, Prénom Nom", "la ministre de l'Industrie, Prénom Nom";
- name first: "Prénom Nom, président du directoire de X", "Mme Nom, ministre de …".
A minister's portfolio gives the ministry ("ministre de l'Industrie" → "ministère de l'Industrie").
"""

from __future__ import annotations

import re

from accords.read.countries import country_code, country_name, demonym_countries
from accords.read.entities import TITLE_WORDS, fold
from accords.read.pipeline import Mention, State, component
from accords.records import Person

_TITLE_ALT = "|".join(sorted((re.escape(w) for w in TITLE_WORDS), key=len, reverse=True))
# A title phrase: title word(s) and its complement, up to a comma or the name.
TITLE_BEFORE = re.compile(
    rf"(?:^|[\s,(])(?P<title>(?:(?:{_TITLE_ALT})\b[^,;:.()«»\"]{{0,140}}?))\s*,?\s*(?:M\.|Mme|MM\.|Dr\.?)?\s*$",
    re.I,
)
TITLE_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?:l['’]actuel(?:le)?|le|la|l['’]|un|une|son|sa|tout|toute|nouveau|nouvelle|nouvel|actuel|"
    rf"actuelle|jeune|ancien|ancienne)\s*)*(?P<title>(?:{_TITLE_ALT})\b[^,;:.()«»\"]{{0,140}})",
    re.I,
)
LED_BY = re.compile(r"\b(présidée?s?|dirigée?s?)\s+par\s+(?:M\.|Mme)?\s*$", re.I)
ANAPHORA = re.compile(r"\b(?:de\s+l['’]|du\s+|de\s+la\s+)\s*(association|groupe|société|entreprise|compagnie|agence|"
                      r"banque|office|institut|fédération|laboratoire|firme|holding|cluster)\b", re.I)
MINISTER = re.compile(r"^(?:(?:vice-)?(?:premier\s+)?ministre|ministre\s+délégué)\b\s*(?P<adj>\w+\s+)?"
                      r"(?P<portfolio>(?:de\s+la|de\s+l['’]|des|du|de|d['’]|chargé\s+de).*)$", re.I)


def _mentions_in(state: State, start: int, end: int, label: str) -> list[Mention]:
    return [m for m in state.mentions if m.label == label and start <= m.start and m.end <= end]


def _ministry(title: str, state: State) -> str | None:
    """'ministre de l'Industrie et des Mines' -> the ministry entity, or its name built from the title."""
    m = MINISTER.match(title)
    if not m:
        return None
    portfolio = m.group("portfolio")
    name = "ministère " + portfolio
    key = fold(name)
    for e in state.entities:
        if e.label == "ORG" and fold(e.name).startswith("ministere") and (
            fold(e.name) in key or key in fold(e.name)
        ):
            return e.name
    return name


def _org_of(title: str, t_start: int, state: State) -> tuple[str, str | None]:
    """Split a title phrase into (title, organisation)."""
    t_end = t_start + len(title)
    orgs = _mentions_in(state, t_start, t_end, "ORG")
    if orgs:
        org = orgs[0]
        cut = org.start - t_start
        head = re.sub(r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’]|au\s+sein\s+de|chez)?\s*(?:groupe\s+)?$",
                      "", title[:cut]).strip()
        name = org.entity.name if org.entity else org.text
        return (head or title).strip(" ,"), name
    ministry = _ministry(title, state)
    if ministry:
        return title.strip(" ,"), ministry
    ana = ANAPHORA.search(title)
    if ana:
        word = fold(ana.group(1))
        for m in sorted(state.mentions, key=lambda m: -m.start):
            if m.label == "ORG" and m.start < t_start and word in fold(m.entity.name if m.entity else m.text):
                return title[: ana.start()].strip(" ,"), m.entity.name if m.entity else m.text
    named = NAMED_ORG.search(title)
    if named and not country_code(named.group(1)):
        return title[: named.start()].strip(" ,"), named.group(1)
    return title.strip(" ,"), _country_of_title(title, state)


NAMED_ORG = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:(?:groupe|société|entreprise|firme|banque)\s+)?"
                       r"([A-Z][\w\-&’']+(?:\s+[A-Z][\w\-&’']+){0,3})")
STATE_TITLE = re.compile(r"^(?:président(?:e)?(?:\s+de\s+la\s+République)?|premier\s+ministre|première\s+ministre|"
                         r"chef\s+de\s+l['’]État|chef\s+du\s+gouvernement|roi|émir|prince|ambassadeur|ambassadrice|"
                         r"homologue|secrétaire\s+d['’]état|vice-président(?:e)?)\b", re.I)


def _country_of_title(title: str, state: State) -> str | None:
    """A head of state, minister or ambassador acts for a country: the title's demonym or country,
    else (for a head of state or government) the article's most mentioned country."""
    for word in re.findall(r"[\w\-’']+", title):
        cs = demonym_countries(word)
        if cs:
            return country_name(cs[-1])
    for loc in re.findall(r"\b(?:de|du|d['’])\s*([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)", title):
        code = country_code(loc)
        if code:
            return country_name(code)
    if STATE_TITLE.match(title):
        counts: dict[str, int] = {}
        for _s, _e, code in state.countries:
            counts[code] = counts.get(code, 0) + 1
        if counts:
            return country_name(max(counts, key=lambda c: counts[c]))
    return None


@component("people")
def people(state: State) -> None:
    """Find title and organisation of every person entity."""
    text = state.text
    out: list[Person] = []
    spans = []
    for ent in (e for e in state.entities if e.label == "PER"):
        person = Person(name=ent.name, evidence=list(ent.evidence))
        for start, end in ent.evidence:
            window_start = max(0, start - 160)
            before = text[window_start:start]
            mb = TITLE_BEFORE.search(before)
            ma = TITLE_AFTER.match(text[end: end + 180])
            found = None
            led = LED_BY.search(text[max(0, start - 30): start])
            if ma:
                found = (ma.group("title"), end + ma.start("title"))
            elif led:
                orgs = [m for m in state.mentions if m.label == "ORG" and start - 200 < m.end <= start - 5]
                if orgs:
                    person.title = "président" if led.group(1).lower().startswith("présid") else "directeur"
                    person.org = orgs[-1].entity.name if orgs[-1].entity else orgs[-1].text
                    break
            elif mb:
                found = (mb.group("title"), window_start + mb.start("title"))
            if found:
                title, t_start = found
                title = re.sub(r"\s+(?:et|a|qui|lors|avec)\b.*$", "", title).rstrip()
                person.title, person.org = _org_of(title, t_start, state)
                person.evidence.append((t_start, t_start + len(title)))
                break
        out.append(person)
        spans.append(((ent.evidence[0]), person))
    state.people = out
    state.person_spans = spans
