"""Agreements: find each cooperation act, attach its parties and details, merge its mentions.

The steps, in order, each a named function:
- ``find_triggers``: instrument nouns ("convention-cadre", "protocole d'accord", "société mixte",
  "partenariat" …) give the kind;
- ``status_of``: the verbs around a trigger give the status (signé, approuvé, sera signé,
  ont examiné, annulé …);
- ``parties_of``: "entre X et Y", "X et Y ont signé", "avec X", "la partie biélorusse";
- ``signatories_of`` / ``witnesses_of``: "paraphé par …", "en présence de …";
- ``place_of``, ``date_of``, ``duration_of``;
- ``merge``: the mentions of one act become one record; separate acts stay separate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from accords.read.countries import (
    capital_country,
    country_code,
    country_counts,
    country_name,
    demonym_countries,
)
from accords.read.entities import TITLE_WORDS, fold, is_acronym, pair_acronyms
from accords.read.pipeline import Mention, State, component
from accords.records import Agreement, Span

# --- triggers ---------------------------------------------------------------------------------

_A = r"['’]"
TRIGGERS: list[tuple[str, str]] = [
    ("framework_agreement", r"(?:conventions?|accords?)[\s\-]+cadres?"),
    ("mou", rf"protocoles?\s+d{_A}\s*accords?|m[ée]morand(?:um|a)s?(?:\s+d{_A}\s*(?:entente|accord))?|\bMoU\b|"
            rf"lettres?\s+d{_A}\s*intention|d[ée]clarations?\s+d{_A}\s*intention|protocoles?"),
    ("joint_venture", r"joint[\s\-]ventures?|soci[ée]t[ée]s?\s+mixtes?|coentreprises?|filiales?\s+communes?"),
    ("convention", r"conventions?"),
    ("agreement", r"accords?|pactes?|proc[èe]s[\s\-]verbaux|proc[èe]s[\s\-]verbal"),
    ("contract", rf"contrats?|march[ée]s?\s+(?:de\s+(?:r[ée]alisation|fourniture|construction|travaux)|"
                 rf"d{_A}\s*(?:[ée]tude|[ée]quipement))|commandes?\s+(?:de|d{_A}|ferme)"),
    ("partnership", r"partenariats?"),
    ("cooperation", r"coop[ée]rations?"),
]
TRIGGER_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{p})\\b)" for k, p in TRIGGERS), re.I)
UMBRELLA = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
                      r"vingt|trente|quarante|cinquante|\d+|plusieurs|des|une\s+série\s+d['’]|nombre\s+d['’])"
                      r"(?:\s*\(\d+\))?\s+(?:\w+\s+)?$", re.I)
# "trois documents de partenariat", "neuf textes de coopération": a count of acts under a generic noun
COUNTED_DOCS = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|\d+|plusieurs)"
                          r"(?:\s*\(\d+\))?\s+"
                          r"(?:documents|textes|instruments|actes|accords|conventions|protocoles)\s+(?:de|d['’])\s*$",
                          re.I)
PLURAL_DETS = re.compile(r"\b(?:des|les|plusieurs|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:\w+\s+)?$",
                         re.I)
DEMONSTRATIVE = re.compile(r"\b(?:ce|cet|cette|ces|ledit|ladite|lesdits|lesdites|dudit|de\s+ces|de\s+cet(?:te)?|"
                           r"tels|telles|tel|telle)"
                           r"\s+(?:(?:nouvel(?:le)?|important(?:e)?|premier|première|deux|trois|dix|\w+)\s+)?$", re.I)
COUNT_AGAIN = re.compile(r"\b(?:les|ces)\s+\w+\s+$", re.I)
REFERENCE_DET = re.compile(r"\b(?:ce|cet|cette|ces|ledit|ladite|la|le|l['’]|les)\s*(?:nouvel(?:le)?\s+)?$", re.I)

# --- status cues (searched in the clause around the trigger) ----------------------------------

STATUS_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("terminated", re.compile(r"\b(?:annul[ée]e?s?|suspendu(?:e|s|es)?|r[ée]sili[ée]e?s?|rompu(?:e|s)?|"
                              r"expir[ée]e?s?|d[ée]nonc[ée]e?s?|mis\s+fin|met\s+fin|gel[ée]e?s?)\b", re.I)),
    ("planned", re.compile(r"\b(?:sera(?:ient)?|seront|devrai(?:t|ent)|va|vont|doit|doivent|compte(?:nt)?|"
                           r"pr[ée]voi(?:t|ent))\s+(?:\w+\s+){0,2}?(?:sign|paraph|conclu|[ée]tabli|cr[ée]|"
                           r"mis|lanc|finalis|concr[ée]tis|cr[ée]er|scell)|"
                           r"\b(?:en\s+cours\s+de\s+(?:finalisation|signature|pr[ée]paration)|"
                           r"au\s+stade\s+de\s+(?:la\s+)?finalisation|prochainement|à\s+venir|en\s+vue\s+de\s+(?:la\s+)?signer|"
                           r"premi[èe]re\s+pierre|annonc[ée]e?s?|pr[ée]vue?s?|projets?\s+d(?:e\s+|['’])(?!loi\b|décret\b|budget\b)|"
                           r"envisag[ée]e?s?|avant\s+(?:sa|la|leur)\s+signature|"
                           r"devant\s+[êe]tre\s+sign[ée]e?s?|en\s+pr[ée]paration|seront\s+sign[ée]e?s)\b", re.I)),
    ("signed", re.compile(r"\b(?:sign[ée]e?s?|paraph[ée]e?s?|conclu(?:e|s|es)?|scell[ée]e?s?|sign(?:ent|ant|era)|"
                          r"ont\s+sign[ée]|a\s+sign[ée]|ont\s+paraph[ée]|sign[ée]rent|signature|"
                          r"ont\s+conclu|a\s+conclu|entérin[ée]e?s?|officialis[ée]e?s?)\b", re.I)),
    ("approved", re.compile(r"\b(?:approuv[ée]e?s?|valid[ée]e?s?|ratifi[ée]e?s?|adopt[ée]e?s?|approbation|"
                            r"ratification|feu\s+vert)\b", re.I)),
    ("discussed", re.compile(r"\b(?:examin[ée]e?s?|explor[ée]e?s?|discut[ée]e?s?|[ée]voqu[ée]e?s?|abord[ée]e?s?|"
                             r"pass[ée]e?s?\s+en\s+revue|n[ée]goci(?:ation|[ée])e?s?|propos[ée]e?s?|appel[ée]\s+à|"
                             r"plaid[ée]|entretiens?|audience|s['’]est\s+entretenu|ont\s+[ée]chang[ée]|"
                             r"[ée]tudi[ée]e?s?|perspectives|opportunit[ée]s|possibilit[ée]s|moyens\s+de|"
                             r"renforcer|d[ée]velopper|intensifier|promouvoir|élargir|rencontre|réunion|visite)\b",
                             re.I)),
]
# An approval told as done ("a approuvé", "approuvé par"), which a draft ("projet de") does not make planned.
APPROVED_STRONG = re.compile(r"\b(?:(?:a|ont|avait|avaient)\s+(?:été\s+)?(?:\w+\s+){0,2}?(?:approuv|valid|ratifi|adopt)"
                             r"[ée]e?s?|(?:approuv|valid|adopt)[ée]e?s?\s+(?:\w+\s+){0,3}?par)\b", re.I)
# "planned" cues other than a draft, a prior plan or a pending signature: the act itself still to come.
PLANNED_STRICT = re.compile(r"\b(?:sera(?:ient)?|seront|devr(?:a|ont|ait|aient)|va|vont|doit|doivent|pourr(?:a|ont))"
                            r"\s+(?:\w+\s+){0,2}?"
                            r"(?:sign|paraph|conclu|approuv|ratifi|valid|adopt)", re.I)
# A ceremony or signing put off: the act stays planned, its former date and venue no longer hold.
POSTPONED = re.compile(r"\b(?:report[ée]e?s?|ajourn[ée]e?s?|repouss[ée]e?s?)\b", re.I)
# "planned" words that do not make an act planned when it is already said to be signed.
SIGNED_STRONG = re.compile(r"\b(?:a\s+été|ont\s+été|avait\s+été|avaient\s+été|ont|a)\s+(?:\w+\s+){0,2}?"
                           r"(?:sign[ée]|paraph[ée]|conclu|scell[ée])", re.I)
COMPLEMENT = re.compile(r"\b(?:conventions?|accords?|protocoles?|contrats?|m[ée]morandums?|programmes?|"
                        r"lettres?|d[ée]clarations?|projets?|plans?|feuilles?\s+de\s+route|cadres?|forums?|"
                        r"commissions?|comités?|conseils?|sessions?|réunions?|bureaux?|salons?|rencontres?|"
                        r"mécanismes?|semaines?|journées?|fonds|agences?|instances?|espaces?|clubs?|chambres?)(?:[\s\-]+cadres?)?"
                        r"\s+(?:de|d['’])\s*(?:la\s+|l['’])?$", re.I)
PURPOSE = re.compile(r"\b(?:création|constitution|mise\s+en\s+place|établissement|sous\s+(?:la\s+)?forme|"
                     r"consiste\s+en)\s+(?:d['’]|de)\s*(?:une?\s+|la\s+|le\s+)?(?:\w+\s+)?$", re.I)
# talk about developing a partnership, not a partnership of its own: cooperation
TALK = re.compile(r"\b(?:perspectives?|opportunit[ée]s|possibilit[ée]s|potentiel|moyens|renforcement|renforcer|"
                  r"intensifier|intensification|d[ée]velopper|d[ée]veloppement|consolider|consolidation|conforter|"
                  r"[ée]largir|approfondir|promouvoir|promotion|dynamiser|relancer|booster|hisser|"
                  r"l['’][ée]tat)\s+(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’]|le\s+|la\s+|les\s+|l['’]|leurs?\s+|"
                  r"son\s+|sa\s+|ses\s+|notre\s+|nos\s+)?(?:\w+\s+)?$", re.I)
APPOSITION = re.compile(r"(?:sous\s+(?:la\s+)?forme\s+(?:d['’]une?|de|d['’])|consiste\s+en|prend\s+la\s+forme\s+"
                        r"d['’]une?|à\s+savoir|c['’]est-à-dire)\s*(?:une?\s+)?$", re.I)
ORDINAL = re.compile(r"\b(?:un\s+autre|l['’]autre|le\s+(?:premier|deuxi[èe]me|second|troisi[èe]me|quatri[èe]me|"
                     r"cinqui[èe]me|dernier))\s+$", re.I)
# "Outre ces accords, …": the acts already reported, set aside for another one
BESIDES = re.compile(r"\b(?:outre|en\s+plus\s+d(?:e|es|u)|au-delà\s+d(?:e|es|u))\s+"
                     r"(?:ces|ce|cet|cette|les|la|le|l['’])\s*(?:\w+\s+)?$", re.I)
# the act already reported, cited as the source of a detail: "selon le texte de la convention"
SOURCE_REF = re.compile(r"\b(?:selon|d['’]après|aux\s+termes\s+d[eu]|conformément\s+(?:à|au)|en\s+vertu\s+d[eu]|"
                        r"prévue?s?\s+par)\s+(?:(?:le|les)\s+(?:texte|termes|dispositions|clauses)\s+d[eu]\s+)?"
                        r"(?:la|le|l['’]|cette|ce|cet|ladite|ledit)\s*$", re.I)
SHAREHOLDERS = re.compile(r"\s+d['’](?:actionnaires|associés)\b", re.I)
IN_PARTNERSHIP = re.compile(r"\ben\s*$", re.I)
BACKGROUND = re.compile(r"\bdans\s+le\s+cadre\s+(?:de\s+la|du|des|d['’])\s*$", re.I)

SIGN_BY = re.compile(r"\b(?:sign[ée]e?s?|paraph[ée]e?s?|conclu(?:e|s|es)?)\b(?P<gap>[^.;]{0,90}?)\bpar\b", re.I)
# the "par" of another participle or of an occasion: "conclu lors du salon organisé par X", "signés en marge
# du forum ouvert par X" name no signatory ("côté", "société": nouns in -té are no participles)
OTHER_AGENT = re.compile(r"\b(?!sign|paraph|conclu)\w+(?<!t)(?:é|ée|és|ées)\b|\b(?:ouverte?s?|conduite?s?|"
                         r"en\s+marge|lors\s+d|à\s+l['’]occasion|dans\s+le\s+cadre|au\s+cours)\b", re.I)
# "signé entre A, président de X, et B", "la matérialisation … s'est déroulée entre X, à travers son
# président, A, et le directeur de Y, B": the people of the "entre" clause sign for their side
SIGN_ENTRE = re.compile(r"\b(?:sign[ée]e?s?|paraph[ée]e?s?|conclu(?:e|s|es)?|signature|mat[ée]rialisation)\b"
                        r"[^.;]{0,120}?\bentre\b", re.I)
# "l'association X, présidée par A": A heads X, and signs nothing for it in this clause
HEADED_BY = re.compile(r"\b(?:présid|dirig|fond|détenu|gér|administr|conduit|pilot)\w*\s+par\s+"
                       r"(?:(?:le|la|l['’]|son|sa|M\.|Mme|MM\.)\s*)?(?:[\w\-’']+\s+){0,4}$", re.I)
# "A et B ont signé", "A et B ont procédé à la signature du procès-verbal"
SIGN_SUBJECT = re.compile(r"\b(?:ont|a)\s+(?:\w+\s+)?(?:sign[ée]|paraph[ée]|proc[ée]d[ée]\s+(?:conjointement\s+)?"
                          r"à\s+la\s+(?:signature|conclusion))", re.I)
WITNESS_CUE = re.compile(r"\b(?:en\s+pr[ée]sence\s+d(?:e|u|es|['’])|sous\s+(?:la\s+)?(?:pr[ée]sidence|supervision|"
                         r"houlette|conduite)\s+(?:effective\s+|personnelle\s+)?d(?:e|u|es|['’])|"
                         r"sous\s+(?:le\s+)?(?:haut\s+)?patronage\s+d(?:e|u|es|['’])|"
                         r"sous\s+l['’][ée]gide\s+d(?:e|u|es|['’])|(?:présid|supervis|parrain)ée?s?\s+par|"
                         r"(?<=[sS]ign[ée]s\s)devant|(?<=[sS]ign[ée]\s)devant|(?<=[sS]ign[ée]es\s)devant|"
                         r"(?<=[sS]ign[ée]e\s)devant|^\s*pr[ée]sidant\b|(?<=[,.]\s)pr[ée]sidant\b)", re.I | re.M)
PRESIDED_BY = re.compile(r"(?:présid|supervis|parrain)ée?s?\s+par", re.I)
PRESIDED = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:présidé|supervisé|parrainé|assisté\s+à)\b", re.I)
PARENT = re.compile(r"\b(?:filiale|branche|division|membre|émanation)\s+(?:[a-zàâçéèêëîïôûü]+\s+)?"
                    r"(?:du\s+groupe\s+|de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])\s*$", re.I)
DESCRIPTOR = re.compile(r"\s*,\s*[«\"“]?\s*[A-Z]")
NAMED_AFTER = re.compile(r"\s*[«\"“]\s*[A-Z]")  # "la compagnie aérienne nationale «Air Sahel»"
VENUE = re.compile(r"^(?:la\s+|le\s+)?(?:grande\s+)?(?:commission|comite|salon|session|reunion|foire|exposition|"
                   r"sommet|conference|journee|rencontre|festival|edition)\b")
OCCASION = re.compile(r"\b(?:en\s+marge|lors|à\s+l['’]occasion|au\s+cours|à\s+l['’]issue|au\s+terme)\s+"
                      r"(?:d(?:e|u|es)\s+|d['’])(?:(?!entre\b|avec\b|et\b|par\b)[^\W\d]+\s+|\d+\w*\s+){0,5}$", re.I)
ENTRE = re.compile(r"\bentre\b", re.I)
AVEC = re.compile(r"\bavec\b", re.I)
ATTRIBUTION = re.compile(r"(?:selon|rapporte|indique|a\s+appris|apprend|annonce|source|communiqué\s+d[eu]|"
                         r"auprès\s+d[eu]|cité\s+par|rapporté\s+par|précise|relève)\s+(?:\w+\s+){0,3}$", re.I)
PARTIE = re.compile(r"\b(?:la\s+)?partie\s+(\w+)|"
                    r"\b(?:opérateurs|entreprises|sociétés|homologues|hommes\s+d['’]affaires|"
                    r"investisseurs|industriels|groupes|partenaires|organismes)\s+(\w+)", re.I)
DURATION = re.compile(r"\b(?:d['’]une\s+durée|pour\s+une\s+(?:durée|période)|sur\s+une\s+(?:durée|période)|"
                      r"valable|pour|sur)\s+(?:de\s+|d['’])?(?P<n>\d+|(?:dix|vingt|trente|quarante|cinquante)"
                      r"(?:-(?:et-)?(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf))?|une?|deux|trois|quatre|"
                      r"cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize)\s+(?P<u>ans?|années?|mois)\b"
                      r"(?P<rest>[^.;]{0,40})", re.I)
NUM_WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
             "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
             "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50}
PLACE_CUE = re.compile(r"(?:\bà|\bau|\bau\s+siège\s+d(?:e|u|es|['’])|\bdans\s+la\s+ville\s+d(?:e|['’]))\s*$", re.I)
SIEGE = re.compile(r"\bau\s+(siège\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*[^,.;]{3,80}?)(?=[,.;]|\s+(?:à|en|entre|"
                   r"par|lors|sous|le|la|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b)", re.I)

KIND_RANK = {"cooperation": 0, "partnership": 1, "agreement": 2}  # every named instrument ranks 3
KIND_FAMILY = {
    "convention": {"convention", "framework_agreement"},
    "framework_agreement": {"framework_agreement", "convention", "agreement"},
    "agreement": {"agreement", "framework_agreement", "mou", "convention"},
    "mou": {"mou"},
    "joint_venture": {"joint_venture"},
    "contract": {"contract"},
    "partnership": set(),  # "ce partenariat" may name any act
    "cooperation": set(),
}


@dataclass
class Act:
    """One agreement being assembled from its mentions."""

    kind: str
    status: str
    start: int
    parties: list[Mention | str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    witnesses: list[str] = field(default_factory=list)
    date: str | None = None
    place: str | None = None
    duration: str | None = None
    renewable: bool | None = None
    evidence: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    field_evidence: dict[str, list[Span]] = field(default_factory=dict)
    plural: bool = False
    umbrella: bool = False  # "trois accords ont été signés": a count of acts that may be detailed later
    count: int | None = None  # how many acts the count gives, when it says
    postponed: bool = False  # "la cérémonie prévue mardi … a été reportée": no date nor place kept
    ordinal: bool = False  # "le premier accord", "un autre accord": one of counted acts
    place_signed: bool = False  # the place follows a signing verb ("signé mardi à Rabat")


# --- helpers ----------------------------------------------------------------------------------


def _sentences(state: State) -> list[Span]:
    return [(s.start_char, s.end_char) for s in state.doc.sents]


def _plural_head(trigger: str) -> bool:
    """Whether the head noun of a trigger is plural: "protocoles d'accord", "joint-ventures"."""
    words = re.split(r"[\s'’]+", trigger.lower())
    head = words[-1] if words[0] == "joint" else words[0]
    return head.endswith(("s", "x"))


def _in(m: Mention, lo: int, hi: int) -> bool:
    return lo <= m.start and m.end <= hi


def _name(m: Mention | str) -> str:
    if isinstance(m, str):
        return m
    return m.entity.name if m.entity else m.text


LEGAL_FORM = re.compile(r"[\s,.]+(?:ltd|limited|inc|corp|llc|gmbh|sarl|sas|spa|plc|co)\.?$")


def _key(m: Mention | str) -> str:
    """A party's key: its folded name, without a legal form ("X Ltd" and "X" are one company)."""
    return LEGAL_FORM.sub("", fold(_name(m)))


