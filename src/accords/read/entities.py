"""Entities: correct the statistical NER on economic press, pair acronyms, group spellings.

Steps, each a small named function:
- ``title_spans``: "ministre de l'Industrie et des Mines", "Pdg du groupe" — portfolio words
  inside a title are not entities of their own.
- ``org_names``: organisation names found by their head noun ("Agence nationale des …",
  "ministère de l'Industrie et de la Production pharmaceutique", "groupe public des …").
- ``relabel``: fix labels (all-caps acronyms are ORG, "DA"/"DH" are currencies, titles are not
  ORG, lone surnames of companies tagged PER are ORG…).
- ``pair_acronyms``: "… des exportations (CAPREX)" links the acronym to its long form.
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
    r"[\w’'\-]+(?:\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\w’'\-]+|\s+[a-zéèêàç][\w\-]+|"
    r",\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*(?-i:[A-ZÀÂÉÈÊÎÔ])[\w’'\-]+){0,6}",
    re.I,
)


UPPER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"
LOWER_WORD = r"[a-zàâäçéèêëîïôöùûü\-]+"
# Lower-case descriptors of a company: "le groupe portugais X", "la société turque X", "l'équipementier X".
DESC_HEADS = (
    "groupe", "société", "entreprise", "firme", "compagnie", "constructeur", "équipementier", "laboratoire",
    "opérateur", "fabricant", "producteur", "holding", "filiale", "géant", "cimentier", "sidérurgiste",
    "chocolatier", "assureur", "transporteur", "promoteur", "start-up", "startup", "distributeur", "armateur",
    "motoriste", "énergéticien", "conglomérat", "consortium", "pétrolier", "gazier", "banque", "sous-traitant",
)
DESC_ADJ = {
    "public", "publique", "publics", "publiques", "privé", "privée", "privés", "privées", "national", "nationale",
    "international", "internationale", "étatique", "mondial", "mondiale", "pharmaceutique", "industriel",
    "industrielle", "automobile", "automobiles", "pétrolier", "pétrolière", "gazier", "gazière", "minier",
    "minière", "chimique", "agroalimentaire", "textile", "sidérurgique", "énergétique", "technologique",
    "historique", "familial", "familiale", "multinational", "multinationale", "européen", "européenne",
    "africain", "africaine", "asiatique", "arabe", "maghrébin", "maghrébine", "leader",
    "aéronautique", "ferroviaire", "électrique", "numérique", "agricole",
}
_NAME_WORD = rf"[{UPPER}][\w'’&\-]*(?:\.[\w]+)*"
DESCRIPTOR = re.compile(
    rf"\b(?:{'|'.join(DESC_HEADS)})s?\s+(?P<mods>(?:{LOWER_WORD}\s+){{0,3}})[«\"“]?\s*"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,4}})")
LEAD_DESCRIPTOR = re.compile(
    rf"^(?:(?:{'|'.join(DESC_HEADS)})s?|(?:Groupe|Société|Entreprise|Compagnie|Firme|Laboratoire)s?)\s+"
    rf"(?P<mods>(?:{LOWER_WORD}\s+){{0,3}})[«\"“]?\s*(?=[{UPPER}])")


class _FoldTable(dict):
    """``str.translate`` table built as characters are met: each one to its base letter, or a space."""

    def __missing__(self, code: int) -> str:
        f = "".join(x for x in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(x))
        self[code] = f[:1] if f else " "
        return self[code]


_FOLD_TABLE = _FoldTable({ord("’"): "'"})


@lru_cache(maxsize=32768)
def fold_in_place(s: str) -> str:
    """Lower case without accents, one character for one character, so that offsets into the folded
    text are offsets into ``s``."""
    low = s.lower()
    if len(low) != len(s):  # "İ" lowers to two characters
        low = "".join(c.lower()[:1] for c in s)
    return low.translate(_FOLD_TABLE)


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lower case without accents, apostrophes unified, spaces collapsed."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s).strip()


FOLDED_TITLES = frozenset(fold(w) for w in TITLE_WORDS)
FOLDED_HEADS = frozenset(fold(h) for h in ORG_HEADS)


def is_acronym(s: str) -> bool:
    """"CAPREX", "AGI.PME", "InvestCo" — short, capitalised inside."""
    return bool(ACRONYM.match(s)) and sum(c.isupper() for c in s) >= 2


def descriptor_mods_ok(mods: str, demonym_only: bool = False) -> bool:
    """Words between a company head noun and its name: demonyms or a few classifying adjectives."""
    words = mods.split()
    if demonym_only and not words:
        return False
    return all(bool(demonym_countries(w)) or (not demonym_only and w in DESC_ADJ) for w in words)


def strip_descriptor(s: str) -> int:
    """Length of a leading descriptor ("entreprise portugaise ", "Groupe français ") before a name, else 0.
    Capitalised heads stay when part of the name ("Société nationale des …", "Groupe Vantor")."""
    m = LEAD_DESCRIPTOR.match(s)
    if not m or m.end() >= len(s):
        return 0
    if not m.group("mods").strip():
        return 0  # "société Sotrapex": the head stays, titles end at it ("PDG de la société X")
    return m.end() if descriptor_mods_ok(m.group("mods"), demonym_only=s[:1].isupper()) else 0


def strip_article(text: str, start: int) -> tuple[str, int]:
    m = ARTICLE.match(text)
    if m and len(text) > m.end():
        return text[m.end():], start + m.end()
    return text, start


# --- steps ------------------------------------------------------------------------------------


CHARGED_WITH = re.compile(
    r"\bchargée?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\w’'\-]+"
    r"(?:\s+(?:et\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*[\w’'\-]+|\s+[a-zéèêàç][\w\-]+){0,6}")
TITLE_NEAR = re.compile(r"\b(?:ministre|secrétaire|délégué|déléguée|conseiller|conseillère|commissaire)\b"
                        r"[^.;()]{0,30}$", re.I)


def title_spans(text: str) -> list[Span]:
    """Spans of role titles with their portfolio: "ministre de l'Industrie et des Mines",
    "secrétaire d'État chargé de l'Énergie renouvelable"."""
    spans = [m.span() for m in TITLE_CHAIN.finditer(text)
             if fold(m.group(0)).startswith(("ministre", "vice", "premier"))]
    spans += [m.span() for m in CHARGED_WITH.finditer(text)
              if TITLE_NEAR.search(text[max(0, m.start() - 40): m.start()])]
    return spans


MINISTRY_HEADS = frozenset({"ministère", "ministere"})
PORTFOLIO_ARTICLES = frozenset({"la", "l'", "l’"})


def _portfolio_follows(toks: list, k: int) -> bool:
    """Whether tokens from ``k`` go on with another capitalised portfolio ("de l'Industrie", "des Mines")."""
    if k >= len(toks) or toks[k].lower_ not in {"de", "du", "des", "d'", "d’"}:
        return False
    k += 1
    if k < len(toks) and toks[k].lower_ in PORTFOLIO_ARTICLES:
        k += 1
    return k < len(toks) and toks[k].text[:1].isupper()


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
            if t.text == "," and low in MINISTRY_HEADS and _portfolio_follows(toks, j + 1):
                j += 1  # "ministère du Commerce, de l'Industrie et des PME": one portfolio list
                continue
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


# "le président du conseil d'administration de X": the board is X's, the organisation is X
BOARD = re.compile(r"^(?:conseil\s+d['’]administration|conseil\s+de\s+surveillance|comit[ée]\s+de\s+direction|"
                   r"directoire|comit[ée]\s+ex[ée]cutif)\b\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?", re.I)
# "lie la société X à l'entreprise Y", "X avec le groupe Y": the statistical NER runs two names together
JOINED_ORGS = re.compile(r"\s+(?:à|avec|et)\s+(?:la|le|les|l['’])\s*(?:entreprise|soci[ée]t[ée]|groupe|compagnie|firme|"
                         r"banque|constructeur|laboratoire)s?\b")
# "Casablanca - Le constructeur marocain": a dateline run into the first words of the lede
DATELINE_RUN = re.compile(r"\s[-–—]\s+(?:Le|La|Les|L['’]|Un|Une)\b")


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
    s = re.sub(r"[\s,;:.\-–|]+$", "", s)
    s = re.sub(r"\s+(?:et|en|de|du|des|d['’]|la|le|les|à)$", "", s)
    if len(s) < 2 or fold(s) in GENERIC or fold(s) in CURRENCY_WORDS:
        return None
    if m.label == "ORG" and GENERIC_ORG.match(fold(s)):
        return None
    joined = JOINED_ORGS.search(s) if m.label == "ORG" else None
    if joined:  # "Société X à l'entreprise libyenne Y": two organisations; the second is found by its descriptor
        s = s[: joined.start()]
    if " | " in s or DATELINE_RUN.search(s):
        return None  # a rubric line ("Économie | Publié le …") or a dateline, no name
    if m.label == "ORG":
        board = BOARD.match(s)
        if board:
            if board.end() >= len(s):
                return None
            s, start = s[board.end():], start + board.end()
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
    if m.label == "PER" and not s[:1].isupper():
        return None  # "tacite reconduction": a name starts with a capital
    if m.label == "PER" and len(s.split()) == 1:
        before = text[max(0, m.start - 6): m.start]
        if not re.search(r"\b(?:M|Mme|MM|Dr)\.?\s*$", before):
            m.label = "ORG"
    return m


TITLE_BEFORE_NAME = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b[^,.;:()]{0,90},\s*$", re.I)


PLACE_BEFORE = re.compile(r"\b(?:gisements?|mines?|sites?|zones?|régions?|wilayas?|villes?|localités?|communes?|"
                          r"provinces?|ports?|barrages?|périmètres?|plaines?|vallées?|bassins?|oasis|villages?|"
                          r"départements?|gouvernorats?|préfectures?)\s+(?:[a-zàâçéèêëîïôûü\-]+\s+){0,3}"
                          r"(?:de|d['’]|du)\s*$", re.I)


def persons_as_places(text: str, mentions: list[Mention], vocab=None) -> None:
    """Names tagged LOC that are people: after a title apposition ("le ministre de X, Prénom Nom"),
    or whose last words are a person's ("M. Nom" elsewhere); or organisations: after a company
    noun, or an unknown word that names an organisation elsewhere, is listed beside one ("X, Y
    et Z") or glosses one in parentheses ("Société … (Xyz)")."""
    surnames = {fold(m.text.split()[-1]) for m in mentions if m.label == "PER"}
    org_names_folded = {fold(m.text) for m in mentions if m.label == "ORG"}
    org_words = {core_name(f) for f in org_names_folded} | {
        f.split()[0] for f in org_names_folded if " " in f and f.split()[0] not in FOLDED_HEADS}
    for m in mentions:
        if m.label != "LOC" or country_code(m.text) or capital_country(m.text):
            continue
        if fold(m.text.split()[-1]) in surnames or (
                len(m.text.split()) >= 2 and TITLE_BEFORE_NAME.search(text[max(0, m.start - 120): m.start])):
            m.label = "PER"
        elif fold(m.text) in org_names_folded or COMPANY_BEFORE.search(text[max(0, m.start - 40): m.start]):
            m.label = "ORG"
        elif vocab is not None and " " not in m.text and not vocab.has_vector(m.text.lower()) and (
                fold(m.text) in org_words or _beside_org(text, mentions, m)):
            m.label = "ORG"  # an unknown word named like an organisation, or listed or glossed with one
        elif "-" in m.text and all(country_code(p) for p in m.text.split("-")):
            m.label = "DROP"  # "Algérie-France" names a relation, not a place
    for i, m in enumerate(mentions):
        # "le directeur général de Tessitura Rossi, Paolo Venturi": the name after a title's "de" is an org
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (m.label == "PER" and nxt is not None and nxt.label == "PER"
                and re.fullmatch(r"\s*,\s*", text[m.end: nxt.start])
                and TITLE_OF.search(text[max(0, m.start - 80): m.start])):
            m.label = "ORG"
        if m.label == "PER" and PLACE_BEFORE.search(text, max(0, m.start - 50), m.start):
            m.label = "LOC"  # "le gisement de fer de Guelb Tizerga": a place named like a person
    mentions[:] = [m for m in mentions if m.label != "DROP"]


LIST_GAP = re.compile(r"\s*(?:,|et)\s*(?:l['’]|la\s+|le\s+|les\s+)?")
PAREN_AFTER_COMPANY = re.compile(r"\b(?:usine|entreprise|société|filiale|complexe|unité|compagnie|groupe|"
                                 r"laboratoire|coentreprise|joint-venture)\b[^.;,()]{0,80}\s[a-zé][\w\-]*\s*\($")


def _beside_org(text: str, mentions: list[Mention], m: Mention) -> bool:
    """Listed beside an organisation ("l'ORG, X et Y") or in parentheses after one or after a
    company noun ("l'usine de montage de tramways (Xyz)")."""
    i = mentions.index(m)
    prev = mentions[i - 1] if i else None
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if text[m.end: m.end + 3].lstrip().startswith(")"):
        before = text[max(0, m.start - 120): m.start]
        if prev is not None and prev.label == "ORG" and re.fullmatch(r"\s*\(\s*", text[prev.end: m.start]):
            return True
        return bool(PAREN_AFTER_COMPANY.search(before))
    return any(o is not None and o.label == "ORG" and LIST_GAP.fullmatch(text[a: b])
               for o, a, b in ((prev, prev.end if prev else 0, m.start), (nxt, m.end, nxt.start if nxt else 0)))


TITLE_OF = re.compile(r"\b(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b[^,.;]{0,40}?"
                      r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:groupe\s+|société\s+)?$", re.I)


COMPANY_BEFORE = re.compile(r"\b(?:groupe|société|entreprise|laboratoire|firme|compagnie|constructeur|équipementier|"
                            r"filiale|marque|holding|opérateur|fabricant|producteur|leader|géant)\s+"
                            r"(?:[a-zéèêëàâîïôûç\-]+\s+){0,2}[«\"“]?\s*$", re.I)


# A lower-case demonym standing for a company before its name: "et le néerlandais X", "avec l'italien Y"
# (a capitalised demonym, "le Marocain X", names a person).
DEMONYM_NOUN = re.compile(rf"\b(?:le|la|l['’])[ \t]*(?P<dem>[a-zéèêëàâîïôûç][a-zéèêëàâîïôûç\-]+)[ \t]+"
                          rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:&[ \t]+)?{_NAME_WORD}){{0,4}})")


