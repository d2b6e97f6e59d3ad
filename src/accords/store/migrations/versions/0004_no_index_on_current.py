"""drop the index on articles.current

Nearly every article is current, so the index selects nothing, yet SQLite's planner preferred
it to the ext_id and text_hash indexes and scanned the whole table for every lookup.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_current", table_name="articles")


def downgrade() -> None:
    op.create_index("ix_articles_current", "articles", ["current"])
