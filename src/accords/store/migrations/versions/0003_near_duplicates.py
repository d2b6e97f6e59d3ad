"""near-duplicate fingerprints: a MinHash signature per article and its indexed bands

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("fingerprint", sa.LargeBinary(), nullable=True))
    op.create_table(
        "article_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_article_bands_key", "article_bands", ["key"])
    op.create_index(op.f("ix_article_bands_article_id"), "article_bands", ["article_id"])


def downgrade() -> None:
    op.drop_table("article_bands")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("fingerprint")
