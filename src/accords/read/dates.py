"""Dates: find the date expressions of French press text and resolve them against the publication date.

``find_dates`` reads absolute dates ("le 4 décembre 2025", "04/12/2025", "en décembre 2025", "fin 2025",
"au premier trimestre 2021", "S1 2022") and relative ones ("hier", "lundi dernier", "la semaine dernière",
"l'an dernier", "il y a deux jours"). Each gets an ISO value at the precision the text and ``published``
support ("2025-12-04", "2025-12", "2025", "2021-Q1", "2022-H1"), or None when it cannot be resolved.
Month and weekday names come from babel's French locale. Pure functions over plain text; never the clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names

from accords.read.pipeline import component


@dataclass(slots=True, frozen=True)
class Published:
    """The publication date at the precision given: day, month or year (or None)."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Published:
        """ "2024-06-09", "2024-06", "2024", "2024-06-09T10:00:00Z"; anything else gives all None."""
        m = _PUB_RE.match(value) if isinstance(value, str) else None
        if not m:
            return cls(None)
        y, mo, d = (int(g) if g else None for g in m.groups())
        try:
            date(y, mo or 1, d or 1)
        except ValueError:
            return cls(None)
        return cls(y, mo, d)

    def as_date(self) -> date | None:
        """The day, when known."""
        return date(self.year, self.month, self.day) if self.year and self.month and self.day else None


