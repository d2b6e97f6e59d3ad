"""Dates on self-written sentences: absolute, relative, weekdays, coarse publication dates, false dates."""

from __future__ import annotations

import time

import pytest

from accords.read.dates import DateExpr, Published, find_dates

FRIDAY = Published.parse("2025-12-05")  # a Friday
MONDAY = Published.parse("2025-03-03")  # a Monday


def _all(text: str, published: Published | str | None = FRIDAY) -> list[DateExpr]:
    pub = published if isinstance(published, Published) else Published.parse(published)
    ds = find_dates(text, pub)
    for d in ds:
        assert text[d.start:d.end] == d.text, d
    assert all(a.end <= b.start for a, b in zip(ds, ds[1:], strict=False)), ds
    return ds


def _one(text: str, published: Published | str | None = FRIDAY) -> DateExpr:
    ds = _all(text, published)
    assert len(ds) == 1, [(d.text, d.value) for d in ds]
    return ds[0]


def _vals(text: str, published: Published | str | None = FRIDAY) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in _all(text, published)]


# --- Published ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "want"), [
    ("2024-06-09", (2024, 6, 9)),
    ("2024-06", (2024, 6, None)),
    ("2024", (2024, None, None)),
    ("2024-06-09T10:00:00Z", (2024, 6, 9)),
    ("2024-06-09 08:15", (2024, 6, 9)),
    (None, (None, None, None)),
    ("", (None, None, None)),
    ("n/a", (None, None, None)),
    ("2024-13-01", (None, None, None)),
    ("2023-02-30", (None, None, None)),
])
def test_published_parse(raw, want):
    p = Published.parse(raw)
    assert (p.year, p.month, p.day) == want


def test_published_is_frozen():
    with pytest.raises(AttributeError):
        Published.parse("2024").year = 2025  # type: ignore[misc]


# --- absolute dates ----------------------------------------------------------------------------------------


def test_day_month_year():
    d = _one("La convention a été paraphée le 4 décembre 2025 au siège de l'agence.")
    assert (d.text, d.value, d.relative) == ("4 décembre 2025", "2025-12-04", False)


def test_first_of_month():
    assert _one("L'usine ouvrira ses portes le 1er mars 2024.").value == "2024-03-01"


def test_weekday_before_full_date_is_kept_in_span():
    d = _one("Les deux groupes se sont retrouvés mardi 2 décembre 2025 à Oran.")
    assert (d.text, d.value, d.relative) == ("mardi 2 décembre 2025", "2025-12-02", False)


def test_unaccented_and_abbreviated_months():
    assert _vals("Paiements les 3 fevrier 2025, 9 aout 2025 et 12 decembre 2025.") == [
        ("3 fevrier 2025", "2025-02-03"), ("9 aout 2025", "2025-08-09"), ("12 decembre 2025", "2025-12-12")]
    text = "Échéances : 5 janv. 2026, 7 févr. 2026, 8 sept. 2026, 2 oct. 2026, 4 nov. 2026, 1er déc. 2026."
    assert _vals(text) == [
        ("5 janv. 2026", "2026-01-05"), ("7 févr. 2026", "2026-02-07"), ("8 sept. 2026", "2026-09-08"),
        ("2 oct. 2026", "2026-10-02"), ("4 nov. 2026", "2026-11-04"), ("1er déc. 2026", "2026-12-01")]


@pytest.mark.parametrize("written", ["04.12.2025", "04/12/2025", "2025-12-04", "4/12/2025"])
def test_numeric_dates(written):
    d = _one(f"Le document porte la date du {written} et la signature du directeur.")
    assert (d.text, d.value, d.relative) == (written, "2025-12-04", False)


def test_invalid_day_is_not_a_day():
    vals = [v for _, v in _vals("Le 31 février 2025 n'existe pas, ni le 31/02/2025.")]
    assert vals and all(v is not None and len(v) <= 7 for v in vals)


def test_day_without_year_takes_published_year():
    d = _one("L'accord a été signé le 2 décembre au ministère.", "2025-12-05")
    assert (d.value, d.relative) == ("2025-12-02", True)


def test_day_without_year_far_ahead_takes_previous_year():
    assert _one("Le protocole signé le 14 novembre a été ratifié.", "2025-02-10").value == "2024-11-14"


def test_day_without_year_within_a_month_stays_in_year():
    assert _one("La livraison est attendue le 20 mars.", "2025-03-01").value == "2025-03-20"


def test_day_dernier_is_past():
    assert _one("Rappelons l'accord du 10 décembre dernier.", "2025-12-05").value == "2024-12-10"
    assert _one("Rappelons l'accord du 1er décembre dernier.", "2025-12-05").value == "2025-12-01"


def test_day_without_year_unknown_publication():
    d = _one("Le contrat a été signé le 4 décembre.", None)
    assert (d.text, d.value, d.relative) == ("4 décembre", None, True)


