"""Personal data of former staff is not kept longer than needed (AVG): two years after they left.

A staff member is due for removal when every employment has ended and the last one ended more than two
years ago. Someone without any employment on record is never flagged: nothing says when they left.
Removing is one action, in one transaction: the staff members with their employments and sick leave,
and their place on projects. It hands back a Restoration, so the window can undo it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import Date, Select, bindparam, func, select
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import to_value
from vgg_desktop.db.models import EmploymentRow, ProjectRow, StaffMemberRow, project_staff_member
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.errors import ConflictError, NotFoundError, RuleViolation
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.schema import PROJECT, STAFF_MEMBER
from vgg_desktop.services.history import Touched, changed, forget_staff_members, record_change
from vgg_desktop.services.records import Restoration, RestoredRecord, changed_since, delete_row, snapshot_of

RETENTION_YEARS = 2


@dataclass(frozen=True)
class RetentionCandidate:
    member: e.StaffMember
    left_on: date
    projects: tuple[str, ...]

    def describe(self) -> str:
        text = f"{self.member.display_name}: uit dienst sinds {format_date(self.left_on)}"
        if self.projects:
            text += " (staat nog bij " + ", ".join(self.projects) + ")"
        return text


def cutoff(today: date) -> date:
    """The same day two years earlier (28 February for 29 February): whoever left before it, left more than two years ago."""
    try:
        return today.replace(year=today.year - RETENTION_YEARS)
    except ValueError:
        return today.replace(year=today.year - RETENTION_YEARS, day=28)


@cache
def _due_statements() -> tuple[Select[StaffMemberRow, date], Select[int, str]]:
    """The two queries of `Retention.due`, built once: building them took longer than SQLite takes to run them."""
    left = (
        select(EmploymentRow.staff_member_id.label("member_id"), func.max(EmploymentRow.end_date).label("left_on"))
        .group_by(EmploymentRow.staff_member_id)
        .having(func.count() == func.count(EmploymentRow.end_date))  # no employment without an end
        .having(func.max(EmploymentRow.end_date) < bindparam("cutoff", type_=Date))
        .subquery()
    )
    gone = select(StaffMemberRow, left.c.left_on).join(left, left.c.member_id == StaffMemberRow.id)
    projects = (
        select(project_staff_member.c.staff_member_id, ProjectRow.name)
        .join(ProjectRow, ProjectRow.id == project_staff_member.c.project_id)
        .where(project_staff_member.c.staff_member_id.in_(select(left.c.member_id)))
        .order_by(ProjectRow.name)
    )
    return gone, projects


class Retention:
    def __init__(self, database: Database) -> None:
        self._database = database

    def due(self, today: date) -> tuple[RetentionCandidate, ...]:
        """Former staff whose personal data should now be removed, longest gone first.

        Only personnel staff can tell (it takes the end dates of employments); for others there is nothing.
        """
        if not self._database.personnel_access:
            return ()
        # A few set-wise queries, not some per member: the Bureau tab asks on every load, over all staff.
        gone_statement, projects_statement = _due_statements()
        with self._database.reading() as session:
            parameters = {"cutoff": cutoff(today)}
            gone = session.execute(gone_statement, parameters).all()
            projects: defaultdict[int, list[str]] = defaultdict(list)
            for member_id, name in session.execute(projects_statement, parameters):
                projects[member_id].append(name)
            found = [RetentionCandidate(to_value(STAFF_MEMBER, member), left_on, tuple(projects[member.id]))
                     for member, left_on in gone]
        return tuple(sorted(found, key=lambda candidate: (candidate.left_on, candidate.member.last_name, candidate.member.id)))

    def remove(self, members: Sequence[e.StaffMember], today: date) -> Restoration:
        """Removes all of `members` or none: each must still be due and unchanged since it was read."""
        if not members:
            raise RuleViolation("Kies eerst de oud-medewerkers die moeten worden verwijderd.")
        with self._database.writing() as session:
            rows: list[StaffMemberRow] = []
            for member in members:
                row = session.get(StaffMemberRow, member.id, with_for_update=True)
                if row is None:
                    raise NotFoundError(f"{member.display_name} bestaat niet meer; misschien al verwijderd op een andere pc. Vernieuw het overzicht (F5).")
                if row.version != member.version:
                    raise ConflictError(
                        f"Iemand anders heeft {member.display_name} gewijzigd nadat u de lijst opende. Er is niets verwijderd; bekijk de lijst opnieuw.",
                        current=to_value(STAFF_MEMBER, row),
                    )
                if _candidate(session, row, today) is None:
                    raise RuleViolation(
                        f"{member.display_name} hoeft (nog) niet te worden verwijderd: het laatste dienstverband eindigde "
                        f"niet meer dan {RETENTION_YEARS} jaar geleden. Er is niets verwijderd; vernieuw de lijst."
                    )
                rows.append(row)
            return _remove(session, rows)


def _candidate(session: Session, member: StaffMemberRow, today: date) -> RetentionCandidate | None:
    ends = list(session.scalars(select(EmploymentRow.end_date).where(EmploymentRow.staff_member_id == member.id)))
    known = [end for end in ends if end is not None]
    if not ends or len(known) < len(ends):
        return None  # no engagement, or one without an end: not gone
    left_on = max(known)
    if left_on >= cutoff(today):
        return None
    projects = tuple(session.scalars(
        select(ProjectRow.name).join(project_staff_member, project_staff_member.c.project_id == ProjectRow.id)
        .where(project_staff_member.c.staff_member_id == member.id).order_by(ProjectRow.name)
    ))
    return RetentionCandidate(to_value(STAFF_MEMBER, member), left_on, projects)


def _remove(session: Session, rows: list[StaffMemberRow]) -> Restoration:
    ids = {row.id for row in rows}
    projects = session.scalars(
        select(ProjectRow).join(project_staff_member, project_staff_member.c.project_id == ProjectRow.id)
        .where(project_staff_member.c.staff_member_id.in_(ids)).distinct()
    ).all()
    # Projects are recorded as they were before anyone was taken off them, so undo restores them whole.
    before = tuple(snapshot_of(PROJECT, project) for project in projects)
    project_values = [to_value(PROJECT, project) for project in projects]
    for project in projects:
        project.staff_members = [member for member in project.staff_members if member.id not in ids]
    session.flush()
    reverted = tuple(changed_since(snapshot, project) for snapshot, project in zip(before, projects))
    names = ", ".join(to_value(STAFF_MEMBER, row).display_name for row in rows) if len(rows) <= 3 else f"{len(rows)} oud-medewerkers"
    removed: list[RestoredRecord] = []
    for row in rows:
        removed.extend(delete_row(session, STAFF_MEMBER, row).records)
    _record_removal(session, ids, removed, [changed(PROJECT, old, to_value(PROJECT, project))
                                            for old, project in zip(project_values, projects)])
    return Restoration(f"{names} verwijderen (bewaartermijn)", tuple(removed), reverted)


def _record_removal(session: Session, ids: set[int], removed: list[RestoredRecord], projects: list[Touched]) -> None:
    """The history keeps that former staff were removed and by whom, but nothing about them: their own
    entries go, and the projects' entries list them as 'oud-medewerker' (see history.forget_staff_members)."""
    anonymous = [Touched(record.entity, record.id, dict(record.fields), None, record.version, anonymous=True)
                 for record in removed]
    count = len(ids)
    description = f"{count} oud-medewerker{'s' if count > 1 else ''} verwijderd (bewaartermijn {RETENTION_YEARS} jaar)"
    change_id = record_change(session, ChangeKind.RETENTION, [*anonymous, *projects], description)
    forget_staff_members(session, ids, keep_change=change_id)