@dataclass(slots=True)
class DateExpr:
    """One date expression: ``text == source[start:end]``; ``relative`` when ``published`` resolved it."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


_MONTHS = {_fold(n): i for i, n in get_month_names("wide", locale="fr").items()}
_MONTHS |= {_fold(n): i for i, n in get_month_names("abbreviated", locale="fr").items() if n.endswith(".")}
_MONTHS |= {"fev.": 2, "dec.": 12}  # folded spellings of "fév.", "déc."
_WEEKDAYS = {_fold(n): i for i, n in get_day_names("wide", locale="fr").items()}  # 0 = lundi


def _alt(names: list[str]) -> str:
    """Accented and folded spellings, longest first; a name without a final dot ends a word."""
    forms = {f for n in names for f in (n, _fold(n))}
    return "(?:" + "|".join(re.escape(f) + ("" if f.endswith(".") else r"(?!\w)")
                            for f in sorted(forms, key=len, reverse=True)) + ")"


_MONTH = _alt([*get_month_names("wide", locale="fr").values(),
               *get_month_names("abbreviated", locale="fr").values(), "fév."])
_WD = _alt(list(get_day_names("wide", locale="fr").values()))
_A = "['’]"
_YR = r"(?:19|20)\d\d"
_ORDS = {"premier": 1, "1er": 1, "première": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2, "2e": 2,
         "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4, "dernier": -1}
_REL_YEAR = rf"cette\s+année|l{_A}(?:année|an)\s+(?:en\s+cours|dernier|dernière|passée?|prochaine?)"

_PUB_RE = re.compile(r"\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])")
_NUMDATE_RE = re.compile(
    rf"(?<![\d.,/-])(?:(?P<d>[0-3]?\d)(?P<sep>[./-])(?P<m>[01]?\d)(?P=sep)(?P<y>{_YR})"
    rf"|(?P<iy>{_YR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)|(?P<mm>0?[1-9]|1[0-2])/(?P<my>{_YR}))(?!\d|[.,/-]\d)")
_DAYMONTH_RE = re.compile(
    rf"(?<![\w.,])(?:(?:ce\s+)?{_WD}\s+)?(?P<d>1er|1ᵉʳ|premier|[0-3]?\d)(?!\d)\s*(?P<m>{_MONTH})"
    rf"(?:\s+(?P<y>{_YR})(?!\d)|\s+(?P<rel>dernier|prochain)(?!\w))?", re.I)
_MONTHEXPR_RE = re.compile(
    rf"(?<![\w-])(?P<cue>(?:en|fin|début|courant|depuis|dès|avant|après|jusqu{_A}(?:en|à\s+fin)|d{_A}ici(?:\s+à)?"
    rf"|(?:au|le|du)\s+mois)\s+(?:de\s+|d{_A})?|mi-\s*)?(?P<m>{_MONTH})"
    rf"(?:\s+(?:de\s+l{_A}année\s+)?(?P<y>{_YR})(?!\d)|\s+(?P<rel>dernier|prochain)(?!\w))?", re.I)
_YEAR_RE = re.compile(
    rf"(?<![\w.,])(?<!\d\s)(?:(?P<cue>en|fin|début|courant|depuis|dès|avant|après|jusqu{_A}en"
    rf"|d{_A}ici(?:\s+(?:à|fin))?|(?:à\s+)?l{_A}horizon|à\s+horizon|horizon|au\s+cours\s+de\s+l{_A}année"
    rf"|en\s+cours\s+de|l{_A}(?:année|exercice|an)|année|exercice)\s+|(?:mi|fin|début)-\s*)?"
    rf"(?P<y>{_YR})(?!\d|[.,/]\d|-\d\d?(?!\d))", re.I)
_QUARTER_RE = re.compile(
    rf"(?<![\w-])(?:(?:au|du|le|ce|dès\s+le|depuis\s+le|pour\s+le|sur\s+le|au\s+cours\s+du|durant\s+le"
    rf"|pendant\s+le)\s+)?(?P<ord>{'|'.join(sorted(_ORDS, key=len, reverse=True))})"
    rf"\s+(?P<kind>trimestre|semestre)"
    rf"(?:\s+(?:de\s+l{_A}année\s+|de\s+|d{_A}|en\s+)?(?P<y>{_YR})(?!\d)|\s+(?:de\s+)?(?P<ry>{_REL_YEAR}))?"
    rf"|(?<![\w-])(?P<code>[TQS])(?P<n>[1-4])[\s-]*(?P<cy>{_YR})(?!\d)", re.I)
_WEEKDAY_RE = re.compile(
    rf"(?<![\w-])(?:ce\s+)?(?P<wd>{_WD})(?:\s+(?P<rel>dernier|passé|prochain))?(?![\w-])", re.I)
_WD_RANGE_RE = re.compile(rf"\bdu\s+{_WD}\s+au\s+{_WD}", re.I)
_NUM_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
              "huit": 8, "neuf": 9, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30}
_REL = [  # (pattern, unit, amount): unit "days" (exact), "week" (month of a shift), "month", "year"
    (r"avant-hier", "days", -2), (r"après-demain", "days", 2), (r"hier", "days", -1), (r"demain", "days", 1),
    (rf"aujourd{_A}hui|ce\s+jour(?!-)", "days", 0),
    (r"(?:la\s+semaine|cette\s+semaine)\s+(?:dernière|passée)", "week", -7),
    (r"cette\s+semaine|la\s+semaine\s+en\s+cours", "week", 0), (r"la\s+semaine\s+prochaine", "week", 7),
    (r"le\s+mois\s+(?:dernier|passé|précédent)", "month", -1), (r"le\s+mois\s+prochain", "month", 1),
    (r"ce\s+mois(?:-ci)?(?!\s+d)|le\s+mois\s+en\s+cours", "month", 0),
    (rf"l{_A}(?:année|an)\s+(?:dernier|dernière|passée?|précédente)", "year", -1),
    (rf"(?:l{_A}année|l{_A}an)\s+en\s+cours|cette\s+année(?:-ci)?(?!\s+\d)", "year", 0),
    (rf"l{_A}(?:année|an)\s+prochaine?", "year", 1),
    (rf"il\s+y\s+a\s+(?P<n>\d{{1,3}}|quelques|plusieurs|{'|'.join(_NUM_WORDS)})\s+"
     r"(?P<u>jours?|semaines?|mois|ans?|années?)", "ago", 0),
]
_REL_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _, _) in enumerate(_REL)) + r")(?![\w-])", re.I)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\b(?:plus|moins|près|autour|au-delà)\s+d[e']|\b(?:environ|quelque|quelques|années|article|art\.|soit"
    r"|au\s+moins|numéro|code)|n°|\bno\.?|[€$£])\s*$", re.I)
_UNIT_AFTER = re.compile(
    r"\s*(?:%|[€$£]|pour\s*cent|(?:tonnes?|t|kg|kilos?|da|dzd|dh|mdh|mds?|m|k|euros?|dollars?|dinars?|dirhams?"
    r"|francs?|fcfa|usd|eur|emplois|salariés|employés|personnes|travailleurs|postes|logements|unités|véhicules"
    r"|hectares?|ha|km|kilomètres|mètres|m²|m2|m3|mw|gw|kw|mwh|gwh|barils|litres|ans|années|jours|mois|heures"
    r"|habitants|entreprises|sociétés|projets|millions?|milliards?|mille|lits|places|élèves|étudiants|têtes"
    r"|exemplaires|pièces|points|fois|membres|clients|agents)(?!\w))", re.I)


# --- resolving against the publication date --------------------------------------------------------------


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _coarse(pub: Published) -> str | None:
    """The publication month, or year, at best."""
    if pub.year and pub.month:
        return _ym(pub.year, pub.month)
    return str(pub.year) if pub.year else None


def _days(pub: Published, n: int) -> str | None:
    d = pub.as_date()
    return (d + timedelta(n)).isoformat() if d else _coarse(pub)


def _month_of(pub: Published, n: int) -> str | None:
    """The month of published + ``n`` days (a week is not a day)."""
    d = pub.as_date()
    if d:
        d += timedelta(n)
        return _ym(d.year, d.month)
    return _coarse(pub)


def _months(pub: Published, k: int) -> str | None:
    if pub.year and pub.month:
        i = pub.year * 12 + pub.month - 1 + k
        return _ym(i // 12, i % 12 + 1)
    return _coarse(pub)


def _years(pub: Published, k: int) -> str | None:
    return str(pub.year + k) if pub.year else None


def _weekday(pub: Published, wd: int, mode: int) -> str | None:
    """The latest ``wd`` on or before published (mode 0), strictly before (-1), or the next one after (+1)."""
    d = pub.as_date()
    if not d:
        return _coarse(pub)
    if mode > 0:
        return (d + timedelta((wd - d.weekday()) % 7 or 7)).isoformat()
    back = (d.weekday() - wd) % 7
    return (d - timedelta(back or (7 if mode < 0 else 0))).isoformat()


def _year_for(pub: Published, month: int, day: int | None, rel: str | None) -> int | None:
    """The year of a day or month named without one: the published year, unless that puts it more than
    about a month after publication (then the year before); "dernier" / "prochain" force past / future."""
    if pub.year is None or pub.month is None:
        return pub.year
    diff = (month - pub.month) * 31 + (day - pub.day if day and pub.day else 0)
    same_counts = not (day and not pub.day)  # a day against a month-only date: same month is not past/future
    if rel == "dernier":
        return pub.year - 1 if diff > 0 or (diff == 0 and same_counts) else pub.year
    if rel == "prochain":
        return pub.year + 1 if diff < 0 or (diff == 0 and same_counts) else pub.year
    return pub.year - 1 if diff > 31 else pub.year


def _day_iso(y: int | None, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat() if y else None
    except ValueError:
        return None


def _valid(m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)


# --- finding ---------------------------------------------------------------------------------------------


def _numeric(text: str, pub: Published):
    for m in _NUMDATE_RE.finditer(text):
        if m["my"]:
            yield m.start(), m.end(), _ym(int(m["my"]), int(m["mm"])), False
            continue
        y, mo, d = (int(m[k]) for k in (("y", "m", "d") if m["y"] else ("iy", "im", "id")))
        if (v := _day_iso(y, mo, d)) is not None:
            yield m.start(), m.end(), v, False


def _day_month(text: str, pub: Published):
    for m in _DAYMONTH_RE.finditer(text):
        mo, dtxt = _MONTHS[_fold(m["m"])], m["d"].lower()
        d = 1 if not dtxt.isdigit() else int(dtxt)
        if not _valid(mo, d):
            continue
        if m["y"]:
            if (v := _day_iso(int(m["y"]), mo, d)) is not None:
                yield m.start(), m.end(), v, False
        else:
            yield m.start(), m.end(), _day_iso(_year_for(pub, mo, d, (m["rel"] or "").lower()), mo, d), True


def _month_exprs(text: str, pub: Published):
    for m in _MONTHEXPR_RE.finditer(text):
        mo = _MONTHS[_fold(m["m"])]
        if m["y"]:
            yield m.start(), m.end(), _ym(int(m["y"]), mo), False
        elif m["cue"] or m["rel"]:
            y = _year_for(pub, mo, None, (m["rel"] or "").lower())
            yield m.start(), m.end(), _ym(y, mo) if y else None, True


def _years_found(text: str, pub: Published):
    for m in _YEAR_RE.finditer(text):
        if _UNIT_AFTER.match(text, m.end()) or re.match(r"\s\d{3}(?!\d)", text[m.end():m.end() + 5]):
            continue
        bare = m.start() == m.start("y")
        if bare and _NOT_YEAR_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            continue
        yield m.start(), m.end(), m["y"], False


def _quarters(text: str, pub: Published):
    for m in _QUARTER_RE.finditer(text):
        if m["code"]:
            code, n = m["code"].upper(), int(m["n"])
            if code != "S" or n <= 2:
                yield m.start(), m.end(), f"{m['cy']}-{'H' if code == 'S' else 'Q'}{n}", False
            continue
        half = m["kind"].lower() == "semestre"
        n, size, letter = _ORDS[m["ord"].lower()], (6 if half else 3), ("H" if half else "Q")
        if n > (2 if half else 4):
            continue
        if m["y"]:
            yield m.start(), m.end(), f"{m['y']}-{letter}{12 // size if n < 0 else n}", False
        elif m["ry"]:
            k = 0 if re.search(r"cette|cours", m["ry"], re.I) else 1 if "proch" in m["ry"].lower() else -1
            y = _years(pub, k)
            yield m.start(), m.end(), y and f"{y}-{letter}{12 // size if n < 0 else n}", True
        elif n < 0:  # "le dernier trimestre": the one before publication's
            v = None
            if pub.year and pub.month:
                i = pub.year * (12 // size) + (pub.month - 1) // size - 1
                v = f"{i // (12 // size)}-{letter}{i % (12 // size) + 1}"
            yield m.start(), m.end(), v, True
        else:
            yield m.start(), m.end(), pub.year and f"{pub.year}-{letter}{n}", True


def _weekdays(text: str, pub: Published):
    ranges = [r.span() for r in _WD_RANGE_RE.finditer(text)]
    for m in _WEEKDAY_RE.finditer(text):
        if any(a <= m.start() < b for a, b in ranges):
            continue
        if re.search(r"\b(?:chaque|les|tous\s+les)\s+$", text[max(0, m.start() - 12):m.start()], re.I):
            continue
        rel = (m["rel"] or "").lower()
        mode = 1 if rel == "prochain" else -1 if rel else 0
        yield m.start(), m.end(), _weekday(pub, _WEEKDAYS[_fold(m["wd"])], mode), True


def _relatives(text: str, pub: Published):
    for m in _REL_RE.finditer(text):
        _, unit, n = _REL[int(m.lastgroup[1:])]
        if unit == "ago":
            unit, n = _ago(m["n"].lower(), m["u"].lower())
        value = {"days": _days, "week": _month_of, "month": _months, "year": _years}.get(unit)
        yield m.start(), m.end(), value(pub, n) if value else None, True


def _ago(word: str, u: str) -> tuple[str, int]:
    """'il y a N <unit>' as a shift; vague counts keep what stays certain (days: the month)."""
    k = int(word) if word.isdigit() else _NUM_WORDS.get(word)
    if k is None:
        return ("week", 0) if u.startswith("jour") else ("none", 0)
    if u.startswith("jour"):
        return "days", -k
    if u.startswith("semaine"):
        return "week", -7 * k
    return ("month", -k) if u == "mois" else ("year", -k)


_FINDERS = (_numeric, _day_month, _quarters, _month_exprs, _years_found, _weekdays, _relatives)


def find_dates(text: str, published: Published) -> list[DateExpr]:
    """Every date expression of ``text``, in order, non-overlapping (the longest wins at one start)."""
    cands = [c for f in _FINDERS for c in f(text, published)]
    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[DateExpr] = []
    for s, e, value, rel in cands:
        if not out or s >= out[-1].end:
            out.append(DateExpr(s, e, text[s:e], value, rel))
    return out


@component("dates")
def dates(state) -> None:
    """The date expressions of the article, resolved against its publication date."""
    state.dates = find_dates(state.text, state.published or Published(None))
