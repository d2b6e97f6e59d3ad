"""full-text search index

SQLite: an FTS5 table, ``unicode61 remove_diacritics 2`` (case- and accent-insensitive).
PostgreSQL: a tsvector column under the ``accords_fr`` configuration (french stemming after
``unaccent``), with a GIN index.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_index USING fts5(doc_type UNINDEXED, ref_id UNINDEXED, title, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'accords_fr') THEN "
               "CREATE TEXT SEARCH CONFIGURATION accords_fr (COPY = french); "
               "ALTER TEXT SEARCH CONFIGURATION accords_fr ALTER MAPPING FOR hword, hword_part, word "
               "WITH unaccent, french_stem; END IF; END $$")
    op.execute("CREATE TABLE search_index (doc_type varchar(10) NOT NULL, ref_id integer NOT NULL, title text, "
               "body text, tsv tsvector, PRIMARY KEY (doc_type, ref_id))")
    op.execute("CREATE INDEX ix_search_index_tsv ON search_index USING gin (tsv)")


def downgrade() -> None:
    op.execute("DROP TABLE search_index")
