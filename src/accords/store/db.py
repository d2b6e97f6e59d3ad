"""Opening the database: URL defaults, engine settings per dialect, migrations to the latest schema."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///accords.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(url: str | None = None) -> str:
    """``--db`` value, else ``ACCORDS_DB``, else ``accords.db`` here. A bare path is a SQLite file;
    ``postgresql://`` uses the psycopg (3) driver."""
    url = url or os.environ.get("ACCORDS_DB") or DEFAULT_URL
    if "://" not in url:
        return f"sqlite:///{url}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` (see ``resolve_url``), with foreign keys and WAL on SQLite."""
    url = resolve_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` with Alembic (creates it on a new database)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_db(url: str | None = None, upgrade: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory for ``url``, the schema migrated to the latest revision."""
    engine = make_engine(url)
    if upgrade:
        migrate(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)


def refresh_statistics(session: Session) -> bool:
    """Run ``ANALYZE`` on SQLite when the articles have doubled since the last one (True if it ran).

    Without statistics SQLite's planner takes any equality for a selective one and may walk an index
    of a column almost every row shares (``duplicate_of IS NULL``) instead of a key; PostgreSQL's
    autovacuum keeps its own statistics. Called after each ingest batch: a register of 100,000
    articles is analysed about ten times in its life.
    """
    if session.get_bind().dialect.name != "sqlite":
        return False
    with session.begin():
        conn = session.connection()
        n = conn.execute(text("SELECT count(*) FROM articles")).scalar() or 0
        has_stats = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first()
        stat = conn.execute(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'articles' LIMIT 1")
                            ).scalar() if has_stats else None
        before = int(stat.split()[0]) if stat else 0
        if n < 200 or n < 2 * before:
            return False
        conn.execute(text("ANALYZE"))
    return True
