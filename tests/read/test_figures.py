"""Figures on self-written sentences: numbers, scales, units, ranges, exclusions and kinds."""

from __future__ import annotations

import time

import pytest

from accords.read.figures import Quantity, figure_kind, find_quantities


def _all(text: str) -> list[Quantity]:
    qs = find_quantities(text)
    for q in qs:
        assert text[q.start:q.end] == q.text, q
    assert all(a.end <= b.start for a, b in zip(qs, qs[1:], strict=False)), qs
    return qs


def _one(text: str) -> Quantity:
    qs = _all(text)
    assert len(qs) == 1, [(q.text, q.value, q.unit) for q in qs]
    return qs[0]


def _kind(text: str) -> str:
    return figure_kind(text, _one(text))


# --- numbers, scales and currencies ------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Sotramex a réalisé 39 milliards de DA l'an passé.", 39e9, "DZD"),
        ("Une enveloppe de 1,5 million d'euros a été dégagée.", 1.5e6, "EUR"),
        ("Le contrat porte sur un million de dollars.", 1e6, "USD"),
        ("Numidor a levé 1 milliard de DA.", 1e9, "DZD"),
        ("Le prix est fixé à 5 000 DA.", 5000, "DZD"),
        ("Le prix est fixé à 5\u00a0000 DA.", 5000, "DZD"),
        ("Le prix est fixé à 5\u202f000 DA.", 5000, "DZD"),
        ("Le ticket coûte 5.000 DH.", 5000, "MAD"),
        ("Le total atteint 1.200.000 dirhams.", 1.2e6, "MAD"),
        ("Atlasfil a investi 500 MDH dans son usine.", 500e6, "MAD"),
        ("La levée atteint 3 Mds DH.", 3e9, "MAD"),
        ("Un programme de 2 MMDH a été lancé.", 2e9, "MAD"),
        ("Le budget s'élève à 12 MDA.", 12e6, "DZD"),
        ("Carthalu a obtenu 10 MDT.", 10e6, "TND"),
        ("Le fonds dispose de 2 millions de dinars tunisiens.", 2e6, "TND"),
        ("La ligne atteint 40 M$.", 40e6, "USD"),
        ("Le chantier vaut 2 Md€.", 2e9, "EUR"),
        ("La start-up a levé 200 k€.", 200e3, "EUR"),
        ("Le montant est de 3 Mrd $.", 3e9, "USD"),
        ("Le coût atteint 45 milliards de dollars US.", 45e9, "USD"),
        ("Un prêt de 100 millions de dollars américains.", 100e6, "USD"),
        ("La facture atteint 3 milliards de FCFA.", 3e9, "XOF"),
        ("Le projet coûte 4 milliards XAF.", 4e9, "XAF"),
        ("Les recettes sont de 10 millions de livres égyptiennes.", 10e6, "EGP"),
        ("Un crédit de 20 millions de yuans.", 20e6, "CNY"),
        ("Le groupe a versé 10 milliards de centimes.", 100e6, "DZD"),
        ("Le marché pèse 3 000 000 de dollars.", 3e6, "USD"),
        ("Un apport de 2 milliards et 500 millions de DA.", 2.5e9, "DZD"),
        ("Deux milliards de dinars algériens ont été mobilisés.", 2e9, "DZD"),
    ],
)
def test_money_value_and_unit(text, value, unit):
    q = _one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Il faut $5 millions pour démarrer.", "$5 millions"),
        ("Il faut 5 millions $ pour démarrer.", "5 millions $"),
        ("Il faut € 3 M pour démarrer.", "€ 3 M"),
        ("Il faut US$ 3 M pour démarrer.", "US$ 3 M"),
        ("Il faut USD 10 millions pour démarrer.", "USD 10 millions"),
    ],
)
def test_currency_symbol_before_or_after(text, span):
    q = _one(text)
    assert q.text == span
    assert q.unit in ("USD", "EUR")


def test_plain_dinars_are_algerian_by_default():
    assert _one("Zentrix a investi 5 millions de dinars.").unit == "DZD"


def test_plain_dinars_in_a_tunisian_text():
    text = "La société tunisienne Carthalu a investi 5 millions de dinars et 3 MD."
    assert [(q.value, q.unit) for q in _all(text)] == [(5e6, "TND"), (3e6, "TND")]


