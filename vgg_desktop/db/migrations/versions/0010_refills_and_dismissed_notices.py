"""Following an election up, dates of committee memberships and chairs, and dismissing items of the notice
of what ends soon.

`vng_committee.member_since` / `member_until` and `consultation.chair_since` / `chair_until`: when the
Groningen member or the chair took the place and, when known beforehand, its last day. The Jaarplan gives
none, so every existing place keeps them empty (unknown).

`election.history_change_id` is the change in the history that recorded the election, so that the
places filled after it are found in the history by order, not by the clock. `election_vacancy.person_id` may be empty: a place that was already open on the election's date is
kept with the election too (nobody held it), so that the follow-up counts every place filled in that
round. Elections recorded earlier keep only the places they opened.

`dismissed_notice` holds the items of the notice of what ends soon that someone dismissed, shared by
every PC using the database.

Revision ID: 0010
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('vng_committee', schema=None) as batch_op:
        batch_op.add_column(sa.Column('member_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('member_until', sa.Date(), nullable=True))
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chair_since', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('chair_until', sa.Date(), nullable=True))
    with op.batch_alter_table('election', schema=None) as batch_op:
        batch_op.add_column(sa.Column('history_change_id', sa.Integer(), nullable=True))
    with op.batch_alter_table('election_vacancy', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=True)
    op.create_table('dismissed_notice',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('dismissed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('os_user', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_dismissed_notice'))
    )


def downgrade() -> None:
    op.drop_table('dismissed_notice')
    # Places that were already open carry no person; the earlier schema cannot hold them.
    op.execute("DELETE FROM election_vacancy WHERE person_id IS NULL")
    with op.batch_alter_table('election_vacancy', schema=None) as batch_op:
        batch_op.alter_column('person_id', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('election', schema=None) as batch_op:
        batch_op.drop_column('history_change_id')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_column('chair_until')
        batch_op.drop_column('chair_since')
    with op.batch_alter_table('vng_committee', schema=None) as batch_op:
        batch_op.drop_column('member_until')
        batch_op.drop_column('member_since')