def status_of(clause: str, kind: str) -> str | None:
    """The status the clause gives the act, or None when it gives none."""
    found = {name for name, rx in STATUS_CUES if rx.search(clause)}
    if "terminated" in found:
        return "terminated"
    if "signed" in found and SIGNED_STRONG.search(clause):
        return "signed"
    if "planned" in found:
        if "approved" in found and APPROVED_STRONG.search(clause) and not PLANNED_STRICT.search(clause):
            return "approved"  # "le Conseil a approuvé le projet de convention": a draft, approved
        return "planned"
    if "signed" in found:
        return "signed"
    if "approved" in found:
        return "approved"
    if "discussed" in found:
        return "discussed"
    return None


AT_SEAT = re.compile(r"\bau\s+si[èe]ge\s+(?:du|de\s+la|de\s+l['’]|des|de)\s*$", re.I)


def _party_mentions(state: State, lo: int, hi: int, exclude: set[str]) -> list[Mention]:
    """ORG mentions in [lo, hi) that can be parties (not inside titles, not news sources)."""
    out = []
    text = state.text
    for m in state.mentions:
        if m.label != "ORG" or not _in(m, lo, hi):
            continue
        if ATTRIBUTION.search(text[max(0, m.start - 40): m.start]):
            continue
        named = NAMED_AFTER.match(text, m.end)
        if named and not any(o.label == "ORG" and o.start == named.end() - 1 for o in state.mentions):
            named = None  # keep the descriptor when the name after it is no organisation mention
        described = (DESCRIPTOR.match(text, m.end) or named) and not m.text[:1].isupper()
        if PARENT.search(text[max(0, m.start - 30): m.start]) or described:
            continue  # "filiale de X" names the parent; "la banque panafricaine, X," describes X
        if text[m.start - 1: m.start] == "(" and text[m.end: m.end + 1] == ")":
            glossed = [o for o in state.mentions if o.label == "ORG" and 0 <= m.start - 1 - o.end <= 2]
            if not glossed:
                continue  # "(APS)": a source, not a party
            if PARENT.search(text[max(0, glossed[-1].start - 40): glossed[-1].start]):
                continue  # "filiale du groupe X (XG)": the parent's acronym, no more a party than its name
        if _key(m) in exclude or VENUE.match(_key(m)) or OCCASION.search(text[max(0, m.start - 60): m.start]):
            continue
        if AT_SEAT.search(text, max(0, m.start - 30), m.start):
            continue  # "signés au siège du ministère de X": the venue, not a party
        if _state_org(m.text):
            continue  # "l'Etat", "Etat burkinabè" stand for a country: see ``state_parties``
        if DELIBERATIVE.match(_key(m)) and (
                _key(m).startswith(("conseil des", "le conseil des", "conseil de", "conseil du"))
                or APPROVAL_WORDS.search(text, lo, hi)):
            continue  # "sera soumise à l'Assemblée nationale pour approbation"
        if any(a <= m.start < b for a, b in witness_segments(text, lo, hi, state.mentions)):
            continue
        out.append(m)
    return out


