"""Entity resolution: spellings, acronyms, national institutions, people, analysts' corrections."""

from __future__ import annotations

from sqlalchemy import func, select

from accords.store.consolidate import rebuild
from accords.store.models import AliasRow, EntityRow, OverrideRow
from accords.store.query import entity_view, find_entity
from accords.store.resolve import Resolver, institution_country, is_noise, name_key

from .helpers import act, article, org, person, put, reading


def test_name_key_drops_article_case_accents():
    assert name_key("la Sonelec") == name_key("SONELEC") == "sonelec"
    assert name_key("l'Énergie Verte du Sud") == "energie verte du sud"


def test_name_key_drops_generic_head_nationality_and_legal_suffix():
    assert name_key("l'entreprise italienne Tessiture Brianza SpA") == "tessiture brianza"
    assert name_key("le groupe Tessiture Brianza") == "tessiture brianza"


def test_institution_country_from_its_adjective():
    assert institution_country("Banque tunisienne de l'industrie") == "TN"
    assert institution_country("ministère de l'Industrie") is None


def test_bare_generic_word_is_noise():
    assert is_noise("Société") and is_noise("le Groupe")
    assert not is_noise("Société des Câbles du Rif")


def _count(factory, etype: str) -> int:
    with factory() as s:
        return s.scalar(select(func.count(EntityRow.id)).where(EntityRow.type == etype))


def test_long_form_and_acronym_across_articles_are_one_org(store):
    long_form = "Compagnie nationale des lubrifiants industriels"
    put(store,
        (article("a1"), reading("a1", "2025-01-10", entities=[org(long_form, "CNLI")])),
        (article("a2"), reading("a2", "2025-01-11", entities=[org("la Cnli")])))
    with store() as s:
        ent = find_entity(s, "CNLI")
        assert ent.name == long_form
        assert len(entity_view(s, ent)["sources"]) == 2
    assert _count(store, "ORG") == 1


def test_article_linking_two_known_orgs_merges_them(store):
    put(store, (article("a1"), reading("a1", "2025-01-10", entities=[org("Office des grains du Nord")])),
        (article("a2"), reading("a2", "2025-01-11", entities=[org("OGN")])),
        (article("a3"), reading("a3", "2025-01-12", entities=[org("Office des grains du Nord", "OGN")])))
    assert _count(store, "ORG") == 1


def test_ministries_of_two_countries_stay_two(store):
    put(store,
        (article("a1"), reading("a1", "2025-01-10", agreements=[act(["Société A"], countries=["DZ"])],
                                entities=[org("ministère de l'Industrie")])),
        (article("a2"), reading("a2", "2025-01-11", agreements=[act(["Société B"], countries=["TN"])],
                                entities=[org("ministère de l'Industrie")])))
    with store() as s:
        rows = s.scalars(select(EntityRow).where(EntityRow.name == "ministère de l'Industrie")).all()
        assert sorted(r.country for r in rows) == ["DZ", "TN"]


def test_surname_joins_the_person_of_the_same_org(store):
    put(store,
        (article("a1"), reading("a1", "2025-01-10", entities=[org("Câbleries de l'Atlas")],
                                people=[person("Karim Haddadi", "PDG", "Câbleries de l'Atlas")])),
        (article("a2"), reading("a2", "2025-01-11", entities=[org("Câbleries de l'Atlas")],
                                people=[person("Haddadi", None, "Câbleries de l'Atlas")])))
    assert _count(store, "PER") == 1
    with store() as s:
        view = entity_view(s, find_entity(s, "Karim Haddadi"))
        assert view["organisation"] == "Câbleries de l'Atlas" and view["title"] == "PDG"
        assert {src["article_id"] for src in view["sources"]} == {"a1", "a2"}


def test_same_surname_at_another_org_is_another_person(store):
    put(store,
        (article("a1"), reading("a1", "2025-01-10", people=[person("Karim Haddadi", "PDG", "Câbleries de l'Atlas")])),
        (article("a2"), reading("a2", "2025-01-11", people=[person("Haddadi", "ministre", "ministère des Mines")])))
    assert _count(store, "PER") == 2


def test_country_entity_by_code(store):
    with store() as s, s.begin():
        r = Resolver(s)
        assert r.country("dz") == r.country("DZ")
        assert r.org("Algérie") == r.country("DZ")


def test_merge_override_survives_rebuild_and_new_articles(store):
    put(store, (article("a1"), reading("a1", "2025-01-10", entities=[org("Textiles du Littoral")])),
        (article("a2"), reading("a2", "2025-01-11", entities=[org("TexLit Holding")])))
    assert _count(store, "ORG") == 2
    with store() as s, s.begin():
        s.add(OverrideRow(action="merge", name="TexLit Holding", target="Textiles du Littoral"))
        s.flush()
        rebuild(s)
    assert _count(store, "ORG") == 1
    put(store, (article("a3"), reading("a3", "2025-02-01", entities=[org("TexLit Holding")])))
    assert _count(store, "ORG") == 1
    with store() as s:
        aliases = set(s.scalars(select(AliasRow.alias)))
        assert {"Textiles du Littoral", "TexLit Holding"} <= aliases


def test_split_override_keeps_a_name_apart(store):
    put(store, (article("a1"), reading("a1", "2025-01-10", entities=[org("Société des eaux de Tazra", "SET")])),
        (article("a2"), reading("a2", "2025-01-11", entities=[org("SET")])))
    assert _count(store, "ORG") == 1
    with store() as s, s.begin():
        s.add(OverrideRow(action="split", name="SET"))
        s.flush()
        rebuild(s)
    assert _count(store, "ORG") == 2


def test_display_name_drops_generic_head_before_a_proper_name():
    from accords.store.resolve import display_name

    assert display_name("l'entreprise turque Anadolu Pompa") == "Anadolu Pompa"
    assert display_name("Société nationale des pompes hydrauliques") == "Société nationale des pompes hydrauliques"
    assert display_name("Banque algérienne de développement") == "Banque algérienne de développement"


def test_name_key_drops_civility():
    assert name_key("M. Haddadi") == name_key("Mme Haddadi") == "haddadi"
