"""People: each named person with the title and organisation the article gives them.

French appositions carry almost all roles in this press:
- title first: "le Pdg du groupe X, Prénom Nom", "la ministre de l'Industrie, Prénom Nom";
- name first: "Prénom Nom, président du directoire de X", "Mme Nom, ministre de …";
- plural lists: "les ministres de l'Industrie, A, et des Mines, B", "les présidents des deux pays, A et B".
The organisation is a named organisation inside the title, else the ministry of a minister's portfolio
("ministre de l'Industrie" → "ministère de l'Industrie"), else the organisation a generic word or a
possessive points back to ("du groupe", "son directeur"), else the country of a state role.
Every mention of a person is read; the most explicit role wins.
"""

from __future__ import annotations

import re

from accords.read.countries import country_code, country_name, demonym_countries
from accords.read.entities import FOLDED_HEADS, ORG_HEADS, TITLE_WORDS, fold
from accords.read.pipeline import Mention, State, component
from accords.records import Person, Span

_TITLE_ALT = "|".join(sorted((re.escape(w) for w in TITLE_WORDS), key=len, reverse=True))
PARTICLE = r"(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
TITLE_START = re.compile(rf"(?<![\w\-])(?:{_TITLE_ALT})\b", re.I)
# What may stand between a title and the name that follows it: "…, M. ", "… Mme ".
NAME_LEAD = re.compile(r"\s*,?\s*(?:(?:M\.|Mme|MM\.|Mlle|Dr\.?|Pr\.?)\s*)?$")
# A title ends at punctuation; a comma only continues a list of portfolios (", de l'Industrie").
TITLE_STOP = re.compile(rf"[;:()«»\"“”]|\.(?=\s|$)|,(?!\s*{PARTICLE}\s*[A-ZÉÈÀ])")
# Words that end a title: a verb or a clause follows ("…, ministre de X a déclaré", "… qui").
CLAUSE = re.compile(r"\s+(?:a|ont|est|sont|était|qui|que|lors|avec|selon|s['’]est|se|sur|après|"
                    r"et\s+(?!" + PARTICLE + r"\s*(?-i:[A-ZÉÈÀ])))\b.*$", re.I | re.S)
DANGLING = re.compile(r"(?:\s+(?:et|ou|à|au|aux|de|du|des|d['’]|l['’]|la|le|les))+\s*$", re.I)
# Before a name the title is known to end there: only a verb or a new noun phrase breaks it.
CLAUSE_BEFORE = re.compile(r"\s(?:a|ont|est|sont|était|qui|que|lors|avec|selon|s['’]est|se|sur|après|"
                           r"et\s+(?:le|la|les|l['’]|son|sa|ses|leur|leurs|un|une))\b", re.I)
TITLE_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:l['’]actuel(?:le)?|le|la|l['’]|un|une|son|sa|tout|toute|nouveau|nouvelle|nouvel|actuel|"
    rf"actuelle|jeune|ancien|ancienne)\s*)*(?P<title>(?:{_TITLE_ALT})\b)",
    re.I,
)
LED_BY = re.compile(r"\b(présidée?s?|dirigée?s?)\s+par\s+(?:M\.|Mme)?\s*$", re.I)
DELEGATION = re.compile(r"\bdélégation\s+(?P<dem>[\w\-]+)\b[^.;]{0,120}?\b(?:conduite|menée|dirigée|présidée)\s+"
                        r"par\s+(?:M\.|Mme)?\s*(?:(?-i:[A-Z])[\w\-’']+\s*){0,4},?\s*$", re.I)
COUNTERPART = re.compile(r"\bhomologue\s+(?P<dem>[\w\-]+)\s*,\s*(?:le|la|l['’])?\s*$", re.I)
POSSESSIVE = re.compile(r"\b(?:son|sa|leur)\s+$", re.I)
ANAPHORA = re.compile(rf"\b{PARTICLE}\s*(?P<head>{'|'.join(sorted(ORG_HEADS, key=len, reverse=True))}|"
                      r"firme|constructeur|opérateur)\b(?!\s*(?-i:[A-Z0-9«\"]))", re.I)
MINISTER = re.compile(r"^(?:(?:vice-)?(?:premier\s+)?ministre|ministre\s+délégué)\b\s*(?P<adj>[\w\-]+\s+)?"
                      r"(?P<portfolio>(?:de\s+la|de\s+l['’]|des|du|de|d['’]|chargé\s+de).*)$", re.I)
FOREIGN_AFFAIRS = re.compile(r"\baffaires\s+étrangères\b", re.I)
NAMED_ORG = re.compile(rf"\s{PARTICLE}\s*(?:(?:groupe|société|entreprise|firme|banque)\s+)?"
                       r"([A-Z][\w\-&’']+(?:\s+[A-Z][\w\-&’']+){0,3})")
