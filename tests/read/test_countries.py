"""Countries in French text: names, capitals, demonyms and compound demonyms."""

from __future__ import annotations

from importlib.resources import files

import pycountry
import pytest

from accords.read.countries import (
    capital_country,
    capitals_in,
    countries_in,
    country_code,
    country_name,
    demonym_countries,
)


def spans(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], code) for s, e, code in countries_in(text)]


def codes(text: str) -> list[str]:
    return [code for _s, _e, code in countries_in(text)]


# --- country_code -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code"), [
    ("Algérie", "DZ"), ("l'Algérie", "DZ"), ("l’Algérie", "DZ"), ("la Russie", "RU"), ("le Maroc", "MA"),
    ("les Etats-Unis", "US"), ("États-Unis d'Amérique", "US"), ("USA", "US"), ("ALGERIE", "DZ"),
    ("aux Emirats arabes unis", "AE"), ("Grande-Bretagne", "GB"), ("Royaume-Uni", "GB"),
    ("Corée du Sud", "KR"), ("Cote d'Ivoire", "CI"), ("RDC", "CD"),
    ("République démocratique du Congo", "CD"),
    ("Tchéquie", "CZ"), ("Biélorussie", "BY"), ("Bélarus", "BY"), ("Fédération de Russie", "RU"),
    ("République populaire de Chine", "CN"), ("Türkiye", "TR"), ("Turquie", "TR"), ("Hollande", "NL"),
    ("Pays-Bas", "NL"), ("du Sénégal", "SN"), ("de la Mauritanie", "MR"), ("Arabie Saoudite", "SA"),
    ("Etats Unis", "US"), ("Guinée équatoriale", "GQ"), ("Nigéria", "NG"), ("Niger", "NE"),
])
def test_country_code_names(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("name", ["Petrolia", "Alger", "Afrique", "Union européenne", "rdc", "la réunion",
                                  "eau", "us", "national", ""])
def test_country_code_rejects(name: str) -> None:
    assert country_code(name) is None


def test_country_code_cased_name_needs_capitals() -> None:
    assert country_code("La Réunion") == "RE"
    assert country_code("EAU") == "AE"


def test_country_code_skips_babel_regions() -> None:
    assert country_code("Monde") is None
    assert country_code("Afrique subsaharienne") is None
    assert country_code("zone euro") is None


# --- capitals ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "code"), [
    ("Alger", "DZ"), ("Moscou", "RU"), ("Pékin", "CN"), ("Beijing", "CN"), ("Le Caire", "EG"),
    ("Caire", "EG"), ("Abou Dhabi", "AE"), ("Abu Dhabi", "AE"), ("Riyad", "SA"), ("Addis-Abeba", "ET"),
    ("N'Djamena", "TD"), ("Yaoundé", "CM"), ("Yaounde", "CM"), ("Abidjan", "CI"), ("Kyiv", "UA"),
])
def test_capital_country(name: str, code: str) -> None:
    assert capital_country(name) == code


def test_capital_country_unknown() -> None:
    assert capital_country("Oran") is None
    assert capital_country("Algérie") is None


def test_capitals_in_spans() -> None:
    text = "Un vol direct reliera Alger à Moscou, puis au Caire et à Abou Dhabi."
    assert [(text[s:e], c) for s, e, c in capitals_in(text)] == [
        ("Alger", "DZ"), ("Moscou", "RU"), ("Caire", "EG"), ("Abou Dhabi", "AE")]


def test_capitals_in_needs_capital_letter() -> None:
    text = "Les paris sportifs ne sont pas autorisés à Paris, qu'il vienne ou non."
    assert [(text[s:e], c) for s, e, c in capitals_in(text)] == [("Paris", "FR")]


def test_capitals_not_in_countries_in() -> None:
    assert countries_in("La délégation est arrivée à Alger puis à Rabat.") == []


