"""Sectors: the labels of ``spec/sectors.tsv`` (NACE Rev.2 based) from the words around each act.

Each label has French stems; a stem counts where a word starts with it, the longest stem
winning where several start at one place ("minerai de fer" is mining, not metals). The words
are weighed by where they stand:

- the act's own sentences and the sentence that takes it up ("Ces accords portent sur …")
  weigh 1, the other sentences of the act (the ceremony, a later mention) weigh ½;
- role titles ("ministre de l'Énergie"), the names of organisations that are not parties
  and what is said of them ("le groupe X, spécialisé dans la chimie") weigh nothing, nor
  what lies beyond "à d'autres secteurs comme …";
- a ministry's name weighs ½: its portfolio is not always what the act is about;
- what a party does ("X, spécialisé dans le ciment") counts once more.

A label is kept at weight 1 (when none reaches it, the strongest at ½), strongest first and four
at most, unless a sentence lists the act's sectors ("dans les domaines de …"). A label under a
quarter of the strongest specific one, or a single generic word (industry, trade, finance,
training) beside a stronger specific sector, is talk in passing. When the act's words name no
sector at all, the article's title, then the article's dominant sector, decides.
"""

from __future__ import annotations

import re

from accords.read.entities import fold_in_place
from accords.read.pipeline import Mention, State, component
from accords.records import Agreement, Span

