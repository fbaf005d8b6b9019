"""Rooms: the facilitator can show the results to participants (with or without names).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 21:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('show_results', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('show_names', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_column('show_names')
        batch_op.drop_column('show_results')
