"""Meetings against the plan's targets: a meeting's status, attendance per municipality, an activity's target.

Existing meetings become 'gepland', except a board meeting on the day a year plan was adopted: the
adoption shows that meeting was held (in the Jaarplan 2022: the DB meeting of 10-03-2022). Nobody
recorded whether the others took place, so the window asks about the planned ones whose date has
passed instead of guessing.

Activities of the 2022 plan whose results still read as the plan wrote them get the number of
meetings the plan states there (the same reading as the seed, see docs/DOMAIN.md).

Revision ID: 0004
Revises: 0006
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (words of the Jaarplan 2022 in an activity's results, number of meetings, whether it is a minimum)
PLAN_2022_TARGETS: tuple[tuple[str, int, bool], ...] = (
    ("Organiseren van twee raadsledenbijeenkomsten", 2, False),
    ("het organiseren van drie bijeenkomsten van de bestuurlijke tafel Kwaliteit Openbaar Bestuur", 3, False),
    ("minimaal 1 keer per jaar een gezamenlijke bijeenkomst", 1, True),
    ("minimaal 1 keer per jaar een bijeenkomst organiseren", 1, True),
    ("Organisatie van twee bijeenkomsten voor raadsleden", 2, False),
    ("Organiseren van twee bijeenkomsten met Vereniging Groninger Dorpen", 2, False),
    ("Organiseren van drie bijeenkomsten rondom vraagstukken openbare orde en veiligheid", 3, False),
    ("Organiseren van drie bijeenkomsten rondom vraagstukken openbare geestelijke gezondheidszorg", 3, False),
    ("Organiseren van drie ambtelijke bijeenkomsten", 3, False),
    ("Organiseren van een bestuurlijke bijeenkomsten", 1, False),
)


def upgrade() -> None:
    # The columns keep these database defaults (the program's own defaults too): dropping them would make
    # SQLite rebuild both tables, for nothing.
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=30), nullable=False, server_default='gepland'))
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.add_column(sa.Column('meeting_target', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('meeting_target_is_minimum', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column('meeting_target_as_written', sa.String(length=300), nullable=True))

    op.create_table('meeting_attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('municipality_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('represented_by', sa.String(length=200), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['municipality_id'], ['municipality.id'], name=op.f('fk_meeting_attendance_municipality_id_municipality'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendance')),
    sa.UniqueConstraint('meeting_id', 'municipality_id', name=op.f('uq_meeting_attendance_meeting_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendance_municipality_id'), ['municipality_id'], unique=False)

    connection = op.get_bind()
    connection.execute(sa.text(
        "UPDATE meeting SET status = 'gehouden' WHERE kind = 'db' AND date IN "
        "(SELECT adopted_on FROM year_plan WHERE adopted_on IS NOT NULL)"
    ))
    _targets_of_plan_2022(connection)


def _targets_of_plan_2022(connection: sa.Connection) -> None:
    rows = connection.execute(sa.text(
        "SELECT activity.id, activity.results FROM activity JOIN year_plan ON year_plan.id = activity.year_plan_id "
        "WHERE year_plan.year = 2022"
    )).all()
    for activity_id, raw in rows:
        results = json.loads(raw) if isinstance(raw, str) else (raw or [])
        for words, target, is_minimum in PLAN_2022_TARGETS:
            written = next((result for result in results if isinstance(result, str) and words in result), None)
            if written is None:
                continue
            connection.execute(
                sa.text("UPDATE activity SET meeting_target = :target, meeting_target_is_minimum = :minimum, "
                        "meeting_target_as_written = :written WHERE id = :id"),
                {"target": target, "minimum": is_minimum, "written": written[:300], "id": activity_id},
            )
            break


def downgrade() -> None:
    with op.batch_alter_table('meeting_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_municipality_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendance_meeting_id'))
    op.drop_table('meeting_attendance')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_column('meeting_target_as_written')
        batch_op.drop_column('meeting_target_is_minimum')
        batch_op.drop_column('meeting_target')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('status')