def descriptor_names(text: str, mentions: list[Mention]) -> None:
    """A name right after a company descriptor ("le groupe portugais X", "la société KMT") is an ORG:
    relabel a PER or LOC found there, or add the name the statistical NER missed."""
    for d in DEMONYM_NOUN.finditer(text):
        if demonym_countries(d.group("dem")):
            _name_is_org(d, mentions, {"LOC", "MISC", "PER"})
    for d in DESCRIPTOR.finditer(text):
        if descriptor_mods_ok(d.group("mods")):
            _name_is_org(d, mentions, {"PER", "LOC"})


def _name_is_org(d: re.Match[str], mentions: list[Mention], relabel: set[str]) -> None:
    """The ``name`` group of ``d`` is an organisation: relabel the mentions there, or add one."""
    name = d.group("name")
    if fold(name) in GENERIC or fold(name) in FOLDED_TITLES or country_code(name) or capital_country(name):
        return
    s, e = d.span("name")
    over = [m for m in mentions if m.start < e and s < m.end]
    if not over:
        mentions.append(Mention(s, e, "ORG", name))
    for m in over:
        if m.label in relabel and s <= m.start and not (country_code(m.text) or capital_country(m.text)):
            m.label = "ORG"
    mentions.sort(key=lambda m: m.start)


