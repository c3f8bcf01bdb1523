"""Notes on portfolios, VNG committees and consultations: why a place is open and what happens next.

Board seats had notes already; the other places that can be vacant now have them too, so that the
list of open places can say for each one why it is open. Existing rows keep an empty note.

Revision ID: 0003
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("portfolio", "vng_committee", "consultation")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("notes", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("notes")