SECTOR_STEMS: dict[str, tuple[str, ...]] = {
    "agriculture": ("agricult", "agricole", "agronom", "céréal", "semence", "élevage", "éleveur", "pêche", "halieut",
                    "aquacult", "dattes", "irrigation", "exploitation agricole", "exploitations agricoles", "cacao",
                    "fermier", "lait cru", "cultures", "oléicult", "olivier", "palmier", "maraîch", "arboricult",
                    "aviculture", "apicult", "récolte", "rendements agricoles", "bovin", "ovin", "cheptel",
                    "fruits et légumes", "horticult", "agrumes", "sylvicult", "forestier"),
    "agrifood": ("agroaliment", "agro-aliment", "alimentaire", "industrie alimentaire", "industries alimentaires",
                 "boisson", "laitier", "laitière", "laiterie", "huile", "huilerie", "sucre", "sucrerie", "levure",
                 "conserve", "minoterie", "semoule", "farine", "pâtes alimentaires", "chocolat", "biscuit",
                 "confiserie", "agro-industri", "agroindustri", "jus", "viande", "abattoir", "aliment de bétail",
                 "aliments de bétail", "aliment du bétail", "aliments du bétail", "aliments pour bétail",
                 "aliment pour bétail", "nutriment", "nutrition infantile", "produits alimentaires",
                 "transformation du cacao", "transformation des fèves", "transformation de fèves",
                 "transformation de produits agricoles", "transformation des produits agricoles", "café", "fromage",
                 "yaourt", "eau minérale"),
    "textile_leather": ("textile", "habillement", "confection", "cuir", "chaussure", "coton", "filature", "tissage",
                        "vêtement", "denim", "lin", "tannerie", "maroquinerie", "prêt-à-porter"),
    "wood_paper": ("bois", "papier", "carton", "imprimerie", "papeterie", "emballage", "ameublement", "menuiserie"),
    "chemicals": ("chimi", "engrais", "engrais phosphatés", "engrais azotés", "plastique", "pneumati", "détergent",
                  "peinture", "pétrochimi", "fertilis", "phytosanitaire", "ammoniac", "caoutchouc", "polymère",
                  "urée", "cosmétique", "produits d'hygiène", "gaz industriels", "soude", "acide sulfurique",
                  "acide phosphorique"),
    "pharmaceuticals": ("pharmac", "médicament", "anticancéreu", "vaccin", "biotechnolog", "princeps", "génériques",
                        "insuline", "bioéquivalence", "biosimilaire", "principe actif", "principes actifs",
                        "dispositifs médicaux"),
    "construction_materials": ("ciment", "cimenter", "préfabriqu", "verre", "verrerie", "céramique", "brique",
                               "matériaux de construction", "céramique sanitaire", "produits sanitaires", "clinker",
                               "plâtre", "marbre", "granulat", "béton", "carrelage"),
    "metals": ("acier", "aciérie", "sidérurg", "aluminium", "métallurg", "fonderie", "métalli", "fer", "tube",
               "tubes", "charpente", "laminage", "cuivre", "tréfil", "forge", "chaudronnerie", "industrie lourde"),
    "electronics_electrical": ("électroni", "électroménager", "câble", "transformateur", "électrique", "téléviseur",
                               "climatiseur", "semi-conducteur", "composants électroniques", "industries électriques",
                               "appareils électriques", "compteur", "batterie", "smartphone", "téléphones mobiles"),
    "machinery": ("mécanique", "machine", "tracteur", "moteur", "pièces de rechange", "pièces détachées",
                  "équipements industriels", "maintenance", "machinisme", "outillage", "robinetterie",
                  "matériel agricole", "matériels agricoles", "machines agricoles", "machine agricole",
                  "équipements agricoles", "moissonneuse", "pompe", "turbine", "engins", "ascenseur",
                  "mécanique de précision"),
    "automotive": ("automobile", "véhicule", "voiture", "camion", "autobus", "bus", "constructeur auto",
                   "équipementier", "motocycle", "pièces automobiles", "pièces d'automobile", "pièces auto",
                   "industrie automobile", "industries automobiles", "autocar", "pick-up"),
    "other_transport_equipment": ("ferroviaire", "tramway", "autorail", "wagon", "navire", "naval", "navale",
                                  "chantier naval", "aéronauti", "locomotive", "métro", "aéronef", "avion",
                                  "hélicoptère", "matériel roulant", "construction navale", "drone"),
    "energy": ("énergi", "énergétique", "électricité", "solaire", "photovoltaï", "éolien", "gaz", "gazier", "gazière",
               "pétrol", "hydrocarbure", "hydrogène", "raffin", "centrale électrique", "centrales électriques",
               "centrale solaire", "gnl", "réseau électrique", "réseaux électriques", "production électrique",
               "biocarburant", "carburant", "interconnexion électrique", "amont pétrolier", "gazoduc", "oléoduc",
               "nucléaire", "barrage hydroélectrique"),
    "mining": ("minier", "minière", "phosphate", "gisement", "zinc", "carrière", "mine", "mines", "extraction",
               "minerai", "minerai de fer", "lithium", "mine d'or", "mines d'or", "aurifère", "uranium", "bauxite",
               "manganèse", "cobalt", "exploitation minière", "exploration minière"),
    "water_environment": ("dessalement", "eau potable", "assainissement", "déchet", "recyclage", "environnement",
                          "ressources en eau", "épuration", "eaux usées", "valorisation des déchets",
                          "traitement des eaux", "gestion de l'eau", "économie circulaire", "dépollution"),
    "construction": ("btp", "bâtiment", "travaux publics", "logement", "infrastructure", "routes", "autoroute",
                     "génie civil", "urbanis", "btph", "aménagement", "viabilisation", "parcs industriels",
                     "parc industriel", "construction de logements",
                     "promotion immobilière", "immobilier", "réalisation d'une zone", "ouvrages d'art"),
    "trade": ("commerce", "commercialis", "distribution", "import-export", "échanges commerciaux", "exportateur",
              "grande distribution", "négoce", "grossiste"),
    "logistics_transport": ("transport", "logistique", "port", "ports", "portuaire", "fret", "aérien", "aérienne",
                            "maritime", "aéroport", "entreposage", "transit", "chemin de fer", "chemins de fer",
                            "compagnie aérienne", "messagerie"),
    "tourism": ("touris", "hôtel", "hôtellerie", "restauration"),
    "digital": ("numérique", "digital", "télécom", "logiciel", "informatique", "start-up", "startup",
                "technologies de l'information", "intelligence artificielle", "cybersécurité", "internet", "tic",
                "outsourcing", "externalisation", "data center", "centre de données", "cloud", "fintech",
                "communications électroniques", "offshoring", "télécommunication"),
    "finance_insurance": ("banque", "bancaire", "crédit", "financement", "assurance", "garantie", "financier",
                          "financière", "boursier", "boursière", "bourse des valeurs", "microfinance", "leasing",
                          "crédit agricole", "fonds de garantie", "capital-investissement", "assureur", "réassurance",
                          "fintech"),
    "research_training": ("formation", "recherche", "innovation", "école", "enseignement", "université",
                          "universitaire", "transfert de technologie", "transfert technologique", "savoir-faire",
                          "normalisation", "métrologie", "compétences", "apprentissage", "incubat", "r&d",
                          "recherche et développement", "laboratoire de recherche"),
    "health": ("hôpita", "santé", "soins", "clinique", "médical", "médicale", "sanitaire", "hospitalier"),
    "industry_general": ("industrie", "industriel", "industrialis", "sous-traitance", "sous-traitant",
                         "zone industrielle", "zones industrielles", "pme", "intégration industrielle", "manufactur",
                         "propriété industrielle", "taux d'intégration", "parc industriel", "parcs industriels",
                         "industries de transformation", "bourse de sous-traitance"),
}
LABELS = tuple(SECTOR_STEMS)
# Phrases that look like a sector and are not: they hide the stems they contain.
IGNORED = ("environnement des affaires", "environnement d'affaires", "environnement propice", "environnement favorable",
           "environnement approprié", "environnement économique", "environnement de l'investissement",
           "environnement réglementaire", "environnement juridique", "environnement incitatif",
           "environnement international", "environnement concurrentiel", "environnement attractif",
           "chambre de commerce et d'industrie", "chambres de commerce et d'industrie", "chambre de commerce",
           "chambres de commerce", "chambre d'industrie", "crédit d'impôt", "crédits d'impôt", "feuille de route",
           "hors hydrocarbures", "à la recherche de", "à la recherche d'", "fer de lance", "moteur de croissance",
           "moteur de la croissance", "moteur du développement", "moteur de développement", "rôle moteur",
           "assurance qualité", "assurance-qualité", "crise sanitaire", "contexte sanitaire", "situation sanitaire")