ACT_WORDS = {"convention", "pacte", "accord", "accords", "protocole", "memorandum", "contrat", "plan", "salon",
             "foire", "exposition", "projet", "strategie", "charte", "feuille", "declaration", "signature"}
EVENT_BEFORE = re.compile(r"\b(?:salon|foire|exposition)\s+(?:[a-zéèêàâîôûç\-]+\s+){0,2}[«\"“]?\s*$", re.I)
LEGAL_TAIL = re.compile(r"[.,]?\s*(?:(?:Co|Company)\.?,?\s+)?(?:Ltd|Limited|Inc|Corp|Corporation|LLC|GmbH|S\.p\.A|SpA|"
                        r"SAS|SARL|SA|Plc|PLC|AG|NV|BV)\b\.?")
BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:Par|By|Propos recueillis par)\s*:?[ \t]*(?:\n\s*)?$")
DOMAIN = re.compile(r"(?<![\w.@/#])[a-z][a-z0-9\-]{2,}\.(?:com|net|org|info|dz|ma|tn|sn|ci|fr|africa)\b")
DATELINE = re.compile(r"^[ \t]*[A-Z][\w\-’' ]{1,30}[ \t]*[-–][ \t]*([A-Z]{2,6})[ \t]*$", re.M)
BARE_MINISTRY = re.compile(r"\b(?:du|au|le|ce|du même)\s+ministère\b(?!\s+(?:de|des|du|d['’]|chargé))")
REGION_TAIL = re.compile(r"\s+(?:de\s+l['’](?:Ouest|Est)|du\s+(?:Nord|Sud)|centrale|australe|subsaharienne)\b")


