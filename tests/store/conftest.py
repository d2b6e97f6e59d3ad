"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

PostgreSQL is taken from ``ACCORDS_TEST_PG`` (default ``postgresql://postgres@127.0.0.1:5432/test``);
each test gets a database of its own, dropped afterwards. Where no server answers, the PostgreSQL
half is skipped with a message — except when ``ACCORDS_REQUIRE_PG=1`` (set by ``.ci/run``), where
it fails: CI never skips it silently.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from accords.store.db import open_db

PG_URL = os.environ.get("ACCORDS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
_pg_state: dict[str, str | None] = {}


def _pg_admin():
    import psycopg

    return psycopg.connect(PG_URL.replace("postgresql+psycopg://", "postgresql://"), autocommit=True,
                           connect_timeout=3)


def _pg_unavailable() -> str | None:
    if "why" not in _pg_state:
        try:
            with _pg_admin():
                _pg_state["why"] = None
        except Exception as exc:  # noqa: BLE001 - any failure means no server for these tests
            _pg_state["why"] = f"no PostgreSQL at {PG_URL}: {exc}".splitlines()[0]
    return _pg_state["why"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> Iterator[str]:
    """A fresh, empty database URL of each dialect."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    why = _pg_unavailable()
    if why:
        if os.environ.get("ACCORDS_REQUIRE_PG") == "1":
            pytest.fail(why + " (ACCORDS_REQUIRE_PG=1)")
        pytest.skip(why)
    name = "accords_t_" + uuid.uuid4().hex[:12]
    with _pg_admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with _pg_admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def store(db_url):
    """A session factory on a migrated, empty database."""
    engine, factory = open_db(db_url)
    yield factory
    engine.dispose()
