"""Consolidation: one act reported by several articles is one agreement; different acts stay apart."""

from __future__ import annotations

from sqlalchemy import func, select

from accords.store.consolidate import dates_fit, kinds_fit, parties_fit, sectors_fit
from accords.store.models import AgreementRow, ArticleRow, FigureRow, IngestError
from accords.store.query import agreement_json, list_agreements

from .helpers import act, article, org, put, reading

A, B, C = "Société des ciments de l'Ouarsenis", "Kalkwerk Brenner", "Verreries du Cap Bon"


def test_rules_in_isolation():
    from datetime import date

    assert parties_fit({1, 2}, {1, 2}) and parties_fit({1}, {1, 2})
    assert not parties_fit({1, 2}, {1, 3}) and not parties_fit({1}, {2})
    assert kinds_fit("mou", "agreement") and kinds_fit("mou", "convention")
    assert not kinds_fit("contract", "mou") and not kinds_fit("joint_venture", "contract")
    d = date.fromisoformat
    assert dates_fit(d("2025-03-01"), "signed", d("2025-03-10"), "signed")
    assert not dates_fit(d("2025-03-01"), "signed", d("2025-06-10"), "signed")
    assert dates_fit(d("2025-01-01"), "planned", d("2025-06-10"), "signed")
    assert not dates_fit(d("2025-01-01"), "signed", d("2025-06-10"), "planned")
    assert sectors_fit([], ["energy"]) and not sectors_fit(["energy"], ["metals"])


def _agreements(factory) -> list[dict]:
    with factory() as s:
        return [agreement_json(s, a) for a in list_agreements(s, limit=None, sort="id")]


def test_same_act_from_three_outlets_is_one_agreement_with_three_sources(store):
    rec = act([A, B], date="2025-03-10", countries=["DZ", "DE"], sectors=["construction_materials"])
    put(store, *[(article(f"o{i}", f"2025-03-1{i}", outlet=f"Journal {i}"), reading(f"o{i}", f"2025-03-1{i}", [rec]))
                 for i in range(1, 4)])
    [agr] = _agreements(store)
    assert agr["n_sources"] == 3 and agr["first_reported"] == "2025-03-11"
    assert [s["outlet"] for s in agr["sources"]] == ["Journal 1", "Journal 2", "Journal 3"]
    assert agr["sources"][0]["field_evidence"]["parties"] == [[0, 10]]
    assert sorted(agr["parties"]) == sorted([A, B])


def test_acts_between_different_parties_are_never_merged(store):
    put(store, (article("x1"), reading("x1", "2025-03-10", [act([A, B], date="2025-03-10")])),
        (article("x2"), reading("x2", "2025-03-10", [act([A, C], date="2025-03-10")])))
    assert len(_agreements(store)) == 2


def test_planned_then_signed_is_one_agreement_with_its_history(store):
    put(store, (article("p1"), reading("p1", "2025-01-05", [act([A, B], status="planned", date="2025-01-04")])),
        (article("p2"), reading("p2", "2025-04-20", [act([A, B], status="signed", date="2025-04-19")])))
    [agr] = _agreements(store)
    assert agr["status"] == "signed" and agr["date"] == "2025-04-19"
    assert [(h["status"], h["article_id"]) for h in agr["status_history"]] == [("planned", "p1"), ("signed", "p2")]


def test_same_day_acts_in_disjoint_sectors_stay_apart(store):
    put(store, (article("v1"), reading("v1", "2025-05-02", [act(["Algérie", "Turquie"], sectors=["energy"])])),
        (article("v2"), reading("v2", "2025-05-02", [act(["Algérie", "Turquie"], sectors=["textile_leather"])])))
    assert len(_agreements(store)) == 2


def test_companies_disagreeing_on_sectors_are_still_one_act(store):
    put(store, (article("w1"), reading("w1", "2025-05-02", [act([A, B], sectors=["energy"])])),
        (article("w2"), reading("w2", "2025-05-03", [act([A, B], sectors=["machinery"])])))
    [agr] = _agreements(store)
    assert set(agr["sectors"]) == {"energy", "machinery"}


def test_parties_seen_signing_several_acts_need_sectors_to_agree(store):
    put(store, (article("m1"), reading("m1", "2025-05-02", [act([A, B], sectors=["energy"]),
                                                             act([A, B], sectors=["metals"])])),
        (article("m2"), reading("m2", "2025-05-03", [act([A, B], sectors=["metals"])])),
        (article("m3"), reading("m3", "2025-05-03", [act([A, B], sectors=["textile_leather"])])))
    assert sorted(a["n_sources"] for a in _agreements(store)) == [1, 1, 2]