# what may follow a byline's name on its line: a surname in capitals, then a date or a separator
BYLINE_REST = re.compile(r"[ \t]*(?:[A-ZÀ-Ý][A-ZÀ-Ý'’\-]+[ \t]*)*(?:[|,–\-/][^\n]*)?")
SIGN_OFF = re.compile(r"[ \t]*\n\s*(?:\(?[\w.\-’']+\)?[ \t]*){1,3}\s*")  # then one short line: the outlet
HEADING_AFTER = re.compile(r"(?:[ \t]+[a-zà-ÿ'’\-]+){0,2}[ \t]*:")  # "Voitures électriques : …"
LINK_HEAD = re.compile(r"[ \t]*(?:(?:[àa][ \t]+)?(?:lire|voir)[ \t]+(?:aussi|[ée]galement)[ \t]*:[ \t]*)?", re.I)


def _heading_word(doc, text: str, m: Mention) -> bool:
    """A common noun heading a line: a rubric in capitals alone on its line near the top ("ECONOMIE"),
    or a headline's topic word before a colon ("Cacao : …", "Lire aussi : Voitures électriques : …")."""
    if country_code(m.text) or capital_country(m.text):
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    line_end = text.find("\n", m.end)
    line_end = len(text) if line_end < 0 else line_end
    if (m.text.isupper() and len(m.text) > 3 and text[line_start:line_end].strip() == m.text
            and "." not in text[:line_start] and doc.vocab.has_vector(m.text.lower())):
        return True
    if not LINK_HEAD.fullmatch(text[line_start:m.start]) or not HEADING_AFTER.match(text, m.end):
        return False
    span = doc.char_span(m.start, m.end)
    return span is not None and span[0].pos_ in {"NOUN", "ADJ", "VERB"}


