"""Werksessies at conference scale: a join token per room (in the QR link), a facilitator's lock, and per
participant the server-issued device (a hash of the phone's cookie), a "hide everything from this phone" flag and
when the phone was last seen.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 10:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.add_column(sa.Column('join_token', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('locked', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index('ux_rooms_join_token', ['join_token'], unique=True)
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('device', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('address', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hidden', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('seen_at', sa.DateTime(), nullable=True))
        batch_op.create_index('ux_participants_device', ['room_id', 'device'], unique=True)
        batch_op.create_index('ix_participants_address', ['room_id', 'address'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_address')
        batch_op.drop_index('ux_participants_device')
        batch_op.drop_column('seen_at')
        batch_op.drop_column('hidden')
        batch_op.drop_column('address')
        batch_op.drop_column('device')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index('ux_rooms_join_token')
        batch_op.drop_column('locked')
        batch_op.drop_column('join_token')
