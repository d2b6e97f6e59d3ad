"""The server-rendered pages through the test client: content, filters, escaping of article text."""

from __future__ import annotations

import csv
import io

from .conftest import TOKEN


def test_every_page_renders(client):
    for path in ("/", "/agreements", "/agreements/1", "/articles/ex-01", "/entities/2", "/entities?q=sneh",
                 "/network", "/network?level=organisations&sector=energy", "/read", "/search?q=usine"):
        r = client.get(path)
        assert r.status_code == 200 and "<title>" in r.text, path


def test_pages_allow_no_inline_script(client):
    csp = client.get("/agreements").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_only_web_addresses_are_links():
    from accords.serve.pages import web_url

    assert web_url("https://example.org/a") == "https://example.org/a"
    for bad in ("javascript:alert(1)", " JavaScript:x", "data:text/html,<b>", "", None):
        assert web_url(bad) is None


def test_unknown_pages_are_404_pages(client):
    for path in ("/agreements/99999", "/articles/none", "/entities/99999", "/nowhere"):
        r = client.get(path)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"], path


def test_agreements_filtered_by_country_and_sector(client):
    algerian = client.get("/api/agreements", params={"country": "DZ", "limit": 500}).json()["items"]
    sector = next(a["sectors"][0] for a in algerian if a["sectors"])
    inside = [a for a in algerian if sector in a["sectors"]]
    outside = client.get("/api/agreements", params={"country": "SN"}).json()["items"][0]
    html = client.get("/agreements", params={"country": "DZ", "sector": sector}).text
    assert f'<strong id="total">{len(inside)} agreements</strong>' in html
    assert all(f'href="/agreements/{a["id"]}"' in html for a in inside)
    assert f'href="/agreements/{outside["id"]}"' not in html
    assert 'data-facet="sector"' in html and "Download CSV" in html


def test_bad_filter_is_shown_not_raised(client):
    r = client.get("/agreements", params={"since": "hier"})
    assert r.status_code == 200 and 'class="error"' in r.text


def test_csv_download_of_the_selection(client):
    r = client.get("/agreements.csv", params={"country": "SN"})
    rows = list(csv.DictReader(io.StringIO(r.text)))
    total = client.get("/api/agreements", params={"country": "SN"}).json()["total"]
    assert r.headers["content-type"].startswith("text/csv") and len(rows) == total >= 1
    assert all("SN" in row["countries"] for row in rows)


def test_agreement_page_quotes_and_links_its_sources(client):
    [agr] = client.get("/api/agreements", params={"party": "Hanul Telecom", "status": "signed"}).json()["items"]
    html = client.get(f"/agreements/{agr['id']}").text
    assert html.count("<blockquote>") == 2 and 'href="/articles/fu-03#a0"' in html
    assert "planned" in html and "signed" in html


def test_article_page_highlights_facts_in_distinct_colours(client):
    html = client.get("/articles/ex-01").text
    for cls in ("hl-trigger", "hl-org", "hl-per", "hl-loc", "hl-figure", "hl-date"):
        assert f'class="{cls}"' in html, cls
    assert 'id="a0"' in html


def test_article_text_is_escaped(client):
    html = client.get("/articles/hostile-1").text
    assert "<script>window.__pwned" not in html and "&lt;script&gt;window.__pwned" in html
    assert "<img src=x" not in html and "&lt;img src=x" in html
    assert "javascript:" not in html  # its url is no link
    search = client.get("/search", params={"q": "engrais"}).text
    assert "<script>window" not in search


def test_read_page_reads_and_stores_with_the_token(client):
    text = ("La Minoterie du Zab et l'entreprise turque Konya Değirmen ont signé mardi à Biskra un accord "
            "pour la fourniture de moulins.")
    r = client.post("/read", data={"text": text, "published": "2025-11-04"})
    assert r.status_code == 200 and "Minoterie du Zab" in r.text and 'class="hl-trigger"' in r.text
    assert client.get("/api/articles/read-page-1").status_code == 404
    r = client.post("/read", data={"text": text, "published": "2025-11-04", "store": "1", "article_id": "read-page-1",
                                   "token": "wrong"})
    assert "wrong token" in r.text
    r = client.post("/read", data={"text": text, "published": "2025-11-04", "store": "1", "article_id": "read-page-1",
                                   "token": TOKEN})
    assert 'id="stored"' in r.text and client.get("/api/articles/read-page-1").status_code == 200
    assert client.post("/read", data={"text": "x", "published": "demain"}).status_code == 422
