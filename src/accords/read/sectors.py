"""Sectors: the labels of ``spec/sectors.tsv`` (NACE Rev.2 based) from the words around each act.

Each label has a list of French stems; a stem counts when a word of the act's sentences
starts with it. The words of the act's own sentences decide; when they name no sector,
the article's title does.
"""

from __future__ import annotations

import re
import unicodedata

from accords.read.pipeline import State, component

SECTOR_STEMS: dict[str, tuple[str, ...]] = {
    "agriculture": ("agricult", "agricole", "céréal", "semence", "élevage", "pêche", "halieut", "dattes",
                    "irrigation", "exploitations agricoles", "cacao", "fermier", "lait cru", "cultures",
                    "agronom", "engrais agricoles", "oléicult", "olivier", "palmier"),
    "agrifood": ("agroaliment", "agro-aliment", "alimentaire", "boisson", "laitier", "laiterie", "huile",
                 "sucre", "levure", "conserve", "minoterie", "semoule", "chocolat", "transformation du cacao",
                 "biscuit", "agro-industri", "agro-industrie", "agroindustri", "jus", "viande"),
    "textile_leather": ("textile", "habillement", "confection", "cuir", "chaussure", "coton", "filature",
                        "tissage", "vêtement", "denim", "lin"),
    "wood_paper": ("bois", "papier", "carton", "imprimerie", "papeterie", "emballage"),
    "chemicals": ("chimi", "engrais", "plastique", "pneumati", "détergent", "peinture", "pétrochimi",
                  "fertilis", "phytosanitaire", "ammoniac", "caoutchouc", "polymère", "urée"),
    "pharmaceuticals": ("pharmac", "médicament", "anticancéreu", "vaccin", "biotechnolog", "princeps",
                        "génériques", "insuline"),
    "construction_materials": ("ciment", "cimenter", "préfabriqu", "verre", "céramique", "brique",
                               "matériaux de construction", "clinker", "plâtre", "marbre"),
    "metals": ("acier", "sidérurg", "aluminium", "métallurg", "fonderie", "métalli", "fer", "tube", "tubes",
               "charpente", "laminage", "cuivre"),
    "electronics_electrical": ("électroni", "électroménager", "câble", "transformateur", "électrique",
                               "téléviseur", "climatiseur", "semi-conducteur", "composants électroniques"),
    "machinery": ("mécanique", "machine", "tracteur", "moteur", "pièces de rechange", "pièces détachées",
                  "équipements industriels", "maintenance", "machinisme", "outillage", "robinetterie"),
    "automotive": ("automobile", "véhicule", "voiture", "camion", "autobus", "constructeur auto",
                   "équipementier", "motocycle"),
    "other_transport_equipment": ("ferroviaire", "tramway", "autorail", "wagon", "navire", "naval",
                                  "aéronauti", "locomotive", "métro", "aéronef"),
    "energy": ("énergi", "électricité", "solaire", "photovoltaï", "éolien", "gaz", "pétrol", "hydrocarbure",
               "hydrogène", "raffin", "centrale", "gnl", "renouvelable"),
    "mining": ("minier", "minière", "phosphate", "gisement", "zinc", "carrière", "mine", "mines",
               "extraction", "minerai", "lithium"),
    "water_environment": ("dessalement", "eau potable", "assainissement", "déchet", "recyclage",
                          "environnement", "ressources en eau", "épuration"),
    "construction": ("btp", "bâtiment", "travaux publics", "logement", "infrastructure", "routes",
                     "autoroute", "génie civil", "construction de logements", "urbanis", "btph"),
    "trade": ("commerce", "commercial", "distribution", "import-export", "échanges commerciaux", "exportateur",
              "grande distribution", "négoce"),
    "logistics_transport": ("transport", "logistique", "port", "ports", "portuaire", "fret", "aérien", "maritime",
                            "aéroport"),
    "tourism": ("touris", "hôtel", "hôtellerie", "restauration"),
    "digital": ("numérique", "digital", "télécom", "logiciel", "informatique", "start-up", "startup",
                "technologies de l'information", "intelligence artificielle", "cybersécurité", "internet"),
    "finance_insurance": ("banque", "bancaire", "crédit", "financement", "assurance", "garantie", "financier",
                          "financière", "investissement", "bourse", "microfinance", "leasing"),
    "research_training": ("formation", "recherche", "innovation", "école", "enseignement", "université",
                          "transfert de technologie", "savoir-faire", "normalisation", "métrologie",
                          "compétences", "apprentissage"),
    "health": ("hôpita", "santé", "soins", "clinique", "médical"),
    "industry_general": ("industrie", "industriel", "sous-traitance", "zone industrielle", "zones industrielles",
                         "pme", "intégration industrielle", "manufactur"),
}
LABELS = tuple(SECTOR_STEMS)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'").lower())
    return "".join(c for c in s if not unicodedata.combining(c))


