"""Countries in French text: names, capitals and demonyms mapped to ISO 3166-1 alpha-2 codes.

French names come from babel (``Locale('fr').territories``) restricted to pycountry's codes, plus
common press variants; demonyms (``data/demonyms.tsv``, masculine singular) are inflected here and
combine with prefixes ("russo-algérien"); capitals come from ``data/capitals.tsv``. Matching folds
case and accents; a few ambiguous names must keep their capitals ("La Réunion", "RDC").
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

import pycountry
from babel import Locale

from accords.read.pipeline import State, component

VARIANTS: dict[str, str] = {
    "Etats-Unis d'Amérique": "US", "États-Unis": "US", "USA": "US", "US": "US",
    "Émirats": "AE", "EAU": "AE", "UAE": "AE", "Grande-Bretagne": "GB", "Angleterre": "GB", "UK": "GB",
    "Irlande du Nord": "GB", "Corée": "KR", "République de Corée": "KR", "Côte-d'Ivoire": "CI",
    "RDC": "CD", "RD Congo": "CD", "République démocratique du Congo": "CD", "Congo Kinshasa": "CD",
    "Congo": "CG", "République du Congo": "CG", "Congo Brazzaville": "CG", "République tchèque": "CZ",
    "Bélarus": "BY", "Belarus": "BY", "République de Biélorussie": "BY", "Fédération de Russie": "RU",
    "République populaire de Chine": "CN", "Chine populaire": "CN", "Türkiye": "TR", "Turkiye": "TR",
    "Hollande": "NL", "Birmanie": "MM", "Myanmar": "MM", "Hong Kong": "HK", "Macao": "MO",
    "Palestine": "PS", "État de Palestine": "PS", "Vietnam": "VN", "Macédoine": "MK", "Swaziland": "SZ",
    "Timor-Leste": "TL", "Cabo Verde": "CV", "Vatican": "VA", "Saint-Siège": "VA", "Kirghizistan": "KG",
    "Moldova": "MD", "Libéria": "LR", "Nigéria": "NG", "Iraq": "IQ", "Sud-Soudan": "SS", "El Salvador": "SV",
    "île Maurice": "MU", "République de Maurice": "MU", "Taiwan": "TW", "Tchéquie": "CZ",
    "République algérienne démocratique et populaire": "DZ", "République algérienne": "DZ",
    "Royaume du Maroc": "MA", "République tunisienne": "TN", "République française": "FR",
    "République arabe d'Égypte": "EG", "République islamique de Mauritanie": "MR",
    "République islamique d'Iran": "IR", "Royaume hachémite de Jordanie": "JO", "Sultanat d'Oman": "OM",
    "Royaume d'Arabie saoudite": "SA", "État du Qatar": "QA", "République du Sénégal": "SN",
    "République arabe syrienne": "SY", "République fédérale d'Allemagne": "DE",
    "République de Côte d'Ivoire": "CI", "République du Cameroun": "CM", "Royaume d'Espagne": "ES",
    # Blockers: consumed by the scan so that a shorter name inside them does not count.
    "océan Indien": "", "golfe de Guinée": "", "Nouvelle-Guinée": "", "fleuve Niger": "",
    "mer de Chine": "", "détroit de Gibraltar": "", "en anglais": "", "en français": "",
}
CASED = {"La Réunion", "Équateur", "Chili", "USA", "US", "UK", "UAE", "EAU", "RDC", "Jersey"}
NOSCAN = {"Maurice", "Dominique", "Grenade", "Salvador", "Jersey", "US", "EAU", "Guernesey"}
DISPLAY = {"HK": "Hong Kong", "MO": "Macao", "MM": "Myanmar", "PS": "Palestine", "VA": "Vatican"}
PREFIXES: dict[str, str] = {
    "russo": "RU", "algéro": "DZ", "franco": "FR", "gallo": "FR", "sino": "CN", "italo": "IT",
    "germano": "DE", "hispano": "ES", "luso": "PT", "américano": "US", "turco": "TR", "nippo": "JP",
    "japono": "JP", "anglo": "GB", "britannico": "GB", "belgo": "BE", "helvético": "CH", "austro": "AT",
    "gréco": "GR", "helléno": "GR", "indo": "IN", "tuniso": "TN", "maroco": "MA", "égypto": "EG",
    "qataro": "QA", "saoudo": "SA", "émirato": "AE", "biélorusso": "BY", "ivoiro": "CI", "sénégalo": "SN",
    "mauritano": "MR", "libyo": "LY", "syro": "SY", "irano": "IR", "irako": "IQ", "israélo": "IL",
    "palestino": "PS", "jordano": "JO", "libano": "LB", "koweïto": "KW", "ukraino": "UA", "polono": "PL",
    "roumano": "RO", "bulgaro": "BG", "serbo": "RS", "croato": "HR", "tchéco": "CZ", "slovaco": "SK",
    "hungaro": "HU", "dano": "DK", "suédo": "SE", "norvégo": "NO", "finno": "FI", "néerlando": "NL",
    "hollando": "NL", "nigéro": "NE", "nigériano": "NG", "camerouno": "CM", "malo": "ML", "gabono": "GA",
    "tchado": "TD", "soudano": "SD", "éthiopo": "ET", "kényano": "KE", "brésilo": "BR", "argentino": "AR",
    "mexicano": "MX", "cubano": "CU", "canado": "CA", "vénézuélo": "VE", "chileno": "CL", "coréano": "KR",
    "vietnamo": "VN", "indonéso": "ID", "pakistano": "PK", "afghano": "AF", "kazakho": "KZ",
    "azerbaïdjano": "AZ", "ouzbéko": "UZ", "omano": "OM", "yéméno": "YE", "bahreïno": "BH", "mauricio": "MU",
}

_ODD = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2010": "-", "\u2011": "-"}


class _Fold(dict):
    """Translation table folding one character to one: lowercase, accents off, quotes/hyphens unified."""

    def __missing__(self, key: int) -> str:
        c = chr(key)
        if c in _ODD:
            out = _ODD[c]
        elif c.isspace():
            out = " "
        else:
            low = c.lower() if len(c.lower()) == 1 else c
            out = unicodedata.normalize("NFD", low)[0].lower()
        self[key] = out
        return out


_FOLD = _Fold()


def fold(text: str) -> str:
    """``text`` lowercased and without accents, same length (offsets stay valid)."""
    return text.translate(_FOLD)


def _key(text: str) -> str:
    """Lookup key: folded, spaces and hyphens collapsed to one space."""
    return " ".join(re.split(r"[\s-]+", fold(text).strip(" .,;:")))


def _cased_ok(canonical: str, seen: str) -> bool:
    """Every capital of ``canonical`` is a capital in ``seen`` ("La Réunion" but not "la réunion")."""
    return all(not a.isupper() or b.isupper() for a, b in zip(canonical, seen, strict=False))


def _dem_key(folded: str) -> str:
    return re.sub(r"[\s-]+", "-", folded)


def _inflect(masc: str) -> set[str]:
    """Masculine singular demonym -> its four forms (folded)."""
    m = fold(masc)
    if m.endswith("e"):
        fem = m
    elif m in ("grec", "turc"):
        fem = {"grec": "grecque", "turc": "turque"}[m]
    elif m.endswith(("en", "el")):
        fem = m + m[-1] + "e"
    else:
        fem = m + "e"
    plur = m if m.endswith(("s", "x")) else m[:-2] + "aux" if m.endswith("al") else m + "s"
    return {m, fem, plur, fem + "s"}


def _tsv(name: str) -> list[tuple[str, str]]:
    text = files("accords.data").joinpath(name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(a.strip(), b.strip().upper()) for a, b in rows[1:]]


@cache
def _territories() -> dict[str, str]:
    return dict(Locale("fr").territories)


@cache
def _names() -> dict[str, tuple[str, str]]:
    """Folded name key -> (alpha-2 or "" for a blocker, canonical spelling)."""
    codes = {c.alpha_2 for c in pycountry.countries}
    out: dict[str, tuple[str, str]] = {}
    for code, name in _territories().items():
        if code in codes and "(" not in name and not name.startswith("R.A.S."):
            out[_key(name)] = (code, name.replace("\u2019", "'"))
    for name, code in VARIANTS.items():
        out[_key(name)] = (code, name)
    return out


@cache
def _demonyms() -> dict[str, str]:
    """Every folded demonym form ("algériennes" -> "algeriennes") -> alpha-2."""
    return {form: code for adj, code in _tsv("demonyms.tsv") for form in _inflect(adj)}


@cache
def _prefixes() -> dict[str, str]:
    return {fold(p): c for p, c in PREFIXES.items()}


@cache
def _capitals() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for name, code in _tsv("capitals.tsv"):
        out[_key(name)] = (code, name)
        bare = re.sub(r"^(?:le|la|les)\s+", "", name, flags=re.I)
        out.setdefault(_key(bare), (code, bare))
    return out


def _trie_regex(words: list[str], sep: str = r"[\s-]+") -> str:
    """One regex for many folded words, factored as a trie; greedy so the longest wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in re.sub(r"[\s-]+", " ", w):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(sep if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


@cache
def _scanner() -> re.Pattern[str]:
    """Names (with blockers), compound demonyms, then demonyms, in one pattern over folded text."""
    names = [k for k, (_c, canon) in _names().items() if canon not in NOSCAN]
    dem = _trie_regex(list(_demonyms()))
    pre = _trie_regex(list(_prefixes()))
    return re.compile(
        rf"(?<!\w)(?P<name>{_trie_regex(names)})(?!\w)"
        rf"|(?<![\w-])(?P<pre>(?:{pre}-)+)(?P<last>{dem})(?![\w-])"
        rf"|(?<![\w-])(?P<dem>{dem})(?![\w-])"
    )


@cache
def _capital_scanner() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_trie_regex(list(_capitals()))})(?!\w)")


