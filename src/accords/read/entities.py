"""Entities: correct the statistical NER on economic press, pair acronyms, group spellings.

Steps, each a small named function:
- ``title_spans``: "ministre de l'Industrie et des Mines", "Pdg du groupe" — portfolio words
  inside a title are not entities of their own.
- ``org_names``: organisation names found by their head noun ("Agence nationale des …",
  "ministère de l'Industrie et de la Production pharmaceutique", "groupe public des …").
- ``relabel``: fix labels (all-caps acronyms are ORG, "DA"/"DH" are currencies, titles are not
  ORG, lone surnames of companies tagged PER are ORG…).
- ``pair_acronyms``: "… des exportations (CAGEX)" links the acronym to its long form.
- ``group``: every spelling of one entity becomes one Entity with aliases.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from accords.read.countries import capital_country, country_code, demonym_countries
from accords.read.pipeline import Mention, State, component
from accords.records import Entity, Span

# --- vocabulary -------------------------------------------------------------------------------

ORG_HEADS = {
    "compagnie", "société", "societe", "agence", "office", "institut", "entreprise", "groupe",
    "association", "fédération", "federation", "confédération", "confederation", "chambre",
    "banque", "centre", "conseil", "commission", "fonds", "bourse", "union", "organisation",
    "autorité", "autorite", "caisse", "laboratoire", "ministère", "ministere", "université",
    "universite", "école", "ecole", "forum", "comité", "comite", "bibliothèque", "bibliotheque",
    "zone", "holding", "établissement", "etablissement", "cluster", "observatoire", "direction",
    "secrétariat", "fondation", "assemblée", "parlement", "haut-commissariat", "tribunal", "cour",
    "complexe", "consortium", "coopérative", "cooperative", "syndicat", "mutuelle", "port", "pôle",
}
# Heads that name an organisation even in lower case, after a definite article.
LOWER_HEADS = {
    "ministère", "ministere", "agence", "office", "institut", "association", "fédération",
    "confédération", "bibliothèque", "autorité", "compagnie", "laboratoire", "banque", "chambre",
    "caisse", "fonds", "bourse", "société", "entreprise", "groupe", "conseil", "centre",
}
TITLE_WORDS = {
    "ministre", "pdg", "p-dg", "président", "presidente", "présidente", "president", "directeur",
    "directrice", "secrétaire", "secretaire", "ambassadeur", "ambassadrice", "vice-président",
    "vice-présidente", "gouverneur", "wali", "premier", "première", "chef", "responsable", "dg",
    "conseiller", "conseillère", "sous-directeur", "délégué", "déléguée", "administrateur",
    "senior", "chief", "ceo", "coo", "cfo", "fondateur", "fondatrice", "patron", "porte-parole",
    "représentant", "représentante", "homologue", "président-directeur", "présidente-directrice", "roi",
    "prince", "émir", "commissaire", "coordinateur", "coordinatrice", "manager", "gérant", "gérante",
}
PERSON_PREFIX = re.compile(
    r"^(?:(?:M|Mme|Mmes|MM|Mlle|Dr|Pr|Me|Sr)\.?\s+|(?:Monsieur|Madame|Docteur|Professeur|Son Excellence|"
    r"S\.E\.|Cheikh|Sheikh|Président|Présidente|Ministre|Premier ministre|Roi|Émir|Emir)\s+)+"
)
CURRENCY_WORDS = {"da", "dh", "dhs", "dt", "mda", "mdh", "mdt", "fcfa", "cfa", "eur", "usd", "dzd", "mad",
                  "tnd", "xof", "xaf", "euros", "dollars", "dinars", "dirhams", "francs cfa"}
GENERIC = {
    "etat", "état", "royaume", "centre", "gouvernement", "république", "republique", "président",
    "ministre", "signature", "premiers", "partenariat", "accord", "convention", "protocole",
    "mémorandum", "memorandum", "published", "photo", "source", "lire", "partager", "twitter",
    "facebook", "covid-19", "covid", "mou", "industrie", "mines", "finances", "energie", "énergie",
    "commerce", "tourisme", "transports", "production", "sud", "nord", "est", "ouest",
}
ARTICLE = re.compile(r"^(?:l['’]|la\s+|le\s+|les\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’]|au\s+|aux\s+)",
                     re.I)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,11}$|^[A-Z][a-z]?[A-Z][A-Za-z0-9.\-]{0,9}$")
ACRO_PAREN = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-’']{1,14})\s*\)")
WILAYA = re.compile(r"^(?:wilaya|province|région|region|gouvernorat|daïra|commune|ville)\s+(?:de\s+|d['’])", re.I)
TITLE_CHAIN = re.compile(
    r"\b(?:(?:vice-)?(?:premier\s+)?ministres?|ministre\s+délégué|secrétaire\s+d['’]État|"
    r"[Pp]-?[Dd][Gg]|président(?:e)?(?:-directeur\s+général)?|directeur\s+général|directrice\s+générale|"
    r"gouverneur|ambassadeur|ambassadrice)"
    r"(?:\s+\w+)?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*"
    r"[\w’'\-]+(?:\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\w’'\-]+|\s+[a-zéèêàç][\w\-]+){0,6}",
    re.I,
)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without accents, apostrophes unified, spaces collapsed."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()


FOLDED_TITLES = frozenset(fold(w) for w in TITLE_WORDS)
FOLDED_HEADS = frozenset(fold(h) for h in ORG_HEADS)


def is_acronym(s: str) -> bool:
    """"CAGEX", "ADI.PME", "BpiFrance" — short, capitalised inside."""
    return bool(ACRONYM.match(s)) and sum(c.isupper() for c in s) >= 2


def strip_article(text: str, start: int) -> tuple[str, int]:
    m = ARTICLE.match(text)
    if m and len(text) > m.end():
        return text[m.end():], start + m.end()
    return text, start


# --- steps ------------------------------------------------------------------------------------


def title_spans(text: str) -> list[Span]:
    """Spans of role titles with their portfolio: "ministre de l'Industrie et des Mines"."""
    return [m.span() for m in TITLE_CHAIN.finditer(text)
            if fold(m.group(0)).startswith(("ministre", "vice", "premier"))]


def org_names(doc) -> list[Mention]:
    """Organisation names found by a head noun followed by its complements."""
    out = []
    toks = list(doc)
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        low = tok.lower_
        cap = tok.text[:1].isupper()
        prev = toks[i - 1].lower_ if i else ""
        head_ok = (low in ORG_HEADS and cap) or (
            low in LOWER_HEADS and prev in {"l'", "l’", "la", "le", "du", "au"}
        )
        if not head_ok or (low == "groupe" and not cap and (i + 1 >= n or toks[i + 1].lower_ not in {"public"})):
            i += 1
            continue
        j = i + 1
        last_content = i
        while j < n and j - i < 16:
            t = toks[j]
            tl = t.lower_
            if t.is_punct and t.text not in {"-", "'", "’"} or "\n" in t.whitespace_ or t.like_num:
                break
            if tl == "pour" and not (j + 2 < n and (toks[j + 1].text[:1].isupper() or toks[j + 2].text[:1].isupper())):
                break  # "Association … pour l'Industrie" names; "Agence … pour l'aménagement" describes
            if tl in {"de", "du", "des", "d'", "d’", "pour", "la", "l'", "l’", "à", "aux", "sur"}:
                j += 1
                continue
            if tl == "et":
                nxt = toks[j + 1].lower_ if j + 1 < n else ""
                if nxt in {"de", "du", "des", "d'", "d’"} or (j + 1 < n and toks[j + 1].text[:1].isupper()
                                                          and cap and toks[j + 1].pos_ != "DET"):
                    j += 1
                    continue
                break
            if t.pos_ in {"NOUN", "ADJ", "PROPN", "X"} or (t.text[:1].isupper() and t.pos_ != "VERB"):
                if tl in {"en", "qui", "que", "dont"}:
                    break
                last_content = j
                j += 1
                continue
            break
        if last_content > i:
            span = doc[i: last_content + 1]
            if len(span) >= 2:
                out.append(Mention(span.start_char, span.end_char, "ORG", span.text))
            i = last_content + 1
        else:
            i += 1
    return out


GENERIC_ORG = re.compile(r"^(?:groupe|entreprise|societe|compagnie|banque|operateur)s?\s+"
                         r"(?:public|publique|prive|privee|"
                         r"national|nationale|etranger|etrangere|industriel|industrielle|local|locale)s?$")


def clean_mention(m: Mention, text: str) -> Mention | None:
    """Trim articles, person prefixes and line breaks; drop what is not an entity."""
    s, start = m.text, m.start
    if "\n" in s:  # a span across a paragraph break is two things; keep the longer part
        parts = s.split("\n")
        best = max(parts, key=len)
        start += s.index(best)
        s = best
    lead = len(s) - len(s.lstrip())
    s, start = s.strip(), start + lead
    s, start = strip_article(s, start)
    if m.label == "PER":
        pm = PERSON_PREFIX.match(s)
        if pm:
            s, start = s[pm.end():], start + pm.end()
    s = re.sub(r"[\s,;:.\-–]+$", "", s)
    s = re.sub(r"\s+(?:et|en|de|du|des|d['’]|la|le|les|à)$", "", s)
    if len(s) < 2 or fold(s) in GENERIC or fold(s) in CURRENCY_WORDS:
        return None
    if m.label == "ORG" and GENERIC_ORG.match(fold(s)):
        return None
    return Mention(start, start + len(s), m.label, s)


def relabel(m: Mention, text: str) -> Mention | None:
    """Fix the statistical label of one mention, or drop it."""
    s = m.text
    first = fold(s.split()[0]) if s.split() else ""
    if first in FOLDED_TITLES:
        return None
    if m.label == "MISC":
        if is_acronym(s) or first in FOLDED_HEADS:
            m.label = "ORG"
        else:
            return None
    if m.label in {"LOC", "PER"} and is_acronym(s):
        m.label = "LOC" if country_code(s) or capital_country(s) else "ORG"
    if m.label == "LOC":
        w = WILAYA.match(s)
        if w:
            return Mention(m.start + w.end(), m.end, "LOC", s[w.end():])
        if first in FOLDED_HEADS:
            m.label = "ORG"
        elif not s[:1].isupper() or (demonym_countries(s.split()[-1]) and not country_code(s)):
            return None
    if m.label == "ORG" and not s[:1].isupper() and first not in FOLDED_HEADS:
        return None
    if m.label == "PER" and len(s.split()) == 1:
        before = text[max(0, m.start - 6): m.start]
        if not re.search(r"\b(?:M|Mme|MM|Dr)\.?\s*$", before):
            m.label = "ORG"
    return m


TITLE_BEFORE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b[^,.;:()]{0,90},\s*$", re.I)


def persons_as_places(text: str, mentions: list[Mention]) -> None:
    """Names tagged LOC that are people: after a title apposition ("le ministre de X, Prénom Nom"),
    or whose last words are a person's ("M. Nom" elsewhere)."""
    surnames = {fold(m.text.split()[-1]) for m in mentions if m.label == "PER"}
    org_names_folded = {fold(m.text) for m in mentions if m.label == "ORG"}
    for m in mentions:
        if m.label != "LOC" or country_code(m.text) or capital_country(m.text):
            continue
        if fold(m.text.split()[-1]) in surnames or (
                len(m.text.split()) >= 2 and TITLE_BEFORE_NAME.search(text[max(0, m.start - 120): m.start])):
            m.label = "PER"
        elif fold(m.text) in org_names_folded or COMPANY_BEFORE.search(text[max(0, m.start - 40): m.start]):
            m.label = "ORG"
        elif "-" in m.text and all(country_code(p) for p in m.text.split("-")):
            m.label = "DROP"  # "Algérie-France" names a relation, not a place
    for i, m in enumerate(mentions):
        # "le directeur général de Tessitura Rossi, Paolo Venturi": the name after a title's "de" is an org
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (m.label == "PER" and nxt is not None and nxt.label == "PER"
                and re.fullmatch(r"\s*,\s*", text[m.end: nxt.start])
                and TITLE_OF.search(text[max(0, m.start - 80): m.start])):
            m.label = "ORG"
    mentions[:] = [m for m in mentions if m.label != "DROP"]


