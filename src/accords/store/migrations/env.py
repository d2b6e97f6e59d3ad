"""Alembic environment: runs on the connection that ``accords.store.db.migrate`` hands over."""

from alembic import context
from sqlalchemy import create_engine

from accords.store.db import resolve_url
from accords.store.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    conn = config.attributes.get("connection")
    if conn is None:  # the alembic command line: ACCORDS_DB or accords.db
        with create_engine(resolve_url(config.get_main_option("sqlalchemy.url"))).begin() as own:
            context.configure(connection=own, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
        return
    context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