# --- demonyms ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("word", "expected"), [
    ("algérien", ["DZ"]), ("algérienne", ["DZ"]), ("algériens", ["DZ"]), ("algériennes", ["DZ"]),
    ("Algeriennes", ["DZ"]), ("marocaine", ["MA"]), ("sénégalaises", ["SN"]), ("chinoise", ["CN"]),
    ("turc", ["TR"]), ("turque", ["TR"]), ("turcs", ["TR"]), ("grecque", ["GR"]), ("russe", ["RU"]),
    ("russes", ["RU"]), ("biélorusse", ["BY"]), ("bielorusses", ["BY"]), ("qataries", ["QA"]),
    ("émiratis", ["AE"]), ("coréenne", ["KR"]), ("sud-coréennes", ["KR"]), ("nord-coréen", ["KP"]),
    ("ivoirienne", ["CI"]), ("burkinabè", ["BF"]), ("nigériane", ["NG"]), ("nigérienne", ["NE"]),
    ("kényane", ["KE"]), ("espagnole", ["ES"]), ("français", ["FR"]), ("sud-africaine", ["ZA"]),
])
def test_demonym_inflections(word: str, expected: list[str]) -> None:
    assert demonym_countries(word) == expected


@pytest.mark.parametrize(("word", "expected"), [
    ("russo-algérien", ["RU", "DZ"]), ("algéro-russe", ["DZ", "RU"]), ("algero-turque", ["DZ", "TR"]),
    ("franco-algériennes", ["FR", "DZ"]), ("sino-algérien", ["CN", "DZ"]), ("italo-tunisien", ["IT", "TN"]),
    ("germano-marocain", ["DE", "MA"]), ("hispano-marocaine", ["ES", "MA"]), ("nippo-coréen", ["JP", "KR"]),
    ("égypto-saoudien", ["EG", "SA"]), ("Tuniso-Libyenne", ["TN", "LY"]), ("qataro-algérien", ["QA", "DZ"]),
    ("russo-sud-coréen", ["RU", "KR"]), ("franco-sino-algérien", ["FR", "CN", "DZ"]),
    ("franco-français", ["FR"]),
])
def test_demonym_compounds(word: str, expected: list[str]) -> None:
    assert demonym_countries(word) == expected


@pytest.mark.parametrize("word", ["national", "africain", "européen", "latino-américain", "anglo-saxon",
                                  "arabe", "indo-européen", "algérie", "sahraoui", ""])
def test_demonym_unknown(word: str) -> None:
    assert demonym_countries(word) == []


def test_demonym_table_is_valid() -> None:
    text = files("accords.data").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    assert len(rows) > 150
    for adj, code in rows:
        assert pycountry.countries.get(alpha_2=code), (adj, code)
        assert demonym_countries(adj) == [code], adj