# Short stems that must be whole words ("métro" is not "métrologie", "port" is not "portant").
WHOLE_WORDS = {"métro", "port", "ports", "mine", "mines", "fer", "lin", "jus", "gaz", "bus", "pme", "btp",
               "btph", "eau", "gnl", "verre", "bois", "tube", "tubes", "soins", "santé", "tic", "routes",
               "drone", "café", "forge", "avion", "cloud", "engins", "ovin",
               "bovin", "pompe", "sucre", "huile", "cuir", "coton", "soude", "r&d", "transit", "sanitaire",
               "crédit"}
# Labels that many acts touch in passing: they need a word of their own, not a name.
GENERIC = {"finance_insurance", "industry_general", "trade", "research_training"}
# Labels that a name does not give: most organisations call themselves industrial.
NOT_IN_NAMES = {"industry_general"}


_fold = fold_in_place  # lower case without accents, one character for one (spans stay valid)


def _stem_rx(stem: str) -> str:
    return re.escape(_fold(stem)) + (r"(?:s|x)?(?![a-z])" if stem in WHOLE_WORDS or " " in stem else "")


STEM_LABELS: dict[str, set[str]] = {}
for _label, _stems in SECTOR_STEMS.items():
    for _stem in _stems:
        STEM_LABELS.setdefault(_fold(_stem), set()).add(_label)
for _stem in IGNORED:
    STEM_LABELS[_fold(_stem)] = set()
# one alternation, longest stems first: the longest stem starting at a place wins
STEM_RX = re.compile(r"(?<![a-z0-9])(?:" + "|".join(
    _stem_rx(s) for s in sorted({s for ss in SECTOR_STEMS.values() for s in ss} | set(IGNORED),
                                 key=lambda s: -len(_fold(s)))
) + ")")
# "industrie automobile", "industries du textile": the industry named is the sector, not industry at large
QUALIFIED = re.compile(r"[a-z]*[\s-]*(?:(?:de\s+la|de\s+l'|du|des|de|d')\s*)?$")
# words that yield to the sector they are qualified by: "maintenance de tramways" is railway equipment
YIELDING = ("industri", "maintenance")


