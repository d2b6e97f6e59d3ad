"""Every endpoint of the JSON API, bad parameters (422, never 500) and the bearer token."""

from __future__ import annotations

import pytest

from .conftest import TOKEN

NEW_ARTICLE = {"id": "api-test-1", "published": "2025-10-06", "outlet": "Test Hebdo", "title": "Câbles",
               "text": ("La Câblerie du Sahel et l'entreprise espagnole Cables Ebro ont signé lundi à Nouakchott un "
                        "contrat pour la fourniture de 300 kilomètres de câbles.")}


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/agreements", "/api/agreements/{agreement_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/articles/{article_id}", "/api/search", "/api/stats", "/api/read", "/api/articles"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/vendor/swagger-ui-dist/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/vendor/swagger-ui-dist/swagger-ui-bundle.js").status_code == 200
    assert client.get("/vendor/cytoscape/package.json").status_code == 404  # node_modules itself is not served


def test_agreements_filters_pagination_sorting(client):
    everything = client.get("/api/agreements", params={"country": "SN", "limit": 500}).json()
    total = everything["total"]
    assert total >= 2 and len(everything["items"]) == total
    page = client.get("/api/agreements", params={"country": "SN", "limit": total - 1, "sort": "-date"}).json()
    assert page["total"] == total and len(page["items"]) == total - 1
    assert all("SN" in a["countries"] for a in page["items"])
    dates = [a["date"] for a in page["items"]]
    assert dates == sorted(dates, reverse=True)
    rest = client.get("/api/agreements", params={"country": "SN", "limit": total - 1, "offset": total - 1,
                                                 "sort": "-date"}).json()
    assert len(rest["items"]) == 1 and rest["items"][0]["id"] not in {a["id"] for a in page["items"]}
    assert client.get("/api/agreements", params={"sector": "digital", "status": "signed"}).json()["total"] >= 1


@pytest.mark.parametrize("params", [
    {"limit": 0}, {"limit": 10_000}, {"offset": -1}, {"sort": "colour"}, {"since": "yesterday"},
    {"kind": "treaty"}, {"status": "maybe"}, {"country": "Atlantide"},
])
def test_bad_agreement_parameters_are_422_with_a_message(client, params):
    r = client.get("/api/agreements", params=params)
    assert r.status_code == 422 and r.json()["detail"]


def test_validation_errors_name_the_parameter():
    from fastapi.testclient import TestClient

    from accords.serve.app import create_app

    body = TestClient(create_app("sqlite://")).get("/api/agreements", params={"since": "hier"}).json()
    assert "since" in body["detail"] and body["errors"][0]["loc"] == ["query", "since"]


def test_agreement_with_sources_and_evidence(client):
    [agr] = client.get("/api/agreements", params={"party": "Hanul Telecom", "status": "signed"}).json()["items"]
    full = client.get(f"/api/agreements/{agr['id']}").json()
    assert [s["article_id"] for s in full["sources"]] == ["ex-21", "fu-03"]
    assert [h["status"] for h in full["status_history"]] == ["planned", "signed"]
    article = client.get("/api/articles/fu-03").json()
    s, e = full["sources"][1]["field_evidence"]["place"][0]
    assert article["text"][s:e] == "Dakar"


def test_missing_things_are_404_json(client):
    for path in ("/api/agreements/99999", "/api/entities/99999", "/api/articles/no-such-article", "/api/nothing"):
        r = client.get(path)
        assert r.status_code == 404 and "detail" in r.json(), path
    assert client.get("/api/agreements/abc").status_code == 422


def test_entities_lookup_and_view(client):
    items = client.get("/api/entities", params={"q": "sneh"}).json()["items"]
    assert items[0]["name"] == "Société nationale des équipements hydrauliques" and "SNEH" in items[0]["aliases"]
    view = client.get(f"/api/entities/{items[0]['id']}").json()
    assert {s["article_id"] for s in view["sources"]} == {"ex-01", "fu-01"}
    assert client.get("/api/entities", params={"q": ""}).status_code == 422


def test_article_text_with_spans(client):
    art = client.get("/api/articles/ex-01").json()
    assert art["reading"]["agreements"] and art["agreements"][0]["agreement_id"]
    ent = art["reading"]["entity_details"][0]
    s, e = ent["evidence"][0]
    assert art["text"][s:e] in [ent["name"], *ent["aliases"]]
    assert client.get("/api/articles/fu-02").json()["republished_from"] == "ex-02"


def test_search_accent_insensitive_with_highlight(client):
    items = client.get("/api/search", params={"q": "medicaments"}).json()["items"]
    assert items and "<mark>" in items[0]["snippet_html"]
    assert client.get("/api/search", params={"q": "medicaments", "type": "nothing"}).status_code == 422
    assert client.get("/api/search").status_code == 422


def test_stats_and_network(client):
    stats = client.get("/api/stats").json()
    assert {"country_pairs", "sectors", "statuses", "months"} <= set(stats)
    net = client.get("/api/network", params={"level": "countries"}).json()
    ids = {n["id"] for n in net["nodes"]}
    assert {"SN", "KR"} <= ids and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    assert client.get("/api/network", params={"level": "planets"}).status_code == 422


def test_read_without_storing(client):
    r = client.post("/api/read", json={"text": NEW_ARTICLE["text"], "published": "2025-10-06"})
    assert r.status_code == 200
    [agr] = r.json()["agreements"]
    assert agr["kind"] == "contract" and agr["date"] == "2025-10-06"
    assert client.get("/api/articles/pasted").status_code == 404
    assert client.post("/api/read", json={"text": ""}).status_code == 422
    assert client.post("/api/read", json={"published": "2025"}).status_code == 422


def test_ingest_needs_the_token(client):
    assert client.post("/api/articles", json=NEW_ARTICLE).status_code == 401
    r = client.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    r = client.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 201 and r.json()["new"] == 1
    again = client.post("/api/articles", json=[NEW_ARTICLE], headers={"Authorization": f"Bearer {TOKEN}"})
    assert again.json()["unchanged"] == 1
    assert client.get("/api/articles/api-test-1").json()["title"] == "Câbles"
    no_id = {k: v for k, v in NEW_ARTICLE.items() if k != "id"}
    assert client.post("/api/articles", json=no_id, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 422


def test_without_a_token_the_server_is_read_only(desk_db, reader, monkeypatch):
    from fastapi.testclient import TestClient

    from accords.serve.app import create_app

    monkeypatch.delenv("ACCORDS_TOKEN", raising=False)
    ro = TestClient(create_app(desk_db, reader=reader))
    r = ro.post("/api/articles", json=NEW_ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "read-only" in r.json()["detail"]