TITLE_OF = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b[^,.;]{0,40}?"
                      r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:groupe\s+|société\s+)?$", re.I)


COMPANY_BEFORE = re.compile(r"\b(?:groupe|société|entreprise|laboratoire|firme|compagnie|constructeur|équipementier|"
                            r"filiale|marque|holding|opérateur|fabricant|producteur|leader|géant)\s+"
                            r"(?:[a-zéèêëàâîïôûç\-]+\s+){0,2}[«\"“]?\s*$", re.I)


def pair_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Map folded acronym -> folded long form, from "Long Name (ACRO)" in the text."""
    pairs: dict[str, str] = {}
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.end)
    for pm in ACRO_PAREN.finditer(text):
        acro = pm.group(1)
        if not is_acronym(acro) and not acro.isupper():
            continue
        before = [m for m in orgs if 0 <= pm.start() - m.end <= 3 and m.text != acro]
        if before:
            pairs[fold(acro)] = fold(before[-1].text)
    return pairs


GENERIC_HEAD = re.compile(r"^(?:(?:le|la|l')\s*)?(?:groupe|group|societe|entreprise|laboratoire|compagnie|firme|"
                          r"constructeur|operateur|geant|holding|filiale|banque)\s+(?:public\s+|prive\s+)?")


def core_name(folded: str) -> str:
    """"entreprise algérienne condor" -> "condor"; "groupe public saidal" -> "saidal"."""
    m = GENERIC_HEAD.match(folded)
    if not m:
        return folded
    rest = folded[m.end():].split()
    while len(rest) > 1 and (demonym_countries(rest[0]) or rest[0] in {"pharmaceutique", "industriel", "public",
                                                                        "prive", "national", "international"}):
        rest = rest[1:]
    return " ".join(rest) or folded


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s'’\-]+", name) if w and fold(w) not in
             {"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "a", "aux", "of", "the", "and"}]
    return "".join(w[0] for w in words).lower()


def group(mentions: list[Mention], acronyms: dict[str, str]) -> list[Entity]:
    """Group the spellings of one entity; the fullest form names it."""
    entities: list[Entity] = []
    index: dict[tuple[str, str], Entity] = {}

    def key_variants(m: Mention) -> list[str]:
        f = fold(m.text)
        keys = [f]
        if m.label == "ORG":
            keys.append(core_name(f))
            if f in acronyms:
                keys.append(acronyms[f])
            for acro, long in acronyms.items():
                if long == f:
                    keys.append(acro)
        return keys

    for m in sorted(mentions, key=lambda m: -len(m.text)):
        keys = key_variants(m)
        ent = next((index[(m.label, k)] for k in keys if (m.label, k) in index), None)
        if ent is None and m.label == "PER":
            last = fold(m.text.split()[-1])
            ent = next((e for e in entities if e.label == "PER" and fold(e.name.split()[-1]) == last), None)
        if ent is None and m.label == "ORG" and is_acronym(m.text):
            ini = fold(m.text).replace(".", "").replace("-", "")
            ent = next((e for e in entities if e.label == "ORG" and len(e.name.split()) >= 3
                        and _initials(e.name).startswith(ini[:3]) and ini in _initials(e.name)
                        and len(ini) >= 3), None)
        if ent is None:
            ent = Entity(label=m.label, name=m.text)
            entities.append(ent)
        if m.text not in ent.aliases and m.text != ent.name:
            ent.aliases.append(m.text)
        ent.evidence.append((m.start, m.end))
        for k in keys:
            index.setdefault((m.label, k), ent)
        m.entity = ent
    for e in entities:
        e.evidence.sort()
        if e.label == "LOC":
            e.country = country_code(e.name) or capital_country(e.name)
    entities.sort(key=lambda e: e.evidence[0])
    return entities


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@component("entities")
def entities(state: State) -> None:
    """Correct, complete and group the named entities of the article."""
    text = state.text
    state.title_spans = title_spans(text)
    raw = [Mention(e.start_char, e.end_char, e.label_, e.text) for e in state.doc.ents]
    rules = org_names(state.doc)
    mentions: list[Mention] = []
    for m in raw:
        # a statistical mention inside a rule name is replaced by the rule name
        if m.label in {"ORG", "MISC", "LOC"} and any(r.start <= m.start and m.end <= r.end and
                                                      (r.end - r.start) > (m.end - m.start) for r in rules):
            continue
        if any(t[0] <= m.start and m.end <= t[1] for t in state.title_spans) and m.label != "PER":
            continue
        c = clean_mention(m, text)
        c = c and relabel(c, text)
        if c:
            mentions.append(c)
    for r in rules:
        if any(t[0] <= r.start and r.end <= t[1] for t in state.title_spans):
            continue
        c = clean_mention(r, text)
        if c and not any(_overlaps((c.start, c.end), (o.start, o.end)) and (o.end - o.start) > (c.end - c.start)
                         for o in mentions):
            mentions = [o for o in mentions if not _overlaps((c.start, c.end), (o.start, o.end))]
            mentions.append(c)
    mentions.sort(key=lambda m: m.start)
    persons_as_places(text, mentions)
    acronyms = pair_acronyms(text, mentions)
    state.entities = group(mentions, acronyms)
    state.mentions = mentions