def test_capital_table_is_valid() -> None:
    text = files("accords.data").joinpath("capitals.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    assert len(rows) > 80
    for cap, code in rows:
        assert pycountry.countries.get(alpha_2=code), (cap, code)
        assert capital_country(cap) == code, cap


# --- countries_in -----------------------------------------------------------------------------------------

def test_countries_in_names_with_articles() -> None:
    text = "L'Algérie et la Russie ont signé un accord, selon les Etats-Unis."
    assert spans(text) == [("Algérie", "DZ"), ("Russie", "RU"), ("Etats-Unis", "US")]


def test_countries_in_exact_offsets() -> None:
    text = "Le Maroc exporte vers la Turquie."
    assert countries_in(text) == [(3, 8, "MA"), (25, 32, "TR")]


def test_countries_in_demonyms() -> None:
    text = "Les entreprises biélorusses et une délégation turque ont rencontré des industriels algériens."
    assert spans(text) == [("biélorusses", "BY"), ("turque", "TR"), ("algériens", "DZ")]


def test_countries_in_compound_demonym_parts() -> None:
    text = "Le forum d'affaires algéro-turc et la coentreprise russo-algérienne."
    assert spans(text) == [("algéro", "DZ"), ("turc", "TR"), ("russo", "RU"), ("algérienne", "DZ")]


def test_countries_in_compound_with_hyphenated_demonym() -> None:
    assert spans("Un partenariat franco-sud-africain.") == [("franco", "FR"), ("sud-africain", "ZA")]


def test_countries_in_without_accents() -> None:
    text = "les societes algeriennes et la Cote d'Ivoire, l'Egypte et les Emirats arabes unis"
    assert codes(text) == ["DZ", "CI", "EG", "AE"]


def test_countries_in_typographic_apostrophe() -> None:
    assert spans("Un accord avec la Côte d’Ivoire.") == [("Côte d’Ivoire", "CI")]


def test_countries_in_upper_case_headline() -> None:
    assert codes("L'ALGÉRIE ET LE QATAR SIGNENT UN PROTOCOLE") == ["DZ", "QA"]


def test_countries_in_longest_name_wins() -> None:
    text = "La Guinée, la Guinée équatoriale et la Guinée-Bissau."
    assert spans(text) == [("Guinée", "GN"), ("Guinée équatoriale", "GQ"), ("Guinée-Bissau", "GW")]


def test_countries_in_niger_nigeria() -> None:
    text = "Le Niger et le Nigeria, partenaires nigériens et nigérians."
    assert codes(text) == ["NE", "NG", "NE", "NG"]


def test_countries_in_congo() -> None:
    text = "La RDC, le Congo et la République démocratique du Congo."
    assert codes(text) == ["CD", "CG", "CD"]


def test_countries_in_hyphen_joined_names() -> None:
    assert codes("Le partenariat Algérie-Russie et l'axe Chine-Afrique.") == ["DZ", "RU", "CN"]


def test_countries_in_variants() -> None:
    text = "La Grande-Bretagne, la Biélorussie, le Bélarus, la Türkiye, la Hollande et la Corée du Sud."
    assert codes(text) == ["GB", "BY", "BY", "TR", "NL", "KR"]


def test_countries_in_no_false_positives() -> None:
    text = ("Lors de la réunion nationale, le ministre a évoqué l'équateur, l'eau potable, le jersey, "
            "le chili con carne, Maurice Dupont et Dominique Martin, une dinde, un roman, "
            "les us et coutumes.")
    assert countries_in(text) == []


def test_countries_in_blockers() -> None:
    text = "Les îles de l'océan Indien, le golfe de Guinée et un document en français."
    assert countries_in(text) == []


def test_countries_in_prefixed_not_compound() -> None:
    assert countries_in("Un marché latino-américain et nord-africain, l'ère gallo-romaine.") == []


def test_countries_in_cased_names() -> None:
    assert codes("La Réunion, l'Équateur, la RDC") == ["RE", "EC", "CD"]
    assert codes("la rdc, le chili") == []


def test_countries_in_demonym_after_elision() -> None:
    assert spans("L'Ivoirien et l'Italienne.") == [("Ivoirien", "CI"), ("Italienne", "IT")]


def test_countries_in_ile_maurice() -> None:
    assert spans("Un investisseur de l'île Maurice.") == [("île Maurice", "MU")]


def test_countries_in_empty() -> None:
    assert countries_in("") == []


# --- country_name -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "name"), [
    ("DZ", "Algérie"), ("dz", "Algérie"), ("RU", "Russie"), ("US", "États-Unis"), ("CI", "Côte d'Ivoire"),
    ("BY", "Biélorussie"), ("HK", "Hong Kong"), ("XX", "XX"),
])
def test_country_name(code: str, name: str) -> None:
    assert country_name(code) == name


def test_round_trip_name_to_code() -> None:
    for code in ("DZ", "MA", "TN", "FR", "IT", "ES", "DE", "CN", "RU", "TR", "US", "BY", "QA", "AE", "SA",
                 "EG", "MR", "SN", "CI", "CM", "NG", "JO", "CU", "CA", "PT", "JP", "KR", "IN", "BR",
                 "CD", "CG"):
        assert country_code(country_name(code)) == code, code


@pytest.mark.parametrize(("name", "code"), [
    ("Médéa", "DZ"), ("wilaya de Sétif", "DZ"), ("Sfax", "TN"), ("Thiès", "SN"), ("Kénitra", "MA"),
    ("Alger", "DZ"), ("Paris", "FR"),
])
def test_place_country_knows_capitals_and_african_subdivisions(name, code):
    from accords.read.countries import place_country

    assert place_country(name) == code


@pytest.mark.parametrize("name", ["Atlantique", "Centre-Est", "Littoral", "Sahel", "médéa", "Georgia"])
def test_place_country_ignores_ordinary_words_lower_case_and_other_continents(name):
    from accords.read.countries import place_country

    assert place_country(name) is None


def test_a_wilaya_gives_the_home_country(read):
    r = read("La Société des briqueteries du Tell et le groupe portugais Lusitana Cerâmica SA ont signé "
             "jeudi à Médéa une convention pour la fabrication de briques réfractaires.")
    assert set(r.agreements[0].countries) == {"DZ", "PT"}