def matches(text: str) -> list[tuple[int, int, set[str]]]:
    """Every sector word of ``text``: (start, end, labels)."""
    folded = _fold(text)
    found = [(m.start(), m.end(), STEM_LABELS.get(m.group(0), STEM_LABELS.get(m.group(0)[:-1], set())))
             for m in STEM_RX.finditer(folded)]
    out = []
    for i, (s, e, labels) in enumerate(found):
        if not labels:
            continue
        if folded[s:e].startswith(YIELDING) and i + 1 < len(found):
            ns, _ne, nlabels = found[i + 1]
            if ns - e <= 8 and QUALIFIED.match(folded[e:ns]) and nlabels and not nlabels & GENERIC:
                continue
        out.append((s, e, labels))
    return out


def sectors_in(text: str) -> dict[str, int]:
    """Count the sector words of each label in ``text``."""
    counts: dict[str, int] = {}
    for _s, _e, labels in matches(text):
        for label in labels:
            counts[label] = counts.get(label, 0) + 1
    return counts


LIMIT = 4  # labels an act keeps, unless one of its sentences lists its sectors
RATIO = 0.25  # a label under a quarter of the strongest specific one is talk in passing
GENERIC_WEAK = 1.5  # a generic label under this weight yields to a stronger specific one
LISTED = 3  # labels in one sentence naming "secteurs" / "domaines" that make it a list
DOMINANT_MIN, DOMINANT_LEAD = 3.0, 2.0  # the article's own sector: its weight, and its lead over the next


def choose(scores: dict[str, float], limit: int = LIMIT) -> list[str]:
    """The labels to keep, strongest first: those of weight 1, else the strongest of weight ½."""
    ranked = sorted(scores, key=lambda k: (-scores[k], LABELS.index(k)))
    kept = [k for k in ranked if scores[k] >= 1]
    if not kept and ranked and scores[ranked[0]] >= 0.5:
        kept = [k for k in ranked if scores[k] == scores[ranked[0]]][:1]
    top = max((scores[k] for k in kept if k not in GENERIC), default=0.0)
    # a single generic word beside a specific sector is talk in passing ("la production industrielle")
    kept = [k for k in kept if not (k in GENERIC and scores[k] < min(GENERIC_WEAK, top))]
    kept = [k for k in kept if scores[k] >= RATIO * top]
    return kept[:limit]


# "le groupe X, spécialisé dans le ciment": what a party does tells what the act is about
ACTIVITY = re.compile(r"[\s,»\"]*(?:\w+\s+){0,2}?(?:spécialisée?s?|activant|opérant|actif|active|leader|"
                      r"producteur|productrice|fabricant|spécialiste|présente?)\b[^.;]{0,90}", re.I)
# a sentence that takes up the act: "Ces accords portent sur …", "Le document prévoit …"
ANAPHORA = re.compile(r"^\W*(?:ce|cet|cette|ces|ledit|ladite|lesdits|lesdites)\s+(?:\w+\s+){0,2}?"
                      r"(?:accords?|protocoles?|conventions?|m[ée]morandums?|partenariats?|contrats?|documents?|"
                      r"textes?|ententes?|coop[ée]rations?|joint-ventures?|memorandums?)\b", re.I)
# "à d'autres secteurs comme le plastique": what lies beyond is not the act
OTHER_SECTORS = re.compile(r"\b(?:à|a|vers|dans|aux|d'autres|d’autres)\s+(?:d['’])?autres\s+"
                           r"(?:secteurs|domaines|filières|branches|activités)\b.*", re.I | re.S)