def test_md_is_dropped_outside_tunisian_texts():
    assert _all("L'entreprise algérienne a obtenu 3 MD.") == []


def test_signed_numbers():
    qs = _all("Les ventes : +17,3 % puis −8,1 % et -2 %.")
    assert [q.value for q in qs] == [17.3, -8.1, -2.0]


def test_decimal_number_without_scale():
    q = _one("Le taux atteint 0,4 % cette année.")
    assert (q.value, q.unit) == (0.4, "percent")


# --- non-money units -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Le projet créera 2 000 nouveaux emplois directs.", 2000, "jobs"),
        ("Il générera 300 postes d'emploi.", 300, "jobs"),
        ("Il générera 300 postes de travail.", 300, "jobs"),
        ("L'usine produit 3500 t de ciment.", 3500, "tonnes"),
        ("L'usine traite 300 000 tonnes métriques.", 300e3, "tonnes"),
        ("Le port traite 1,5 Mt de vrac.", 1.5e6, "tonnes"),
        ("Le port vise 2 millions de tonnes.", 2e6, "tonnes"),
        ("Kerouane a livré 4 000 unités de véhicules.", 4000, "vehicles"),
        ("Kerouane a livré 60 camions et autres engins.", 60, "vehicles"),
        ("La chaîne monte 15 tracteurs par semaine.", 15, "vehicles"),
        ("Le site a fabriqué 3 000 unités.", 3000, "units"),
        ("Le site a fabriqué 20 000 appareils.", 20000, "units"),
        ("La centrale aura 50 MW.", 50, "MW"),
        ("Le parc atteindra 1,2 GW.", 1200, "MW"),
        ("Le toit solaire fournit 300 kW.", 0.3, "MW"),
        ("La ferme couvre 150 hectares.", 150, "hectares"),
        ("La ferme couvre 200 ha.", 200, "hectares"),
        ("La zone couvre 3 km².", 300, "hectares"),
        ("La station dessale 5 000 mètres cubes.", 5000, "m3"),
        ("Le barrage retient 3 millions de m³.", 3e6, "m3"),
        ("La part est de 5 pour cent.", 5, "percent"),
        ("Cinq mille emplois sont prévus.", 5000, "jobs"),
        ("Une centaine de véhicules seront livrés.", 100, "vehicles"),
        ("Une dizaine de milliers d'emplois seront créés.", 10000, "jobs"),
    ],
)
def test_physical_units(text, value, unit):
    q = _one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit


def test_approx_noun_sets_approx():
    assert _one("Une centaine de véhicules seront livrés.").approx is True


def test_production_units_are_plants_not_units():
    assert _all("Le groupe exploite deux unités de production et 12 unités industrielles.") == []


# --- exclusions ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "En 2023, le groupe a ouvert six clusters.",
        "Le salon a réuni 250 entreprises et 300 participants.",
        "Les deux complexes ont signé 10 accords fin 2025.",
        "La réunion s'est tenue le 4 décembre à Oran.",
        "La réunion s'est tenue le 04.12.2025 à Oran.",
        "Le contrat court sur 5 ans, renouvelable trois mois avant terme.",
        "Le service fonctionne 24 heures sur 24.",
        "La production a été multipliée par 3 et est 3 fois plus élevée.",
        "Le plan 2023-2025 couvre la période de 2020 à 2030.",
        "Il a accueilli un million de visiteurs.",
        "Le modèle A380 et le 4x4 sont exposés.",
        "Une tonne de dattes et deux voitures ont été offertes.",
        "Les 3 M de la direction sont là.",
    ],
)
def test_not_quantities(text):
    assert _all(text) == []


def test_year_before_a_quantity_does_not_merge():
    qs = _all("En 2023 150 000 tonnes ont été produites.")
    assert [(q.value, q.unit) for q in qs] == [(150000, "tonnes")]


# --- ranges, approximations, rates ------------------------------------------------------------

def test_range_entre_et_shares_scale_and_unit():
    text = "Oasimex prévoit entre 43 et 48 milliards de DA en 2024."
    q = _one(text)
    assert (q.value, q.value_max, q.unit) == (43e9, 48e9, "DZD")
    assert q.text == "entre 43 et 48 milliards de DA"