def _is_common_word(doc, m: Mention) -> bool:
    """A single word that the language model knows in lower case ("Construction", "Economie")."""
    return " " not in m.text and not m.text.isupper() and doc.vocab.has_vector(m.text.lower())


def drop_non_names(doc, text: str, mentions: list[Mention], raw_per: set[tuple[int, int]]) -> None:
    """Drop what is not an organisation: agreements and plans ("Convention de partenariat"), trade
    fairs, a bare head noun ("l'Office"), a heading word ("Construction", "Economie"), bylines."""
    keep = []
    surnames = {fold(m.text.split()[-1]) for m in mentions if m.label == "PER" and len(m.text.split()) >= 2}
    for m in mentions:
        words = fold(m.text).split()
        if len(words) == 1 and _heading_word(doc, text, m):
            continue
        if m.label == "ORG":
            if words[0] in ACT_WORDS or (len(words) == 1 and words[0] in FOLDED_HEADS):
                continue
            if EVENT_BEFORE.search(text[max(0, m.start - 40): m.start]):
                continue
            if _is_common_word(doc, m):
                line_start = text.rfind("\n", 0, m.start) + 1
                line_end = text.find("\n", m.end)
                line = text[line_start: line_end if line_end >= 0 else len(text)].strip(" \t|")
                span = doc.char_span(m.start, m.end)
                if line == m.text or (not text[line_start: m.start].strip()
                                      and span is not None and span[0].pos_ in {"NOUN", "ADJ", "VERB"}):
                    continue
            if len(words) == 1 and words[0] in surnames and any(a <= m.start and m.end <= b for a, b in raw_per):
                m.label = "PER"  # "le président Adjovi" after "Paul Adjovi"
        line_head = text[text.rfind("\n", 0, m.start) + 1: m.start]
        if m.label == "PER" and not text[m.end:].strip() and not line_head.strip():
            continue  # a name alone on the last line signs the article: a byline
        if m.label == "PER" and not line_head.strip() and SIGN_OFF.fullmatch(text[m.end:]):
            continue  # "Prénom Nom\nLefaso.net": a byline above the outlet's name
        if m.label == "PER" and BYLINE_BEFORE.search(text[max(0, m.start - 40): m.start]):
            rest = text[m.end: text.find("\n", m.end) if "\n" in text[m.end:] else len(text)]
            if BYLINE_REST.fullmatch(rest):
                continue
        keep.append(m)
    mentions[:] = keep


