"""Rules between records held by the database itself: one association, one holder per seat at a time.

The unique names, the unique year of a plan and one seat per municipality are unique constraints
since 0001. This adds what those cannot say:

- one association per database: on PostgreSQL a unique index on a constant, on SQLite a trigger
  (SQLAlchemy cannot read an expression index back from SQLite);
- two terms of one seat may not overlap (an open start or end reaches as far as it can):
  on PostgreSQL an exclusion constraint over `daterange(start_date, end_date, '[]')`, which needs the
  `btree_gist` extension for the `seat_id WITH =` part; on SQLite two triggers that abort the write.

It also adds, on PostgreSQL only, the view `staff_function`: each staff member's function (the
employment that runs today, else the one that ended last), so that database users without the personnel
role (`vgg-desktop setup-roles`) see functions without seeing contracts or dates. A view reads the
table with its owner's rights, so SELECT on the view is all such a user is granted.

On SQLite a batch migration of `seat_term` recreates the table and drops its triggers with it; such a
migration must create them again (`tests/db/test_rules_in_database.py` checks they exist at head).

Revision ID: 0005
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_OVERLAPS = (
    "other.seat_id = NEW.seat_id"
    " AND (NEW.start_date IS NULL OR other.end_date IS NULL OR NEW.start_date <= other.end_date)"
    " AND (NEW.end_date IS NULL OR other.start_date IS NULL OR other.start_date <= NEW.end_date)"
)


# The same choice as StaffOverview.main_employment: of the employments that run today the one that
# started last, else the one that ended last (an earlier start first on a tie).
_CURRENT = "((start_date IS NULL OR start_date <= CURRENT_DATE) AND (end_date IS NULL OR end_date >= CURRENT_DATE))"
_STAFF_FUNCTION_VIEW = (
    "CREATE VIEW staff_function AS "
    "SELECT DISTINCT ON (staff_member_id) staff_member_id, function, description FROM employment "
    f"ORDER BY staff_member_id, {_CURRENT} DESC, "
    f"CASE WHEN {_CURRENT} THEN start_date END DESC NULLS FIRST, CASE WHEN {_CURRENT} THEN id END DESC, "
    "end_date DESC NULLS LAST, start_date ASC NULLS LAST, id ASC"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE UNIQUE INDEX uq_association_one ON association ((true))")
        # Creating an extension needs a superuser or, from PostgreSQL 13, the database owner for a
        # trusted extension such as btree_gist (it ships with the server's contrib package).
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE seat_term ADD CONSTRAINT ex_seat_term_one_holder "
            "EXCLUDE USING gist (seat_id WITH =, daterange(start_date, end_date, '[]') WITH &&)"
        )
        op.execute(_STAFF_FUNCTION_VIEW)
        return
    for event, also in (("INSERT", ""), ("UPDATE OF seat_id, start_date, end_date", " AND other.id <> NEW.id")):
        name = "tr_seat_term_one_holder_" + event.split()[0].lower()
        op.execute(
            f"CREATE TRIGGER {name} BEFORE {event} ON seat_term "
            f"WHEN EXISTS (SELECT 1 FROM seat_term AS other WHERE {_OVERLAPS}{also}) "
            "BEGIN SELECT RAISE(ABORT, 'ex_seat_term_one_holder'); END"
        )
    op.execute(
        "CREATE TRIGGER tr_association_one BEFORE INSERT ON association "
        "WHEN EXISTS (SELECT 1 FROM association) BEGIN SELECT RAISE(ABORT, 'uq_association_one'); END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP VIEW staff_function")
        op.execute("ALTER TABLE seat_term DROP CONSTRAINT ex_seat_term_one_holder")
        op.execute("DROP INDEX uq_association_one")
    else:
        for trigger in ("tr_seat_term_one_holder_insert", "tr_seat_term_one_holder_update", "tr_association_one"):
            op.execute(f"DROP TRIGGER {trigger}")