NOT_ORG = {"etat", "république", "republique", "gouvernement", "royaume", "nation", "nations"}
STATE_TITLE = re.compile(r"^(?:président(?:e)?(?:\s+de\s+la\s+République)?|premier\s+ministre|première\s+ministre|"
                         r"chef\s+de\s+l['’][ée]tat|chef\s+du\s+gouvernement|roi|émir|prince|ambassadeur|ambassadrice|"
                         r"homologue|secrétaire\s+d['’][ée]tat|vice-président(?:e)?|ministre)\b", re.I)
# An organisation that only names a state: "le Conseil italien", "le gouvernement malien".
STATE_BODY = re.compile(r"^(?:le\s+|la\s+|l['’])?(?:conseil|gouvernement|état|etat|exécutif|executif|royaume|"
                        r"république|republique|présidence|presidence)\s+(?P<dem>[\w\-]+)$", re.I)
# Plural titles that open a list of people: "les Premiers ministres des deux pays, A et B".
PLURAL_TITLE = re.compile(r"\b(?P<title>(?:premiers\s+|vice-)?ministres|(?:vice-)?présidents|ambassadeurs|"
                          r"directeurs\s+généraux|gouverneurs|secrétaires\s+d['’][ée]tat|chefs\s+d['’][ée]tat)\b", re.I)
LIST_CHUNK = re.compile(rf"^[\s,]*(?:et\s+)?(?:(?:MM?\.|Mme)\s*)?(?P<port>{PARTICLE}\s*[^,;.:()]{{1,80}}?)?"
                        r"[\s,]*(?:et\s+)?(?:(?:MM?\.|Mme)\s*)?$", re.I)
PORTFOLIO_AFTER = re.compile(rf"\s*(?P<port>{PARTICLE}\s*[A-ZÉÈ][^,;.:()]{{1,80}}?)\s*(?:[,;.:()]|$)")
BOTH = re.compile(r"^(?:des|de\s+nos)\s+deux\s+(?:pays|parties|États|Etats|gouvernements)$", re.I)

# How explicit a role is: a named organisation beats a guessed country, which beats a bare title.
EXPLICIT, GUESSED, BARE = 3, 2, 1


def _name(m: Mention) -> str:
    return m.entity.name if m.entity else m.text


def _persons(state: State) -> list[Mention]:
    return [m for m in state.mentions if m.label == "PER"]


def _demonym(word: str) -> str | None:
    cs = demonym_countries(word)
    return country_name(cs[-1]) if cs else None


def _ministry(title: str, state: State) -> str | None:
    """'ministre de l'Industrie et des Mines' -> the ministry entity, or its name built from the title."""
    m = MINISTER.match(title)
    if not m:
        return None
    name = "ministère " + m.group("portfolio")
    key = fold(name)
    ministries = [e for e in state.entities if e.label == "ORG" and fold(e.name).startswith("ministere")]
    for e in ministries:
        if fold(e.name) == key:
            return e.name
    for e in ministries:
        rest = fold(e.name)[len(key):] if fold(e.name).startswith(key) else None
        if fold(e.name) in key or (rest is not None and not set(rest.split()) & FOLDED_HEADS):
            return e.name
    return name


def _main_countries(state: State, pos: int) -> list[str]:
    """The countries an article is about, in order: a compound demonym near ``pos`` ("algéro-tunisien"),
    else the countries named most, in order of first mention."""
    for m in reversed(list(re.finditer(r"\b\w+(?:-\w+)+\b", state.text[max(0, pos - 600): pos + 200]))):
        cs = demonym_countries(m.group(0))
        if len(cs) >= 2:
            return cs
    counts: dict[str, int] = {}
    for _s, _e, code in state.countries:
        counts[code] = counts.get(code, 0) + 1
    top = sorted(counts, key=lambda c: -counts[c])[:2]
    first = {code: s for s, _e, code in reversed(state.countries)}
    return sorted(top, key=lambda c: first[c])


def _context_country(t_start: int, state: State) -> str | None:
    """The country a role is given just before it: "une délégation malienne conduite par X, …",
    "son homologue malienne, la ministre de …"."""
    before = state.text[max(0, t_start - 200): t_start]
    for rx in (DELEGATION, COUNTERPART):
        d = rx.search(before)
        if d and _demonym(d.group("dem")):
            return _demonym(d.group("dem"))
    return None


