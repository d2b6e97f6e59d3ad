"""Figures: the economic quantities of French press text, and what each one measures.

``find_quantities`` reads a number ("39", "1,5", "5 000", "deux", "une centaine"), an optional scale
("milliards", "M", "Mds"), then a unit ("de DA", "d'euros", "MDH", "tonnes/an", "%"), with the words that
widen it ("près de", "entre … et …", "$" before the number). Numbers with no unit (years, dates, durations,
counts of firms or documents) are not quantities. ``figure_kind`` names a quantity from the words of its
sentence ("chiffre d'affaires" → revenue, "capacité" + "porter à" → capacity_target, …).
Pure functions over plain text, no spaCy; every regex is anchored or bounded to a short window.
``figure_holder`` finds whom a figure is about from its own clause, reading the part-of-speech tags of
the article's existing spaCy doc (no extra pass): the phrase a listed "(+3 %)" follows, the owner after
"par", the phrase the figure qualifies ("un parc de 3 000 hectares", "la production de l'usine à"), the
subject of its verb; else the organisation of its sentence or of the person speaking.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from accords.read.pipeline import component
from accords.records import Figure


@dataclass(slots=True)
class Quantity:
    """One quantity: ``value`` in base units, ``text == source[start:end]``."""

    value: float
    unit: str
    start: int
    end: int
    value_max: float | None = None
    approx: bool = False
    per: str | None = None
    text: str = ""


_SP = "[ \u00a0\u202f]"
_A = "['’]"
_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "cents": 100, "mille": 1000,
}
_WORD_ALT = "|".join(sorted(_WORDS, key=len, reverse=True))
_WORD_FIRST = "".join(sorted({w[0] for w in _WORDS}))
NUM_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<sign>[+\-−])(?=\d))?"
    rf"(?P<digits>\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d)(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}})+(?![\d,])|\d+(?:[.,]\d+)?)"
    rf"|(?<![\w\-])(?=[{_WORD_FIRST}])(?P<words>(?:{_WORD_ALT})(?:[ \-](?:{_WORD_ALT}))*)(?![\w\-])",
    re.I,
)
_SCALES = {
    "mille": 1e3, "million": 1e6, "milliard": 1e9, "billion": 1e12, "millier": 1e3, "centaine": 100.0,
    "dizaine": 10.0, "douzaine": 12.0, "vingtaine": 20.0, "trentaine": 30.0, "quarantaine": 40.0,
    "cinquantaine": 50.0, "soixantaine": 60.0,
}
SCALE_RE = re.compile(
    r"\s*(?P<scale>mille|millions?|milliards?|billions?|milliers?|(?:centaine|dizaine|douzaine|vingtaine|trentaine"
    r"|quarantaine|cinquantaine|soixantaine)s?|(?-i:Mds?|Mrds?|mrds?|mds?|md|Mns?|Mio|M|k|K))(?![^\W\d_])",
    re.I,
)
_SCALE2_RE = re.compile(rf"\s+(?:de|d{_A})\s*(?P<scale>milliers|millions|milliards)\b", re.I)
_COMBOS = {
    "MDA": (1e6, "DZD"), "MDZD": (1e6, "DZD"), "KDA": (1e3, "DZD"), "MDT": (1e6, "TND"),
    "MTND": (1e6, "TND"), "MD": (1e6, "DINM"), "MDH": (1e6, "MAD"), "MDHS": (1e6, "MAD"),
    "Mdh": (1e6, "MAD"), "Mdhs": (1e6, "MAD"), "MdH": (1e6, "MAD"), "MMDH": (1e9, "MAD"),
    "MMdh": (1e9, "MAD"), "Mmdh": (1e9, "MAD"), "MUSD": (1e6, "USD"), "MEUR": (1e6, "EUR"),
}
_COMBO_RE = re.compile(r"\s*(?P<c>" + "|".join(sorted(_COMBOS, key=len, reverse=True)) + r")(?!\w)")

# (pattern, unit, factor): order matters, the first alternative that matches wins. "DIN" = the text's dinar.
_UNITS: list[tuple[str, str, float]] = [
    (r"(?-i:DZD|DA)", "DZD", 1), (r"dinars?\s+tunisiens?", "TND", 1), (r"dinars?\s+libyens?", "LYD", 1),
    (r"dinars?\s+kowe[iï]tiens?", "KWD", 1), (r"dinars?\s+jordaniens?", "JOD", 1),
    (r"dinars?\s+irakiens?", "IQD", 1), (r"dinars?\s+alg[ée]riens?", "DZD", 1), (r"dinars?", "DIN", 1),
    (r"centimes?", "DZD", 0.01), (r"dirhams?\s+[ée]mirati(?:en)?s?", "AED", 1),
    (r"dirhams?(?:\s+marocains?)?|(?-i:MAD|DHS?|Dhs?|dhs?)", "MAD", 1), (r"(?-i:TND|DT)", "TND", 1),
    (r"euros?|€|(?-i:EUR)", "EUR", 1), (r"dollars?\s+canadiens?|(?-i:CAD)", "CAD", 1),
    (r"dollars?(?:\s+(?:am[ée]ricains?|(?-i:US)))?|(?-i:US)\s?\$|\$(?:\s?(?-i:US))?|(?-i:USD)", "USD", 1),
    (r"francs?\s+CFA\s+(?-i:BEAC)|(?-i:XAF)", "XAF", 1), (r"francs?\s+CFA\s+(?-i:BCEAO)|(?-i:XOF)", "XOF", 1),
    (r"francs?\s+CFA|(?-i:F\s?CFA)", "CFA", 1),  # central (XAF) or western (XOF): the text's region says
    (r"francs?\s+suisses?|(?-i:CHF)", "CHF", 1),
    (r"livres?\s+[ée]gyptiennes?|(?-i:EGP)", "EGP", 1), (r"livres?\s+sterling|£|(?-i:GBP)", "GBP", 1),
    (r"livres?\s+turques?", "TRY", 1), (r"yuans?|renminbis?|(?-i:CNY|RMB)", "CNY", 1),
    (r"yens?|(?-i:JPY)", "JPY", 1),
    (r"riyals?\s+saoudiens?|(?-i:SAR)", "SAR", 1), (r"ria?yals?\s+qatari(?:en)?s?|(?-i:QAR)", "QAR", 1),
    (r"nairas?|(?-i:NGN)", "NGN", 1), (r"rands?|(?-i:ZAR)", "ZAR", 1), (r"ouguiyas?|(?-i:MRU)", "MRU", 1),
    (rf"emplois?(?:\s+(?:directs?|indirects?|permanents?)(?:\s+et\s+indirects?)?)?|jobs?|postes?\s+"
     rf"(?:d{_A}\s*emplois?|de\s+travail|directs?|indirects?|permanents?)(?:\s+(?:directs?|indirects?))?",
     "jobs", 1),
    (r"salari[ée]s|employ[ée]s|collaborateurs", "jobs", 1),
    (r"personnes|travailleurs|agents", "headcount", 1),  # jobs only after a verb of employment
    (r"unit[ée]s?\s+de\s+v[ée]hicules?|v[ée]hicules?|voitures?|camions?|(?:auto)?bus|tracteurs?|autocars?"
     r"|motos?", "vehicles", 1),
    (r"unit[ée]s?(?!\s+(?:de\s+(?:production|fabrication|transformation|montage|stockage|soins|recherche)"
     r"|industrielles?))|pi[èe]ces?|appareils?|logements?", "units", 1),
    (r"tonnes?(?:\s+m[ée]triques?)?|(?-i:t)(?!['’])", "tonnes", 1), (r"(?-i:Mt)", "tonnes", 1e6),
    (r"(?-i:kt)", "tonnes", 1e3), (r"quintaux", "tonnes", 0.1),
    (r"(?-i:GWc?)|gigawatts?", "MW", 1e3), (r"(?-i:MWc?)|m[ée]gawatts?", "MW", 1),
    (r"(?-i:kWc?)|kilowatts?", "MW", 1e-3),
    (r"hectares?|(?-i:ha)", "hectares", 1), (r"km\s?[²2]|kilom[èe]tres?\s+carr[ée]s?", "hectares", 100),
    (r"m\s?²|(?-i:m2)|m[èe]tres?\s+carr[ée]s?", "hectares", 1e-4),
    (r"(?-i:hm)[3³]", "m3", 1e6), (r"m[3³]|m[èe]tres?\s+cubes?", "m3", 1),
    (r"%|pour\s*cent|pourcents?", "percent", 1),
]
UNIT_RE = re.compile(
    r"\s*(?:(?:nouveaux|nouvelles|nouvel|autres)\s+)?(?:"
    + "|".join(f"(?P<u{i}>{p})" for i, (p, _, _) in enumerate(_UNITS)) + r")(?!\w)",
    re.I,
)
PHYSICAL = frozenset({"jobs", "tonnes", "vehicles", "units", "MW", "hectares", "m3", "percent"})
_DE_RE = re.compile(rf"\s+(?:de\s+|d{_A}\s*)", re.I)
_CONN_RE = re.compile(r"\s+(?P<w>et|à)\s+|(?P<h>[-–])(?=\d)", re.I)
_NOUN_AFTER_RE = re.compile(rf"\s+(?:de|d{_A})\s*[^\W\d_]", re.I)
_PER_RE = re.compile(
    rf"\s*(?:/\s*(?P<y1>an|ann[ée]e)\b|par\s+(?P<y2>an|ann[ée]e)\b|(?P<y3>annuel(?:le)?s?|annuellement)\b"
    rf"|(?P<y4>l{_A}an)\b(?!\s+(?:dernier|pass[ée]|prochain))|chaque\s+(?P<y5>ann[ée]e)"
    rf"|/\s*(?P<d1>j|jour)\b|par\s+(?P<d2>jour)\b|(?P<d3>quotidiennement)|/\s*(?P<m1>mois)\b|par\s+(?P<m2>mois)\b)",
    re.I,
)
_PER_NEAR_RE = re.compile(r"[^,.;:()]{0,30}?(?:\bpar\s+an\b|/\s*an\b|\bannuellement\b)", re.I)
# windows before a number, all anchored at their end
_PRECUR_RE = re.compile(r"(?:(?P<usd>US\s?\$|\$|USD)|(?P<eur>€|EUR)|(?P<gbp>£|GBP))\s*$")
_ENTRE_RE = re.compile(r"\bentre\s+$", re.I)
_APPROX_RE = re.compile(
    rf"(?:\b(?:(?:un\s+peu\s+)?plus|pas\s+moins|moins|pr[èe]s|autour|au[\s-]del[àa])\s+(?:de\s+|d{_A}\s*)"
    rf"|\b(?:environ|quelques?|au\s+moins|approximativement|quasiment|presque|avoisinant|[àa]\s+peu\s+pr[èe]s)"
    rf"\s+|\bde\s+l{_A}ordre\s+(?:de\s+|d{_A}\s*)|[~≈]\s*)$",
    re.I,
)
_DECLINE_RE = re.compile(
    rf"\b(?:recul\w*|baiss\w*|chut\w*|diminu\w*|repli\w*|contract\w*|r[ée]gress\w*|fl[ée]chi\w*|d[ée]clin\w*"
    rf"|effondr\w*|d[ée]gringol\w*|perdu|perd|pertes?|c[ée]d[ée]|c[èe]de)(?:\s+[\w']+){{0,3}}?\s+(?:de\s+|d{_A}\s*)$",
    re.I,
)
_CHANGE_RE = re.compile(
    rf"\b(?:pass[ée]\w*|passant|passer\w*|grimp\w*|[ée]volu[ée]\w*|bondi\w*|hiss[ée]\w*|ramen[ée]\w*"
    rf"|port[ée]\w*)(?:\s+[\w']+){{0,2}}?\s+(?:de\s+|d{_A}\s*)$",
    re.I,
)
_ANNUAL_UNITS = frozenset({"tonnes", "vehicles", "units", "m3"})
_ANNUAL_BEFORE_RE = re.compile(r"\bannuel(?:le(?:ment)?|lement)?s?\b(?:\s+\S+){0,3}?\s*$", re.I)
_DINAR_TN_RE = re.compile(r"\b(?:DT|TND|MDT)\b|dinars?\s+tunisiens?|\bTunisi|\btunisien", re.I)
_DINAR_DZ_RE = re.compile(r"\b(?:DA|DZD|MDA)\b|alg[ée]ri|\bAlger\b|\bwilayas?\b")


@dataclass(slots=True)
class _Mag:
    """A number with its scale: ``value`` as written, ``factor`` from "milliards", "M", "centaine"…"""

    value: float
    end: int
    factor: float = 1.0
    scaled: bool = False
    abbrev: bool = False
    approx: bool = False
    words: bool = False


_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACES_RE = re.compile(_SP)


def _to_float(s: str) -> float:
    if _DOT_THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    return float(_SPACES_RE.sub("", s).replace(",", "."))


def _words_value(s: str) -> float:
    total, cur, prev = 0, 0, ""
    for w in re.split(r"[ \-]+", s.lower()):
        if w in ("cent", "cents"):
            cur = max(cur, 1) * 100
        elif w == "mille":
            total, cur = total + max(cur, 1) * 1000, 0
        elif w.startswith("vingt") and prev == "quatre":
            cur += 76
        else:
            cur += _WORDS[w]
        prev = w
    return float(total + cur)


def _mag(text: str, m: re.Match[str]) -> _Mag:
    """The number at ``m`` and the scale word right after it."""
    if m.group("words"):
        mag = _Mag(_words_value(m.group("words")), m.end(), words=True)
    else:
        v = _to_float(m.group("digits"))
        mag = _Mag(-v if m.group("sign") in ("-", "−") else v, m.end())
    s = SCALE_RE.match(text, m.end())
    if s:
        tok = s.group("scale")
        low = tok.lower().rstrip("s")
        if low in _SCALES:
            mag.factor, mag.approx = _SCALES[low], low.endswith("aine") or low == "millier"
        else:
            mag.factor, mag.abbrev = (1e9 if low in ("md", "mrd") else 1e3 if low == "k" else 1e6), True
        mag.scaled, mag.end = True, s.end()
        s2 = _SCALE2_RE.match(text, s.end()) if mag.approx else None
        if s2:
            mag.factor *= _SCALES[s2.group("scale").lower().rstrip("s")]
            mag.end = s2.end()
    return mag


def _tail(text: str, mag: _Mag) -> tuple[str, float, float, int] | None:
    """The unit after a magnitude: (unit, unit factor, scale carried by the unit as in "MDA", end)."""
    if not mag.scaled:
        c = _COMBO_RE.match(text, mag.end)
        if c:
            scale, cur = _COMBOS[c.group("c")]
            return cur, 1.0, scale, c.end()
    u = None
    if mag.scaled or abs(mag.value) >= 1e6:           # "2 milliards de DA", "3 000 000 de dollars"
        d = _DE_RE.match(text, mag.end)
        u = UNIT_RE.match(text, d.end()) if d else None
    u = u or UNIT_RE.match(text, mag.end)
    if not u or not u.lastgroup:
        return None
    _, unit, factor = _UNITS[int(u.lastgroup[1:])]
    if mag.abbrev and mag.factor == 1e3 and unit in PHYSICAL:
        return None
    if unit == "units" and _vehicle_units(text, mag.end, u.end()):
        unit = "vehicles"
    return unit, factor, 1.0, u.end()


_VEHICLE_CONTEXT = re.compile(r"\b(?:v[ée]hicules?|voitures?|automobiles?|camions?|autocars?|bus|motos?|"
                              r"constructeurs?\s+automobiles?)\b", re.I)
_UNITS_OF = re.compile(r"\s*(?:de|d['’])\s*\w", re.I)


def _vehicle_units(text: str, start: int, end: int) -> bool:
    """ "25.000 unités par an" in a sentence about vehicles counts vehicles; "unités de …" names its own thing."""
    if _UNITS_OF.match(text, end) or not text[start:end].strip().lower().startswith("unit"):
        return False
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 250, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min([*stops, end + 150, len(text)])
    return bool(_VEHICLE_CONTEXT.search(text, lo, hi))


def _per_after(text: str, end: int) -> tuple[str | None, int]:
    p = _PER_RE.match(text, end)
    if p and p.lastgroup:
        return {"y": "year", "d": "day", "m": "month"}[p.lastgroup[0]], p.end()
    return ("year" if _PER_NEAR_RE.match(text, end) else None), end


def _read_at(text: str, m: re.Match[str], floor: int) -> list[Quantity]:
    """The quantities that begin with the number ``m`` (one, or two for "passé de X à Y"), or none."""
    m1 = _mag(text, m)
    start = m.start()
    lo, near = max(floor, start - 60), max(floor, start - 25)
    pre = _PRECUR_RE.search(text, max(floor, start - 5), start)
    value_max: float | None = None
    split: tuple[int, float, int] | None = None  # "passé de X à Y": (end of X, value of X, start of Y)
    tail = None
    c = _CONN_RE.match(text, m1.end)
    if c and _YEAR_LIKE_RE.fullmatch(m.group(0)) and _YEAR_BEFORE_RE.search(text, lo, start):
        c = None                                       # "la campagne 2021-2022 à 384 000 tonnes": no range
    m2n = NUM_RE.match(text, c.end()) if c else None
    if c and m2n and not (m2n.group("sign") and c.group("h")):
        m2 = _mag(text, m2n)
        tail = _tail(text, m2)
        if tail:
            f2 = m2.factor * tail[2]
            f1 = m1.factor if m1.scaled else (f2 if abs(m1.value) <= abs(m2.value) else 1.0)
            v1, v2 = m1.value * f1 * tail[1], m2.value * f2 * tail[1]
            entre = bool(_ENTRE_RE.search(text, near, start))
            if c.group("w") and c.group("w").lower() == "et" and not entre:
                if not (m1.scaled and m1.factor > f2):
                    tail = None
                else:                                  # "2 milliards et 500 millions de DA"
                    m1.value, m1.factor, value_max = 1.0, v1 + v2, None
            elif c.group("w") and _CHANGE_RE.search(text, lo, start):
                split = (m1.end, v1, m2n.start())
                m1.value, m1.factor = v2, 1.0
            else:
                m1.value, m1.factor, value_max = 1.0, v1, v2
    if tail:
        unit, end = tail[0], tail[3]
        value = m1.value * m1.factor
    else:
        tail = _tail(text, m1)
        if tail:
            unit, end = tail[0], tail[3]
            value = m1.value * m1.factor * tail[1] * tail[2]
        elif pre:
            unit, end, value = str(pre.lastgroup).upper(), m1.end, m1.value * m1.factor
        elif (m1.scaled and m1.factor >= 1e6 and not m1.approx and not (m1.abbrev and m1.factor < 1e9)
              and not _NOUN_AFTER_RE.match(text, m1.end)):
            unit, end, value = "", m1.end, m1.value * m1.factor        # currency resolved later
        else:
            return []
    if unit == "headcount":                            # "emploie 800 personnes", not "800 personnes ont assisté"
        if not _EMPLOYS_RE.search(text, lo, start):
            return []
        unit = "jobs"
    if m.group("words") and abs(value) < 10 and unit != "percent":
        return []                                      # "deux complexes", "une tonne de"
    if pre and (unit == "" or pre.lastgroup and unit == pre.lastgroup.upper()):
        unit, start = pre.lastgroup.upper() if pre.lastgroup else unit, pre.start()
    en = _ENTRE_RE.search(text, near, start) if value_max is not None else None
    if en:
        start = en.start()
    ap = _APPROX_RE.search(text, near, start)
    if ap:
        start = ap.start()
    per, end = _per_after(text, end) if unit else (None, end)
    if per is None and unit in _ANNUAL_UNITS and _ANNUAL_BEFORE_RE.search(text, lo, start):
        per = "year"
    if unit == "percent" and not split and _DECLINE_RE.search(text, max(floor, start - 50), start):
        value = -abs(value)
        value_max = -abs(value_max) if value_max is not None else None
    approx = bool(ap) or m1.approx
    if split:
        x_end, x_value, y_start = split
        return [Quantity(x_value, unit, start, x_end, None, approx, None, text[start:x_end]),
                Quantity(value, unit, y_start, end, None, False, per, text[y_start:end])]
    return [Quantity(value, unit, start, end, value_max, approx, per, text[start:end])]


_YEAR_LIKE_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE_RE = re.compile(r"(?:[-–/]|\b(?:campagnes?|saisons?|exercices?|ann[ée]es?|en|depuis|de\s+l['’]an))\s*$",
                             re.I)
_EMPLOYS_RE = re.compile(r"\b(?:emplo\w+|effectifs?|recrut\w+|embauch\w+|fait\s+travailler|fai(?:sant|t)\s+vivre)\b"
                         r"[^.;:]*$", re.I)
_SENT_END_RE = re.compile(r"[.!?…](?=\s|$)|[;\n]")
_MONEY_CUE_RE = re.compile(
    rf"\b(?:montants?|valeur|sommes?|capital|b[ée]n[ée]fices?|co[uû]ts?|budgets?|enveloppes?|recettes|revenus"
    rf"|chiffres?\s+d{_A}\s*affaires|(?-i:CA)|investi\w*|financ\w*|cr[ée]dits?|pr[êe]ts?|export\w*|import\w*"
    rf"|r[ée]sultats?|dettes?)\b",
    re.I,
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence (or ';' clause) around ``text[start:end]``."""
    s0 = max(0, start - 400)
    for b in _SENT_END_RE.finditer(text, s0, start):
        s0 = b.end()
    nxt = _SENT_END_RE.search(text, end)
    return s0, nxt.start() if nxt else len(text)