# Short stems that must be whole words ("métro" is not "métrologie", "port" is not "portant").
WHOLE_WORDS = {"métro", "port", "ports", "mine", "mines", "fer", "or", "lin", "jus", "gaz", "bus", "pme", "btp",
               "btph", "eau", "gnl", "verre", "bois", "tube", "tubes", "soins", "santé"}


def _stem_rx(stem: str) -> str:
    stem = stem.strip()
    return re.escape(_fold(stem)) + (r"(?![a-z])" if stem in WHOLE_WORDS or " " in stem else "")


_PATTERNS: dict[str, re.Pattern[str]] = {
    label: re.compile(r"(?<![a-z])(?:" + "|".join(_stem_rx(s) for s in stems) + ")")
    for label, stems in SECTOR_STEMS.items()
}
# Words that, next to a sector word, do not make the act about that sector.
GENERIC_CONTEXT = {"finance_insurance", "industry_general", "trade", "research_training"}


def sectors_in(text: str) -> dict[str, int]:
    """Count the sector words of each label in ``text``."""
    t = _fold(text) + " "
    counts = {}
    for label, rx in _PATTERNS.items():
        n = len(rx.findall(t))
        if n:
            counts[label] = n
    return counts


def choose(counts: dict[str, int], limit: int = 4) -> list[str]:
    """The labels to keep: specific sectors first; generic ones only when strong or alone."""
    specific = {k: v for k, v in counts.items() if k not in GENERIC_CONTEXT}
    chosen = sorted(specific, key=lambda k: -specific[k])[:limit]
    for k in sorted(GENERIC_CONTEXT & counts.keys(), key=lambda k: -counts[k]):
        if not chosen or counts[k] >= 2:
            chosen.append(k)
    return chosen[:limit]


# "le groupe X, spécialisé dans le ciment": what a party does tells what the act is about
ACTIVITY = re.compile(r"[\s,»\"]*(?:\w+\s+){0,2}?(?:spécialisée?s?|activant|opérant|actif|active|leader|"
                      r"producteur|productrice|fabricant|spécialiste|présente?)\b[^.;]{0,90}", re.I)


def _masked(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for s, e in masks:
        if s < end and e > start:
            for i in range(max(s, start), min(e, end)):
                chars[i - start] = " "
    return "".join(chars)


@component("sectors")
def sectors(state: State) -> None:
    """Label every agreement with the sectors its sentences speak of."""
    text = state.text
    title = state.article.title or ""
    # a title is not a topic: "ministre de l'Énergie" says nothing of what an act is about
    masks = sorted(state.title_spans)
    for ag in state.agreements:
        spans = [s for s in ag.evidence if s[1] - s[0] > 20]
        words = " ".join(_masked(text, s, e, masks) for s, e in spans)
        for _s, e in ag.field_evidence.get("parties", []):
            m = ACTIVITY.match(text, e)
            if m:
                words += " " + m.group(0)
        counts = sectors_in(words)
        if not counts and title:
            counts = sectors_in(title)
        ag.sectors = choose(counts)
