"""The two yearly moments: next year's plan, and the places an election opens.

`activity.carried_over_from` holds the year of the plan an activity continues because it was not
finished there ("vervolg van 2022"). Existing activities were written as they stood in their own
plan, so they continue nothing: the column is empty for them.

`election` holds each election whose consequences were recorded (date, kind, the municipalities
concerned); `election_vacancy` each place it opened and who held it, so that the refilling can be
followed and the election can be undone exactly. No database has any yet.

Revision ID: 0009
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('carried_over_from', sa.Integer(), nullable=True))
    op.create_table('election',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('municipalities', sa.JSON(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election')),
    sa.UniqueConstraint('held_on', name=op.f('uq_election_held_on')),
    sqlite_autoincrement=True
    )
    op.create_table('election_vacancy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('election_id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=30), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['election_id'], ['election.id'], name=op.f('fk_election_vacancy_election_id_election'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_election_vacancy')),
    sqlite_autoincrement=True
    )
    op.create_index(op.f('ix_election_vacancy_election_id'), 'election_vacancy', ['election_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_election_vacancy_election_id'), table_name='election_vacancy')
    op.drop_table('election_vacancy')
    op.drop_table('election')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('carried_over_from')
