"""The register (the SQLite store) at scale: ingest rate and query latency on a synthetic corpus.

    .venv/bin/python bench/store.py [--articles 100000] [--batch 500] [--runs 200] [--seed 7] [--db FILE]

No model is loaded: a deterministic generator (``random.Random(seed)``) writes French-looking articles
(150-300 words) together with their readings, built directly as the dicts ``Reading.to_dict()`` gives,
with valid evidence spans into the text. The world behind them: ~3000 fictional organisations (some with
an acronym as alias), ~2000 people with titles attached to organisations or ministries, 30 countries, the
sectors of ``shared/spec/sectors.tsv`` (a built-in list when it is missing), publication dates over
2019-2026. About 20% of articles report no act; about 30% of acts are re-reports of an earlier act (same
parties and kind, a date a few days apart), which consolidation should merge.

Then:
1. ingest into a fresh SQLite file, ``--batch`` articles per ``store_batch`` transaction; only the store
   is timed (generation is not); prints the rate as it goes, then the counts and the file size;
2. times ``--runs`` varied queries of each kind: ``list_agreements`` with 1-3 filters (limit 50),
   ``entity_view(find_entity(name))`` for existing organisations, ``search_register`` for French words
   with and without a filter; prints median and p95 against the targets (list and entity p95 < 50 ms,
   search p95 < 200 ms), and the slowest call of each kind.
The last line is machine-readable:
``ingest_articles_per_s=N list_p95_ms=N entity_p95_ms=N search_p95_ms=N articles=N``.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Any

from sqlalchemy import func, select, text

from accords.read.countries import country_name
from accords.records import Article
from accords.store.db import open_db, refresh_statistics
from accords.store.ingest import store_batch
from accords.store.models import AgreementRow, ArticleRow, EntityRow
from accords.store.query import AgreementFilter, entity_view, find_entity, list_agreements, search_register

ROOT = Path(__file__).resolve().parent.parent


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.split())


SECTORS_TSV = ROOT.parent / "shared" / "spec" / "sectors.tsv"

COUNTRIES = _words("DZ MA TN EG SN CI NG KE ZA MR ML CM GH ET FR IT ES DE CN TR RU US KR JP IN QA AE SA PT BE")
# A country's cities (for places and organisation names); partners share a few.
CITIES = {"DZ": ["Alger", "Oran", "Constantine", "Annaba", "Sétif", "Béjaïa", "Blida", "Tlemcen"],
          "MA": ["Casablanca", "Tanger", "Fès", "Agadir", "Kénitra"], "TN": ["Tunis", "Sfax", "Sousse", "Bizerte"],
          "EG": ["Le Caire", "Alexandrie", "Port-Saïd"], "SN": ["Dakar", "Thiès"], "CI": ["Abidjan", "San-Pédro"],
          "NG": ["Lagos", "Kano"], "KE": ["Nairobi", "Mombasa"], "ZA": ["Johannesburg", "Durban"],
          "MR": ["Nouakchott", "Nouadhibou"], "ML": ["Bamako"], "CM": ["Douala", "Yaoundé"], "GH": ["Accra", "Tema"],
          "ET": ["Addis-Abeba"], "FR": ["Lyon", "Marseille", "Toulouse"], "IT": ["Turin", "Milan", "Gênes"],
          "ES": ["Valence", "Bilbao"], "DE": ["Hambourg", "Stuttgart"], "CN": ["Shenzhen", "Shanghai"],
          "TR": ["Izmir", "Bursa"], "RU": ["Kazan"], "US": ["Houston"], "KR": ["Ulsan"], "JP": ["Osaka"],
          "IN": ["Pune"], "QA": ["Doha"], "AE": ["Dubaï", "Abou Dhabi"], "SA": ["Djeddah"], "PT": ["Porto"],
          "BE": ["Anvers", "Liège"]}
AFRICAN = COUNTRIES[:14]
KINDS = ("mou", "agreement", "convention", "contract", "joint_venture", "framework_agreement", "partnership",
         "cooperation")
KIND_FR = {"mou": "un mémorandum d'entente", "agreement": "un accord", "convention": "une convention",
           "contract": "un contrat", "joint_venture": "un accord de coentreprise",
           "framework_agreement": "un accord-cadre", "partnership": "un accord de partenariat",
           "cooperation": "un accord de coopération"}
DEMONYM = dict(zip(COUNTRIES, _words(
    "algérien marocain tunisien égyptien sénégalais ivoirien nigérian kényan sud-africain mauritanien malien "
    "camerounais ghanéen éthiopien français italien espagnol allemand chinois turc russe américain coréen japonais "
    "indien qatari émirati saoudien portugais belge"), strict=True))
STATUSES = ("signed", "planned", "discussed", "approved")
STATUS_WEIGHTS = (60, 20, 12, 8)
STATUS_VERB = {"signed": "ont signé", "planned": "prévoient de signer", "discussed": "discutent",
               "approved": "ont approuvé"}
MONTHS = _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
BUILTIN_SECTORS = {
    "agriculture": ["céréales", "semences", "élevage"], "agrifood": ["agroalimentaire", "produits laitiers", "huile"],
    "textile_leather": ["textile", "coton", "cuir"], "pharmaceuticals": ["médicaments", "vaccins"],
    "chemicals": ["engrais", "plastique", "détergents"], "metals": ["acier", "aluminium", "sidérurgie"],
    "machinery": ["tracteurs", "machines agricoles", "moteurs"], "automotive": ["automobile", "véhicules", "bus"],
    "energy": ["énergie", "électricité", "solaire", "hydrogène"], "mining": ["phosphate", "fer", "or"],
    "digital": ["numérique", "logiciel", "télécommunications"], "finance_insurance": ["banque", "financement"],
    "logistics_transport": ["logistique", "ports", "fret"], "construction_materials": ["ciment", "verre", "briques"],
    "electronics_electrical": ["électroménager", "câbles", "transformateurs"],
    "industry_general": ["industrie", "sous-traitance industrielle", "zones industrielles"],
}
ORG_NOUNS = ("ciments", "engrais", "textiles", "médicaments", "aciers", "tracteurs", "câbles", "phosphates",
             "plastiques", "conserves", "lubrifiants", "emballages", "turbines", "pneumatiques", "semences",
             "verres", "équipements hydrauliques", "produits laitiers", "véhicules industriels", "matériaux")
LEGAL = ("SpA", "SA", "SARL", "GmbH", "Ltd")
ORG_SUFFIXES = ("Industries", "Technologies", "Energy", "Pharma", "Logistics", "Mining", "Agro", "Steel", "Motors",
                "Textile", "Digital", "Capital", "Engineering", "Chemicals")
FIRST = _words("Nadir Samia Karim Amina Youssef Fatima Mohamed Leila Omar Nadia Hichem Sofiane Rachid Yasmine "
               "Mamadou Aminata Ousmane Fatou Kwame Ama Chinedu Ngozi Tesfaye Pierre Marie Jean Claire Luca "
               "Giulia Marco Javier Carmen Hans Anke Wei Ling Mehmet Ayşe Ivan Olga John Sarah Hiroshi Ravi "
               "Priya Khalid Hamad Salma Walid Mounir Souad Lamine Ibrahima Awa Kofi Abebe Thomas Sophie Paolo "
               "Elena")
LAST = _words("Belkacemi Rahmouni Mokrane Benali Haddad Bensalem Cherif Meziane Boudiaf Saidi Alaoui Bennani "
              "Tazi Chraibi Trabelsi Jaziri Gharbi Mansour Diop Ndiaye Fall Sow Traoré Koné Ouattara Okafor "
              "Adeyemi Mensah Owusu Kamau Otieno Nkosi Dlamini Bekele Tadesse Ould-Ahmed Keïta Diallo Mbarga "
              "Dubois Martin Lefèvre Moreau Rossi Bianchi Ferrari García López Müller Schmidt Zhang Wang "
              "Yılmaz Demir Petrov Smith Kim Tanaka Sharma Al-Thani Al-Nahyan Al-Saud Silva Peeters Amrani "
              "Zerrouki Hamidi Lounis Benyahia Kaci Aouadi Slimani Bouzid Ferhat Laribi Toumi Guerfi Yahiaoui")
EXEC_TITLES = ("PDG", "directeur général", "directrice générale", "président du conseil d'administration",
               "directeur commercial", "directeur des investissements")
MINISTRIES = (("ministre de l'Industrie", "ministère de l'Industrie"),
              ("ministre de l'Énergie", "ministère de l'Énergie"),
              ("ministre du Commerce", "ministère du Commerce"),
              ("ministre des Finances", "ministère des Finances"),
              ("ministre de l'Agriculture", "ministère de l'Agriculture"))
OUTLETS = ("El Watan Éco", "Le Quotidien industriel", "L'Économiste africain", "Jeune Afrique Business",
           "Maghreb Industrie", "La Tribune économique", "Le Matin des affaires", "Dakar Éco")
FILLERS = (
    "Le marché des {w} connaît une forte croissance, portée par la demande intérieure.",
    "Les échanges avec ce partenaire ({c}) ont nettement progressé au cours des dernières années.",
    "Cet investissement doit renforcer l'intégration industrielle et réduire la facture d'importation de {w}.",
    "La nouvelle usine de {w} sera implantée dans la zone industrielle de {city}.",
    "Les partenaires envisagent un transfert de technologie et la formation de techniciens locaux.",
    "Les autorités misent sur la transition énergétique, l'énergie solaire et l'efficacité énergétique.",
    "La production locale de médicaments couvre désormais une part croissante des besoins du marché.",
    "Selon les professionnels du secteur, la filière des {w} reste dépendante des intrants importés.",
    "Le projet prévoit également un centre de recherche et de développement consacré aux {w}.",
    "Les exportations de {w} vers les pays voisins devraient doubler d'ici trois ans.",
    "Cette opération s'inscrit dans la stratégie nationale de diversification de l'économie.",
    "L'usine emploiera à terme plusieurs centaines de salariés, dont une majorité d'ingénieurs.",
    "Le climat des affaires s'est amélioré avec la nouvelle loi sur l'investissement.",
    "Un comité de suivi se réunira chaque trimestre pour évaluer l'avancement du programme.",
    "Les banques locales seront sollicitées pour le financement du plan d'investissement.",
    "La hausse des coûts de l'énergie pèse toutefois sur la compétitivité des industriels.",
    "Des sous-traitants locaux seront associés à la fabrication des {w}.",
)
MONEY_LEAD = {"investment": " prévoit un investissement de ", "revenue": " a réalisé un chiffre d'affaires de ",
              "exports": " vise des exportations de ", "financing": " accordera un financement de "}
SEARCH_WORDS = ("médicaments", "usine", "énergie", "investissement", "ciment", "acier", "partenariat", "exportations",
                "financement", "formation", "solaire", "engrais", "technologie", "logistique", "textile",
                "coentreprise", "mémorandum", "hydrogène", "phosphate", "véhicules")
START, END = date(2019, 1, 1), date(2026, 11, 30)
LIST_TARGET_MS, ENTITY_TARGET_MS, SEARCH_TARGET_MS = 50.0, 50.0, 200.0

Span = list[int]
Reading = dict[str, Any]


def load_sectors() -> dict[str, list[str]]:
    """Sector labels with a few French words each, from the spec when it is there."""
    if not SECTORS_TSV.exists():
        return dict(BUILTIN_SECTORS)
    out: dict[str, list[str]] = {}
    with SECTORS_TSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            words = [w.strip() for w in (row.get("examples_fr") or "").split(",") if w.strip()]
            out[row["label"]] = words or [row["label"]]
    return out


# --- the world: organisations and people -----------------------------------------------------------

@dataclass
class Org:
    name: str
    acronym: str | None
    country: str
    sectors: list[str]
    people: list[int] = field(default_factory=list)


@dataclass
class Person:
    name: str
    title: str
    org: str
    country: str
    title_text: str  # as the text gives it: "ministre algérien de l'Industrie"


def _invented(rng: Random, seen: set[str]) -> str:
    """A new pronounceable stem ("Tavoni", "Keruna")."""
    cons, vows = "bcdfgklmnprstvz", "aeiou"
    while True:
        stem = "".join(rng.choice(cons) + rng.choice(vows) for _ in range(rng.randint(2, 3)))
        stem = stem.capitalize() + rng.choice(("", "", "n", "r", "x"))
        if stem not in seen:
            seen.add(stem)
            return stem


def _de(place: str) -> str:
    return f"d'{place}" if place[0] in "AEIOUÉ" else f"de {place}"


def _acronym(name: str) -> str:
    skip = {"de", "des", "du", "d", "la", "le", "l"}
    words = [w for w in name.replace("'", " ").split() if w.lower() not in skip]
    return "".join(w[0] for w in words).upper()


class World:
    """~3000 organisations and ~2000 people, drawn once from the seed."""

    def __init__(self, rng: Random, sectors: dict[str, list[str]], n_orgs: int = 3000, n_people: int = 2000) -> None:
        self.rng, self.sectors = rng, sectors
        labels = list(sectors)
        stems: set[str] = set()
        names: set[str] = set()
        acronyms: set[str] = set()
        self.orgs: list[Org] = []
        while len(self.orgs) < n_orgs:
            country = rng.choice(AFRICAN) if rng.random() < 0.7 else rng.choice(COUNTRIES[14:])
            pattern = rng.random()
            if pattern < 0.25:
                name = f"Société nationale des {rng.choice(ORG_NOUNS)} {_de(rng.choice(CITIES[country]))}"
            elif pattern < 0.55:
                name = f"{_invented(rng, stems)} {rng.choice(ORG_SUFFIXES)}"
            elif pattern < 0.7:
                name = f"Groupe {_invented(rng, stems)}"
            elif pattern < 0.85:
                name = f"{_invented(rng, stems)} {_invented(rng, stems)} {rng.choice(LEGAL)}"
            else:
                name = f"Laboratoires {_invented(rng, stems)}"
            if name in names:
                continue
            names.add(name)
            acronym = None
            if name.startswith("Société nationale") or rng.random() < 0.15:
                acr = _acronym(name)
                if len(acr) >= 3 and acr not in acronyms:
                    acronyms.add(acr)
                    acronym = acr
            self.orgs.append(Org(name, acronym, country, rng.sample(labels, rng.randint(1, 2))))
        # press coverage is skewed: the first organisations are named more often (weight 1 / (1 + rank / 300))
        self.org_weights = [1 / (1 + i / 300) for i in range(n_orgs)]
        full_names: set[str] = set()
        self.people: list[Person] = []
        while len(self.people) < n_people:
            pname = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if pname in full_names:
                continue
            full_names.add(pname)
            if rng.random() < 0.12:  # a minister: of one country, whose ministry's name says which
                country = rng.choice(AFRICAN) if rng.random() < 0.8 else rng.choice(COUNTRIES[14:])
                title, ministry = rng.choice(MINISTRIES)
                adj = DEMONYM[country]
                self.people.append(Person(pname, title, ministry.replace("ministère", f"ministère {adj}", 1),
                                          country, title.replace("ministre", f"ministre {adj}", 1)))
            else:
                oi = rng.randrange(n_orgs)
                self.orgs[oi].people.append(len(self.people))
                title = rng.choice(EXEC_TITLES)
                self.people.append(Person(pname, title, self.orgs[oi].name, self.orgs[oi].country, title))
        self.ministers_of: dict[str, list[int]] = {}
        for i, p in enumerate(self.people):
            if p.org.startswith("ministère"):
                self.ministers_of.setdefault(p.country, []).append(i)
        self.by_name = {o.name: o for o in self.orgs}
        self.person_index = {p.name: i for i, p in enumerate(self.people)}

    def org(self, exclude: Collection[str] = ()) -> Org:
        """An organisation, the most covered ones more often, not one of ``exclude``."""
        while True:
            o = self.rng.choices(self.orgs, weights=self.org_weights)[0]
            if o.name not in exclude:
                return o


# --- one article ---------------------------------------------------------------------------------

class TextBuilder:
    """Appends pieces of text and gives the span of each."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, s: str) -> Span:
        self.parts.append(s)
        start = self.pos
        self.pos += len(s)
        return [start, self.pos]

    def words(self) -> int:
        return sum(len(p.split()) for p in self.parts)

    def text(self) -> str:
        return "".join(self.parts)