def test_month_year():
    assert _vals("Les travaux débuteront en décembre 2025, puis reprendront mars 2026.") == [
        ("en décembre 2025", "2025-12"), ("mars 2026", "2026-03")]


def test_month_numeric():
    assert _one("Le rapport 12/2025 du conseil.").value == "2025-12"


def test_month_without_year_needs_a_cue():
    assert _vals("La mission Mars intéresse le groupe.", "2025-06-10") == []
    assert _vals("La production a repris fin mai et mi-juin.", "2025-06-10") == [
        ("fin mai", "2025-05"), ("mi-juin", "2025-06")]


def test_month_dernier():
    assert _one("Le mémorandum conclu en décembre dernier.", "2025-12-05").value == "2024-12"
    assert _one("Le mémorandum conclu en octobre dernier.", "2025-12-05").value == "2025-10"


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("Le chiffre d'affaires a doublé en 2023 selon le rapport.", "en 2023", "2023"),
    ("La ligne sera livrée fin 2025, a indiqué le directeur.", "fin 2025", "2025"),
    ("Les premières unités sortiront début 2024 de l'usine.", "début 2024", "2024"),
    ("Le pays vise 5 GW à l'horizon 2030 au total.", "à l'horizon 2030", "2030"),
    ("Le site sera opérationnel d'ici 2027 selon le calendrier.", "d'ici 2027", "2027"),
    ("Les résultats de l'exercice 2022 sont en hausse.", "l'exercice 2022", "2022"),
    ("La filiale est présente en Algérie depuis 2019.", "depuis 2019", "2019"),
    ("Les ventes reprendront mi-2026 au plus tard.", "mi-2026", "2026"),
])
def test_year_contexts(sentence, span, value):
    d = _one(sentence)
    assert (d.text, d.value, d.relative) == (span, value, False)


def test_standalone_year_in_brackets():
    assert _vals("Le dernier bilan (2023) reste la référence.") == [("2023", "2023")]


def test_year_range():
    assert _vals("Le plan quinquennal 2020-2024 est achevé.") == [("2020", "2020"), ("2024", "2024")]


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("Les ventes ont progressé au premier trimestre 2021 de 4 %.", "au premier trimestre 2021", "2021-Q1"),
    ("Les ventes ont progressé au 1er trimestre 2021 de 4 %.", "au 1er trimestre 2021", "2021-Q1"),
    ("Les ventes ont progressé (T1 2021) de 4 %.", "T1 2021", "2021-Q1"),
    ("Le bénéfice recule au troisième trimestre de 2024.", "au troisième trimestre de 2024", "2024-Q3"),
    ("Le bénéfice du premier semestre 2022 est en hausse.", "du premier semestre 2022", "2022-H1"),
    ("Le bénéfice au second semestre 2022 est en hausse.", "au second semestre 2022", "2022-H2"),
    ("Résultats S2 2023 en hausse.", "S2 2023", "2023-H2"),
])
def test_quarters_and_halves(sentence, span, value):
    d = _one(sentence)
    assert (d.text, d.value) == (span, value)


def test_quarter_of_relative_year():
    d = _one("Les exportations du premier trimestre de l'année dernière ont chuté.", "2025-06-10")
    assert (d.value, d.relative) == ("2024-Q1", True)


def test_quarter_without_year_takes_published_year():
    assert _one("Le chantier démarrera au quatrième trimestre.", "2025-06-10").value == "2025-Q4"


# --- relative days -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "value"), [
    ("hier", "2025-12-04"), ("avant-hier", "2025-12-03"), ("aujourd'hui", "2025-12-05"),
    ("aujourd’hui", "2025-12-05"), ("ce jour", "2025-12-05"), ("demain", "2025-12-06"),
])
def test_relative_days(word, value):
    d = _one(f"Le ministre a reçu la délégation {word} au siège du ministère.")
    assert (d.text, d.value, d.relative) == (word, value, True)


def test_hier_crosses_month_and_year():
    assert _one("Le contrat a été signé hier.", "2025-01-01").value == "2024-12-31"


def test_ce_jour_la_is_not_today():
    assert _vals("Ce jour-là, les deux parties ont signé.") == []


# --- weekdays ----------------------------------------------------------------------------------------------


def test_bare_weekday_is_latest_on_or_before():
    d = _one("Les deux parties ont signé dimanche l'accord.")
    assert (d.text, d.value, d.relative) == ("dimanche", "2025-11-30", True)


def test_bare_weekday_same_day():
    assert _one("Les deux parties ont signé vendredi l'accord.").value == "2025-12-05"


def test_weekday_dernier_on_same_day_is_a_week_before():
    d = _one("Les deux parties ont signé vendredi dernier l'accord.")
    assert (d.text, d.value) == ("vendredi dernier", "2025-11-28")