def _country_of_title(title: str, t_start: int, state: State) -> tuple[str | None, int]:
    """A head of state, minister or ambassador acts for a country: the title's demonym or country,
    the delegation they lead, else (for a state role) the article's most mentioned country."""
    for word in re.findall(r"[\w\-’']+", title):
        c = _demonym(word)
        if c:
            return c, EXPLICIT
    for loc in re.findall(r"\b(?:de|du|d['’])\s*([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)", title):
        code = country_code(loc)
        if code:
            return country_name(code), EXPLICIT
    context = _context_country(t_start, state)
    if context:
        return context, EXPLICIT
    if STATE_TITLE.match(title):
        counts: dict[str, int] = {}
        for _s, _e, code in state.countries:
            counts[code] = counts.get(code, 0) + 1
        if counts:
            return country_name(max(counts, key=lambda c: counts[c])), GUESSED
    return None, BARE


def _org_back(state: State, pos: int, word: str | None = None) -> str | None:
    """The nearest organisation named before ``pos`` (whose name holds ``word``, if given)."""
    for m in sorted(state.mentions, key=lambda m: -m.start):
        if m.label != "ORG" or m.end > pos or (word is None and pos - m.end > 400):
            continue
        name = _name(m)
        names = [name, *(m.entity.aliases if m.entity else [])]
        if word is None or any(word in fold(a) for a in names) or fold(state.text[max(0, m.start - 30): m.start]
                                                                       ).rstrip().endswith(word):
            return name
    return None


def _org_of(title: str, t_start: int, state: State) -> tuple[str, str | None, int]:
    """Split a title phrase into (title, organisation, how explicit)."""
    t_end = t_start + len(title)
    orgs = [m for m in state.mentions if m.label == "ORG" and t_start <= m.start < t_end]
    ana = ANAPHORA.search(title)
    if ana and ana.end() == len(title.rstrip(" ,")):  # "… du groupe, Prénom Nom": the group named before
        org = _org_back(state, t_start, fold(ana.group("head")))
        if org:
            return title[: ana.start()].strip(" ,"), org, EXPLICIT
    if orgs:
        org = orgs[0]
        head = _clean(re.sub(r"\s+(?:au\s+sein\s+de|chez|groupe)\s*$", "", title[: org.start - t_start]))
        name = _name(org)
        body = STATE_BODY.match(name)
        if body and _demonym(body.group("dem")):
            return title.strip(" ,"), _demonym(body.group("dem")), EXPLICIT
        return (head.strip() or title).strip(" ,"), name, EXPLICIT
    ministry = _ministry(title, state)
    if ministry:
        country = _context_country(t_start, state)
        if not country and FOREIGN_AFFAIRS.search(title):  # a foreign minister speaks for the country
            country = _country_of_title(title, t_start, state)[0]
        return title.strip(" ,"), country or ministry, EXPLICIT
    lead = state.text[max(0, t_start - 12): t_start]
    if POSSESSIVE.search(lead) and not STATE_TITLE.match(title):
        org = _org_back(state, t_start)
        if org:
            return title.strip(" ,"), org, EXPLICIT
    ana = ANAPHORA.search(title)
    if ana:
        org = _org_back(state, t_start, fold(ana.group("head")))
        if org:
            return title[: ana.start()].strip(" ,"), org, EXPLICIT
    named = NAMED_ORG.search(title)
    if named and not country_code(named.group(1)) and fold(named.group(1).split()[0]) not in NOT_ORG:
        return title[: named.start()].strip(" ,"), named.group(1), EXPLICIT
    country, how = _country_of_title(title, t_start, state)
    return title.strip(" ,"), country, how


def _clean(title: str) -> str:
    """A title without the clause that follows it and without a dangling function word."""
    return DANGLING.sub("", CLAUSE.sub("", title)).rstrip(" ,")


def _title_after(state: State, end: int) -> tuple[str, int] | None:
    """"Prénom Nom, directeur général de X, a …" -> the title and where it starts."""
    text = state.text
    m = TITLE_AFTER.match(text[end: end + 200])
    if not m:
        return None
    start = end + m.start("title")
    stop = TITLE_STOP.search(text, start, end + 200)
    stop_at = stop.start() if stop else min(len(text), end + 200)
    nxt = [p.start for p in _persons(state) if start < p.start < stop_at]
    title = _clean(text[start: min([stop_at, *nxt])])
    return (title, start) if title else None


def _title_before(state: State, start: int) -> tuple[str, int] | None:
    """"le Pdg du groupe X, Prénom Nom" -> the leftmost title that reaches the name unbroken."""
    text = state.text
    lo = max(0, start - 160)
    lead = NAME_LEAD.search(text, lo, start)
    stop = lead.start() if lead else start
    people = [p for p in _persons(state) if lo <= p.start < start]
    for m in TITLE_START.finditer(text, lo, stop):
        title = text[m.start(): stop]
        if (TITLE_STOP.search(title) or CLAUSE_BEFORE.search(title) or any(p.start >= m.start() for p in people)
                or len(title) > 140):
            continue
        return title.rstrip(" ,"), m.start()
    return None