def _country_parties(state: State, lo: int, hi: int) -> list[str]:
    """Countries acting as parties in [lo, hi): names, capitals in 'entre Moscou et Alger', demonyms."""
    found: list[tuple[int, str]] = []
    seg = state.text[lo:hi]
    for s, _e, code in state.countries:
        if lo <= s < hi:
            found.append((s, code))
    for m in state.mentions:
        if m.label == "LOC" and _in(m, lo, hi):
            code = capital_country(m.text)
            if code and re.search(r"\bentre\s+" + re.escape(m.text) + r"|\bet\s+" + re.escape(m.text), seg):
                found.append((m.start, code))
    for pm in PARTIE.finditer(seg):
        word = pm.group(1) or pm.group(2)
        for code in demonym_countries(word):
            found.append((lo + pm.start(), code))
    seen: list[str] = []
    for _s, code in sorted(found):
        if code not in seen:
            seen.append(code)
    return seen


# "l'Etat ivoirien", "le gouvernement mauritanien", "l'Etat du Sénégal", "le Royaume", "la République du Sénégal"
STATE_REF = re.compile(r"\b(?:[Ll]['’]\s*|[Ll]e\s+|[Ll]a\s+)"
                       r"(?P<head>[EÉ]tat|[Gg]ouvernement|Royaume|République|Sultanat)\b"
                       r"(?:\s+(?P<dem>[a-zàâäçéèêëîïôöùûü\-]{4,})\b"
                       r"|\s+(?:du|de\s+la|de\s+l['’]|des|d['’]|de)\s*(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+[\w’'\-]+){0,4}))?")
# a bare "l'Etat", "le Royaume" is a party when it acts or is named beside the other side
STATE_ACTS = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:\w+\s+){0,2}?(?:a|ont|avait|vient\s+d['’]|va)\s+(?:\w+\s+){0,2}?"
                        r"(?:sign|conclu|paraph|attribu|octroy|confi|accord|s['’]engag)", re.I)
STATE_BESIDE = re.compile(r"\b(?:entre|avec|et)\s*$", re.I)
# a body that approves or examines an act, never a party to it
DELIBERATIVE = re.compile(r"^(?:le\s+|la\s+|l')?(?:conseil\s+(?:des\s+ministres|de\s+gouvernement|du\s+gouvernement|"
                          r"de\s+la\s+nation)|assemblee\s+(?:nationale|des\s+representants|populaire)|parlement|senat|"
                          r"chambre\s+des\s+(?:representants|conseillers|deputes))\b")
APPROVAL_WORDS = re.compile(r"\b(?:ratifi|approb|approuv|soumis|transmis|examen|adopt|vot[ée]|réuni)", re.I)
BARE_STATE = {"etat", "l'etat", "gouvernement", "le gouvernement", "royaume", "le royaume", "republique",
              "la republique"}


def _state_org(name: str) -> bool:
    """Whether an organisation mention only names a state: "l'Etat", "Etat burkinabè", "gouvernement malien"."""
    if fold(name) in BARE_STATE:
        return True
    m = STATE_REF.fullmatch("l'" + name if name[:1] in "EÉ" else "le " + name)
    return bool(m and (m.group("dem") and demonym_countries(m.group("dem")) or
                       m.group("name") and country_code(m.group("name"))))


def _state_country(state: State, m: re.Match[str], home: str | None) -> str | None:
    """The country a state reference stands for: its demonym or name, else (bare) the home country."""
    if m.group("dem"):
        cs = demonym_countries(m.group("dem"))
        return cs[0] if len(cs) == 1 else None
    if m.group("name"):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):
            code = country_code(" ".join(words[:n]))
            if code:
                return code
        return None
    after = state.text[m.end(): m.end() + 80]
    before = state.text[max(0, m.start() - 12): m.start()]
    if STATE_ACTS.match(after) or STATE_BESIDE.search(before):
        return home
    return None


def state_parties(state: State, lo: int, hi: int, home: str | None) -> list[tuple[int, str]]:
    """States acting as parties in [lo, hi): (position, country name) for "l'Etat ivoirien a signé",
    "entre la République du Sénégal et …", "le Royaume a conclu …"; not inside a named
    organisation, a person's title or a witness clause."""
    text = state.text
    segs = witness_segments(text, lo, hi, state.mentions)
    out: list[tuple[int, str]] = []
    for m in STATE_REF.finditer(text, lo, hi):
        s = m.start("head")
        if any(a <= s < b for a, b in segs) or any(
                o.label == "ORG" and o.start <= s < o.end and not _state_org(o.text)
                and not country_code(o.text) for o in state.mentions):
            continue
        if any(t0 <= s < t1 for t0, t1 in state.title_spans):
            continue  # "le chef de l'Etat", "le porte-parole du gouvernement"
        if re.search(r"\b(?:chef|porte-parole|membres?|président|ministre|budget|charge|compte|part)\s+"
                     r"(?:de\s+l['’]|du|des)\s*$", text[max(0, m.start() - 25): m.end("head") - len(m.group("head"))]):
            continue
        code = _state_country(state, m, home)
        if code:
            out.append((s, country_name(code)))
    return out


ENTRE_SIDE = re.compile(r"\b(?:entre|et)\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$", re.I)


def _entre_countries(state: State, lo: int, hi: int) -> list[tuple[int, str]]:
    """Country names on a side of an "entre" clause: "entre la Tunisie et la Banque …"."""
    text = state.text
    out = []
    for s, e, code in state.countries:
        if (lo <= s < hi and country_code(text[s:e]) and ENTRE_SIDE.search(text[max(0, s - 12): s])
                and not any(o.label == "ORG" and o.start <= s < o.end for o in state.mentions)):
            out.append((s, country_name(code)))
    return out


def _home(state: State) -> str | None:
    counts = country_counts(state)
    return max(counts, key=lambda c: counts[c]) if counts else None


SIDE = re.compile(r"\b(?:la\s+partie|une\s+délégation|la\s+délégation|les\s+délégations?|partenaires?|homologues?)"
                  r"\s+(\w+)", re.I)


def _side_countries(state: State, lo: int, hi: int) -> list[str]:
    """Countries acting as one side: "avec la partie biélorusse", "une délégation turque"."""
    out: list[str] = []
    for m in SIDE.finditer(state.text, lo, hi):
        for c in demonym_countries(m.group(1)):
            if c not in out:
                out.append(c)
    return out