def test_weekday_dernier_other_day():
    assert _one("Le conseil s'est réuni lundi dernier.").value == "2025-12-01"


def test_ce_weekday():
    d = _one("Le salon a ouvert ce mercredi ses portes.")
    assert (d.text, d.value) == ("ce mercredi", "2025-12-03")


def test_weekday_prochain():
    assert _one("La visite est prévue lundi prochain.", MONDAY).value == "2025-03-10"


def test_habitual_weekdays_are_not_dates():
    assert _vals("Le marché ouvre chaque lundi et tous les mardis, du lundi au vendredi.") == []


def test_weekday_capitalised():
    assert _one("Jeudi, le groupe a annoncé un investissement.").value == "2025-12-04"


# --- relative weeks, months, years -------------------------------------------------------------------------


@pytest.mark.parametrize(("phrase", "value"), [
    ("la semaine dernière", "2025-02"), ("cette semaine", "2025-03"), ("le mois dernier", "2025-02"),
    ("ce mois", "2025-03"), ("le mois prochain", "2025-04"), ("l'année dernière", "2024"),
    ("l'an dernier", "2024"), ("l'année passée", "2024"), ("l'année en cours", "2025"),
    ("cette année", "2025"), ("cette année-ci", "2025"),
    ("l'année prochaine", "2026"), ("il y a quelques jours", "2025-03"), ("il y a deux jours", "2025-03-01"),
    ("il y a un an", "2024"),
])
def test_relative_periods(phrase, value):
    d = _one(f"Les importations ont baissé {phrase} selon les douanes.", MONDAY)
    assert (d.text, d.value, d.relative) == (phrase, value, True)


def test_last_week_is_a_month_not_a_day():
    assert _one("La semaine dernière, le groupe a signé.", "2025-06-20").value == "2025-06"


def test_cette_annee_followed_by_year():
    assert _vals("Le budget de l'année 2025 prévoit une hausse.") == [("l'année 2025", "2025")]


# --- coarse or missing publication dates -------------------------------------------------------------------


def test_month_only_publication_gives_month():
    assert _vals("Hier et dimanche, puis la semaine dernière.", "2024-06") == [
        ("Hier", "2024-06"), ("dimanche", "2024-06"), ("la semaine dernière", "2024-06")]


def test_month_only_publication_at_month_start_hier_still_month():
    assert _one("Le contrat a été signé hier.", "2024-07").value == "2024-07"


def test_year_only_publication_gives_year():
    assert _vals("Hier et lundi dernier, le mois dernier.", "2024") == [
        ("Hier", "2024"), ("lundi dernier", "2024"), ("le mois dernier", "2024")]


def test_missing_publication_relative_is_none_absolute_kept():
    ds = _all("Hier, soit le 4 décembre 2025, et l'an dernier.", None)
    assert [(d.text, d.value, d.relative) for d in ds] == [
        ("Hier", None, True), ("4 décembre 2025", "2025-12-04", False), ("l'an dernier", None, True)]


def test_garbage_publication_behaves_as_missing():
    assert _one("Le contrat a été signé dimanche.", "hier soir").value is None


# --- no false dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Le projet coûtera 1,5 million d'euros.",
    "L'usine emploie 5 000 personnes.",
    "La capacité atteindra 2000 tonnes par an.",
    "Les exportations ont crû de 2024 %.",
    "Le groupe compte plus de 2023 salariés.",
    "Il a produit 1999 véhicules.",
    "Un montant de 12,2025 milliards de DA.",
    "La ville compte 2 025 000 habitants.",
    "Le décret n° 2021 fixe les règles.",
    "Les années 2000 ont vu naître la filière.",
    "Sept accords ont été signés entre les deux pays.",
    "Le groupe détient 25 % du capital, mais pas plus.",
    "La société existe depuis 1900 ans, dit la légende.",
])
def test_numbers_are_not_dates(sentence):
    assert _vals(sentence) == []


def test_mixed_sentence_order_and_spans():
    text = ("Signé hier à Alger, l'accord de 1,5 milliard de DA, prévu depuis le 3 novembre 2025, "
            "couvrira la période allant jusqu'en 2030 et sera revu au premier semestre 2027.")
    assert _vals(text) == [("hier", "2025-12-04"), ("3 novembre 2025", "2025-11-03"),
                           ("jusqu'en 2030", "2030"), ("au premier semestre 2027", "2027-H1")]


def test_fast_on_long_text():
    text = "Le groupe a signé hier un accord de 5 000 tonnes en décembre 2025, lundi dernier. " * 2000
    t0 = time.perf_counter()
    ds = find_dates(text, FRIDAY)
    assert len(ds) == 6000
    assert time.perf_counter() - t0 < 2.0
