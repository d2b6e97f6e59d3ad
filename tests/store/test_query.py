"""Queries: filters of ``accords agreements``, search, statistics, schema."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from accords.store.models import Base
from accords.store.query import AgreementFilter, QueryError, count_agreements, list_agreements, search_register, stats
from accords.store.search import MARK_END, MARK_START, fts5_query, snippet_markup

from .helpers import act, article, put, reading

PHARMA_TEXT = ("Les Laboratoires du Tell et la firme russe Volga Farma ont signé un mémorandum pour fabriquer "
               "des médicaments anticancéreux à Blida.")
CABLE_TEXT = "La Société des câbles de Sfax et le groupe italien Cavi Lombardi créent une coentreprise."


@pytest.fixture
def register(store):
    put(store,
        (article("q1", "2024-05-10", text=PHARMA_TEXT, title="Médicaments : accord algéro-russe"),
         reading("q1", "2024-05-10", [act(["Laboratoires du Tell", "Volga Farma"], date="2024-05-09",
                                          countries=["DZ", "RU"], sectors=["pharmaceuticals"])])),
        (article("q2", "2022-11-02", text=CABLE_TEXT, title="Câbles : une coentreprise tuniso-italienne"),
         reading("q2", "2022-11-02", [act(["Société des câbles de Sfax", "Cavi Lombardi"], kind="joint_venture",
                                          countries=["TN", "IT"], sectors=["electronics_electrical"])])),
        (article("q3", "2025-02-01", text="L'Algérie et l'Italie prévoient un accord sur l'énergie."),
         reading("q3", "2025-02-01", [act(["Algérie", "Italie"], kind="agreement", status="planned",
                                          countries=["DZ", "IT"], sectors=["energy"])])))
    return store


def _ids(factory, **kw) -> list[str]:
    with factory() as s:
        return sorted("+".join(sorted(a.countries)) for a in list_agreements(s, AgreementFilter(**kw), limit=None))


@pytest.mark.parametrize(("kw", "expected"), [
    ({}, ["DZ+IT", "DZ+RU", "IT+TN"]),
    ({"country": "DZ"}, ["DZ+IT", "DZ+RU"]),
    ({"country": "Algérie", "partner": "ru"}, ["DZ+RU"]),
    ({"sector": "pharmaceuticals"}, ["DZ+RU"]),
    ({"kind": "joint_venture"}, ["IT+TN"]),
    ({"status": "planned"}, ["DZ+IT"]),
    ({"since": "2024"}, ["DZ+IT", "DZ+RU"]),
    ({"since": "2023-01-01", "until": "2024-05"}, ["DZ+RU"]),
    ({"until": "2022"}, ["IT+TN"]),
    ({"party": "volga farma"}, ["DZ+RU"]),
    ({"party": "Nobody at all"}, []),
])
def test_agreement_filters(register, kw, expected):
    assert _ids(register, **kw) == expected


def test_bad_filters_are_clear_errors(register):
    with register() as s:
        with pytest.raises(QueryError, match="unknown country"):
            list_agreements(s, AgreementFilter(country="Atlantide"))
        with pytest.raises(QueryError, match="--since"):
            list_agreements(s, AgreementFilter(since="last week"))
        with pytest.raises(QueryError, match="unknown sort"):
            list_agreements(s, sort="colour")


def test_sort_limit_and_count(register):
    with register() as s:
        newest = list_agreements(s, sort="-date", limit=2)
        assert [a.date_sort[:4] for a in newest] == ["2025", "2024"]
        assert count_agreements(s, AgreementFilter(country="DZ")) == 2


def test_search_is_accent_and_case_insensitive(register):
    with register() as s:
        hits = search_register(s, "MEDICAMENTS")
        assert [(h.doc_type, h.title) for h in hits][0] == ("article", "Médicaments : accord algéro-russe")
        assert MARK_START in hits[0].snippet and MARK_END in hits[0].snippet


def test_search_finds_agreements_by_party_and_respects_filters(register):
    with register() as s:
        assert [h.doc_type for h in search_register(s, "Volga", doc_type="agreement")] == ["agreement"]
        assert search_register(s, "coentreprise", AgreementFilter(country="DZ")) == []
        hits = search_register(s, "coentreprise", AgreementFilter(country="TN"))
        assert {h.doc_type for h in hits} == {"article", "agreement"}  # the act's label names its kind


def test_search_of_punctuation_only_finds_nothing(register):
    with register() as s:
        assert search_register(s, '"*) OR (') == []


def test_fts5_query_quotes_words():
    assert fts5_query('énergie AND "solaire') == '"énergie"* "AND"* "solaire"*'


def test_snippet_markup_escapes_article_text():
    snip = f"<script>alert(1)</script> {MARK_START}usine{MARK_END}"
    assert snippet_markup(snip, "html") == "&lt;script&gt;alert(1)&lt;/script&gt; <mark>usine</mark>"
    assert snippet_markup("[bold]x[/bold]", "rich").startswith("\\[bold]")


def test_stats(register):
    with register() as s:
        data = stats(s)
    assert {r["key"]: r["agreements"] for r in data["country_pairs"]} == {"DZ-RU": 1, "IT-TN": 1, "DZ-IT": 1}
    assert {r["key"] for r in data["months"]} == {"2024-05", "2022-11", "2025-02"}
    assert {r["key"]: r["agreements"] for r in data["statuses"]} == {"signed": 2, "planned": 1}


def test_migrations_build_every_table_of_the_models(store):
    with store() as s:
        tables = set(inspect(s.get_bind()).get_table_names())
    assert set(Base.metadata.tables) <= tables and "search_index" in tables


def test_migrations_match_the_models(store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store() as s:
        diff = compare_metadata(MigrationContext.configure(s.connection()), Base.metadata)
    assert [d for d in diff if "search_index" not in str(d)] == []


def test_text_filter_combines_with_the_others(register):
    assert _ids(register, text="volga") == ["DZ+RU"]
    assert _ids(register, text="volga", country="TN") == []
    assert _ids(register, text="lombardi", country="TN") == ["IT+TN"]