def extend_names(text: str, mentions: list[Mention]) -> None:
    """Legal forms belong to the name ("Hexa Engineering Co. Ltd"); regions keep their part
    ("Afrique de l'Ouest")."""
    for m in mentions:
        if m.label == "PER" and (t := LEGAL_TAIL.match(text, m.end)) and t.group(0).strip(" .,"):
            m.label = "ORG"  # "Jiangsu Meiyuan Machinery Co. Ltd" read as a person: a company's legal form
        if m.label == "ORG":
            t = LEGAL_TAIL.match(text, m.end)
            if t:
                m.end, m.text = t.end(), text[m.start: t.end()].rstrip(".,")
                m.end = m.start + len(m.text)
        elif m.label == "LOC" and country_code(m.text) is None and fold(m.text) in {"afrique", "europe", "asie"}:
            t = REGION_TAIL.match(text, m.end)
            if t:
                m.end, m.text = t.end(), text[m.start: t.end()]
    mentions[:] = [m for i, m in enumerate(mentions)
                   if not any(o.start <= m.start and m.end <= o.end for o in mentions[max(0, i - 2): i])]
    orgs = [fold(o.text) + " " for o in mentions if o.label == "ORG" and o.text.count(" ") >= 2]
    for m in mentions:
        if m.label == "PER" and " " in m.text and any(o.startswith(fold(m.text) + " ") for o in orgs):
            m.label = "ORG"  # "Hunan Lutong" beside "Hunan Lutong Construction Co. Ltd": the company, shortened


