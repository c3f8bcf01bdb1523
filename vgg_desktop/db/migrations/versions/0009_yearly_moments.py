"""Next year's plan: an activity may continue one of an earlier plan that was not finished there.

`carried_over_from` holds the year of that plan ("vervolg van 2022"). Existing activities were
written as they stood in their own plan, so they continue nothing: the column is empty for them.

Revision ID: 0009
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('carried_over_from', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('carried_over_from')