def test_range_de_a():
    q = _one("Le coût est estimé de 10 à 12 millions d'euros.")
    assert (q.value, q.value_max, q.unit) == (10e6, 12e6, "EUR")


def test_range_without_opener():
    q = _one("La facture atteindrait 43 à 48 milliards de DA.")
    assert (q.value, q.value_max) == (43e9, 48e9)


def test_range_of_percents():
    q = _one("La marge varie de 3 à 5 % selon les lots.")
    assert (q.value, q.value_max, q.unit) == (3, 5, "percent")


def test_range_with_hyphen():
    q = _one("La hausse attendue est de 10-12 %.")
    assert (q.value, q.value_max) == (10, 12)


def test_range_with_first_scale():
    q = _one("Il faut entre 1,5 milliard et 2 milliards de dollars.")
    assert (q.value, q.value_max, q.unit) == (1.5e9, 2e9, "USD")


def test_change_from_to_gives_two_levels():
    qs = _all("Les ventes de Medlaine sont passées de 10 à 12 millions d'euros.")
    assert [(q.value, q.unit) for q in qs] == [(10e6, "EUR"), (12e6, "EUR")]


def test_et_without_entre_is_not_a_range():
    qs = _all("Il a reçu 3 % et 5 % des parts.")
    assert [(q.value, q.value_max) for q in qs] == [(3, None), (5, None)]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Le groupe créera près de 3 000 emplois d'ici 2030.", "près de 3 000 emplois"),
        ("Il a obtenu plus d'un million de dollars.", "plus d'un million de dollars"),
        ("Il vise environ 30 % du marché.", "environ 30 %"),
        ("Il livrera quelque 500 tonnes.", "quelque 500 tonnes"),
        ("Il livrera au moins 200 tonnes.", "au moins 200 tonnes"),
        ("Le taux tourne autour de 4 %.", "autour de 4 %"),
        ("Le taux tourne à ~5 %.", "~5 %"),
        ("Le taux reste à moins de 3 %.", "moins de 3 %"),
    ],
)
def test_approx_prefix_in_span(text, span):
    q = _one(text)
    assert q.approx is True
    assert q.text == span


def test_exact_figure_is_not_approx():
    assert _one("Il a obtenu 12 millions d'euros.").approx is False


@pytest.mark.parametrize(
    ("text", "per", "span"),
    [
        ("Une usine de 25 000 tonnes/an.", "year", "25 000 tonnes/an"),
        ("Une usine de 25 000 tonnes par an.", "year", "25 000 tonnes par an"),
        ("Elle produira 3 000 véhicules annuellement.", "year", "3 000 véhicules annuellement"),
        ("Une station de 200 000 m3/jour.", "day", "200 000 m3/jour"),
        ("Une capacité annuelle de 25 000 tonnes.", "year", "25 000 tonnes"),
        ("Une production annuelle de 3 000 véhicules.", "year", "3 000 véhicules"),
        ("Elle traitera 5 000 tonnes de ciment par an.", "year", "5 000 tonnes"),
    ],
)
def test_per(text, per, span):
    q = _one(text)
    assert (q.per, q.text) == (per, span)


def test_no_per_for_last_year():
    assert _one("Il a produit 5 000 tonnes l'an dernier.").per is None


# --- declines ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le chiffre d'affaires a reculé de 8,0 % en 2024.", -8.0),
        ("Une baisse de 3% est attendue.", -3.0),
        ("La production est en recul de 2 % sur un an.", -2.0),
        ("Les ventes ont enregistré une chute de 12 %.", -12.0),
        ("On note une diminution de la demande de 5 %.", -5.0),
        ("Le recul de plus de 3 % inquiète.", -3.0),
        ("Les ventes (-4,5%) déçoivent.", -4.5),
        ("Une hausse de 2,7% est notée.", 2.7),
    ],
)
def test_decline_makes_percent_negative(text, value):
    assert _one(text).value == pytest.approx(value)


def test_decline_does_not_negate_money():
    assert _one("Une baisse de 3 milliards de DA est attendue.").value == 3e9


def test_decline_range_negates_both():
    q = _one("Une baisse de 3 à 5 % est attendue.")
    assert (q.value, q.value_max) == (-3, -5)


# --- bare scaled amounts -----------------------------------------------------------------------