# "Nouakchott, 18 septembre (AMI) - …", "(AMI)" on the last line: the news agency of a dateline
AGENCY_DATELINE = re.compile(r"^[ \t]*[A-Z][^\n(]{0,60}\(([A-Z]{2,6})\)[ \t]*[-–—]", re.M)
AGENCY_SIGN_OFF = re.compile(r"\n[ \t]*\(([A-Z]{2,6})\)[ \t]*\Z")


def agency_orgs(text: str, mentions: list[Mention]) -> None:
    """The news agency named in parentheses in a dateline or alone at the end of the article is an
    organisation; a mention the statistical NER ran over it ("TAP) - Deux accords") is dropped."""
    found = [m for m in (AGENCY_DATELINE.search(text, 0, 800), AGENCY_SIGN_OFF.search(text)) if m]
    for m in found:
        s, e = m.span(1)
        if any(o.start == s and o.end == e and o.label == "ORG" for o in mentions):
            continue
        mentions[:] = [o for o in mentions if not _overlaps((s, e), (o.start, o.end))]
        mentions.append(Mention(s, e, "ORG", m.group(1)))
    mentions.sort(key=lambda m: m.start)


ACRO_STOP = {"de", "du", "des", "d", "la", "le", "les", "l", "pour", "en", "et", "a", "au", "aux", "sur"}


def _initials_fit(name: str, acro: str) -> bool:
    """Whether an acronym spells the name's word initials ("Banque arabe pour le développement
    économique en Afrique" — "BADEA"): in order, from its first word, every content word counted."""
    words = [w for w in re.split(r"[\s'’\-]+", fold(name)) if w]
    letters = fold(acro).replace(".", "")
    content = [w for w in words if w not in ACRO_STOP]
    if not words or not letters or words[0][0] != letters[0] or len(content) > len(letters):
        return False
    it = iter(w[0] for w in words)
    return all(ch in it for ch in letters)


def acronym_extents(text: str, mentions: list[Mention]) -> None:
    """An organisation the statistical NER cut short before its acronym ("Banque arabe" in "Banque
    arabe pour le développement économique en Afrique (BADEA)") takes the full name the acronym spells."""
    for pm in ACRO_PAREN.finditer(text):
        acro = pm.group(1)
        if not is_acronym(acro):
            continue
        end = pm.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        cands = [m for m in mentions if m.label == "ORG" and m.end < end and end - m.end <= 80
                 and re.fullmatch(r"\s+[a-zàâäçéèêëîïôöùûü][^.;:()\n,]*", text[m.end:end])]
        if not cands:
            continue
        m = cands[-1]
        name = text[m.start:end]
        if _initials_fit(m.text, acro) or not _initials_fit(name, acro):
            continue
        mentions[:] = [o for o in mentions if o is m or not _overlaps((m.start, end), (o.start, o.end))]
        m.end, m.text = end, name
    mentions.sort(key=lambda m: m.start)


def known_names_everywhere(text: str, mentions: list[Mention]) -> None:
    """A name of several words read once as an organisation is one everywhere: its other
    occurrences, read as a person or a place or split in two ("Sichuan" + "Lutong Jianshe"),
    become the organisation."""
    names = {m.text for m in mentions if m.label == "ORG" and " " in m.text and m.text[:1].isupper()
             and "\n" not in m.text}
    for name in sorted(names, key=len, reverse=True):
        for occ in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            s, e = occ.span()
            over = [o for o in mentions if _overlaps((s, e), (o.start, o.end))]
            if any(o.label == "ORG" or o.start < s or o.end > e for o in over):
                continue
            mentions[:] = [o for o in mentions if o not in over]
            mentions.append(Mention(s, e, "ORG", name))
    mentions.sort(key=lambda m: m.start)