def parties_of(state: State, trig_start: int, trig_end: int, sent: Span, exclude: set[str]) -> list[Mention | str]:
    """The parties of the act triggered at [trig_start, trig_end) in sentence ``sent``:
    the "entre X et Y" clause when there is one, else the organisations of the sentence, completed
    by the organisations of the people who act in it and the countries of "la partie turque"."""
    text = state.text
    lo, hi = sent
    entre = ENTRE.search(text, trig_end, hi)
    foreign: Span | None = None  # another act's "entre" clause
    own = TRIGGER_RE.match(text, trig_start)
    if entre and _other_instrument(text, trig_end, entre.start(), own.lastgroup if own else None):
        # "des contrats et une convention entre X et Y": the "entre" is the convention's
        foreign = (entre.start(), _clause_end(text, entre.end(), hi))
        entre = None
    if entre and entre.start() - trig_end < 120:
        seg_end = _clause_end(text, entre.end(), hi)
        ms: list[Mention | str] = list(_party_mentions(state, entre.end(), seg_end, exclude))
        elsewhere = [m for m in _party_mentions(state, lo, hi, exclude) if not entre.end() <= m.start < seg_end]
        if len(_dedupe(ms)) == 1:
            home = _home(state)
            found = sorted({*state_parties(state, entre.end(), seg_end, home),
                            *_entre_countries(state, entre.end(), seg_end)})
            ms = _dedupe([*ms, *(n for _s, n in found)])
        if len(ms) == 1:
            ms += _people_orgs(state, entre.end(), seg_end)
        if len(_dedupe(ms)) == 1:
            ms += elsewhere  # "entre la Société X (SX) et le russe Y …, a indiqué le PDG de la SX"
        if ms:
            return _dedupe(ms)
        groups = collective_parties(text, entre.end(), seg_end)
        if len(groups) >= 2:
            return list(groups)
        if BOTH_COUNTRIES.match(text, entre.end()):
            cs = _pair_countries(state, lo, hi)
        else:
            cs = _country_parties(state, entre.end(), seg_end)
        if cs and len(elsewhere) < 2:
            # two named organisations elsewhere in the sentence beat "… visant à … entre la Tunisie et la France"
            return [country_name(c) for c in cs]
        ms = list(_people_orgs(state, entre.end(), seg_end))
        if ms and len(elsewhere) < 2:
            return _dedupe(ms)
    parties: list[Mention | str] = [m for m in (*_party_mentions(state, lo, trig_start, exclude),
                                                *_party_mentions(state, trig_end, hi, exclude))
                                    if not (foreign and foreign[0] <= m.start < foreign[1])]
    if len(_dedupe(parties)) < 2:
        found = [n for _s, n in state_parties(state, lo, hi, _home(state))
                 if not (foreign and foreign[0] <= _s < foreign[1])]
        if found:
            parties = [*found, *parties]
    else:
        found = []
    avec = AVEC.search(text, trig_end, hi)
    if avec and len(parties) < 2 and avec.start() - trig_end < 80:
        parties += collective_parties(text, avec.end(), _clause_end(text, avec.end(), hi))[:1]
    if len(parties) < 2:
        # a minister signs for the state already named: the ministry is no second party
        parties += [o for o in _people_orgs(state, lo, hi) if not (found and fold(o).startswith("ministere"))]
    sides = [country_name(c) for c in _side_countries(state, lo, hi)]
    if parties:
        return _dedupe([*parties, *sides])
    cs = _country_parties(state, lo, hi)
    if not cs:
        # nobody else named: the host of "signé au siège de X" is the one party told
        return _dedupe([m for m in state.mentions if m.label == "ORG" and _in(m, lo, hi) and _key(m) not in exclude
                        and AT_SEAT.search(text, max(0, m.start - 30), m.start)])
    return [country_name(c) for c in cs]


COLLECTIVE_NOUN = (r"(?:entreprises|soci[ée]t[ée]s|op[ée]rateurs|groupes|organismes|industriels|investisseurs|"
                   r"homologues|hommes\s+d['’]affaires|[ée]tablissements|institutions|banques|clusters|laboratoires|"
                   r"instituts|universit[ée]s|agences|compagnies|firmes|fournisseurs|producteurs|constructeurs|"
                   r"fabricants|start-?ups?|PME|exportateurs|importateurs|chambres\s+de\s+commerce)")
COLLECTIVE = re.compile(rf"\b(?:des|les|leurs|ses|nos|plusieurs|d['’]autres|de)\s+"
                        rf"((?:{COLLECTIVE_NOUN})(?:\s+et\s+{COLLECTIVE_NOUN})?)"
                        r"(?:\s+(?:des\s+secteurs\s+)?(?:publi(?:c|cs|que|ques)|priv[ée]e?s?)(?:\s+et\s+"
                        r"(?:publi(?:c|cs|que|ques)|priv[ée]e?s?))?)?"
                        r"\s+([\w\-]+)(?:\s+et\s+([\w\-]+))?", re.I)


def collective_parties(text: str, lo: int, hi: int) -> list[str]:
    """Unnamed groups given by nationality, as the article names them: "entre des entreprises
    algériennes et françaises" -> ["entreprises algériennes", "entreprises françaises"];
    "avec des opérateurs mauritaniens" -> ["opérateurs mauritaniens"]."""
    out: list[str] = []
    for m in COLLECTIVE.finditer(text, lo, hi):
        first, second = m.group(2), m.group(3)
        if not demonym_countries(first):
            continue
        out.append(f"{m.group(1)} {first}")
        if second and demonym_countries(second):
            out.append(f"{m.group(1).split()[0]} {second}")
    return out


def _other_instrument(text: str, lo: int, hi: int, own: str | None = None) -> bool:
    """Whether [lo, hi) names another instrument that an "entre" clause after it belongs to:
    "trente contrats et une convention entre X et Y" but not "protocoles d'accord de partenariat
    entre …" (a complement), "un protocole … en partenariat entre …" (the act's own partners) nor
    "signature d'un contrat : un contrat … a été signé entre …" (the same kind, another mention)."""
    for m in TRIGGER_RE.finditer(text, lo, hi):
        kind = m.lastgroup or "agreement"
        before = text[max(0, m.start() - 40): m.start()]
        if kind in {"partnership", "cooperation", own} or COMPLEMENT.search(before) or PURPOSE.search(before):
            continue
        return True
    return False


BOTH_SIDES = re.compile(r"\bles\s+deux\s+(?:groupes|soci[ée]t[ée]s|entreprises|partenaires|compagnies|firmes|"
                        r"entit[ée]s|institutions|organismes|banques|[ée]tablissements|op[ée]rateurs)\b", re.I)
BOTH_COUNTRIES = re.compile(r"\s*les\s+deux\s+(?:pays|parties|gouvernements|États|Etats)\b", re.I)


def _pair_countries(state: State, lo: int, hi: int) -> list[str]:
    """'entre les deux pays': the countries of a compound demonym in the sentence
    ("algéro-tunisien"), else the two countries the article names most."""
    for m in re.finditer(r"\b\w+(?:-\w+)+\b", state.text[lo:hi]):
        cs = demonym_countries(m.group(0))
        if len(cs) >= 2:
            return cs
    counts: dict[str, int] = {}
    for _s, _e, code in state.countries:
        counts[code] = counts.get(code, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])[:2] if len(counts) >= 2 else []


def _people_orgs(state: State, lo: int, hi: int) -> list[str]:
    """The organisations (or countries) of the people acting in [lo, hi), witnesses left out."""
    segs = witness_segments(state.text, lo, hi, state.mentions)
    out = []
    for p in state.people:
        if not p.org:
            continue
        for s, _e in p.evidence:
            if lo <= s < hi and not any(a <= s < b for a, b in segs):
                out.append(_entity_name(state, p.org))
                break
    return out


def _entity_name(state: State, name: str) -> str:
    """The full name of the organisation an alias stands for: "API" -> "Atlas Phosphates Industries"
    when the article glosses the acronym; the name itself otherwise."""
    key = fold(name)
    long = pair_acronyms(state.text, state.mentions).get(key) if is_acronym(name) else None
    for e in state.entities:
        if e.label == "ORG" and e.name != name and (key in {fold(a) for a in e.aliases} or long == fold(e.name)):
            return e.name
    return name


def _clause_end(text: str, start: int, hi: int) -> int:
    m = re.search(r"[;:]|,\s+(?:en\s+présence|sous\s+la|afin|pour|qui|dont|visant|lors|selon|a\s+indiqué)|\.\s",
                  text[start:hi])
    return start + m.start() if m else hi


def _dedupe(ms: list[Mention | str]) -> list[Mention | str]:
    out, seen = [], set()
    for m in ms:
        k = _key(m)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


CONTINUES = re.compile(r"\s*(?:M\.|Mme|MM\.|Dr|de\s|du\s|des\s|d['’]|et\s|ainsi\s|[A-Z][\w\-’']+\s+[A-Z]|"
                       r"(?:le|la|l['’]|son|sa)\s*(?:" + "|".join(sorted(TITLE_WORDS, key=len, reverse=True)) + r")\b)",
                       re.I)


def list_end(text: str, start: int, hi: int) -> int:
    """End of an enumeration of people and titles starting at ``start``: it goes over commas
    while the next chunk continues the list ("…, Prénom Nom, et du ministre de …")."""
    pos = start
    while True:
        m = re.compile(r"[,;.:]").search(text, pos, hi)
        if not m:
            return hi
        if m.group(0) != "," or not CONTINUES.match(text, m.end()):
            return m.start()
        pos = m.end()


def witness_segments(text: str, lo: int, hi: int, mentions: list[Mention] | None = None) -> list[Span]:
    """Spans of "en présence de …" clauses in [lo, hi)."""
    return [(c.start(), list_end(text, c.end(), hi)) for c in witness_cues(text, lo, hi, mentions)]


def witness_cues(text: str, lo: int, hi: int, mentions: list[Mention] | None = None) -> list[re.Match[str]]:
    """The "en présence de", "sous la présidence de" … cues of [lo, hi); "présidée par" right after an
    organisation ("l'association X (AX), présidée par Y") names its chair, not a witness."""
    out = []
    for c in WITNESS_CUE.finditer(text, lo, hi):
        if PRESIDED_BY.match(c.group(0)):
            before = text[max(lo, c.start() - 6): c.start()].rstrip(" ,")
            gap = c.start() - max(lo, c.start() - 6) - len(before)
            if before.endswith(")") or any(m.label in {"ORG", "LOC"} and not country_code(m.text)
                                           and c.start() - gap - 1 <= m.end <= c.start() - gap
                                           for m in mentions or ()):
                continue
        out.append(c)
    return out