def _resolve_pending(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Give a bare "39 milliards" the currency of the money figures beside it, or drop it."""
    money = [q for q in qs if q.unit and q.unit not in PHYSICAL]
    out = []
    for q in qs:
        if q.unit:
            out.append(q)
            continue
        s0, s1 = _sentence(text, q.start, q.end)
        near = [x for x in money if s0 <= x.start < s1]
        if not near and _MONEY_CUE_RE.search(text, max(s0, q.start - 80), q.start):
            near = money
        if near:
            q.unit = min(near, key=lambda x: (abs(x.start - q.start), x.start > q.start)).unit
            out.append(q)
    return out


DINARS = {"DZ": "DZD", "TN": "TND", "LY": "LYD", "JO": "JOD", "KW": "KWD", "IQ": "IQD", "BH": "BHD"}
CEMAC = frozenset({"CM", "CF", "TD", "CG", "GQ", "GA"})  # franc CFA of central Africa (XAF)
UEMOA = frozenset({"BJ", "BF", "CI", "GW", "ML", "NE", "SN", "TG"})  # franc CFA of west Africa (XOF)


def home_countries(text: str, mentions: list[tuple[int, int, str]], url: str | None = None,
                   outlet: str | None = None) -> dict[str, int]:
    """How strongly the article points at each country: its country names, demonyms and capitals,
    the country domain of its address or outlet ("….dz") and the dinars it writes as "DA" or "DT"."""
    from accords.read.countries import capitals_in, domain_country

    weight: dict[str, int] = {}
    for *_, code in [*mentions, *capitals_in(text)]:
        weight[code] = weight.get(code, 0) + 1
    for code in filter(None, (domain_country(url), domain_country(outlet))):
        weight[code] = weight.get(code, 0) + 3
    for code, cue in (("DZ", _DZ_DINAR_MARK), ("TN", _TN_DINAR_MARK)):
        if cue.search(text):
            weight[code] = weight.get(code, 0) + 5
    return weight


_DZ_DINAR_MARK = re.compile(r"\b(?:DA|DZD|MDA)\b")
_TN_DINAR_MARK = re.compile(r"\b(?:DT|TND|MDT)\b")


def _strongest(weight: dict[str, int], among: set[str] | frozenset[str]) -> str | None:
    best = max(among, key=lambda c: (weight.get(c, 0), c), default=None)
    return best if best is not None and weight.get(best, 0) > 0 else None


def find_quantities(text: str, home: dict[str, int] | None = None) -> list[Quantity]:
    """Every money amount, job count, physical quantity and percentage of ``text``, in text order.

    ``home`` (``home_countries``) decides what a plain "dinars" and "francs CFA" are; without it
    a Tunisian text's dinars are TND, others DZD, and francs CFA are XOF."""
    out: list[Quantity] = []
    last = 0
    for m in NUM_RE.finditer(text):
        if m.start() < last:
            continue
        got = _read_at(text, m, last)
        if got:
            out.extend(got)
            last = got[-1].end
    if any(q.unit == "CFA" for q in out):
        cfa = "XAF" if home and _strongest(home, CEMAC | UEMOA) in CEMAC else "XOF"
        for q in out:
            q.unit = cfa if q.unit == "CFA" else q.unit
    if any(q.unit.startswith("DIN") for q in out):  # plain "dinars": the dinar of the article's country
        country = _strongest(home, set(DINARS)) if home else None
        dinar = DINARS[country] if country else (
            "TND" if _DINAR_TN_RE.search(text) and not _DINAR_DZ_RE.search(text) else "DZD")
        for q in out:
            if q.unit.startswith("DIN"):
                q.unit = dinar if q.unit == "DIN" or dinar == "TND" else "-"   # "MD" in a non-Tunisian text
        out = [q for q in out if q.unit != "-"]
    return _resolve_pending(text, out)


# --- kinds ------------------------------------------------------------------------------------

_KIND_CUES: list[tuple[str, str]] = [
    ("compensation", r"indemni\w*|d[ée]dommag\w*"),
    ("financing", r"financ\w*|cr[ée]dits?|pr[êe]ts?|d[ée]couverts?|accord[ée]e?s?|emprunts?|subventions?"
                  r"|lev[ée]es?\s+de\s+fonds"),
    ("investment", r"investi\w*|inject\w*|enveloppes?|co[uû]ts?|budgets?|mobilis\w*|(?-i:IDE)"),
    ("revenue", rf"chiffres?\s+d{_A}\s*affaires|(?-i:CA)|recettes?|revenus?|ventes?"),
    ("exports", r"export\w*"),
    ("imports", r"import\w*"),
    ("capacity", r"capacit[ée]s?(?:\s+(?:annuelles?|install[ée]es?|nominales?|de\s+(?:production|stockage"
                 r"|traitement|fabrication|montage|dessalement)))*|puissances?"),
    ("production", r"product\w*|produi(?:re|ra|ront|sent|sait|t)|fabriqu\w*"),
    ("other", r"b[ée]n[ée]fices?|r[ée]sultats?|dettes?|d[ée]ficits?|exc[ée]dents?|capital\s+social|(?-i:PIB)"
              r"|prix|salaires?|tarifs?"),
]
_KIND_RE = re.compile(r"\b(?:" + "|".join(f"(?P<{k}>{p})" for k, p in _KIND_CUES) + r")(?!\w)", re.I)
_PCT_RE = re.compile(
    rf"\b(?:(?P<growth>hausses?|croissance|progress\w*|baiss\w*|recul\w*|augment\w*|[ée]volu\w*|diminu\w*"
    rf"|chut\w*|bond\w*|repli\w*|contract\w*|fl[ée]chi\w*|accroissement|accru\w*|gagn\w*|perd\w*|pertes?"
    rf"|rel[èe]vement|redress\w*|rebond\w*|taux\s+de\s+croissance)"
    rf"|(?P<share>parts?|taux\s+d{_A}\s*int[ée]gration|taux\s+de\s+(?:production|fabrication)\s+locale"
    rf"|taux\s+de\s+(?:localisation|remplissage|couverture|utilisation|r[ée]alisation|participation)"
    rf"|int[ée]gration|d[ée]t[ie]en\w*|d[ée]tenu\w*|capital"
    rf"|participations?|actionna\w*|repr[ée]sent\w*|hauteur|majoritaire|minoritaire|quote-part)"
    rf"|(?P<other>taux\s+d{_A}\s*int[ée]r[êe]t|ch[ôo]mage|inflation|(?-i:TVA)|taxes?|droits?\s+de\s+douane))(?!\w)",
    re.I,
)
_SHARE_AFTER_RE = re.compile(rf"\s*(?:du|des|de\s+la|de\s+l{_A}|de\s+(?:sa|son|ses|leurs?)|sa|son|ses|leurs?)\b",
                             re.I)
_GROWTH_AFTER_RE = re.compile(r"\s*(?:de\s+)?(?:hausse|croissance|baisse|recul|progression|augmentation)",
                              re.I)
_TARGET_RE = re.compile(
    rf"\b(?:objectifs?|ambition\w*|pr[ée]voi\w*|pr[ée]vu\w*|pr[ée]vision\w*|atteindr\w*|vis(?:e|er|ant|ent|era)"
    rf"|cibl\w*|escompt\w*|tabl\w*\s+sur|porter|portera|porteront|devrai\w*|projette\w*|d{_A}\s*ici|horizon"
    rf"|[àa]\s+terme|compt\w*\s+(?:atteindre|r[ée]aliser)|esp[èe]r\w*)(?!\w)",
    re.I,
)
_TARGET_AFTER_RE = re.compile(rf"\b(?:d{_A}\s*ici|horizon|[àa]\s+terme)\b", re.I)
_CLAUSE_CUT_RE = re.compile(r"[,;:()]|\bet\b")
_EXPORT_AFTER_RE = re.compile(r"\bexport\w*", re.I)
_FUTURE_RE = re.compile(r"\b(?:sera|seront|devr\w+|pourr\w+)\b", re.I)
_VALUE_RE = re.compile(rf"\b(?:valeur|montant)(?:\s+(?:totale?|globale?|global|estim[ée]e?))?\s+(?:de\s+|d{_A}\s*)"
                       rf"(?:\S+\s+){{0,3}}$", re.I)
_PURCHASE_RE = re.compile(r"\b(?:fournitures?|livraisons?|commandes?|achats?|services?)\b", re.I)
_FORECAST_RE = re.compile(r"\bpr[ée]voi\w*|\bpr[ée]vu\w*", re.I)
_NOW_RE = re.compile(r"\bactuel\w*|\baujourd['’]hui\b|\bd[ée]j[àa]\b", re.I)
_TARGETS = {"revenue": "revenue_target", "exports": "export_target", "capacity": "capacity_target"}


def _last(rx: re.Pattern[str], s: str) -> re.Match[str] | None:
    found = None
    for found in rx.finditer(s):  # noqa: B007
        pass
    return found


def _percent_kind(before: str, after: str, q: Quantity, target: bool) -> str:
    cue = _last(_PCT_RE, before)
    if cue and cue.lastgroup:
        return {"growth": "growth", "share": "share"}.get(cue.lastgroup, "other")
    if _GROWTH_AFTER_RE.match(after) or q.text.lstrip("( ")[:1] in "+-−" or q.value < 0:
        return "growth"
    if _EXPORT_AFTER_RE.search(after):                 # "dont 80 % seront destinés à l'exportation"
        return "export_target" if target or _FUTURE_RE.search(after) else "exports"
    return "share" if _SHARE_AFTER_RE.match(after) else "other"


def figure_kind(text: str, q: Quantity) -> str:
    """What ``q`` measures (one of ``records.FIGURE_KINDS``), from the words of its sentence."""
    if q.unit == "jobs":
        return "jobs"
    s0, s1 = _sentence(text, q.start, q.end)
    before = text[max(s0, q.start - 80):q.start]
    after = text[q.end:min(s1, q.end + 60)]
    cut = _CLAUSE_CUT_RE.search(after)
    clause_after = after[:cut.start()] if cut else after
    target = bool(_TARGET_RE.search(text, max(s0, q.start - 150), q.start) or _TARGET_AFTER_RE.search(after))
    if q.unit == "percent":
        return _percent_kind(before, clause_after, q, target)
    b = _last(_KIND_RE, before)
    a = _KIND_RE.search(clause_after)
    if b and (not a or len(before) - b.end() <= 2 * a.start() + 10):
        kind = str(b.lastgroup)
    elif a:
        kind = str(a.lastgroup)
    else:                                              # the sentence's last cue before the clause
        far = _last(_KIND_RE, text[max(s0, q.start - 250):q.start])
        kind = str(far.lastgroup) if far else "capacity" if q.unit == "MW" else "other"
    if kind == "other" and q.unit not in PHYSICAL and _VALUE_RE.search(before) and not _PURCHASE_RE.search(after):
        kind = "investment"                            # "un accord d'une valeur de 7 milliards de dollars"
    if q.unit in PHYSICAL and kind in ("revenue", "investment", "financing", "compensation"):
        kind = "other"
    if kind == "production" and q.per == "year" and q.unit in PHYSICAL:
        pre = text[max(s0, q.start - 150):q.start]
        if _FORECAST_RE.search(pre):                    # "le projet prévoit une production annuelle de"
            return "capacity"
        if target and not _NOW_RE.search(pre):          # "la société produira à terme 5 Mt par an"
            return "capacity_target"
    if kind in _TARGETS and target:
        kind = _TARGETS[kind]
    return kind


# --- holders ---------------------------------------------------------------------------------

# Heads that name the measure itself ("le chiffre d'affaires", "une hausse"), not whom it is about.
_MEASURE_HEAD_RE = re.compile(
    r"(?:chiffres?|production|capacit[ée]s?|investissements?|montants?|valeurs?|co[uû]ts?|budgets?"
    r"|enveloppes?|recettes?|revenus?|ventes?|exportations?|importations?|exports?|imports?|parts?|taux|b[ée]n[ée]fices?"
    r"|cr[ée]dits?|financements?|pr[êe]ts?|emplois?|postes?|effectifs?|superficie|surface|sommes?|prix"
    r"|r[ée]sultats?|volume|nombre|moyenne|puissance|quantit[ée]|tonnage|apport|injection|lev[ée]e"
    r"|dotation|indemnisation|compensation|subventions?)$",
    re.I,
)
# Heads that point back to an organisation named earlier ("la société", "le groupe").
_ORG_ANAPHOR_RE = re.compile(
    r"(?:soci[ée]t[ée]|groupe|entreprise|firme|compagnie|filiale|op[ée]rateur|constructeur|banque"
    r"|institution|organisme|office|agence)s?$",
    re.I,
)
_ACT_RE = re.compile(r"(?:accords?|contrats?|conventions?|protocoles?|partenariats?|march[ée]s?)", re.I)
_NP_ADP = frozenset({"de", "d'", "d’", "du", "des"})
_INDEFINITE = frozenset({"un", "une"})
# Words for a change ("une hausse de 2 %") or an action ("la création de 300 emplois"): never the holder.
_EVENT_HEAD_RE = re.compile(
    r"(?:hausses?|baisses?|croissance|progressions?|augmentations?|reculs?|replis?|relèvements?|redressement"
    r"|rebonds?|chutes?|diminutions?|[ée]volutions?|am[ée]liorations?|cr[ée]ations?|r[ée]alisations?"
    r"|constructions?|d[ée]veloppement|extensions?|am[ée]nagements?|acquisitions?|mise|installations?"
    r"|exploitation|transformation|fournitures?|achats?|octroi|hauteur|niveau|ordre|plus|moins|pr[èe]s"
    r"|environ|total|objectifs?|cours|disposition)$",
    re.I,
)
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ", "PUNCT", "X"})
_VERB_GROUP_POS = frozenset({"AUX", "VERB", "ADV"})
_REFLEXIVE = frozenset({"se", "s'", "s’", "ne", "n'", "n’", "y", "en"})
_SUBJ_PRON = frozenset({"il", "elle", "ils", "elles"})
# what may join a noun phrase to the figure right after it: "un parc de", "d'une valeur totale de", "à"
_LINK_RE = re.compile(
    rf"(?:,\s*)?(?:(?:d{_A}\s*une?|pour\s+une?|avec\s+une?)\s+(?:valeur|montant|co[uû]t|capacit[ée]|superficie"
    rf"|surface|enveloppe|budget)(?:\s+(?:totale?|globale?|estim[ée]e?|de\s+production|annuelle|install[ée]e"
    rf"|nominale))*\s+)?(?:de|d{_A}|à)\s*$",
    re.I,
)
_WITH_RE = re.compile(r"\s+avec\s+$", re.I)
_INTRO_RE = re.compile(
    r"(?:^|\s)(?:—|–|-{1,2}|:)\s|^(?:en|au|à|a|dans|selon|par|pour|sur|après|avant|lors)\b[^,]{0,40},\s",
    re.I)
_PAREN_RE = re.compile(r"\(\s*$")
_BY_RE = re.compile(r"\s*par\s+", re.I)
_SPEECH_RE = re.compile(
    r"\b(?:a|ont|avait)\s+(?:\w+\s+)?(?:d[ée]clar[ée]|pr[ée]cis[ée]|ajout[ée]|indiqu[ée]|soulign[ée]|affirm[ée]"
    r"|expliqu[ée]|annonc[ée]|assur[ée]|relev[ée]|not[ée]|fait\s+savoir|rappel[ée]|estim[ée])\b"
    r"|\bselon\b|\bd['’]apr[èe]s\b",
    re.I,
)


class _Tokens:
    """The spaCy tokens of one article, looked up by character offset."""

    def __init__(self, doc) -> None:
        self.toks = list(doc) if doc is not None else []
        self.starts = [t.idx for t in self.toks]
        self.doc_text: str = doc.text if doc is not None else ""

    def at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect_left(self.starts, char)


def _np_ok(t) -> bool:
    low = t.text.lower()
    if any(c.isdigit() for c in low) or low == "%":
        return False
    if t.pos_ == "ADP":
        return low in _NP_ADP
    if t.pos_ == "PUNCT":
        return low in (",", "-", "'", "’")
    if t.pos_ == "CCONJ":
        return low == "et"
    return t.pos_ in _NP_POS or _participle(t)


def _participle(t) -> bool:
    """A past participle used as an adjective ("pièces détachées")."""
    return t.pos_ == "VERB" and t.text.lower().endswith(("é", "ée", "és", "ées"))


def _trim(toks: list, i: int, j: int) -> tuple[int, int] | None:
    """Shrink tokens ``[i, j)`` to start and end on a content word; None when none is left."""
    while i < j and (toks[i].pos_ in ("DET", "ADP", "CCONJ", "PUNCT") and not any(c.isdigit()
                                                                                   for c in toks[i].text)):
        i += 1
    while j > i and toks[j - 1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT"):
        j -= 1
    return (i, j) if i < j and any(t.pos_ in ("NOUN", "PROPN") for t in toks[i:j]) else None


def _np_before(tk: _Tokens, k: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase whose last token is before token ``k`` (tokens from ``floor``): back to its
    determiner, across "de la"/"du" complements and ", adjective" lists, not across "d'un"."""
    toks = tk.toks
    i = k
    while i > floor and k - i < 14:
        t = toks[i - 1]
        low = t.text.lower()
        if t.pos_ == "NUM" or t.text.isdigit():        # "trente contrats", "30 contrats"
            i -= 1
            break
        if not _np_ok(t) or low == "," and (i >= k or toks[i].pos_ not in ("ADJ", "NOUN")):
            break
        i -= 1
        if t.pos_ == "DET" and (low in _INDEFINITE or i <= floor or toks[i - 1].text.lower() not in _NP_ADP):
            break
    return _trim(toks, i, k) if i < k else None


def _np_after(tk: _Tokens, k: int, ceil: int) -> tuple[int, int] | None:
    """The noun phrase that begins at token ``k`` ("la production industrielle du secteur public")."""
    toks = tk.toks
    j = k
    while j < ceil and toks[j].pos_ in ("DET", "NUM", "ADJ") and j - k < 4:    # "les trois premiers …"
        j += 1
    if j >= ceil or toks[j].pos_ not in ("NOUN", "PROPN"):
        return None
    j += 1
    while j < ceil and j - k < 14:
        t, low = toks[j], toks[j].text.lower()
        nxt = toks[j + 1] if j + 1 < ceil else None
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "X") and not any(c.isdigit() for c in low):
            j += 1
        elif t.pos_ == "ADP" and low in _NP_ADP and nxt is not None and nxt.pos_ in ("DET", "NOUN", "PROPN"):
            j += 2 if nxt.pos_ == "DET" else 1
        elif low in ("et", ",") and nxt is not None and nxt.pos_ in ("ADJ", "NOUN") and low != "," or (
                low == "," and nxt is not None and nxt.pos_ == "ADJ"):
            j += 1
        else:
            break
    return _trim(toks, k, j)


def _head(tk: _Tokens, span: tuple[int, int]):
    return next(t for t in tk.toks[span[0]:span[1]] if t.pos_ in ("NOUN", "PROPN"))


def _genitive(tk: _Tokens, span: tuple[int, int]) -> tuple[int, int] | None:
    """The owner inside a measure phrase: "la production de l'usine" → "usine"; compounds ("chiffre
    d'affaires", "capacité de production") are skipped because no determiner follows their "de"."""
    toks = tk.toks
    for i in range(span[1] - 2, span[0], -1):
        t, nxt = toks[i], toks[i + 1]
        if t.text.lower() in _NP_ADP and (nxt.pos_ in ("DET", "PROPN") or t.text.lower() in ("du", "des")):
            return _np_after(tk, i + 1, span[1])
    return None


def _subject(tk: _Tokens, k: int, floor: int) -> tuple[int, int] | str | None:
    """The subject of the nearest verb before token ``k``: a noun phrase span, "PRON" for il/elle,
    or None."""
    toks, i = tk.toks, k - 1
    while i >= floor and toks[i].pos_ not in ("VERB", "AUX"):
        i -= 1
    if i < floor:
        return None
    while i >= floor and (toks[i].pos_ in _VERB_GROUP_POS or toks[i].text.lower() in _REFLEXIVE):
        i -= 1
    if i < floor:
        return None
    low = toks[i].text.lower()
    if low in _SUBJ_PRON:
        return "PRON"
    if low == "qui":
        i -= 1
        if i >= floor and toks[i].text == ",":
            i -= 1
    if i < floor or toks[i].pos_ not in ("NOUN", "PROPN", "ADJ", "X") and not (low == "qui" and _participle(toks[i])):
        return None
    return _np_before(tk, i + 1, floor)


def _sentence_subject(tk: _Tokens, floor: int, k: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence before token ``k`` ("Les trois ateliers du groupe, …"),
    after an opening adverbial ("En 2020, …") or a dateline ("Alger — …")."""
    toks = tk.toks
    if floor >= k:
        return None
    base = toks[floor].idx
    pre = tk.doc_text[base:toks[k - 1].idx] if tk.doc_text else ""
    intro = None
    for intro in _INTRO_RE.finditer(pre[:80]):  # noqa: B007
        pass
    start = tk.at(base + intro.end()) if intro else floor
    span = _np_after(tk, start, k)
    if span is None or span[1] >= k:
        return None
    head = _head(tk, span).text
    if _EVENT_HEAD_RE.fullmatch(head) or _MEASURE_HEAD_RE.fullmatch(head):
        return None
    return span


def _mention_in(state, a: int, b: int, label: str | None = None):
    for m in state.mentions:
        if m.start < b and a < m.end and (label is None or m.label == label):
            return m
    return None


def _name(m) -> str:
    return m.entity.name if m.entity else m.text


def _context_org(state, q: Quantity, s0: int) -> str | None:
    """The organisation a figure's sentence speaks for: the speaker's when the sentence reports what a
    person said, else the nearest one named before in the sentence, else the last one named before."""
    text = state.text
    before = [m for m in state.mentions if m.label == "ORG" and m.end <= q.start]
    pre = text[s0:q.start]
    if _SPEECH_RE.search(pre):
        pers = [m for m in state.mentions if m.label == "PER" and m.end <= q.start]
        in_sent = [m for m in pers if m.start >= s0]
        if in_sent or re.search(r"\b(?:il|elle)\b", pre, re.I):
            who = (in_sent or pers)[-1] if (in_sent or pers) else None
            name = _name(who) if who else None
            org = next((p.org for p in state.people if p.name == name and p.org), None)
            if org:
                return org
    in_sentence = [m for m in before if m.start >= s0]
    pick = in_sentence[-1] if in_sentence else (before[-1] if before else None)
    if pick is None:
        locs = [m for m in state.mentions if m.label == "LOC" and s0 <= m.start < q.start]
        pick = locs[-1] if locs else None
    return _name(pick) if pick else None


def _span_name(state, tk: _Tokens, span: tuple[int, int], q: Quantity, s0: int) -> str | None:
    """A noun phrase as a holder: the organisation or place it names, the organisation a "la société"
    points back to, or its own words ("parc industriel")."""
    toks = tk.toks
    a, b = toks[span[0]].idx, toks[span[1] - 1].idx + len(toks[span[1] - 1])
    head = _head(tk, span)
    m = _mention_in(state, a, b, "ORG") or _mention_in(state, head.idx, head.idx + len(head))
    if m is not None:
        return _name(m)
    if _ORG_ANAPHOR_RE.fullmatch(head.text) and head.pos_ != "PROPN" or (
            span[1] - span[0] == 1 and _ACT_RE.fullmatch(head.text)):   # a bare "l'accord": its party
        return _context_org(state, q, s0) or state.text[a:b]
    return state.text[a:b]


def figure_holder(state, tk: _Tokens, q: Quantity, kind: str) -> str | None:
    """Whom a figure is about, from its own clause: the phrase it is listed after ("les textiles
    (-14,2 %)"), the owner after "par" ("détenue à 56 % par X"), the phrase it qualifies ("un parc de
    3 000 hectares", "la production de l'usine à"), the subject of its verb ("X a réalisé"); else the
    organisation of its sentence or its speaker."""
    text = state.text
    s0, _ = _sentence(text, q.start, q.end)
    if not tk.toks:
        return _context_org(state, q, s0)
    k, floor = tk.at(q.start), tk.at(s0)
    measure_ok = kind == "growth"
    cands: list[tuple[int, int] | str | None] = []
    if _PAREN_RE.search(text, max(s0, q.start - 3), q.start):
        cands.append(_np_before(tk, tk.at(text.rindex("(", s0, q.start)), floor))
    if kind == "share" and _BY_RE.match(text, q.end):
        cands.append(_np_after(tk, tk.at(_BY_RE.match(text, q.end).end()), min(len(tk.toks), k + 30)))
    link = _LINK_RE.search(text, max(s0, q.start - 60), q.start) or (
        _WITH_RE.search(text, max(s0, q.start - 8), q.start) if q.unit == "percent" else None)
    if link:
        cands.append(_np_before(tk, tk.at(link.start()), floor))
    cands.append(_subject(tk, k, floor))
    for c in cands:
        if c == "PRON":
            break
        if not isinstance(c, tuple):
            continue
        head = _head(tk, c).text
        if _EVENT_HEAD_RE.fullmatch(head) or _MEASURE_HEAD_RE.fullmatch(head) and not measure_ok:
            c = _genitive(tk, c)
            if c is None or _EVENT_HEAD_RE.fullmatch(_head(tk, c).text):
                continue
        return _span_name(state, tk, c, q, s0)
    org = _context_org(state, q, s0)
    if org is None or not any(m.label == "ORG" and s0 <= m.start < q.start for m in state.mentions):
        subj = _sentence_subject(tk, floor, k)
        if subj is not None:
            return _span_name(state, tk, subj, q, s0)
    return org


# --- the reader component ---------------------------------------------------------------------

HOLDER_STOP = re.compile(r"[.;!?]\s")


def _period(state, q: Quantity) -> str | None:
    """The year (or quarter) a figure refers to: a date in its sentence, nearest first."""
    text = state.text
    lo = max((m.end() for m in HOLDER_STOP.finditer(text, 0, q.start)), default=0)
    nxt = HOLDER_STOP.search(text, q.end)
    hi = nxt.start() if nxt else len(text)
    cands = [d for d in state.dates if lo <= d.start < hi and d.value]
    if not cands:
        return None
    d = min(cands, key=lambda d: abs(d.start - q.start))
    v = d.value
    return v if ("Q" in v or "H" in v) else v[:4]


@component("figures")
def figures(state) -> None:
    """Every economic quantity of the article, with kind, holder, period and evidence."""
    text = state.text
    tk = _Tokens(state.doc)
    out = []
    home = home_countries(text, state.countries, state.article.url, state.article.outlet)
    for q in find_quantities(text, home):
        if state.in_link(q.start):
            continue  # a figure in another article's headline ("Lire aussi : …")
        kind = figure_kind(text, q)
        out.append(Figure(
            kind=kind, value=q.value, unit=q.unit, value_max=q.value_max, approx=q.approx,
            per=q.per, holder=figure_holder(state, tk, q, kind), period=_period(state, q), text=q.text,
            evidence=[(q.start, q.end)],
        ))
    state.figures = out
