"""initial schema: articles, entities, agreements and their links

Revision ID: 0001
Revises: (none)
Create Date: 2026-12-01 22:14:33.379444
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('agreements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_sort', sa.String(length=10), nullable=True),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('duration', sa.String(length=30), nullable=True),
    sa.Column('renewable', sa.Boolean(), nullable=True),
    sa.Column('label', sa.Text(), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('signatories', sa.JSON(), nullable=False),
    sa.Column('witnesses', sa.JSON(), nullable=False),
    sa.Column('countries', sa.JSON(), nullable=False),
    sa.Column('sectors', sa.JSON(), nullable=False),
    sa.Column('first_reported', sa.String(length=10), nullable=True),
    sa.Column('status_history', sa.JSON(), nullable=False),
    sa.Column('field_values', sa.JSON(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreements_date_sort'), ['date_sort'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_first_reported'), ['first_reported'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreements_status'), ['status'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ext_id', sa.String(length=300), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('current', sa.Boolean(), nullable=False),
    sa.Column('text_hash', sa.String(length=40), nullable=False),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('outlet', sa.String(length=300), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('duplicate_of', sa.Integer(), nullable=True),
    sa.Column('reading', sa.JSON(), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['duplicate_of'], ['articles.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('ext_id', 'version')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_current'), ['current'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_duplicate_of'), ['duplicate_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_ext_id'), ['ext_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_text_hash'), ['text_hash'], unique=False)

    op.create_table('entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('org_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['org_id'], ['entities.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_name'), ['name'], unique=False)
        batch_op.create_index('ix_entities_type_key', ['type', 'key'], unique=False)

    op.create_table('ingest_errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('article_id', sa.String(length=300), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('target', sa.String(length=500), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('agreement_countries',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agreement_id', 'country')
    )
    with op.batch_alter_table('agreement_countries', schema=None) as batch_op:
        batch_op.create_index('ix_agreement_countries_country', ['country', 'agreement_id'], unique=False)

    op.create_table('agreement_sectors',
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('sector', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('agreement_id', 'sector')
    )
    with op.batch_alter_table('agreement_sectors', schema=None) as batch_op:
        batch_op.create_index('ix_agreement_sectors_sector', ['sector', 'agreement_id'], unique=False)

    op.create_table('agreement_sources',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('record', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreement_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_sources_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_sources_article_id'), ['article_id'], unique=False)

    op.create_table('aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=500), nullable=False),
    sa.Column('key', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('entity_id', 'key')
    )
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_aliases_entity_id'), ['entity_id'], unique=False)
        batch_op.create_index('ix_aliases_key', ['key'], unique=False)

    op.create_table('figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=True),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('value_max', sa.Float(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('approx', sa.Boolean(), nullable=False),
    sa.Column('per', sa.String(length=20), nullable=True),
    sa.Column('period', sa.String(length=20), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_figures_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_figures_entity_id'), ['entity_id'], unique=False)

    op.create_table('mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=True),
    sa.Column('spans', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mentions_entity_id'), ['entity_id'], unique=False)

    op.create_table('agreement_entities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreements.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entity_id'], ['entities.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['agreement_sources.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('agreement_entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_entities_agreement_id'), ['agreement_id'], unique=False)
        batch_op.create_index('ix_agreement_entities_entity', ['entity_id', 'role'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreement_entities_source_id'), ['source_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('agreement_entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_entities_source_id'))
        batch_op.drop_index('ix_agreement_entities_entity')
        batch_op.drop_index(batch_op.f('ix_agreement_entities_agreement_id'))

    op.drop_table('agreement_entities')
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentions_entity_id'))
        batch_op.drop_index(batch_op.f('ix_mentions_article_id'))

    op.drop_table('mentions')
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_entity_id'))
        batch_op.drop_index(batch_op.f('ix_figures_article_id'))
        batch_op.drop_index(batch_op.f('ix_figures_agreement_id'))

    op.drop_table('figures')
    with op.batch_alter_table('aliases', schema=None) as batch_op:
        batch_op.drop_index('ix_aliases_key')
        batch_op.drop_index(batch_op.f('ix_aliases_entity_id'))

    op.drop_table('aliases')
    with op.batch_alter_table('agreement_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_sources_article_id'))
        batch_op.drop_index(batch_op.f('ix_agreement_sources_agreement_id'))

    op.drop_table('agreement_sources')
    with op.batch_alter_table('agreement_sectors', schema=None) as batch_op:
        batch_op.drop_index('ix_agreement_sectors_sector')

    op.drop_table('agreement_sectors')
    with op.batch_alter_table('agreement_countries', schema=None) as batch_op:
        batch_op.drop_index('ix_agreement_countries_country')

    op.drop_table('agreement_countries')
    op.drop_table('overrides')
    op.drop_table('ingest_errors')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index('ix_entities_type_key')
        batch_op.drop_index(batch_op.f('ix_entities_name'))

    op.drop_table('entities')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_text_hash'))
        batch_op.drop_index(batch_op.f('ix_articles_published'))
        batch_op.drop_index(batch_op.f('ix_articles_ext_id'))
        batch_op.drop_index(batch_op.f('ix_articles_duplicate_of'))
        batch_op.drop_index(batch_op.f('ix_articles_current'))

    op.drop_table('articles')
    with op.batch_alter_table('agreements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreements_status'))
        batch_op.drop_index(batch_op.f('ix_agreements_kind'))
        batch_op.drop_index(batch_op.f('ix_agreements_first_reported'))
        batch_op.drop_index(batch_op.f('ix_agreements_date_sort'))

    op.drop_table('agreements')