ARTICLE = re.compile(r"^(?:(?:de\s+)?(?:l'|la\s+|le\s+|les\s+)|du\s+|des\s+|d'|aux?\s+|en\s+)", re.I)


def _lookup(table: dict[str, tuple[str, str]], name: str) -> str | None:
    name = name.strip().translate({0x2019: "'"})
    for cand in (name, ARTICLE.sub("", name)):
        hit = table.get(_key(cand))
        if hit and hit[0] and (hit[1] not in CASED or _cased_ok(hit[1], cand)):
            return hit[0]
    return None


def country_code(name: str) -> str | None:
    """A French country name ("l'Algérie", "les Etats-Unis", "RDC") -> alpha-2, else None."""
    return _lookup(_names(), name)


def capital_country(name: str) -> str | None:
    """A capital in French spelling ("Alger", "Moscou", "Le Caire") -> its country's alpha-2."""
    return _lookup(_capitals(), name)


# ISO 3166-2 subdivisions of Africa (wilayas, provinces, governorates, regions) name the places the
# press writes datelines and plants in: "à Médéa", "à Sfax", "à Thiès".
AFRICA = frozenset(
    re.findall(r"\S+", "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR "
               "LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH"))
# Subdivisions named by ordinary words ("Atlantique", "Centre-Est", "Littoral", "Sahel") name no place.
_GENERIC_PLACE_WORDS = frozenset(re.findall(r"\S+", """
    atlantique centre nord sud est ouest littoral plateau plateaux lacs savanes maritime collines montagnes
    cascades mer fleuve capitale oriental orientale occidental occidentale central centrale septentrional
    meridional grand grande haut haute bas basse moyen moyenne interieur iles ile cap port sahel hauts
    region district ville lac"""))


