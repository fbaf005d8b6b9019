"""Initial schema: workspaces, revisions, files, browser lists, share tokens, rooms.

Revision ID: 0001
Revises: -
Create Date: 2026-11-30 18:07:28.774839
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('what', sa.String(length=16), nullable=False),
    sa.Column('client', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.create_index('ix_attempts_client', ['what', 'client', 'at'], unique=False)

    op.create_table('legacy_imports',
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('ws_id')
    )
    op.create_table('workspaces',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('last_n', sa.Integer(), nullable=False),
    sa.Column('settings', sa.JSON(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('share_token', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('share_token')
    )
    op.create_table('browser_workspaces',
    sa.Column('browser', sa.String(length=64), nullable=False),
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('created', sa.Boolean(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ws_id'], ['workspaces.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('browser', 'ws_id')
    )
    with op.batch_alter_table('browser_workspaces', schema=None) as batch_op:
        batch_op.create_index('ix_browser_workspaces_ws', ['ws_id'], unique=False)

    op.create_table('files',
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['ws_id'], ['workspaces.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ws_id', 'name')
    )
    op.create_table('revisions',
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('n', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('author', sa.String(length=100), nullable=False),
    sa.Column('session', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('undo_to', sa.Integer(), nullable=True),
    sa.Column('redo_to', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['ws_id'], ['workspaces.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('ws_id', 'n')
    )
    op.create_table('rooms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ws_id', sa.String(length=64), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('activities', sa.String(length=100), nullable=False),
    sa.Column('is_open', sa.Boolean(), nullable=False),
    sa.Column('head', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['ws_id'], ['workspaces.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.create_index('ix_rooms_code', ['code'], unique=False)
        batch_op.create_index('ix_rooms_ws', ['ws_id'], unique=False)
        batch_op.create_index('ux_rooms_open_code', ['code'], unique=True,
                                 sqlite_where=sa.text('is_open'), postgresql_where=sa.text('is_open'))

    op.create_table('participants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.create_index('ix_participants_room', ['room_id'], unique=False)

    op.create_table('contributions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('edited', sa.JSON(none_as_null=True), nullable=True),
    sa.Column('merged_into', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participants.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['rooms.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.create_index('ix_contributions_participant', ['participant_id', 'created_at'], unique=False)
        batch_op.create_index('ix_contributions_room', ['room_id', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('contributions', schema=None) as batch_op:
        batch_op.drop_index('ix_contributions_room')
        batch_op.drop_index('ix_contributions_participant')

    op.drop_table('contributions')
    with op.batch_alter_table('participants', schema=None) as batch_op:
        batch_op.drop_index('ix_participants_room')

    op.drop_table('participants')
    with op.batch_alter_table('rooms', schema=None) as batch_op:
        batch_op.drop_index('ux_rooms_open_code',
                            sqlite_where=sa.text('is_open'), postgresql_where=sa.text('is_open'))
        batch_op.drop_index('ix_rooms_ws')
        batch_op.drop_index('ix_rooms_code')

    op.drop_table('rooms')
    op.drop_table('revisions')
    op.drop_table('files')
    with op.batch_alter_table('browser_workspaces', schema=None) as batch_op:
        batch_op.drop_index('ix_browser_workspaces_ws')

    op.drop_table('browser_workspaces')
    op.drop_table('workspaces')
    op.drop_table('legacy_imports')
    with op.batch_alter_table('attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_attempts_client')

    op.drop_table('attempts')