def test_bare_scaled_amount_takes_the_currency_of_its_sentence():
    qs = _all("Le chiffre d'affaires est passé de 39 milliards de DA en 2023 à 43 milliards en 2024.")
    assert [(q.value, q.unit) for q in qs] == [(39e9, "DZD"), (43e9, "DZD")]


def test_bare_scaled_amount_with_money_cue_takes_the_text_currency():
    text = "Les exportations atteignent 12 millions d'euros. Le chiffre d'affaires a atteint 2 milliards."
    assert [(q.value, q.unit) for q in _all(text)] == [(12e6, "EUR"), (2e9, "EUR")]


def test_bare_scaled_amount_without_currency_anywhere_is_dropped():
    assert _all("Le chiffre d'affaires a atteint 2 milliards.") == []


# --- spans and order ------------------------------------------------------------------------------

def test_spans_and_order_in_a_paragraph():
    text = ("Vertimar a réalisé un chiffre d'affaires de 39 milliards de DA en 2023, en hausse de 12,5 %. "
            "Le groupe prévoit entre 43 et 48 milliards de DA en 2024 et 1 200 emplois.")
    qs = _all(text)
    assert [q.text for q in qs] == ["39 milliards de DA", "12,5 %", "entre 43 et 48 milliards de DA",
                                    "1 200 emplois"]
    assert [q.start for q in qs] == sorted(q.start for q in qs)


def test_empty_text():
    assert find_quantities("") == []


# --- kinds ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Vertimar a réalisé un chiffre d'affaires de 39 milliards de DA en 2023.", "revenue"),
        ("Les recettes de Sotramex ont atteint 5 millions d'euros.", "revenue"),
        ("Sotramex ambitionne d'atteindre un chiffre d'affaires de 48 milliards de DA.", "revenue_target"),
        ("Le chiffre d'affaires devrait atteindre 2 millions d'euros d'ici 2027.", "revenue_target"),
        ("Un investissement de 2 milliards de dollars a été annoncé.", "investment"),
        ("Le groupe va injecter 500 millions de DA dans l'usine.", "investment"),
        ("Une enveloppe de 3 milliards de DA a été dégagée.", "investment"),
        ("Le projet, d'un coût de 3,5 Mrd $, avance.", "investment"),
        ("La banque a accordé un crédit de 130 millions de DA.", "financing"),
        ("La banque a ouvert un montant de 130 millions de DA pour le découvert.", "financing"),
        ("Une ligne de crédit de 20 millions d'euros est prévue.", "financing"),
        ("Une indemnisation de 2 milliards de DA a été versée.", "compensation"),
        ("Les exportations de Tafrat ont atteint 12 millions de dollars.", "exports"),
        ("Le groupe vise des exportations de 50 millions de dollars d'ici 2027.", "export_target"),
        ("Les importations ont atteint 3 milliards de dollars.", "imports"),
        ("La production de Sahelgaz a atteint 40 000 tonnes.", "production"),
        ("L'usine d'une capacité de 25 000 tonnes a été inaugurée.", "capacity"),
        ("La capacité de production de 25 000 tonnes par an a été atteinte.", "capacity"),
        ("Il compte porter sa capacité à 100 000 tonnes.", "capacity_target"),
        ("La centrale solaire de 50 MW sera reliée au réseau.", "capacity"),
        ("Le projet va créer 3 000 postes d'emploi.", "jobs"),
        ("Le bénéfice net s'établit à 4 millions d'euros.", "other"),
        ("La ferme couvre 150 hectares.", "other"),
    ],
)
def test_kind(text, kind):
    assert _kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Les ventes sont en hausse de 2,7 % sur un an.", "growth"),
        ("La croissance de Numidor a atteint 5 %.", "growth"),
        ("Le chiffre d'affaires a reculé de 8,0 %.", "growth"),
        ("Les ventes progressent (+17,3 %) cette année.", "growth"),
        ("Le taux d'intégration est de 40 %.", "share"),
        ("Atlasfil détient 51 % de la coentreprise.", "share"),
        ("Le partenaire aura 49 % du capital.", "share"),
        ("La part de marché atteint 20 %.", "share"),
        ("Le taux d'intérêt est fixé à 3 %.", "other"),
    ],
)
def test_percent_kind(text, kind):
    assert _kind(text) == kind


