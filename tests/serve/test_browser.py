"""The desk driven as an analyst would, in headless Chromium (Debian's ``chromium``, through Playwright).

The application runs under uvicorn in a thread on a free port, over the register of the bundled
examples (``conftest.desk_db``). Each test writes a screenshot of the page it ends on under
``build/screenshots/`` for a reviewer. Without a browser the tests are skipped with a message,
unless ``ACCORDS_REQUIRE_BROWSER=1`` (CI) makes that a failure.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import HOSTILE, TOKEN

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "build" / "screenshots"
REQUIRED = os.environ.get("ACCORDS_REQUIRE_BROWSER") == "1"


def _chromium() -> str | None:
    path = os.environ.get("ACCORDS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return path if path and Path(path).exists() else None


def _unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"ACCORDS_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def base_url(app) -> Iterator[str]:
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the desk did not start under uvicorn")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install -e '.[dev]')")
    exe = _chromium()
    if exe is None:
        _unavailable("no Chromium found (apt-get install chromium, or set ACCORDS_CHROMIUM)")
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def page(browser, base_url):
    ctx = browser.new_context(base_url=base_url, viewport={"width": 1280, "height": 900}, locale="fr-FR")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    ctx.close()


def wait_until(page, expression: str, timeout: float = 15.0) -> None:
    """Poll ``expression`` in the page (``page.wait_for_function`` would need 'unsafe-eval', which the
    desk's Content-Security-Policy refuses)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {expression}")
        time.sleep(0.1)


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_shows_months_matrix_and_partners(page):
    page.goto("/")
    assert page.locator("h1").first.inner_text().strip()
    body = page.locator("main").inner_text()
    assert "Algérie" in body or "DZ" in body
    assert page.locator("td.n a").count() > 0  # the country × sector matrix links to filtered lists
    shot(page, "overview")


def test_filter_by_country_and_sector_then_follow_a_source_to_its_article(page):
    page.goto("/")
    page.get_by_role("link", name="Agreements", exact=True).click()
    total_all = int(page.locator("#total").inner_text().split()[0])
    page.locator('section[data-facet="country"] a', has_text="Algérie").first.click()
    page.wait_for_url("**country=DZ**")
    sector_link = page.locator('section[data-facet="sector"] a').first
    sector = sector_link.inner_text().strip()
    sector_link.click()
    page.wait_for_url(f"**sector={sector}**")
    total = int(page.locator("#total").inner_text().split()[0])
    assert 0 < total < total_all
    rows = page.locator("table.agreements tbody tr")
    assert rows.count() == total
    for i in range(total):
        cells = rows.nth(i).locator("td")
        assert "DZ" in cells.nth(4).inner_text() and sector in cells.nth(5).inner_text()
    shot(page, "agreements")

    rows.first.locator("td").nth(3).locator("a").click()
    page.wait_for_url("**/agreements/*")
    assert page.locator("blockquote").count() >= 1  # each source's supporting sentence, quoted
    shot(page, "agreement")

    source = page.locator("a.source").first
    href = source.get_attribute("href")
    assert href and "#a" in href
    source.click()
    page.wait_for_url("**/articles/**")
    anchor = href.split("#", 1)[1]
    target = page.locator(f"#{anchor}")
    assert target.count() == 1 and "hl-trigger" in (target.get_attribute("class") or "")
    assert page.evaluate("location.hash") == f"#{anchor}"
    for cls in ("hl-org", "hl-trigger"):
        assert page.locator(f"mark.{cls}").count() > 0, cls
    shot(page, "article")


def test_read_page_shows_the_parties_of_a_pasted_article(page):
    page.goto("/read")
    page.fill("input[name=published]", "2025-09-15")
    page.fill("textarea[name=text]", (
        "La Société des briqueteries du Tell et le groupe portugais Lusitana Cerâmica SA ont signé jeudi à Médéa une "
        "convention de partenariat pour la fabrication de briques réfractaires, en présence du wali."))
    page.get_by_role("button", name="Read").click()
    parties = page.locator("#records dd.parties").first.inner_text()
    assert "Briqueteries du Tell" in parties or "briqueteries du Tell" in parties
    assert "Lusitana Cerâmica" in parties
    assert page.locator("#text mark.hl-trigger").count() >= 1
    shot(page, "read")


def test_read_page_stores_with_the_token(page):
    page.goto("/read")
    page.fill("input[name=published]", "2025-09-16")
    page.fill("textarea[name=text]", (
        "L'entreprise Forges de Tiaret et la firme italienne Acciai Brenta ont signé mardi un contrat de "
        "fourniture de billettes d'acier."))
    page.check("input[name=store]")
    page.fill("input[name=article_id]", "browser-stored-1")
    page.fill("input[name=token]", TOKEN)
    page.get_by_role("button", name="Read").click()
    assert page.locator("#stored").count() == 1
    page.locator("#stored a", has_text="browser-stored-1").click()
    page.wait_for_url("**/articles/browser-stored-1")
    assert "Acciai Brenta" in page.locator("main").inner_text()


def test_hostile_article_runs_no_script(page):
    page.goto(f"/articles/{HOSTILE.id}")
    text = page.locator("main").inner_text()
    assert "<script>window.__pwned=3</script>" in text  # shown as text, not run
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main img").count() == 0
    page.goto("/search?q=engrais")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    shot(page, "hostile-article")


def test_entity_page(page):
    page.goto("/entities?q=alg")
    page.locator("main a[href^='/entities/']").first.click()
    page.wait_for_url("**/entities/*")
    assert page.locator("h1").inner_text().strip()
    shot(page, "entity")


def test_network_draws_the_graph_and_links_to_agreements(page):
    page.goto("/network")
    wait_until(page, "window.accordsGraph !== undefined && window.accordsGraph.nodes().length > 0")
    assert page.evaluate("window.accordsGraph.edges().length") > 0
    assert "parties" in page.locator("#network-count").inner_text()
    assert not page.js_errors, page.js_errors  # type: ignore[attr-defined]
    shot(page, "network")
    page.goto("/network?level=organisations&sector=energy")
    wait_until(page, "window.accordsGraph !== undefined")
    assert page.evaluate("window.accordsGraph.nodes().filter(n => n.data('type') === 'COUNTRY').length") == 0
    shot(page, "network-organisations")


def test_api_docs_load_without_a_cdn(page):
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert page.locator(".opblock-summary-path", has_text="/api/agreements").count() >= 1
    shot(page, "api-docs")