def _people_in(state: State, lo: int, hi: int) -> list[Mention]:
    return [m for m in state.mentions if m.label == "PER" and _in(m, lo, hi)]


def _sign_clause_end(text: str, start: int, hi: int) -> int:
    """End of a signing "entre" clause: the clause end, a quotation mark, the verb of an attribution
    ("…", a déclaré le vice-président Y) or an occasion ("lors du salon organisé par Y")."""
    end = _clause_end(text, start, hi)
    m = re.compile(r"[«»\"“”]|,\s*(?:a|ont|avait|avaient)\s+\w+|\b(?:selon|lors\s+d|en\s+marge|"
                   r"à\s+l['’]occasion|au\s+cours|dans\s+le\s+cadre)").search(text, start, end)
    return m.start() if m else end


def _sign_by(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first "signé … par" of [lo, hi) whose "par" introduces the signers, not the agent of
    another participle ("conclu lors du salon organisé par X")."""
    for m in SIGN_BY.finditer(text, lo, hi):
        if not OTHER_AGENT.search(m.group("gap")):
            return m
    return None


def signatories_of(state: State, sent: Span) -> tuple[list[str], list[Span]]:
    """People said to sign: "signé par X et Y", "signé entre X, PDG de A, et Y", "X et Y ont signé",
    "X a paraphé l'accord avec son homologue Y"; never those of an "en présence de" clause."""
    text = state.text
    lo, hi = sent
    segs = witness_segments(text, lo, hi, state.mentions)
    found: list[Mention] = []

    def take(a: int, b: int) -> None:
        for p in _people_in(state, a, b):
            if not any(s <= p.start < e for s, e in segs) and all(p.start != q.start for q in found):
                found.append(p)

    m = _sign_by(text, lo, hi)
    if m:
        end = WITNESS_CUE.search(text, m.end(), hi)
        take(m.end(), min(end.start() if end else hi, list_end(text, m.end(), hi)))
    for em in SIGN_ENTRE.finditer(text, lo, hi):
        n = len(found)
        take(em.end(), _sign_clause_end(text, em.end(), hi))
        found[n:] = [p for p in found[n:] if not HEADED_BY.search(text[max(lo, p.start - 60): p.start])]
    if not found:
        sv = SIGN_SUBJECT.search(text, lo, hi)
        if sv:
            ps = [p for p in _people_in(state, lo, sv.start()) if not WITNESS_CUE.search(text, lo, p.start)]
            if ps and sv.start() - ps[-1].end < 200:
                found.extend(ps)
                avec = re.compile(r"[^.;]{0,80}?\bavec\b", re.I).match(text, sv.end(), hi)
                if avec:  # "… qui a paraphé le protocole avec le ministre de X, Y"
                    take(avec.end(), list_end(text, avec.end(), hi))
    return [_name(p) for p in found], [(p.start, p.end) for p in found]


def witnesses_of(state: State, sent: Span, parties: set[str]) -> tuple[list[str], list[Span]]:
    """People or organisations present without signing: "en présence de …", "sous la présidence de …"."""
    text = state.text
    lo, hi = sent
    out: list[str] = []
    spans: list[Span] = []
    for pm in PRESIDED.finditer(text, lo, hi):
        before = [m for m in state.mentions if m.label == "PER" and lo <= m.start and m.end <= pm.start()
                  and pm.start() - m.end < 40]
        if before and _name(before[-1]) not in out:
            out.append(_name(before[-1]))
            spans.append((before[-1].start, before[-1].end))
    for cue in witness_cues(text, lo, hi, state.mentions):
        nxt = _sign_by(text, cue.end(), hi)
        seg_end = min(nxt.start() if nxt else hi, list_end(text, cue.end(), hi))
        found = _people_in(state, cue.end(), seg_end)
        if not found:
            found = [m for m in state.mentions if m.label in {"ORG", "LOC"} and _in(m, cue.end(), seg_end)
                     and (m.label == "ORG" or country_code(m.text))]
        for p in found:
            if _key(p) not in parties and _name(p) not in out:
                out.append(_name(p))
                spans.append((p.start, p.end))
        if not found:
            # an unnamed ministry in a title: "en présence du représentant du ministère de …"
            mm = re.search(r"minist[èe]re\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*[^,.;]{3,80}", text[cue.end():seg_end])
            if mm:
                out.append(mm.group(0).strip())
                spans.append((cue.end() + mm.start(), cue.end() + mm.end()))
    return out, spans


# "signée, mardi à Rabat", "ont signé hier, jeudi 9 mars 2023, à Abidjan": the place of the signing itself
SIGNED_AT = re.compile(r"\b(?:sign|paraph|conclu|scell)\w*\s*,?\s*(?:(?:[^\W\d]+|\d+\w*),?\s+){0,6}?"
                       r"(?:à|au)\s*$", re.I)
# "Rabat, 12 mars (MAP) -": the date of the dispatch, not of the act
DATELINE_DATE = re.compile(r"(?:^|\n)\s*[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+){0,2}\s*,\s*(?:le\s+)?$")


def signed_place(state: State, sent: Span) -> tuple[str | None, Span | None]:
    """The city right after a signing verb in the sentence ("signé mardi à Tunis"), or None."""
    text = state.text
    lo, hi = sent
    for m in state.mentions:
        if m.label == "LOC" and _in(m, lo, hi) and SIGNED_AT.search(text[max(lo, m.start - 60): m.start]):
            if country_code(m.text) and not capital_country(m.text):
                continue
            return _name(m), (m.start, m.end)
    return None, None


def place_of(state: State, sent: Span) -> tuple[str | None, Span | None]:
    """The city where the act happened: "à Alger", "au siège du ministère de …"; the city of the
    signing verb first ("… à Nouaceur … signée mardi à Rabat" -> Rabat)."""
    text = state.text
    lo, hi = sent
    found = signed_place(state, sent)
    if found[0]:
        return found
    for m in state.mentions:
        if m.label == "LOC" and _in(m, lo, hi) and PLACE_CUE.search(text[max(lo, m.start - 30): m.start]):
            if country_code(m.text) and not capital_country(m.text):
                continue
            return _name(m), (m.start, m.end)
    sm = SIEGE.search(text, lo, hi)
    if sm:
        city = re.match(r"\s*à\s+([A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?)", text[sm.end(1): sm.end(1) + 40])
        if city:  # "au siège du groupe à Lyon": the city is the place
            s0 = sm.end(1) + city.start(1)
            return city.group(1), (s0, s0 + len(city.group(1)))
        return sm.group(1).strip(), sm.span(1)
    return None, None


def _published_value(state: State) -> str | None:
    p = state.published
    if p is None or not getattr(p, "year", None):
        return None
    return f"{p.year:04d}" + (f"-{p.month:02d}" if p.month else "") + (f"-{p.day:02d}" if p.day else "")


# A date that dates the news, not the act: "a annoncé mardi", "a-t-on appris lundi".
ANNOUNCED = re.compile(r"\b(?:a|ont|avait)(?:-t-(?:il|elle|on|ils))?\s+(?:annoncé|appris|indiqué|précisé|rapporté|"
                       r"fait\s+savoir|révélé)\s*(?:ce\s+)?$", re.I)


# A header line that dates the article: "Par X | Le 09/10/2024 à 10h12", "Publié le 3 mai 2024".
HEADER_LINE = re.compile(r"\s*(?:Par\s[^\n|]{1,60}[|,–—-]\s*)?(?:Publi[ée]\s+le|Mis\s+à\s+jour\s+le|Le|le)\s+"
                         r"\d[^\n]{0,40}|\s*(?:Publi[ée]\s+le|Mis\s+à\s+jour\s+le)\s[^\n]{0,50}")


def _header_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` stands on a byline or header line, dating the article only."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return bool(HEADER_LINE.fullmatch(text, a, b if b != -1 else len(text)))


def date_of(state: State, sent: Span, trig: int, planned: bool = False) -> tuple[str | None, Span | None]:
    """The resolved date of the act's sentence: the most precise one ("mardi" before "ALGEST 2021"),
    the nearest to the trigger among equals; for a planned act, a date after publication first
    ("sera signé en novembre prochain, a annoncé lundi le ministre" -> November)."""
    lo, hi = sent
    text = state.text
    cands = [d for d in state.dates if lo <= d.start < hi and d.value and not _header_date(text, d.start)]
    own = [d for d in cands if not DATELINE_DATE.search(text[max(0, d.start - 40): d.start])]
    cands = own or cands  # the dispatch date of a dateline only when nothing else dates the act
    told = [d for d in cands if ANNOUNCED.search(text[max(0, d.start - 40): d.start])]
    if told and len(told) == len(cands):
        d = told[0]  # "…, a annoncé mardi X": only the news is dated, the act gets its year
        return d.value[:4], (d.start, d.end)
    cands = [d for d in cands if d not in told] or cands
    pub = _published_value(state) if planned else None
    if pub:
        later = [d for d in cands if d.value[: len(pub)] > pub[: len(d.value)]]
        cands = later or cands
    if not cands:
        return None, None
    d = min(cands, key=lambda d: (-len(d.value), abs(d.start - trig)))
    return d.value, (d.start, d.end)


def duration_of(text: str, lo: int, hi: int) -> tuple[str | None, bool | None, Span | None]:
    """ "d'une durée d'une année renouvelable" -> ("P1Y", True)."""
    m = DURATION.search(text, lo, hi)
    if not m:
        return None, None, None
    n = m.group("n").lower()
    num = int(n) if n.isdigit() else sum(NUM_WORDS.get(w, 0) for w in n.split("-")) or 1  # "vingt-cinq"
    unit = "M" if m.group("u").lower().startswith("mois") else "Y"
    rest = m.group("rest").lower()
    renewable = None
    if "non renouvelable" in rest or "non reconductible" in rest:
        renewable = False
    elif "renouvelable" in rest or "reconductible" in rest:
        renewable = True
    return f"P{num}{unit}", renewable, m.span()


# --- assembling -------------------------------------------------------------------------------


def party_country(state: State, party: Mention | str) -> str | None:
    """The country of one party from what the text says of it: a country name ("Algérie"), a
    demonym or country in its name ("Agence marocaine …", "Caisse rurale du Maroc"), or a
    demonym just before it ("le groupe chinois X") or in an apposition after it ("X, filiale du
    groupe français Y", "X (Chine)"). None when the text does not say."""
    name = _name(party)
    code = country_code(name)
    if code:
        return code
    if isinstance(party, Mention) and party.entity is not None and party.entity.country:
        return party.entity.country  # a descriptor cut from the name ("la société chinoise X")
    for word in re.findall(r"[\w\-]+", name):
        cs = demonym_countries(word)
        if cs:
            return cs[-1]
        c = country_code(word)
        if c and word[:1].isupper():
            return c
    if isinstance(party, Mention):
        text = state.text
        before = re.split(r"[,;.()]|\bet\b", text[max(0, party.start - 30): party.start])[-1]
        for word in reversed(re.findall(r"[\w\-]+", before)):
            cs = demonym_countries(word)
            if len(cs) == 1:
                return cs[0]
        after = text[party.end: party.end + 40]
        m = re.match(r"\s*(?:\(([^)]{2,30})\)|,\s*(?:\w+\s+){0,4}?(\w+)\b)", after)
        if m:
            inner = m.group(1) or m.group(2) or ""
            c = country_code(inner) or (demonym_countries(inner) or [None])[0]
            if c:
                return c
    return None


# an international body has no country of its own: "Banque africaine de développement", "Fonds arabe …"
MULTILATERAL = re.compile(r"^(?:la\s+|le\s+|l['’])?(?:Banque|Fonds|Société\s+financière|Corporation|Organisation|"
                          r"Agence|Union|Facilité)\s+(?:\w+\s+){0,3}?(?:africaine?|arabe|européenne?|islamique|mondiale?|"
                          r"internationale?|asiatique|ouest-africaine|multilatérale?|interaméricaine)\b")


def act_countries(state: State, parties: list[Mention | str], counts: dict[str, int]) -> list[str]:
    """The countries of an act's parties. A party the text gives no country is taken to be of
    the article's own country — the most named one that is not already the other side's."""
    parties = [p for p in parties if not MULTILATERAL.match(_name(p))]
    known = [party_country(state, p) for p in parties]
    codes = [c for c in known if c]
    if any(c is None for c in known):
        others = {k: v for k, v in counts.items() if k not in codes}
        home = max(others, key=lambda c: others[c]) if others else (
            max(counts, key=lambda c: counts[c]) if counts else None)
        known = [c or home for c in known]
    out: list[str] = []
    for c in known:
        if c and c not in out:
            out.append(c)
    return out


def find_acts(state: State) -> list[Act]:
    """Every act mention, sentence by sentence, then merged."""
    text = state.text
    acts: list[Act] = []
    people_keys = {fold(p.name) for p in state.people}
    counts = country_counts(state)

    def known(a: Act) -> set[str]:
        return set(act_countries(state, a.parties, counts))

    sents = _sentences(state)
    for lo, hi in sents:
        if state.in_link(lo) or state.in_link(hi - 1):
            continue  # "Lire aussi : … un accord signé avec …": another article's headline
        sentence = text[lo:hi]
        seen_here: list[Act] = []
        for tm in TRIGGER_RE.finditer(sentence):
            kind = tm.lastgroup or "agreement"
            t0, t1 = lo + tm.start(), lo + tm.end()
            prefix = text[max(lo, t0 - 40): t0]
            if BACKGROUND.search(prefix) and kind in {"cooperation", "partnership"} or BESIDES.search(prefix):
                continue
            if SOURCE_REF.search(prefix) and acts:
                acts[-1].evidence.append((t0, t1))  # "selon le texte de la convention": the act found, cited
                continue
            if any(m.start <= t0 and t1 <= m.end for m in state.mentions if m.label == "ORG"):
                continue  # "Bourse … de partenariat" names an organisation, not an act
            if kind in {"partnership", "cooperation", "agreement"} and COMPLEMENT.search(prefix):
                continue  # "convention de partenariat", "protocole d'accord": one instrument
            clause = _window(text, lo, hi, t0, t1)
            status = status_of(clause, kind)
            if status is None:
                if kind in {"cooperation", "partnership"}:
                    continue
                status = "signed"
            if kind == "cooperation" and status not in {"discussed", "planned"}:
                continue  # "la commission de suivi de la coopération … sanctionnée par la signature de …"
            if kind == "partnership" and TALK.search(prefix):
                kind = "cooperation"  # "les perspectives de partenariat", "renforcer le partenariat"
                if status in {"signed", "approved"}:
                    status = "discussed"  # talk about a partnership in a sentence about a signing
            if kind == "agreement" and ORDINAL.search(prefix):
                kind = _counted_kind(acts, kind)  # "trois mémorandums … Un autre accord …"
            exclude = people_keys
            parties = parties_of(state, t0, t1, (lo, hi), exclude)
            if not parties and KIND_RANK.get(kind, 3) == 3 and BOTH_SIDES.search(sentence):
                # "les deux groupes avaient déjà signé en mars un protocole d'accord": the last act's parties
                last = next((a for a in reversed(acts) if len(a.parties) >= 2), None)
                parties = list(last.parties) if last else []
            is_ref = bool(REFERENCE_DET.search(prefix)) and not re.search(r"\b(?:un|une|des)\s*$", prefix)
            if kind == "partnership" and seen_here and IN_PARTNERSHIP.search(prefix):
                # "un pacte d'actionnaires pour la création, en partenariat, d'une société": the manner
                # of the act just found, not a second act
                seen_here[-1].evidence.append((t0, t1))
                continue
            if kind == "agreement" and SHAREHOLDERS.match(text, t1) and (
                    jv := next((a for a in reversed(seen_here + acts) if a.kind == "joint_venture"), None)):
                # "les deux actionnaires ont signé un pacte d'actionnaires": part of the company's creation
                jv.evidence.append((t0, t1))
                if status == "signed":
                    jv.status = "signed"
                continue
            if kind == "joint_venture" and PURPOSE.search(prefix) and (seen_here or acts):
                # "un protocole d'accord pour la création d'une société mixte": the purpose of an act
                target = seen_here[-1] if seen_here else acts[-1]
                target.evidence.append((t0, t1))
                continue
            if seen_here and KIND_RANK.get(kind, 3) == 3 and (
                    APPOSITION.search(prefix) or text[seen_here[-1].evidence[-1][1]: t0].strip() == "("):
                target = seen_here[-1]  # the instrument the act just mentioned takes
                target.kind = kind
                target.evidence.append((t0, t1))
                continue
            demonstrative = bool(DEMONSTRATIVE.search(prefix))
            plural = bool(PLURAL_DETS.search(prefix))
            act = Act(kind=kind, status=status, start=t0, parties=parties, evidence=[(t0, t1)],
                      sentences=[(lo, hi)], plural=plural,
                      umbrella=bool(UMBRELLA.search(prefix)) and _plural_head(tm.group(0))
                      or bool(COUNTED_DOCS.search(prefix)))
            if act.umbrella:
                act.count = count_of(prefix)
                if act.count and COUNT_AGAIN.search(prefix) and any(
                        a.umbrella and a.count == act.count and a.kind == kind for a in acts):
                    demonstrative = True  # "Deux accords … Les deux accords ont été signés par …": the same ones
            head = ORDINAL_HEAD.match(sentence)
            act.ordinal = bool(ORDINAL.search(prefix)) or bool(
                head and not seen_here and DETAIL_LINK.fullmatch(sentence[head.end(): t0 - lo]))
            act.signatories, sig_spans = signatories_of(state, (lo, hi))
            party_keys = {_key(p) for p in parties}
            act.witnesses, wit_spans = witnesses_of(state, (lo, hi), party_keys)
            act.place, pspan = place_of(state, (lo, hi))
            act.place_signed = act.place is not None and signed_place(state, (lo, hi))[0] == act.place
            act.date, dspan = date_of(state, (lo, hi), t0, planned=status == "planned")
            act.duration, act.renewable, durspan = duration_of(text, lo, hi)
            if status != "terminated" and (post := POSTPONED.search(clause)):
                _postpone(act, max(text.rfind(";", lo, t0), lo) + post.end(), dspan, pspan)
                dspan = dspan if act.date else None
                pspan = pspan if act.place else None
            for name, spans in (("signatories", sig_spans), ("witnesses", wit_spans), ("place", [pspan]),
                                ("date", [dspan]), ("duration", [durspan])):
                spans = [s for s in spans if s]
                if spans:
                    act.field_evidence[name] = spans
            act.field_evidence["parties"] = [(p.start, p.end) for p in parties if isinstance(p, Mention)]
            entre = ENTRE.search(text, t1, hi)
            if is_ref and not entre and not act.plural and not act.umbrella and KIND_RANK.get(kind, 3) >= 2:
                prev = _restated_act(acts, act)
                if prev is not None:
                    # "L'accord a été signé par le PDG de X, A, et le DG de Y, B": the act already found,
                    # told by one of its parties; the others the sentence yields (people's organisations,
                    # a venue) are no new parties
                    _merge_into(prev, act, parties=False)
                    seen_here.append(prev)
                    continue
            seen_here.append(_absorb(acts, act, is_ref, demonstrative, known) or act)
        if not seen_here and acts and (talk := TALKS_HELD.match(sentence)) and ENTRE_ET.search(talk.group("subj")):
            # "Par ailleurs, X et Y ont examiné …": talks between two parties, later in an article on an act
            s_end = lo + talk.end("subj")
            parties = parties_of(state, s_end, s_end, (lo, s_end), people_keys)
            if len(parties) < 2:
                parties = _dedupe([*(country_name(c) for c in _country_parties(state, lo, s_end)), *parties])
            if len(parties) >= 2:
                act = Act(kind="cooperation", status="discussed", start=lo + talk.start("verb"), parties=parties,
                          evidence=[(lo + talk.start("verb"), lo + talk.end())], sentences=[(lo, hi)])
                act.date, dspan = date_of(state, (lo, hi), act.start)
                nxt = next((sn for sn in sents if sn[0] >= hi), None)
                if act.date is None and nxt and "\n" not in text[hi: nxt[1]].strip():
                    act.date, dspan = date_of(state, nxt, nxt[0])  # "… Une délégation a été reçue jeudi …"
                if act.date is None:
                    act.date = next((a.date for a in reversed(acts) if a.date), None)  # the day of the act reported
                if dspan:
                    act.field_evidence["date"] = [dspan]
                act.field_evidence["parties"] = [(p.start, p.end) for p in parties if isinstance(p, Mention)]
                acts.append(act)
                continue
        counted = next((a for a in reversed(acts) if a.umbrella or a.plural), None)
        if not seen_here and counted is not None and ORDINAL_HEAD.match(sentence):
            # "Cinq protocoles ont été signés. … Le deuxième lie X à Y. Le troisième, signé entre …":
            # an ordinal standing for the counted instrument
            act = _ordinal_act(state, counted, (lo, hi), people_keys)
            if act is not None:
                acts.append(act)
                continue
        if not seen_here and acts and (acts[-1].plural or acts[-1].umbrella) and ENUMERATION.match(sentence):
            _enumerated_parties(state, acts[-1], (lo, hi), people_keys)
        elif not seen_here and acts and CEREMONY.search(sentence):
            # the last act with parties: "Un protocole d'engagement qui permettra …" names none
            target = next((a for a in reversed(acts) if a.parties), acts[-1])
            _ceremony_details(state, target, (lo, hi))
            if target.ordinal and not signatories_of(state, (lo, hi))[0]:
                # "Le premier … Le second … La cérémonie s'est déroulée en présence de …": every act detailed
                for a in _ordinal_run(acts, target):
                    _ceremony_details(state, a, (lo, hi))
    return acts


# Talks with no instrument named: "Par ailleurs, X et Y ont engagé des discussions sur …".
TALKS_HELD = re.compile(r"\s*(?:(?:Par\s+ailleurs|En\s+outre|Parallèlement|De\s+même)\s*,\s*)?"
                        r"(?P<subj>[^,.;:«»\"]{5,120}?)\s+(?:ont|avaient)\s+(?:également\s+|aussi\s+)?"
                        r"(?P<verb>examiné|discuté|évoqué|abordé|étudié|(?:engagé|entamé|ouvert|mené|tenu)\s+des\s+"
                        r"(?:discussions|négociations|pourparlers|entretiens))\b", re.I)
ENTRE_ET = re.compile(r"\s(?:et)\s", re.I)
ORDINAL_HEAD = re.compile(r"\s*(?:(?:Enfin|Puis|Ensuite)\s*,\s*)?(?:le|la)\s+"
                          r"(?:premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|dernier|"
                          r"dernière)\b\s*,?\s*(?!de\b|des\b|du\b|d['’])", re.I)


# What joins a sentence-opening ordinal to the instrument it details: "Le premier est un accord …".
DETAIL_LINK = re.compile(r"\s*(?:accord\s+|texte\s+|document\s+)?(?:est|était|concerne|porte\s+sur|consiste\s+en)"
                         r"\s+(?:un|une|l['’]|le|la)\s*", re.I)


def _ordinal_run(acts: list[Act], last: Act) -> list[Act]:
    """The ordinal details reported just before ``last``, nearest first ("Le premier …" before "Le second …")."""
    out = []
    for a in reversed(acts[: acts.index(last)] if last in acts else []):
        if not a.ordinal:
            break
        out.append(a)
    return out


def _fold_details(acts: list[Act]) -> list[Act]:
    """"Deux accords distincts … Le premier est un accord … signé par le ministre de X": a detail whose
    only parties are ministries (read from its signatories' titles) is the act of the same kind already
    found between the states, each such act taking one detail."""
    out: list[Act] = []
    taken: set[int] = set()
    for b in acts:
        ministries = all(fold(_name(p)).startswith("ministere") for p in b.parties)
        target = None
        if b.ordinal and ministries:
            target = next((a for a in out if id(a) not in taken and not a.umbrella and a.kind == b.kind
                           and a.parties and all(country_code(_name(p)) for p in a.parties)), None)
        if target is None:
            out.append(b)
            continue
        taken.add(id(target))
        _merge_into(target, b, parties=False)
    return out


def _ordinal_act(state: State, counted: Act, sent: Span, exclude: set[str]) -> Act | None:
    """The act an ordinal sentence details ("Le deuxième lie X à Y"): the counted act's kind and
    status, the sentence's parties and details; None when it names fewer than two parties."""
    lo, hi = sent
    head = ORDINAL_HEAD.match(state.text, lo)
    t = head.end() if head else lo
    parties = parties_of(state, t, t, sent, exclude)
    ckeys = {_key(p) for p in counted.parties}
    if len(parties) == 1 and len(ckeys) == 1 and counted.umbrella and _key(parties[0]) not in ckeys:
        parties = [*counted.parties, *parties]  # "Deux contrats signés par X … Le second, signé avec Y"
    if len(parties) < 2:
        if not (counted.umbrella and counted.count and counted.parties
                and {_key(p) for p in parties} <= {_key(p) for p in counted.parties}):
            return None
        # "Le second, d'un montant de …": one more of the counted acts, between the same parties
        parties = list(counted.parties)
    act = Act(kind=counted.kind, status=counted.status, start=lo, parties=parties, evidence=[(lo, t)],
              sentences=[sent], ordinal=True)
    act.signatories, _ = signatories_of(state, sent)
    act.witnesses, _ = witnesses_of(state, sent, {_key(p) for p in parties})
    act.place, _ = signed_place(state, sent)  # "… à Zouara" is the project's; the count's ceremony place stays
    act.date, _ = date_of(state, sent, lo)
    act.field_evidence["parties"] = [(p.start, p.end) for p in parties if isinstance(p, Mention)]
    return act


ENUMERATION = re.compile(r"\s*(?:il\s+s['’]agit\s+(?:notamment\s+)?(?:de|d['’]|des|du)|ce\s+sont|à\s+savoir|"
                         r"(?:les\s+)?(?:signataires|partenaires|bénéficiaires)\s+sont)\b", re.I)


def _enumerated_parties(state: State, act: Act, sent: Span, exclude: set[str]) -> None:
    """"Dix protocoles … ont été signés. Il s'agit de X, Y et Z.": the sentence lists the partners
    of the counted acts, which become one act per partner."""
    ms = _party_mentions(state, sent[0], sent[1], exclude)
    if not ms:
        return
    _merge_into(act, Act(kind=act.kind, status=act.status, start=sent[0], parties=list(ms), sentences=[sent]))
    act.plural, act.umbrella = True, False


CEREMONY = re.compile(r"\b(?:sign[ée]e?s?|paraph[ée]e?s?|signature|cérémonie|conclu(?:e|s|es)?|"
                      r"mat[ée]rialisation)\b", re.I)


def _ceremony_details(state: State, act: Act, sent: Span) -> None:
    """A sentence with no instrument noun that tells who signed or attended the last act:
    "Le document a été paraphé par …", "La cérémonie s'est déroulée en présence de …"."""
    sigs, sig_spans = signatories_of(state, sent)
    wits, wit_spans = witnesses_of(state, sent, {_key(p) for p in act.parties})
    for x in sigs:
        if x not in act.signatories:
            act.signatories.append(x)
    for x in wits:
        if x not in act.witnesses and x not in act.signatories:
            act.witnesses.append(x)
    if act.place is None:
        act.place, pspan = place_of(state, sent)
        if pspan:
            act.field_evidence.setdefault("place", []).append(pspan)
    if sig_spans:
        act.field_evidence.setdefault("signatories", []).extend(sig_spans)
    if wit_spans:
        act.field_evidence.setdefault("witnesses", []).extend(wit_spans)
    if sigs or wits:
        act.sentences.append(sent)


def _counted_kind(acts: list[Act], kind: str) -> str:
    """The kind of "un autre accord" among counted acts: the instrument the count named."""
    for a in reversed(acts):
        if (a.umbrella or a.plural) and KIND_RANK.get(a.kind, 3) == 3:
            return a.kind
    return kind


def _window(text: str, lo: int, hi: int, t0: int, t1: int) -> str:
    """The clause around a trigger: the sentence, cut at the previous and next strong stops."""
    left = max(text.rfind(";", lo, t0), lo)
    right = text.find(";", t1, hi)
    return text[left: right if right != -1 else hi]


def _dates_clash(a: str | None, b: str | None) -> bool:
    """Two dates that tell two acts apart: "2024" and "2024-10-07" may be one day, told twice."""
    return bool(a and b) and not (a.startswith(b) or b.startswith(a))


def _compatible(a: Act, b: Act) -> bool:
    fam = KIND_FAMILY.get(b.kind, set())
    # "L'accord a été signé par …" may tell the signing of a joint venture just reported
    return b.kind == a.kind or not fam or a.kind in fam or (a.kind, b.kind) == ("joint_venture", "agreement")


def _absorb(acts: list[Act], act: Act, is_ref: bool, demonstrative: bool = False,
            countries_of: Callable[[Act], set[str]] | None = None) -> Act | None:
    """Merge ``act`` into an earlier act it refers to, or keep it as a new act. Returns the act
    that holds the mention now (None when it is dropped as background). ``countries_of`` gives the
    countries of an act's parties."""
    keys = {_key(p) for p in act.parties}
    if acts and demonstrative:
        # "cet accord", "ces protocoles", "ce partenariat": the act(s) just reported, same kind first
        targets = [a for a in acts if a.kind == act.kind] or [a for a in acts if _compatible(a, act)] or acts[-1:]
        if act.plural:
            for t in targets:
                _merge_into(t, act, parties=False)
        else:
            _merge_into(targets[-1], act, parties=not targets[-1].parties)
        return targets[-1]
    if is_ref and act.plural and keys:
        # "Les protocoles ont été signés également par X et Y": more partners of the counted acts
        same = [a for a in acts if a.plural and a.kind == act.kind]
        if same:
            _merge_into(same[-1], act)
            return same[-1]
    # a reference ("la convention") goes to the last act of its own kind before a merely compatible one
    ordered = sorted(reversed(acts), key=lambda a: a.kind != act.kind) if is_ref else list(reversed(acts))
    for prev in ordered:
        if prev.umbrella and not (is_ref or act.plural or act.umbrella):
            continue  # "trois mémorandums … un mémorandum a été signé entre …": one of them, not the count
        pkeys = {_key(p) for p in prev.parties}
        same_parties = bool(keys) and bool(pkeys) and (keys <= pkeys or pkeys <= keys)
        if (not keys and is_ref and _compatible(prev, act)) or (
            same_parties and (prev.kind == act.kind or (is_ref and _compatible(prev, act))
                              or act.kind in {"partnership", "cooperation"} and is_ref)
            and not _dates_clash(act.date, prev.date)
        ):
            _merge_into(prev, act)
            return prev
        if is_ref and prev.kind == act.kind and keys and _restates(prev, act, countries_of):
            # "Le document a été signé par le PDG de X et son homologue allemand": "la convention" again,
            # its parties now the countries of the people named, is the act found, no new one; its
            # sentence is about the act only in passing, and gives it no words (sectors) of its own
            _merge_into(prev, act, parties=False, sentences=False)
            return prev
        if not keys and not is_ref:
            break
    if not keys and acts and act.kind in {"partnership", "cooperation"}:
        return None  # a generic word with nobody named: background
    acts.append(act)
    return act


def _restated_act(acts: list[Act], act: Act) -> Act | None:
    """The latest act that a definite reference ("l'accord", "la convention") shares a party with,
    when the reference names other organisations too and no other date; None otherwise."""
    keys = {_key(p) for p in act.parties}
    if not keys:
        return None
    for prev in reversed(acts):
        pkeys = {_key(p) for p in prev.parties}
        shared = [p for p in act.parties if _key(p) in pkeys and not country_code(_name(p))]
        if prev.umbrella or not pkeys or not shared:
            continue  # a shared country ("la partie biélorusse") does not tell the act
        if keys <= pkeys:
            return None  # the same parties: the ordinary merge handles it
        if _dates_clash(act.date, prev.date):
            return None
        return prev
    return None


def _restates(prev: Act, act: Act, countries_of: Callable[[Act], set[str]] | None) -> bool:
    """Whether the parties of a reference ("la convention") only restate ``prev``'s: each one of
    its parties or one of its countries (the countries of the people a sentence names)."""
    pkeys = {_key(p) for p in prev.parties}
    extra = [p for p in act.parties if _key(p) not in pkeys]
    codes = [country_code(_name(p)) for p in extra]
    if not all(codes):
        return False
    if _dates_clash(act.date, prev.date):
        return False  # "signé samedi … en marge de la réunion tenue les 4 et 5 mai": told apart by date
    return not extra or (countries_of is not None and set(codes) <= countries_of(prev))


def _postpone(act: Act, cue_end: int, dspan: Span | None, pspan: Span | None) -> None:
    """A put-off act: planned, without the date and venue given before the cue (a new date after
    "reportée au …" stays)."""
    act.status, act.postponed = "planned", True
    if dspan is None or dspan[0] < cue_end:
        act.date = None
    if pspan is None or pspan[0] < cue_end:
        act.place, act.place_signed = None, False


def _merge_into(prev: Act, act: Act, parties: bool = True, sentences: bool = True) -> None:
    if act.postponed and not prev.postponed:
        prev.status, prev.postponed = "planned", True
        prev.date, prev.place, prev.place_signed = act.date, act.place, act.place_signed
    if prev.postponed and not act.postponed:
        act = Act(**{**act.__dict__, "date": None, "place": None, "place_signed": False,
                     "status": "planned" if act.status == "signed" else act.status})
    for p in act.parties if parties else ():
        if _key(p) not in {_key(q) for q in prev.parties}:
            prev.parties.append(p)
    for attr in ("signatories", "witnesses"):
        cur = getattr(prev, attr)
        for x in getattr(act, attr):
            if x not in cur:
                cur.append(x)
    for attr in ("date", "place", "duration", "renewable"):
        if getattr(prev, attr) is None and getattr(act, attr) is not None:
            setattr(prev, attr, getattr(act, attr))
    if prev.date and len(prev.date) == 4 and act.date and len(act.date) > 4 and act.date.startswith(prev.date):
        prev.date = act.date  # "signé mardi" makes the year of "a annoncé mardi" precise
    if act.place_signed and not prev.place_signed:
        prev.place, prev.place_signed = act.place, True  # a headline's "usine à X" yields to "signé à Y"
    rank = ["discussed", "planned", "approved", "signed", "terminated"]
    if act.status in {"signed", "approved", "terminated"} and rank.index(act.status) > rank.index(prev.status):
        prev.status = act.status
    if KIND_RANK.get(act.kind, 3) > KIND_RANK.get(prev.kind, 3) and (
            prev.kind in {"partnership", "cooperation"} or act.kind in KIND_FAMILY.get(prev.kind, set())):
        prev.kind = act.kind  # "deux accords … le protocole d'accord": the precise instrument names the act
    prev.evidence.extend(act.evidence)
    if sentences:
        prev.sentences.extend(s for s in act.sentences if s not in prev.sentences)
    for k, v in act.field_evidence.items():
        prev.field_evidence.setdefault(k, []).extend(v)


def _split_lists(acts: list[Act]) -> list[Act]:
    """'des conventions avec X, Y et Z' signed by one subject: one act per partner."""
    out = []
    for a in acts:
        if a.plural and len(a.parties) >= 3:
            subject, partners = a.parties[0], a.parties[1:]
            for p in partners:
                b = Act(**{**a.__dict__, "parties": [subject, p]})
                b.field_evidence = dict(a.field_evidence)
                out.append(b)
        else:
            out.append(a)
    return out


DATELINE = re.compile(r"^\s*([A-Z][A-Za-zÀ-ÿ'’\-]+(?:\s+[A-Z][A-Za-zÀ-ÿ'’\-]+){0,2})\s*(?:\([^)]{1,30}\))?\s*"
                      r"(?:[-–—:]|,\s+(?:le\s+)?\d)", re.M)


def dateline_city(state: State) -> str | None:
    """The city of a dateline ("ALGER — …", "Tunis - TAP", "Dakar, 12 mars (APS) -") in the first lines."""
    head = state.text[:300]
    for m in DATELINE.finditer(head):
        name = m.group(1)
        if capital_country(name) or any(x.label == "LOC" and fold(x.text) == fold(name) and not country_code(x.text)
                                        for x in state.mentions):
            return name.title() if name.isupper() else name
    return None


def _resolve_umbrellas(acts: list[Act]) -> list[Act]:
    """"Trois accords ont été signés à Alger … Le premier … Un autre …": the count is no act of its own
    when the acts are detailed afterwards; its place, date and witnesses go to them, and its parties to
    the details that name none. A count larger than the acts detailed ("douze accords … parmi ces
    accords, un accord entre X et Y") stays a record for the others."""
    out = []
    for a in acts:
        if not a.umbrella:
            out.append(a)
            continue
        nxt = min((b.start for b in acts if b.umbrella and b.start > a.start), default=None)
        details = [b for b in acts if b is not a and not b.umbrella and b.start > a.start
                   and (nxt is None or b.start < nxt)]
        umbrella_keys = {_key(p) for p in a.parties}
        for b in details:
            if b.ordinal and {_key(p) for p in b.parties} <= umbrella_keys:
                b.parties = list(a.parties)  # "le premier accord porte sur l'octroi à la Tunisie …"
        # the details share the count's ceremony, whether or not the count stays a record of its own
        for b in details:
            if b.place is None:
                b.place = a.place
            if a.date and (b.date is None or (a.date.startswith(b.date) and len(a.date) > len(b.date))):
                b.date = a.date  # "signés jeudi" in the count beats "le salon 2021" in the detail
            b.witnesses.extend(w for w in a.witnesses if w not in b.witnesses)
        if details and (a.count is None or len(details) >= a.count):
            continue
        out.append(a)
    return out


def _same_person(a: str, b: str) -> bool:
    """Whether two names are one person's: equal, or one's words all in the other's ("M. Kaya", "Emre Kaya")."""
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def count_of(prefix: str) -> int | None:
    """The number of acts a count before the trigger gives: "trois", "neuf (9)", "12"; None if unsaid."""
    for word in reversed(re.findall(r"\w+", prefix)[-3:]):
        word = word.lower()
        if word.isdigit():
            return int(word)
        if word in NUM_WORDS and word not in {"un", "une"}:
            return NUM_WORDS[word]
    return None


@component("agreements")
def agreements(state: State) -> None:
    """Find, fill and merge the agreements of the article."""
    acts = _split_lists(_fold_details(_resolve_umbrellas(find_acts(state))))
    counts = country_counts(state)
    published_value = _published_value(state)
    dateline = dateline_city(state)
    last_place = None
    out = []
    for a in acts:
        if not a.parties or (len(a.parties) == 1 and country_code(_name(a.parties[0]))):
            continue  # nobody named, or a country alone: no act between named parties
        names = []
        for p in a.parties:
            n = _name(p)
            if n not in names:
                names.append(n)
        countries = act_countries(state, a.parties, counts)
        date = a.date
        if date is None and a.status in {"signed", "approved"} and published_value:
            date = published_value
        place = a.place
        if place is None and a.status in {"signed", "approved"}:
            place = last_place or dateline  # one ceremony: the acts reported after the first share its place
        last_place = place or last_place
        witnesses = [w for w in a.witnesses if not any(_same_person(w, x) for x in a.signatories)]
        out.append(Agreement(
            kind=a.kind, status=a.status, parties=names, signatories=a.signatories, witnesses=witnesses,
            countries=countries, date=date, place=place, sectors=[], duration=a.duration,
            renewable=a.renewable, trigger=state.text[a.evidence[0][0]: a.evidence[0][1]],
            evidence=sorted(set(a.evidence + a.sentences)), field_evidence=a.field_evidence,
        ))
    state.agreements = out