def _singular(title: str) -> str:
    """"Premiers ministres" -> "Premier ministre", "directeurs généraux" -> "directeur général"."""
    out = []
    for w in title.split():
        if re.match(r"d['’]", w):
            out.append(w)
            continue
        w = re.sub(r"aux$", "al", w) if w.lower().endswith("généraux") else re.sub(r"s$", "", w)
        out.append(w)
    return re.sub(r"^premier\b", "Premier", " ".join(out), flags=re.I)


def _from_list(state: State, per: Mention) -> tuple[str, str | None, int, Span] | None:
    """"les ministres de l'Industrie, A, et des Mines, B" / "les présidents des deux pays, A et B"."""
    text = state.text
    lo = max(0, per.start - 300)
    titles = list(PLURAL_TITLE.finditer(text, lo, per.start))
    if not titles:
        return None
    head = titles[-1]
    members = [p for p in _persons(state) if head.end() <= p.start and p.end <= per.end + 400]
    members.sort(key=lambda p: p.start)
    chunks: list[re.Match[str]] = []
    pos = head.end()
    listed: list[Mention] = []
    for p in members:
        c = LIST_CHUNK.match(text[pos: p.start])
        if not c or CLAUSE_BEFORE.search(c.group(0)):
            break
        chunks.append(c)
        listed.append(p)
        pos = p.end
    if per not in listed:
        return None
    k = listed.index(per)
    singular = _singular(head.group("title"))
    port = chunks[k].group("port")
    if not port and k and chunks[0].group("port") and BOTH.match(chunks[0].group("port").strip()):
        port = chunks[0].group("port")
    if not port:
        after = PORTFOLIO_AFTER.match(text, per.end, per.end + 120)
        if after and not BOTH.match(after.group("port")):
            port = after.group("port")
    if port and BOTH.match(port.strip()):
        cs = _main_countries(state, head.start())
        return singular, (country_name(cs[k]) if k < len(cs) else None), GUESSED, (head.start(), head.end())
    if port:
        dems = [c for w in port.split() for c in demonym_countries(w)]
        if len(dems) == len(listed):
            return singular, country_name(dems[k]), EXPLICIT, (head.start(), head.end())
        title = f"{singular} {port.strip()}"
        t_title, org, how = _org_of(title, head.start(), state)
        return t_title, org, how, (head.start(), head.end())
    country, how = _country_of_title(singular, head.start(), state)
    return singular, country, how, (head.start(), head.end())


def _role(state: State, per: Mention) -> tuple[str | None, str | None, int, Span | None]:
    """The title, organisation and explicitness of the role given at one mention of a person."""
    text = state.text
    after = _title_after(state, per.end)
    if after:
        title, t_start = after
        return (*_org_of(title, t_start, state), (t_start, t_start + len(title)))
    led = LED_BY.search(text[max(0, per.start - 30): per.start])
    if led:
        orgs = [m for m in state.mentions if m.label == "ORG" and per.start - 200 < m.end <= per.start - 5]
        if orgs:
            title = "président" if led.group(1).lower().startswith("présid") else "directeur"
            return title, _name(orgs[-1]), EXPLICIT, None
    listed = _from_list(state, per)
    if listed:
        return listed
    before = _title_before(state, per.start)
    if before:
        title, t_start = before
        return (*_org_of(title, t_start, state), (t_start, t_start + len(title)))
    return None, None, 0, None


@component("people")
def people(state: State) -> None:
    """Find title and organisation of every person entity."""
    out: list[Person] = []
    spans = []
    by_entity: dict[int, list[Mention]] = {}
    for m in _persons(state):
        if m.entity is not None:
            by_entity.setdefault(id(m.entity), []).append(m)
    for ent in (e for e in state.entities if e.label == "PER"):
        person = Person(name=ent.name, evidence=list(ent.evidence))
        best: tuple[str | None, str | None, int, Span | None] = (None, None, 0, None)
        for per in by_entity.get(id(ent), []):
            role = _role(state, per)
            rank = role[2] + (1 if role[1] else 0)
            if role[0] and rank > best[2] + (1 if best[1] else 0):
                best = role
        person.title, person.org = best[0], best[1]
        if best[3]:
            person.evidence.append(best[3])
        out.append(person)
        spans.append((ent.evidence[0], person))
    state.people = out
    state.person_spans = spans
