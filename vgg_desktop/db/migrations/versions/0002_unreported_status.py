"""Progress nobody reported yet gets a status of its own; a project's kind may be unknown.

Until now a half-year without any report was stored as "niet gestart", which the workbook and the
window then stated as fact. A half-year whose status is "niet gestart" and whose progress text is
empty was never reported on (the program put it there, not a person), so it becomes "nog niet
gerapporteerd". A half-year with a text, or with any other status, is left exactly as it is. The
rows that change get a new version, so a screen that still shows the old status cannot overwrite
the new one unnoticed.

A project's kind becomes optional: where the source does not say whether something is a project or
a secondment, nothing is stored rather than a guess. Existing kinds are kept.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_STARTED = "niet_gestart"
NOT_REPORTED = "niet_gerapporteerd"
HALVES = ("first_half", "second_half")


_activity = sa.table("activity", sa.column("id", sa.Integer), sa.column("version", sa.Integer),
                     *(sa.column(f"{half}_{part}", sa.Text) for half in HALVES for part in ("status", "progress")))


def _unreported(half: str) -> sa.ColumnElement[bool]:
    progress = _activity.c[f"{half}_progress"]
    return sa.and_(_activity.c[f"{half}_status"] == NOT_STARTED,
                   sa.or_(progress.is_(None), sa.func.trim(progress) == ""))


def upgrade() -> None:
    changed = sa.or_(*(_unreported(half) for half in HALVES))
    # The version moves once for a row whose two half-years both change.
    op.execute(_activity.update().where(changed).values(
        version=_activity.c.version + 1,
        **{f"{half}_status": sa.case((_unreported(half), NOT_REPORTED), else_=_activity.c[f"{half}_status"])
           for half in HALVES},
    ))
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=30), nullable=True)


def downgrade() -> None:
    project = sa.table("project", sa.column("kind", sa.String))
    # The older program knows no unknown kind; it showed "project" for one, as before.
    op.execute(project.update().where(project.c.kind.is_(None)).values(kind="project"))
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.alter_column('kind', existing_type=sa.String(length=30), nullable=False)
    for half in HALVES:
        column = _activity.c[f"{half}_status"]
        op.execute(_activity.update().where(column == NOT_REPORTED).values({column.name: NOT_STARTED}))
