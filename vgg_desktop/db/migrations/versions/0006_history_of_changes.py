"""The history of changes: one row per user action, one per record it touched.

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-05 06:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('history_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('os_user', sa.String(length=200), nullable=False),
    sa.Column('computer', sa.String(length=200), nullable=False),
    sa.Column('database_user', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_change')),
    sqlite_autoincrement=True
    )
    op.create_table('history_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('operation', sa.String(length=10), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('owner_entity', sa.String(length=30), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['change_id'], ['history_change.id'], name=op.f('fk_history_record_change_id_history_change'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_record')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_history_record_change_id'), 'history_record', ['change_id'], unique=False)
    op.create_index('ix_history_record_entity_record_id', 'history_record', ['entity', 'record_id'], unique=False)
    op.create_index('ix_history_record_owner_entity_owner_id', 'history_record', ['owner_entity', 'owner_id'], unique=False)


def downgrade() -> None:
    op.drop_table('history_record')
    op.drop_table('history_change')