def test_kind_uses_the_sentence_of_the_figure():
    text = "Le chiffre d'affaires a progressé. Les importations ont atteint 3 milliards de dollars."
    assert _kind(text) == "imports"


def test_kind_of_several_figures_in_one_sentence():
    text = ("Sotramex a réalisé un chiffre d'affaires de 39 milliards de DA en 2023 "
            "et prévoit d'atteindre 43 milliards de DA en 2024.")
    assert [figure_kind(text, q) for q in _all(text)] == ["revenue", "revenue_target"]


# --- speed ---------------------------------------------------------------------------------------

def test_fast_on_an_article():
    text = ("Vertimar a réalisé en 2023 un chiffre d'affaires de 39 milliards de DA, en hausse de 12,5 %. "
            "Le groupe prévoit entre 43 et 48 milliards de DA en 2024, soit une capacité de 25 000 tonnes/an "
            "et 1 200 emplois directs. Le 4 décembre, six clusters et 250 entreprises ont participé. ") * 8
    start = time.perf_counter()
    for _ in range(20):
        find_quantities(text)
    per_kchar_ms = (time.perf_counter() - start) / 20 / len(text) * 1e6
    assert per_kchar_ms < 5


@pytest.mark.parametrize(
    "junk",
    ["1 " * 2000, "un " * 2000, "5 000 " * 500, "1-" * 1000 + "2 %", " " * 5000 + "5 %", "de " * 2000],
)
def test_no_catastrophic_backtracking(junk):
    start = time.perf_counter()
    find_quantities(junk)
    assert time.perf_counter() - start < 0.5


# --- more kinds ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Un accord d'une valeur de 40 millions d'euros a été signé par Vertimar.", "investment"),
        ("Un contrat d'un montant de 9 millions d'euros pour la fourniture de pompes.", "other"),
        ("Le projet prévoit une production annuelle de 500 000 unités.", "capacity"),
        ("La société produira à terme 2 millions de tonnes par an.", "capacity_target"),
        ("La production avoisine actuellement les 3 millions de tonnes par an.", "production"),
        ("Le pays pourra transformer 40 % sa récolte de cacao.", "share"),
        ("Le taux de production locale a atteint 70 %.", "share"),
        ("Les ateliers ont enregistré un relèvement de 6,2 % sur l'année.", "growth"),
        ("Il s'agit de 30 000 postes d'emploi, soit 40 % de l'objectif fixé.", "share"),
        ("L'usine fabriquera des pompes, dont 60 % seront destinées à l'exportation.", "export_target"),
    ],
)
def test_more_kinds(text, kind):
    assert figure_kind(text, _all(text)[-1]) == kind


def test_kind_cue_farther_back_in_the_sentence():
    text = ("Son chiffre d'affaires a atteint 39 milliards de DA en 2023, avec l'objectif d'atteindre "
            "entre 43 et 48 milliards de DA l'année suivante.")
    assert [figure_kind(text, q) for q in _all(text)] == ["revenue", "revenue_target"]


# --- holders -------------------------------------------------------------------------------------

def _holders(read, text: str) -> dict[str, str | None]:
    return {f.text: f.holder for f in read(text).figures}


def test_holder_is_the_speakers_organisation_not_the_last_named(read):
    text = ("Le PDG de Marbelix, Karim Hadjadi, a précisé que la société a recruté 2 500 employés "
            "permanents. Le financement est assuré par la Banque du Sud. Il a ajouté que le chiffre "
            "d'affaires de l'entreprise a atteint 8,4 milliards de DA en 2024.")
    assert _holders(read, text)["8,4 milliards de DA"] == "Marbelix"


def test_holder_of_listed_percentages_is_the_phrase_before_each(read):
    text = ("Les industries du verre (-2,4 %) et celle des cuirs, peaux et fourrures (+5,6 %) ont "
            "reculé au premier trimestre.")
    h = _holders(read, text)
    assert h["-2,4 %"] == "industries du verre"
    assert h["+5,6 %"] == "cuirs, peaux et fourrures"


def test_holder_of_growth_is_the_subject_that_grows(read):
    text = "La production du secteur textile a connu une hausse de 3,1 % sur un an."
    assert _holders(read, text)["3,1 %"] == "production du secteur textile"