def extra_orgs(text: str, mentions: list[Mention], title_spans: list[Span]) -> None:
    """Organisations the statistical NER does not see: a source's domain name, a ministry referred
    to as such ("au siège du ministère") whose portfolio a minister's title gives. A dateline
    ("Tunis - TAP") read as one place ends at the dash."""
    found = [Mention(d.start(), d.end(), "ORG", d.group(0)) for d in DOMAIN.finditer(text)]
    ministers = [t for t in title_spans if fold(text[t[0]:t[1]]).startswith("ministre")]
    if ministers and not any(m.label == "ORG" and fold(m.text).startswith("ministere") for m in mentions):
        bare = BARE_MINISTRY.search(text)
        t0, t1 = ministers[0]
        portfolio = re.sub(r"^(?:(?:la|le)\s+)?(?:ministre|ministres)\s+", "", text[t0:t1], flags=re.I)
        if bare and portfolio != text[t0:t1] and re.match(r"(?:de|des|du|d['’])", portfolio):
            s = bare.end() - len("ministère")
            found.append(Mention(s, bare.end(), "ORG", "ministère " + portfolio.strip()))
    for d in DATELINE.finditer(text):  # "Tunis - TAP" read as one place: the place ends at the dash
        for o in mentions:
            if o.start < d.start(1) < o.end:
                o.text = re.split(r"\s*[-–]\s*", text[o.start: d.start(1)])[0]
                o.end = o.start + len(o.text)
    for f in found:
        if not any(_overlaps((f.start, f.end), (o.start, o.end)) for o in mentions):
            mentions.append(f)
    mentions.sort(key=lambda m: m.start)


def pair_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Map folded acronym -> folded long form, from "Long Name (ACRO)" in the text."""
    pairs: dict[str, str] = {}
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: m.end)
    for pm in ACRO_PAREN.finditer(text):
        acro = pm.group(1)
        glossed = any(m.start == pm.start(1) and m.end == pm.end(1) for m in orgs)  # "Société … (Xyz)"
        if not is_acronym(acro) and not acro.isupper() and not glossed:
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


DESC_BEFORE = re.compile(
    rf"\b(?:{'|'.join(DESC_HEADS)}|Groupe|Société|Entreprise|Compagnie|Firme|Laboratoire)s?\s+"
    rf"(?P<mods>(?:{LOWER_WORD}\s+){{1,3}})[«\"“]?\s*$")


def descriptor_countries(text: str, entities: list[Entity]) -> None:
    """An organisation's country from the demonym of its descriptor ("la société chinoise X"): the
    descriptor is cut from the name, its country is kept on the entity."""
    for e in entities:
        if e.label != "ORG" or e.country:
            continue
        for start, _end in e.evidence:
            d = DESC_BEFORE.search(text[max(0, start - 60): start])
            if d and descriptor_mods_ok(d.group("mods")):
                cs = [c for w in d.group("mods").split() for c in demonym_countries(w)]
                if len(set(cs)) == 1:
                    e.country = cs[0]
                    break


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@component("entities")
def entities(state: State) -> None:
    """Correct, complete and group the named entities of the article."""
    text = state.text
    state.title_spans = title_spans(text)
    raw = [Mention(e.start_char, e.end_char, e.label_, e.text) for e in state.doc.ents]
    raw_per = {(e.start_char, e.end_char) for e in state.doc.ents if e.label_ == "PER"}
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
    for m in mentions:
        if m.label == "ORG" and (cut := strip_descriptor(m.text)):
            m.start, m.text = m.start + cut, m.text[cut:]
    extend_names(text, mentions)
    descriptor_names(text, mentions)
    acronym_extents(text, mentions)
    known_names_everywhere(text, mentions)
    extra_orgs(text, mentions, state.title_spans)
    agency_orgs(text, mentions)
    persons_as_places(text, mentions, state.doc.vocab)
    drop_non_names(state.doc, text, mentions, raw_per)
    acronyms = pair_acronyms(text, mentions)
    state.entities = group(mentions, acronyms)
    descriptor_countries(text, state.entities)
    state.mentions = mentions
