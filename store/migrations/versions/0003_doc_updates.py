"""The shared document: an append-only log of Yjs updates per workspace (compacted into one update now and then).

Existing workspaces get their first update (their head text) when their document is first opened
(``Store.seed_doc``), so every praatplaat opens with its text and its revision history.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 09:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('doc_updates',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('origin', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ws_id'], ['workspaces.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('doc_updates', schema=None) as batch_op:
        batch_op.create_index('ix_doc_updates_ws', ['ws_id', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('doc_updates', schema=None) as batch_op:
        batch_op.drop_index('ix_doc_updates_ws')
    op.drop_table('doc_updates')