def test_holder_of_a_stake_follows_par(read):
    text = "La coentreprise est détenue à 51 % par le groupe Tazrit."
    assert "Tazrit" in (_holders(read, text)["51 %"] or "")


def test_holder_is_the_thing_the_figure_measures(read):
    text = ("Vertimar va construire un complexe de 20 hectares près de Sétif. La production de l'usine "
            "atteindra à terme 30 000 tonnes par an.")
    h = _holders(read, text)
    assert h["20 hectares"] == "complexe"
    assert h["30 000 tonnes par an"] == "usine"


def test_holder_of_a_relative_clause_is_its_antecedent(read):
    text = "Le ministre a cité la filière des pièces détachées qui a affiché une hausse de 14 % en 2024."
    assert _holders(read, text)["14 %"] == "filière des pièces détachées"


# --- the currency of plain "dinars" and "francs CFA" follows the article's country -------------------

def test_francs_cfa_of_central_africa():
    text = "À Douala, la Société camerounaise des huiles investira 14 milliards de FCFA à Yaoundé et au Cameroun."
    from accords.read.countries import countries_in
    from accords.read.figures import home_countries

    [q] = find_quantities(text, home_countries(text, countries_in(text)))
    assert q.unit == "XAF" and q.value == 14e9
    assert find_quantities("Un prêt de 3 milliards de FCFA a été accordé.")[0].unit == "XOF"  # no region: XOF
    assert find_quantities("Une ligne de 2 milliards de francs CFA BEAC.")[0].unit == "XAF"


def test_plain_dinars_follow_the_outlets_country_domain():
    from accords.read.figures import home_countries

    text = "Le laboratoire, qui exporte vers le marché tunisien, a investi 2 milliards de dinars à Sétif."
    home = home_countries(text, [(0, 0, "TN")], url="https://www.eco-hebdo.dz/article/12", outlet=None)
    assert find_quantities(text, home)[0].unit == "DZD"
    home = home_countries(text, [(0, 0, "TN")], url=None, outlet="Le Courrier de Sfax")
    assert find_quantities(text, home)[0].unit == "TND"


def test_home_countries_weighs_domains_and_dinar_marks():
    from accords.read.figures import home_countries

    weight = home_countries("Un contrat de 30 millions de DA.", [], url="http://journal.example.tn/x", outlet="x.com")
    assert weight == {"TN": 3, "DZ": 5}


def test_the_reader_gives_a_cameroonian_article_xaf(read):
    r = read("La Société des brasseries du Wouri et le groupe belge Houblon Invest ont signé lundi à Douala, "
             "au Cameroun, un contrat de 25 milliards de FCFA pour une nouvelle ligne d'embouteillage.")
    assert [f.unit for f in r.figures] == ["XAF"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("La société, créée en 2015, emploie 640 personnes dans ses trois ateliers.", 640),
        ("Le secteur emploie aujourd'hui plus de 48.000 personnes.", 48000),
        ("La coopérative compte 1 300 salariés.", 1300),
    ],
)
def test_headcount_after_a_verb_of_employment_is_jobs(text, value):
    q = _one(text)
    assert (q.value, q.unit) == (value, "jobs")


def test_people_without_employment_are_no_figure():
    assert _all("Quelque 350 personnes ont assisté à la cérémonie d'ouverture du salon.") == []


def test_season_years_before_a_quantity_are_no_range():
    qs = _all("La récolte est passée de 510 000 tonnes lors de la campagne 2019-2020 à 432 000 tonnes en 2020-2021.")
    assert [(q.value, q.value_max, q.unit) for q in qs] == [(510000, None, "tonnes"), (432000, None, "tonnes")]


def test_figures_in_related_links_are_left_out(read):
    r = read("La filière a exporté 3,2 milliards de dirhams en 2024.\n"
             "Lire aussi : Textile : un contrat de 500 millions de dirhams pour un groupe turc\n"
             "Le secteur compte 120 unités.")
    assert [f.value for f in r.figures] == [3.2e9, 120]


def test_units_of_vehicles_are_vehicles(read):
    r = read("L'usine d'assemblage de véhicules utilitaires aura une capacité de 18.000 unités par an.")
    assert [(f.value, f.unit) for f in r.figures] == [(18000, "vehicles")]
    r = read("Le groupe compte 40 unités de production au Maroc.")
    assert all(f.unit != "vehicles" for f in r.figures)