def _day_fr(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def _money(rng: Random) -> tuple[float, str, str]:
    unit = rng.choice(("DZD", "EUR", "USD", "MAD"))
    if unit in ("DZD", "MAD"):
        n = rng.choice((2, 5, 8, 12, 20, 35, 40))
        return n * 1e9, unit, f"{n} milliards de {'dinars' if unit == 'DZD' else 'dirhams'}"
    n = rng.choice((15, 30, 50, 120, 200, 450))
    return n * 1e6, unit, f"{n} millions " + ("d'euros" if unit == "EUR" else "de dollars")


@dataclass
class Act:
    """An act as first reported, kept for re-reports."""

    parties: list[str]
    kind: str
    status: str
    day: date
    place: str
    countries: list[str]
    sectors: list[str]
    signatories: list[str]


class Generator:
    """Articles with their readings, in publication order (re-reports follow their act)."""

    def __init__(self, n: int, seed: int, sectors: dict[str, list[str]]) -> None:
        self.n = n
        self.rng = Random(seed)
        self.sectors = sectors
        self.world = World(self.rng, sectors)
        self.recent: deque[Act] = deque(maxlen=400)
        self.used_orgs: set[str] = set()
        self.acts = 0
        self.rereports = 0
        self.span_days = (END - START).days

    def articles(self) -> Iterator[tuple[Article, Reading]]:
        for i in range(self.n):
            published = START + timedelta(days=int((i + self.rng.random()) * self.span_days / self.n))
            yield self.article(i, published)

    # the acts of one article

    def _acts(self, published: date) -> list[tuple[Act, bool]]:
        rng = self.rng
        n = rng.choices((0, 1, 2, 3), weights=(20, 55, 18, 7))[0]
        out: list[tuple[Act, bool]] = []
        for _ in range(n):
            window = [a for a in self.recent if 0 <= (published - a.day).days <= 30 and all(a is not b for b, _ in out)]
            if window and rng.random() < 0.3:
                old = rng.choice(window)
                status, day = old.status, old.day + timedelta(days=rng.choice((0, 0, 0, 1, -1, 2)))
                if status in ("planned", "discussed") and rng.random() < 0.3:
                    status, day = "signed", published
                out.append((Act(old.parties, old.kind, status, min(day, published), old.place, old.countries,
                                old.sectors, old.signatories), True))
                self.rereports += 1
                continue
            first = self.world.org()
            parties = [first]
            while len(parties) < (3 if rng.random() < 0.12 else 2):
                parties.append(self.world.org({p.name for p in parties}))
            countries = list(dict.fromkeys(p.country for p in parties))
            sectors = list(dict.fromkeys(s for p in parties for s in p.sectors))[: rng.randint(1, 2)]
            signatories = [self.world.people[p.people[0]].name for p in parties if p.people]
            act = Act([p.name for p in parties], rng.choice(KINDS), rng.choices(STATUSES, STATUS_WEIGHTS)[0],
                      published - timedelta(days=rng.randint(0, 3)), rng.choice(CITIES[countries[0]]), countries,
                      sectors, signatories)
            self.recent.append(act)
            self.acts += 1
            out.append((act, False))
        return out

    def article(self, i: int, published: date) -> tuple[Article, Reading]:
        rng, world = self.rng, self.world
        tb = TextBuilder()
        org_spans: dict[str, list[Span]] = {}
        person_spans: dict[str, list[Span]] = {}
        places: dict[str, list[Span]] = {}
        dates: list[dict[str, Any]] = []
        agreements: list[dict[str, Any]] = []
        by_name = world.by_name

        def org_mention(name: str) -> Span:
            span = tb.add(name)
            org_spans.setdefault(name, []).append(span)
            acr = by_name[name].acronym if name in by_name else None
            if acr and len(org_spans[name]) == 1 and rng.random() < 0.5:
                tb.add(" (")
                org_spans[name].append(tb.add(acr))
                tb.add(")")
            return span

        def person_mention(pi: int) -> Span:
            p = world.people[pi]
            span = tb.add(p.name)
            person_spans.setdefault(p.name, []).append(span)
            if p.org.startswith("ministère"):  # the title names the ministry
                tb.add(f", {p.title_text}")
            else:
                tb.add(f", {p.title} de ")
                org_mention(p.org)
            return span

        acts = self._acts(published)
        for pos, (act, again) in enumerate(acts):
            start = tb.pos
            if pos:
                tb.add(" ")
            if again:
                tb.add(rng.choice(("Comme annoncé récemment, ", "Confirmant les informations parues, ",
                                   "Selon de nouvelles précisions, ")))
            party_spans: list[Span] = []
            for k, pname in enumerate(act.parties):
                if k:
                    tb.add(" et " if k == len(act.parties) - 1 else ", ")
                party_spans.append(org_mention(pname))
            tb.add(" ")
            trigger = f"{STATUS_VERB[act.status]} {KIND_FR[act.kind]}"
            trigger_span = tb.add(trigger)
            tb.add(" le ")
            date_text = _day_fr(act.day)
            date_span = tb.add(date_text)
            dates.append({"text": date_text, "value": act.day.isoformat(), "span": date_span})
            tb.add(" à ")
            place_span = tb.add(act.place)
            places.setdefault(act.place, []).append(place_span)
            words = [rng.choice(self.sectors[s]) for s in act.sectors]
            tb.add(f", {rng.choice(('portant sur', 'dans le domaine :', 'pour la filière :'))} {' et '.join(words)}.")
            evidence = [[start + (1 if pos else 0), tb.pos]]
            signatories: list[str] = []
            for sname in act.signatories:
                pi = world.person_index[sname]
                tb.add(" Le document a été paraphé par " if not signatories else " Côté partenaire, c'est ")
                person_mention(pi)
                tb.add("." if len(signatories) == 0 else " qui a signé.")
                signatories.append(sname)
            witnesses: list[str] = []
            ministers = [m for c in act.countries for m in world.ministers_of.get(c, [])]
            if ministers and rng.random() < 0.35:
                wi = rng.choice(ministers)
                tb.add(" La cérémonie s'est déroulée en présence de ")
                person_mention(wi)
                tb.add(".")
                witnesses.append(world.people[wi].name)
            duration, renewable = None, None
            if rng.random() < 0.3:
                years = rng.choice((2, 3, 5, 10))
                renewable = rng.random() < 0.5
                duration = f"P{years}Y"
                tb.add(f" L'accord est conclu pour une durée de {years} ans{' renouvelable' if renewable else ''}.")
            agreements.append({
                "kind": act.kind, "status": act.status, "parties": list(act.parties), "signatories": signatories,
                "witnesses": witnesses, "countries": list(act.countries), "date": act.day.isoformat(),
                "place": act.place, "sectors": list(act.sectors), "duration": duration, "renewable": renewable,
                "trigger": trigger, "evidence": evidence,
                "field_evidence": {"kind": [trigger_span], "status": [trigger_span], "parties": party_spans,
                                   "date": [date_span], "place": [place_span]},
            })
        article_orgs = [by_name[n] for a in acts for n in a[0].parties]
        if not article_orgs or rng.random() < 0.4:
            extra = world.org(set(org_spans))
            article_orgs.append(extra)
            tb.add(" " if tb.pos else "")
            org_mention(extra.name)
            tb.add(rng.choice((" poursuit son programme de développement.", " annonce de nouveaux projets.",
                               " étudie plusieurs pistes de croissance.")))
        figures: list[dict[str, Any]] = []
        for _ in range(rng.randint(1, 4)):
            holder = rng.choice(article_orgs).name
            kind = rng.choice(("investment", "revenue", "jobs", "exports", "capacity", "financing", "share"))
            year = str(rng.randint(max(2019, published.year - 1), published.year + 3))
            period: str | None = year
            per: str | None = None
            tb.add(" ")
            if kind in ("investment", "revenue", "exports", "financing"):
                value, unit, amount = _money(rng)
                org_mention(holder)
                tb.add(MONEY_LEAD[kind])
                span = tb.add(amount)
                tb.add(f" {'en' if kind == 'revenue' else 'à l’horizon'} {year}.")
            elif kind == "jobs":
                value, unit, amount = float(rng.choice((150, 300, 800, 1200, 2500))), "jobs", ""
                amount = f"{int(value)} emplois"
                org_mention(holder)
                tb.add(" table sur la création de ")
                span = tb.add(amount)
                tb.add(" directs dans sa nouvelle usine.")
            elif kind == "capacity":
                value, unit = float(rng.choice((50_000, 200_000, 1_000_000))), "t"
                amount, per, period = f"{int(value):,} tonnes".replace(",", " "), "year", None
                tb.add("La capacité de production de l'usine de ")
                org_mention(holder)
                tb.add(" atteindra ")
                span = tb.add(amount)
                tb.add(" par an.")
            else:
                value, unit, period = float(rng.choice((20, 34, 49, 51, 60))), "percent", None
                amount = f"{int(value)} %"
                org_mention(holder)
                tb.add(" détiendra ")
                span = tb.add(amount)
                tb.add(" du capital de la future coentreprise.")
            fig: dict[str, Any] = {"kind": kind, "value": value, "unit": unit, "holder": holder, "period": period,
                                   "text": amount, "evidence": [span]}
            if per:
                fig["per"] = per
            figures.append(fig)
        # people: the signatories and witnesses, then others of the article's organisations (2-5 in all)
        want = rng.randint(2, 5)
        candidates = [pi for o in article_orgs for pi in o.people]
        while len(person_spans) < want:
            pi = rng.choice(candidates) if candidates and rng.random() < 0.7 else rng.randrange(len(world.people))
            if world.people[pi].name in person_spans:
                if len(candidates) <= len(person_spans):
                    candidates = []
                continue
            tb.add(" Selon ")
            person_mention(pi)
            tb.add(rng.choice((", le projet avance conformément au calendrier.",
                               ", la demande reste soutenue sur le marché régional.",
                               ", de nouveaux investissements sont à l'étude.")))
        sector_words = [w for a in acts for s in a[0].sectors for w in self.sectors[s]] or \
            [w for o in article_orgs for s in o.sectors for w in self.sectors[s]]
        country = (acts[0][0].countries[0] if acts else article_orgs[0].country)
        target = rng.randint(150, 300)
        while tb.words() < target:
            tb.add(" " + rng.choice(FILLERS).format(w=rng.choice(sector_words), c=country_name(country),
                                                    city=rng.choice(CITIES[country])))
        text_ = tb.text()
        people = []
        per_entities = []
        for pname, spans in person_spans.items():
            p = world.people[world.person_index[pname]]
            people.append({"name": pname, "title": p.title, "org": p.org, "evidence": spans})
            per_entities.append({"label": "PER", "name": pname, "aliases": [], "country": None, "evidence": spans})
        org_entities = []
        for oname, spans in org_spans.items():
            o = by_name.get(oname)
            acr = o.acronym if o and any(text_[s:e] == o.acronym for s, e in spans) else None
            org_entities.append({"label": "ORG", "name": oname, "aliases": [acr] if acr else [],
                                 "country": o.country if o else None, "evidence": spans})
            self.used_orgs.add(oname)
        loc_entities = [{"label": "LOC", "name": p, "aliases": [], "country": None, "evidence": s}
                        for p, s in places.items()]
        ext_id = f"bench-{i:07d}"
        title = (f"{acts[0][0].parties[0]} et {acts[0][0].parties[1]} : {KIND_FR[acts[0][0].kind]}" if acts
                 else f"{article_orgs[0].name} : perspectives {published.year}")
        reading: Reading = {
            "id": ext_id, "published": published.isoformat(), "agreements": agreements, "figures": figures,
            "people": people,
            "entities": {"ORG": [e["name"] for e in org_entities], "PER": [e["name"] for e in per_entities],
                         "LOC": [e["name"] for e in loc_entities]},
            "entity_details": org_entities + per_entities + loc_entities, "dates": dates,
        }
        outlet = rng.choice(OUTLETS)
        art = Article(id=ext_id, text=text_, published=published.isoformat(), outlet=outlet, title=title,
                      url=f"https://news.example/{outlet.lower().replace(' ', '-')}/{ext_id}")
        return art, reading


# --- ingest --------------------------------------------------------------------------------------

def ingest(session_factory: Callable[[], Any], gen: Generator, batch: int, log_every: int) -> float:
    """Store every article, ``batch`` per transaction; the seconds spent storing (generation not counted)."""
    it = gen.articles()
    done, spent, errors = 0, 0.0, 0
    last_done, last_spent = 0, 0.0
    while done < gen.n:
        items = [next(it) for _ in range(min(batch, gen.n - done))]
        t0 = time.perf_counter()
        with session_factory() as s, s.begin():
            summary = store_batch(s, items)
        with session_factory() as s:
            refresh_statistics(s)  # as accords.store.ingest.ingest does after each batch
        spent += time.perf_counter() - t0
        done += len(items)
        if summary.errors:
            errors += summary.errors
            if errors <= summary.errors:  # the first failing batch only
                print(f"  store errors: {summary.error_messages[:3]}", flush=True)
        if done - last_done >= log_every or done == gen.n:
            window = (done - last_done) / (spent - last_spent)
            print(f"  {done:>7} articles stored  {done / spent:7.1f} articles/s overall  "
                  f"{window:7.1f} articles/s over the last {done - last_done}", flush=True)
            last_done, last_spent = done, spent
    if errors:
        print(f"  {errors} articles failed to store (see ingest_errors)")
    return spent


def db_size_mb(engine: Any, path: Path) -> float:
    """The database file's size once the WAL is checkpointed into it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    wal = path.with_name(path.name + "-wal")
    return (path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)) / 2**20


def counts(session_factory: Callable[[], Any]) -> dict[str, int]:
    with session_factory() as s:
        out = {"articles": s.scalar(select(func.count()).select_from(ArticleRow)) or 0,
               "agreements": s.scalar(select(func.count()).select_from(AgreementRow)) or 0,
               "entities": s.scalar(select(func.count()).select_from(EntityRow)) or 0}
        for etype, n in s.execute(select(EntityRow.type, func.count()).group_by(EntityRow.type)):
            out[f"entities_{etype}"] = n
        for table in ("agreement_sources", "mentions", "figures", "aliases"):
            out[table] = s.scalar(text(f"SELECT count(*) FROM {table}")) or 0
    return out


# --- queries -------------------------------------------------------------------------------------

FILTER_KEYS = ("country", "sector", "since", "kind", "status", "party")


def random_filter(rng: Random, n: int, sectors: list[str], orgs: list[str]) -> AgreementFilter:
    values: dict[str, str] = {}
    for key in rng.sample(FILTER_KEYS, n):
        values[key] = {"country": lambda: rng.choice(COUNTRIES), "sector": lambda: rng.choice(sectors),
                       "since": lambda: str(rng.randint(2019, 2026)), "kind": lambda: rng.choice(KINDS),
                       "status": lambda: rng.choice(STATUSES), "party": lambda: rng.choice(orgs)}[key]()
    return AgreementFilter(**values)


@dataclass
class Timings:
    ms: list[float] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    empty: int = 0

    def add(self, ms: float, what: str, empty: bool) -> None:
        self.ms.append(ms)
        self.empty += empty
        if ms > self.slowest[0]:
            self.slowest = (ms, what)

    def median(self) -> float:
        return statistics.median(self.ms)

    def p95(self) -> float:
        return statistics.quantiles(self.ms, n=20, method="inclusive")[18]


def bench_queries(session_factory: Callable[[], Any], runs: int, seed: int,
                  sectors: list[str]) -> dict[str, Timings]:
    """``runs`` timed calls of each kind, each in a fresh session (as a request would be)."""
    rng = Random(seed + 1)
    with session_factory() as s:
        orgs = sorted(set(s.scalars(text("SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id "
                                         "WHERE e.type = 'ORG'"))))
    out = {"list": Timings(), "entity": Timings(), "search": Timings()}

    def run_list() -> tuple[str, bool]:
        flt = random_filter(rng, rng.randint(1, 3), sectors, orgs)
        with session_factory() as s:
            rows = list_agreements(s, flt, limit=50)
        return repr(flt), not rows

    def run_entity() -> tuple[str, bool]:
        name = rng.choice(orgs)
        with session_factory() as s:
            ent = find_entity(s, name)
            view = entity_view(s, ent) if ent is not None else None
        return f"{name!r} ({len(view['agreements']) if view else 0} agreements)", view is None

    def run_search() -> tuple[str, bool]:
        word = rng.choice(SEARCH_WORDS)
        flt = random_filter(rng, 1, sectors, orgs) if rng.random() < 0.5 else None
        with session_factory() as s:
            hits = search_register(s, word, flt, limit=20)
        return f"{word!r} {flt!r}", not hits

    for kind, fn in (("list", run_list), ("entity", run_entity), ("search", run_search)):
        for _ in range(5):  # warm the caches (not counted)
            fn()
        for _ in range(runs):
            t0 = time.perf_counter()
            what, empty = fn()
            out[kind].add((time.perf_counter() - t0) * 1000, what, empty)
    return out


# --- main ----------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=100_000, help="articles to generate and store")
    ap.add_argument("--batch", type=int, default=500, help="articles per store_batch transaction")
    ap.add_argument("--runs", type=int, default=200, help="timed calls of each query kind")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--db", type=Path, help="keep the register in this (new) SQLite file; default: a temp dir")
    ap.add_argument("--skip-ingest", action="store_true", help="only time the queries on an existing --db")
    args = ap.parse_args()
    sectors = load_sectors()
    tmp = None
    if args.db:
        path = args.db.resolve()
        if args.skip_ingest != path.exists():
            ap.error(f"{path} must {'exist' if args.skip_ingest else 'not exist yet'}")
    elif args.skip_ingest:
        ap.error("--skip-ingest needs --db")
    else:
        tmp = Path(tempfile.mkdtemp(prefix="accords-bench-"))
        path = tmp / "register.db"
    try:
        engine, session_factory = open_db(f"sqlite:///{path}")
        rate = 0.0
        if not args.skip_ingest:
            print(f"sectors: {len(sectors)} ({'spec' if SECTORS_TSV.exists() else 'built-in'}); "
                  f"generating {args.articles} articles, storing {args.batch} per transaction into {path}")
            gen = Generator(args.articles, args.seed, sectors)
            spent = ingest(session_factory, gen, args.batch, max(args.batch, args.articles // 20))
            rate = args.articles / spent
            print(f"ingest: {args.articles} articles in {spent:.1f} s = {rate:.1f} articles/s "
                  f"(generated {gen.acts} acts + {gen.rereports} re-reports)")
        c = counts(session_factory)
        print("register: " + "  ".join(f"{k}={v}" for k, v in c.items()))
        print(f"database file: {db_size_mb(engine, path):.1f} MB")
        timings = bench_queries(session_factory, args.runs, args.seed, list(sectors))
        targets = {"list": LIST_TARGET_MS, "entity": ENTITY_TARGET_MS, "search": SEARCH_TARGET_MS}
        labels = {"list": "list_agreements, 1-3 filters, limit 50", "entity": "entity_view(find_entity(org))",
                  "search": "search_register, word (+ filter half the time)"}
        for kind, t in timings.items():
            ok = "meets" if t.p95() < targets[kind] else "MISSES"
            print(f"{labels[kind]:<50} median {t.median():7.1f} ms  p95 {t.p95():7.1f} ms  "
                  f"{ok} target p95 < {targets[kind]:.0f} ms  ({t.empty}/{len(t.ms)} empty)")
        for kind, t in timings.items():
            print(f"slowest {kind}: {t.slowest[0]:.1f} ms  {t.slowest[1]}")
        engine.dispose()
        print(f"ingest_articles_per_s={rate:.1f} list_p95_ms={timings['list'].p95():.1f} "
              f"entity_p95_ms={timings['entity'].p95():.1f} search_p95_ms={timings['search'].p95():.1f} "
              f"articles={c['articles']}")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