@cache
def _subdivisions() -> dict[str, str]:
    """Folded name -> alpha-2 of the African ISO 3166-2 subdivisions whose name is unambiguous: one
    country only, not a country or capital name, not made of ordinary words only."""
    seen: dict[str, set[str]] = {}
    for sd in pycountry.subdivisions:
        if sd.country_code in AFRICA:
            name = re.sub(r"\s*\(.*?\)\s*$", "", sd.name)
            seen.setdefault(_key(name), set()).add(sd.country_code)
    for sd in pycountry.subdivisions:  # the same name elsewhere in the world makes it ambiguous
        k = _key(sd.name)
        if k in seen and sd.country_code not in AFRICA:
            seen[k].add(sd.country_code)
    out = {}
    for key, codes in seen.items():
        words = re.split(r"[\s'-]+", key)
        if (len(codes) == 1 and len(key) >= 4 and not set(words) <= _GENERIC_PLACE_WORDS
                and key not in _names() and key not in _capitals()):
            out[key] = next(iter(codes))
    return out


def place_country(name: str) -> str | None:
    """The country of a place name: a capital ("Alger") or an African region, province or wilaya
    ("Médéa", "Sfax", "Thiès"), by ISO 3166-2. None when unknown or ambiguous."""
    code = capital_country(name)
    if code:
        return code
    name = name.strip().translate({0x2019: "'"})
    for cand in (name, ARTICLE.sub("", name), re.sub(r"^(?:wilaya|province|gouvernorat|région)\s+d[e'’]\s*",
                                                     "", name, flags=re.I)):
        code = _subdivisions().get(_key(cand))
        if code and cand[:1].isupper():
            return code
    return None