# a piece of an enumeration that starts a clause of its own does not describe the organisation before it
CLAUSE = re.compile(r"^\W*(?:et\s+)?(?:pour|afin|visant|portant|qui|dont|dans\s+le\s+cadre|en\s+présence|en\s+vue|"
                    r"a|ont|selon|lors|sous|notamment|indique|précise|souligne|rapporte|a-t-on|"
                    r"en\s+partenariat|conformément|ce|cette|ces|il|elle|ils|elles)\b", re.I)
# "des ministres de l'Industrie, A, de l'Énergie, B, et des Transports, C": the portfolios that follow a name
PORTFOLIO = re.compile(r"\s*,\s*(?:et\s+)?(?:de\s+l['’]\s*|de\s+la\s+|du\s+|des\s+|d['’]\s*)[A-ZÉÈÂ][^,;.]*")
# "dans les domaines de la mécanique, du numérique et de la logistique": a list of the act's sectors
DOMAINS = re.compile(r"\b(?:secteurs?|domaines?|filières?|branches?)\b", re.I)
MINISTRY = re.compile(r"^\W*minist[èe]re", re.I)


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", _fold(name)).strip()


def _is_party(m: Mention, keys: set[str]) -> bool:
    names = {_key(m.text)} | ({_key(m.entity.name)} if m.entity else set())
    return any(n == k or (len(k) > 3 and len(n) > 3 and (k in n or n in k)) for n in names for k in keys)


def _pieces(text: str, lo: int, hi: int, orgs: list[Mention]) -> list[Span]:
    """The pieces of an enumeration: cut at commas, semicolons and "et" before a name."""
    cuts = {lo, hi}
    for m in re.finditer(r"[,;]|\bet\s", text[lo:hi]):
        at = lo + m.start()
        if any(o.start <= at < o.end for o in orgs):
            continue
        if m.group(0) in {",", ";"} or any(0 <= o.start - at <= 30 for o in orgs):
            cuts.add(at)
    edges = sorted(cuts)
    return list(zip(edges, edges[1:], strict=False))


def _titles(state: State, lo: int, hi: int) -> list[Span]:
    """Role titles within text[lo:hi], with the portfolios that follow the names of their holders."""
    text = state.text
    people = {m.start: m.end for m in state.mentions if m.label == "PER"}
    out = []
    for s, e in state.title_spans:
        if e <= lo or s >= hi:
            continue
        out.append((s, e))
        pos = e
        while True:
            tail = PORTFOLIO.match(text, pos, hi)
            if not tail:
                comma = re.match(r"\s*,\s*", text[pos:hi])
                if not comma or pos + comma.end() not in people:
                    break
                tail = PORTFOLIO.match(text, people[pos + comma.end()], hi)
            if not tail:
                break
            out.append(tail.span())
            pos = tail.end()
    return out


def _weights(state: State, lo: int, hi: int, base: float, keys: set[str], rivals: set[str]) -> list[float]:
    """The weight of each character of the sentence text[lo:hi]: ``keys`` name the act's parties,
    ``rivals`` those of the article's other acts."""
    text = state.text
    w = [base] * (hi - lo)

    def put(s: int, e: int, value: float) -> None:
        for i in range(max(s, lo), min(e, hi)):
            w[i - lo] = min(w[i - lo], value)

    for s, e in _titles(state, lo, hi):
        put(s, e, 0.0)
    orgs = [m for m in state.mentions if m.label == "ORG" and lo <= m.start and m.end <= hi]
    parties = [m for m in state.mentions if lo <= m.start and m.end <= hi and _is_party(m, keys)]
    for m in orgs:
        if m in parties:
            if MINISTRY.match(m.text):
                put(m.start, m.end, base / 2)
        else:
            put(m.start, m.end, 0.0)
    foreign = [m for m in orgs if m not in parties]
    if foreign and (parties or any(_is_party(m, rivals) for m in foreign)):
        owner: Mention | None = None
        for s, e in _pieces(text, lo, hi, orgs):
            inside = [m for m in orgs + parties if s <= m.start < e]
            if inside:
                owner = next((m for m in inside if m in parties), inside[-1])
            elif CLAUSE.match(text[s:e].lstrip(",; ")):
                owner = None
            if owner is not None and owner not in parties:
                put(s, e, 0.0)
    other = OTHER_SECTORS.search(text, lo, hi)
    if other:
        put(other.start(), hi, 0.0)
    return w