def test_two_acts_of_one_article_stay_two(store):
    put(store, (article("t1"), reading("t1", "2025-05-02", [act([A, B]), act([A, B])])))
    assert len(_agreements(store)) == 2


def test_conflicting_dates_are_kept_and_the_most_supported_shown(store):
    recs = [act([A, B], date="2025-03-10"), act([A, B], date="2025-03-10"), act([A, B], date="2025-03-09")]
    put(store, *[(article(f"d{i}"), reading(f"d{i}", "2025-03-11", [r])) for i, r in enumerate(recs)])
    [agr] = _agreements(store)
    assert agr["date"] == "2025-03-10"
    dates = {v["value"]: v["sources"] for v in agr["field_values"]["date"]}
    assert dates == {"2025-03-10": ["d0", "d1"], "2025-03-09": ["d2"]}


def test_a_new_version_replaces_the_old_ones_contributions(store):
    put(store, (article("n1", text="Première version."), reading("n1", "2025-03-11", [act([A, B])])))
    summary = put(store, (article("n1", text="Seconde version, corrigée."), reading("n1", "2025-03-11", [act([A, C])])))
    assert summary.versions == 1
    [agr] = _agreements(store)
    assert sorted(agr["parties"]) == sorted([A, C])
    with store() as s:
        assert s.scalar(select(func.count(ArticleRow.id))) == 2
        assert s.scalar(select(func.count(ArticleRow.id)).where(ArticleRow.current.is_(True))) == 1


def test_republished_text_is_linked_not_counted(store):
    text = "Un texte repris mot pour mot par un second site."
    put(store, (article("r1", text=text), reading("r1", "2025-03-11", [act([A, B])])))
    summary = put(store, (article("r2", text=text.upper()), reading("r2", "2025-03-12", [act([A, B])])))
    assert summary.republished == 1
    [agr] = _agreements(store)
    assert agr["n_sources"] == 1
    with store() as s:
        r2 = s.scalar(select(ArticleRow).where(ArticleRow.ext_id == "r2"))
        assert r2.duplicate_of is not None


def test_near_duplicate_republication_is_linked_within_days_only(store):
    from tests.ingest.test_near_duplicates import DISPATCH, OTHER, REPUBLISHED

    put(store, (article("n1", "2025-05-13", text=DISPATCH), reading("n1", "2025-05-13", [act([A, B])])))
    summary = put(store, (article("n2", "2025-05-14", text=REPUBLISHED, outlet="L'Agence"),
                          reading("n2", "2025-05-14", [act([A, B])])),
                  (article("n3", "2025-05-14", text=OTHER), reading("n3", "2025-05-14")))
    assert summary.republished == 1 and summary.new == 1
    late = put(store, (article("n4", "2025-08-20", text=REPUBLISHED), reading("n4", "2025-08-20", [act([A, B])])))
    assert late.new == 1  # months later: another article, not a republication
    with store() as s:
        rows = {a.ext_id: a for a in s.scalars(select(ArticleRow))}
        assert rows["n2"].duplicate_of == rows["n1"].id
        assert rows["n3"].duplicate_of is None and rows["n4"].duplicate_of is None
    assert [a["n_sources"] for a in _agreements(store)] == [1, 1]


def test_same_article_twice_is_stored_once(store):
    pair = (article("s1"), reading("s1", "2025-03-11", [act([A, B])]))
    put(store, pair)
    assert put(store, pair).unchanged == 1
    assert len(_agreements(store)) == 1


def test_a_failing_article_is_recorded_and_the_batch_goes_on(store):
    broken = reading("b1", "2025-03-11", [{"parties": [A, B]}])  # no kind, no status
    summary = put(store, (article("b1"), broken), (article("b2"), reading("b2", "2025-03-11", [act([A, B])])))
    assert summary.errors == 1 and summary.new == 1
    with store() as s:
        [err] = s.scalars(select(IngestError)).all()
        assert err.article_id == "b1" and "KeyError" in err.reason
        assert [a.ext_id for a in s.scalars(select(ArticleRow))] == ["b2"]


def test_figures_of_a_party_are_tied_to_its_agreement(store):
    fig = {"kind": "investment", "value": 3e9, "unit": "DZD", "holder": A, "period": None, "text": "3 milliards de DA",
           "evidence": [[5, 22]]}
    put(store, (article("f1"), reading("f1", "2025-03-11", [act([A, B])], entities=[org(A)], figures=[fig])))
    with store() as s:
        [f] = s.scalars(select(FigureRow)).all()
        assert f.agreement_id == s.scalar(select(AgreementRow.id)) and f.unit == "DZD"