def demonym_countries(word: str) -> list[str]:
    """Countries of a demonym in any form: "algériennes" -> ["DZ"], "russo-algérien" -> ["RU", "DZ"]."""
    w = re.sub(r"^[ld]'", "", _dem_key(fold(word).strip(" .,;:")))
    dems, pres = _demonyms(), _prefixes()
    if w in dems:
        return [dems[w]]
    parts = w.split("-")
    for i in range(1, len(parts)):
        head, last = parts[:i], "-".join(parts[i:])
        if last in dems and all(p in pres for p in head):
            return list(dict.fromkeys([*(pres[p] for p in head), dems[last]]))
    return []


def countries_in(text: str) -> list[tuple[int, int, str]]:
    """Every country name, demonym and compound-demonym part in ``text``: (start, end, alpha-2)."""
    out: list[tuple[int, int, str]] = []
    pres, dems, names = _prefixes(), _demonyms(), _names()
    for m in _scanner().finditer(fold(text)):
        if m.group("pre"):
            pos = m.start()
            for part in m.group("pre").split("-")[:-1]:
                out.append((pos, pos + len(part), pres[part]))
                pos += len(part) + 1
            out.append((m.start("last"), m.end(), dems[_dem_key(m.group("last"))]))
        elif m.group("name"):
            code, canon = names[_key(m.group())]
            if code and (canon not in CASED or _cased_ok(canon, text[m.start(): m.end()])):
                out.append((m.start(), m.end(), code))
        else:
            out.append((m.start(), m.end(), dems[_dem_key(m.group())]))
    return out


def capitals_in(text: str) -> list[tuple[int, int, str]]:
    """Every capital in ``text`` written with its capital letter: (start, end, alpha-2)."""
    out: list[tuple[int, int, str]] = []
    for m in _capital_scanner().finditer(fold(text)):
        code, canon = _capitals()[_key(m.group())]
        if _cased_ok(canon, text[m.start(): m.end()]):
            out.append((m.start(), m.end(), code))
    return out


def country_name(code: str) -> str:
    """French display name ("DZ" -> "Algérie"); the code itself when unknown."""
    code = code.upper()
    return DISPLAY.get(code) or _territories().get(code, code).replace("\u2019", "'")


_DOMAIN = re.compile(r"^(?:[a-z]+://)?[^/\s]*\.([a-z]{2})(?::\d+)?(?:/|$)", re.I)


def domain_country(source: str | None) -> str | None:
    """The country of an address's or outlet's country-code domain ("https://www.eco.dz/a/1" -> "DZ")."""
    m = _DOMAIN.match(source.strip()) if source else None
    code = m.group(1).upper() if m else ""
    return code if code and country_name(code) != code else None


def country_counts(state: State) -> dict[str, int]:
    """How often the article names each country (names, demonyms, capitals, regions); the outlet's
    country-code domain counts three. Computed once per article, when first asked."""
    if state.country_weights is None:
        counts: dict[str, int] = {}
        for _s, _e, code in state.countries:
            counts[code] = counts.get(code, 0) + 1
        for m in state.mentions:
            code = place_country(m.text) if m.label == "LOC" else None  # a capital, wilaya, province…
            if code:
                counts[code] = counts.get(code, 0) + 1
        code = domain_country(state.article.url or state.article.outlet)
        if code:
            counts[code] = counts.get(code, 0) + 3
        state.country_weights = counts
    return state.country_weights


@component("countries")
def find_countries(state: State) -> None:
    """Pipeline step: every country mention of the article into ``state.countries``."""
    state.countries = [c for c in countries_in(state.text) if not state.in_link(c[0])]
