"""Opening the database and keeping SQLite's planner statistics."""

from __future__ import annotations

from sqlalchemy import text

from accords.store.db import open_db, refresh_statistics, resolve_url

from .helpers import article, put, reading


def test_urls():
    assert resolve_url("register.db") == "sqlite:///register.db"
    assert resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_statistics_are_refreshed_when_the_articles_double(tmp_path):
    _, factory = open_db(f"sqlite:///{tmp_path / 'r.db'}")
    put(factory, *[(article(f"s{i}", text=f"Brève numéro {i}."), reading(f"s{i}", "2025-03-12")) for i in range(250)])
    with factory() as s:
        assert refresh_statistics(s) is True
        assert refresh_statistics(s) is False  # not doubled since
        plan = " ".join(str(r[-1]) for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM articles WHERE ext_id = 's7' AND current = 1 "
            "AND duplicate_of IS NULL")))
    assert "ix_articles_ext_id" in plan


def test_no_analyze_on_a_small_register_nor_on_postgresql(db_url):
    _, factory = open_db(db_url)
    put(factory, *[(article(f"p{i}", text=f"Brève {i}."), reading(f"p{i}", "2025-03-12")) for i in range(3)])
    with factory() as s:
        assert refresh_statistics(s) is False  # PostgreSQL's autovacuum analyses; 3 SQLite rows need nothing
