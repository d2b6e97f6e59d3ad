"""A register of the bundled examples (plus follow-ups and one hostile article) for the desk's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from accords.ingest.sources import iter_articles
from accords.records import Article
from accords.store.db import open_db
from accords.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "test-token-7f3a"
HOSTILE = Article(
    id="hostile-1", published="2025-06-02", outlet="<b>Feuille</b>", url="javascript:alert(1)",
    title="<script>window.__pwned = 1</script>Titre piégé",
    text=("La Société des engrais du Hodna <img src=x onerror=\"window.__pwned=2\"> et la firme indienne "
          "Deccan Agro Chem ont signé lundi à Alger un mémorandum d'entente <script>window.__pwned=3</script> "
          "pour produire 200 000 tonnes d'engrais par an."))


@pytest.fixture(scope="session")
def desk_db(tmp_path_factory, reader) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('desk') / 'desk.db'}"
    engine, factory = open_db(url)
    items = list(iter_articles([str(ROOT / "examples" / "articles.jsonl"), str(ROOT / "examples" / "followups.jsonl")]))
    ingest(factory, [*items, HOSTILE], lambda arts: [r.to_dict() for r in reader.read_many(arts)])
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def app(desk_db, reader):
    from accords.serve.app import create_app

    return create_app(desk_db, token=TOKEN, reader=reader)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app)