def _sentences(state: State, ag: Agreement, acts: list[Agreement]) -> list[tuple[Span, float]]:
    """The act's sentences with their weight: its own and those that take it up 1, the others ½."""
    spans = sorted(set(ag.evidence))
    sents = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    triggers = [s for s in spans if s not in sents]
    own = [s for s in sents if any(s[0] <= t[0] and t[1] <= s[1] for t in triggers)] or sents[:1]
    out = [(s, 1.0 if s in own else 0.5) for s in sents]
    doc_sents = [(s.start_char, s.end_char) for s in state.doc.sents]  # type: ignore[attr-defined]
    others = {s for a in acts if a is not ag for s in a.evidence}
    for s in own:
        following = [d for d in doc_sents if d[0] >= s[1]][:2]
        for d in following:
            if d in others:
                break
            if ANAPHORA.match(state.text[d[0]:d[1]]) and d not in sents:
                out.append((d, 1.0))
                break
    return out


def _score(state: State, ag: Agreement) -> tuple[dict[str, float], bool]:
    """The weight of each label in the act's words, and whether one of its sentences lists sectors."""
    text = state.text
    keys = {_key(p) for p in ag.parties}
    rivals = {_key(p) for a in state.agreements if a is not ag for p in a.parties} - keys
    names = [(m.start, m.end) for m in state.mentions if m.label == "ORG"]
    scores: dict[str, float] = {}
    listed = False

    def add(lo: int, hi: int, weights: list[float] | None, base: float) -> set[str]:
        seen = set()
        for s, _e, labels in matches(text[lo:hi]):
            weight = weights[s] if weights is not None else base
            for label in labels:
                if label in NOT_IN_NAMES and any(a <= lo + s < b for a, b in names):
                    continue  # "Société nationale industrielle et minière" is a mining company
                scores[label] = scores.get(label, 0.0) + weight
                if weight >= 1:
                    seen.add(label)
        return seen

    for (lo, hi), base in _sentences(state, ag, state.agreements):
        seen = add(lo, hi, _weights(state, lo, hi, base, keys, rivals), base)
        if len(seen) >= LISTED and DOMAINS.search(text, lo, hi):
            listed = True
    for m in state.mentions:
        if _is_party(m, keys) and any(lo <= m.start < hi for lo, hi in ag.evidence):
            act = ACTIVITY.match(text, m.end)
            if act:
                add(act.start(), act.end(), None, 1.0)
    return scores, listed


def dominant(state: State) -> list[str]:
    """The article's own sector, when one label clearly leads its words (names and titles aside)."""
    scores: dict[str, float] = {}
    for sent in state.doc.sents:  # type: ignore[attr-defined]
        lo, hi = sent.start_char, sent.end_char
        weights = _weights(state, lo, hi, 1.0, set(), set())
        for s, _e, labels in matches(state.text[lo:hi]):
            for label in labels:
                scores[label] = scores.get(label, 0.0) + weights[s]
    ranked = sorted(scores.values(), reverse=True) + [0.0]
    if ranked[0] >= DOMINANT_MIN and ranked[0] >= DOMINANT_LEAD * ranked[1]:
        return [k for k, v in scores.items() if v == ranked[0]]
    return []


@component("sectors")
def sectors(state: State) -> None:
    """Label every agreement with the sectors its words speak of."""
    title = state.article.title or ""
    fallback: list[str] | None = None
    for ag in state.agreements:
        scores, listed = _score(state, ag)
        chosen = choose(scores, limit=len(LABELS) if listed else LIMIT)
        if not chosen and title:
            chosen = choose({k: float(v) for k, v in sectors_in(title).items()}, limit=2)
        if not chosen:
            if fallback is None:
                fallback = dominant(state)
            chosen = list(fallback)
        ag.sectors = chosen
