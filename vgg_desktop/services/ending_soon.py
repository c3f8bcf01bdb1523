"""The notice of what ends soon: board terms, VNG committee memberships, consultation chairs and employment
contracts whose last day falls within the period.

As seen from a date (the window's peildatum, the meeting date of the workbook) and judged by the one
rule (`domain.ending.EndsSoonRule`, period from the database settings): a last day on that date or at
most the period after it. Something that is continued does not end: a term followed by another term
of the same person on the same seat, an employment followed by another one of the same staff member,
starting no later than the day after. A VNG committee membership or a consultation chair ends soon when
its last day ('Lid tot en met', 'Voorzitter tot en met') is recorded and falls within the period; the
Jaarplan gives none, so on the seed none does.

Employment contracts are personnel data: they are read only by those who may read them
(`Database.personnel_access`), and a dismissal names a record by kind, id and version only, never by
name or date, so the shared table of dismissals tells nobody anything about a contract.

Dismissals belong to the database (table `dismissed_notice`): what one colleague dealt with is dealt
with on every PC. A record that changes afterwards (a new version) is noticed again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from vgg_desktop.db import models as m
from vgg_desktop.db.mapping import to_value
from vgg_desktop.db.unit_of_work import Database, RefusedByDatabase
from vgg_desktop.domain import schema as s
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.domain.entities import full_name
from vgg_desktop.domain.enums import SeatKind, SeatRole
from vgg_desktop.services.history import this_pc


class EndingKind(StrEnum):
    TERM = "seat_term"
    COMMITTEE = "vng_committee"
    CHAIR = "consultation"
    EMPLOYMENT = "employment"

    @property
    def label(self) -> str:
        return {EndingKind.TERM: "Termijn in het Dagelijks Bestuur", EndingKind.COMMITTEE: "Lidmaatschap VNG-commissie",
                EndingKind.CHAIR: "Voorzitterschap portefeuillehouderoverleg", EndingKind.EMPLOYMENT: "Dienstverband"}[self]


@dataclass(frozen=True)
class Dismissal:
    at: datetime
    by: str


@dataclass(frozen=True)
class EndingItem:
    kind: EndingKind
    record_id: int
    """The seat term or the employment."""
    owner_id: int
    """What the item is about: the seat of a term, the committee, the consultation, the staff member of an employment."""
    version: int
    who: str
    what: str
    """'Voorzitter – Dagelijks Bestuur', 'Beleidsmedewerker'."""
    ends_on: date
    dismissed: Dismissal | None = None

    @property
    def key(self) -> str:
        return notice_key(self.kind, self.record_id, self.version)

    @property
    def text(self) -> str:
        """'Termijn in het Dagelijks Bestuur van J. Kuin (Algemeen bestuurslid – Dagelijks Bestuur) eindigt op 01-09-2022'."""
        return f"{self.kind.label} van {self.who} ({self.what}) eindigt op {format_date(self.ends_on)}"


def notice_key(kind: EndingKind, record_id: int, version: int) -> str:
    return f"{kind.value}:{record_id}:v{version}"


@dataclass(frozen=True)
class EndingNotice:
    rule: EndsSoonRule
    items: tuple[EndingItem, ...]
    """Everything that ends soon, by last day; dismissed ones too (see `shown`)."""
    includes_employments: bool = True
    """False for those who may not read personnel data: contracts are then left out, not absent."""

    @property
    def shown(self) -> tuple[EndingItem, ...]:
        return tuple(item for item in self.items if item.dismissed is None)

    @property
    def dismissed(self) -> tuple[EndingItem, ...]:
        return tuple(item for item in self.items if item.dismissed is not None)

    @property
    def heading(self) -> str:
        """'Eindigt binnen 6 maanden na 14-07-2022 (tot en met 14-01-2023)'."""
        return (f"Eindigt {self.rule.period_text} na {format_date(self.rule.on)} "
                f"(tot en met {format_date(self.rule.until)})")


class EndingSoon:
    def __init__(self, database: Database, rule: Callable[[date], EndsSoonRule]) -> None:
        self._database = database
        self._rule = rule

    def notice(self, on: date) -> EndingNotice:
        """What ends soon as seen from `on`, with who dismissed which item."""
        rule: EndsSoonRule = self._rule(on)
        with self._database.reading() as session:
            # Looked up with nullable holder columns too (the queries below skip empty ones); a missing name reads 'onbekend'.
            persons: dict[int | None, str] = {row.id: to_value(s.PERSON, row).display_name
                                              for row in session.scalars(select(m.PersonRow))}
            municipalities = {row.id: row.name for row in session.scalars(select(m.MunicipalityRow))}
            seats = {row.id: row for row in session.scalars(select(m.BoardSeatRow))}
            items: list[EndingItem] = []
            terms = session.scalars(select(m.SeatTermRow)).all()
            by_seat_person: dict[tuple[int, int], list[m.SeatTermRow]] = defaultdict(list)
            for term in terms:
                by_seat_person[(term.seat_id, term.person_id)].append(term)
            for term in terms:
                if not rule.ends_soon(term.end_date) or _continued(term, by_seat_person[(term.seat_id, term.person_id)]):
                    continue
                seat = seats[term.seat_id]
                items.append(EndingItem(EndingKind.TERM, term.id, seat.id, term.version,
                                        persons.get(term.person_id, "onbekend"), _seat_name(seat, municipalities),
                                        term.end_date))
            for committee in session.scalars(select(m.VngCommitteeRow).where(m.VngCommitteeRow.member_id.is_not(None))):
                if rule.ends_soon(committee.member_until):
                    name = f"{committee.name} (voorheen {committee.former_name})" if committee.former_name else committee.name
                    items.append(EndingItem(EndingKind.COMMITTEE, committee.id, committee.id, committee.version,
                                            persons.get(committee.member_id, "onbekend"),
                                            f"VNG-commissie {name}", committee.member_until))
            for consultation in session.scalars(select(m.ConsultationRow).where(m.ConsultationRow.chair_id.is_not(None))):
                if rule.ends_soon(consultation.chair_until):
                    items.append(EndingItem(EndingKind.CHAIR, consultation.id, consultation.id, consultation.version,
                                            persons.get(consultation.chair_id, "onbekend"),
                                            f"portefeuillehouderoverleg {consultation.number}. {consultation.name}",
                                            consultation.chair_until))
            if self._database.personnel_access:
                members = {row.id: row for row in session.scalars(select(m.StaffMemberRow))}
                employments = session.scalars(select(m.EmploymentRow)).all()
                by_member: dict[int, list[m.EmploymentRow]] = defaultdict(list)
                for employment in employments:
                    by_member[employment.staff_member_id].append(employment)
                for employment in employments:
                    if not rule.ends_soon(employment.end_date) or _continued(employment, by_member[employment.staff_member_id]):
                        continue
                    member = members[employment.staff_member_id]
                    name = full_name(member.salutation, member.initials, member.first_name, member.last_name)
                    items.append(EndingItem(EndingKind.EMPLOYMENT, employment.id, member.id, employment.version, name,
                                            employment.function or "functie onbekend", employment.end_date))
            dismissals = {row.key: Dismissal(_utc(row.dismissed_at), row.os_user)
                          for row in session.scalars(select(m.DismissedNoticeRow))}
        items = [_with_dismissal(item, dismissals.get(item.key)) for item in items]
        items.sort(key=lambda item: (item.ends_on, item.kind.value, item.who))
        return EndingNotice(rule, tuple(items), self._database.personnel_access)

    def dismiss(self, key: str) -> None:
        """Hides one item for everyone using this database, until its record changes; dismissing twice is once.

        A dismissal of an earlier version of the same record has served its turn and goes."""
        record = key.rsplit(":", 1)[0] + ":"
        try:
            with self._database.writing() as session:
                session.execute(delete(m.DismissedNoticeRow).where(m.DismissedNoticeRow.key.startswith(record, autoescape=True),
                                                                   m.DismissedNoticeRow.key != key))
                if session.get(m.DismissedNoticeRow, key) is None:
                    session.add(m.DismissedNoticeRow(key=key, os_user=this_pc().os_user))
        except (IntegrityError, RefusedByDatabase):
            pass  # a colleague dismissed it at the same moment: it is dismissed

    def show_again(self, key: str) -> None:
        with self._database.writing() as session:
            session.execute(delete(m.DismissedNoticeRow).where(m.DismissedNoticeRow.key == key))


def _continued(record: m.SeatTermRow | m.EmploymentRow, siblings: Sequence[m.SeatTermRow | m.EmploymentRow]) -> bool:
    """Whether another period of the same person (on the same seat) takes over by the day after `record` ends."""
    assert record.end_date is not None
    next_day = record.end_date + timedelta(days=1)
    began = record.start_date or date.min
    return any(other.id != record.id and other.start_date is not None and began < other.start_date <= next_day
               and (other.end_date is None or other.end_date > record.end_date) for other in siblings)


def _seat_name(seat: m.BoardSeatRow, municipalities: dict[int, str]) -> str:
    role = SeatRole(seat.role).label
    if seat.municipality_id is not None:
        return f"{role} – Gemeente {municipalities.get(seat.municipality_id, '')}"
    if seat.kind == SeatKind.MUNICIPALITY.value:
        return f"{role} – Gemeente (nog niet vastgelegd)"
    return f"{role} – {seat.constituency or 'Dagelijks Bestuur'}"


def _with_dismissal(item: EndingItem, dismissal: Dismissal | None) -> EndingItem:
    if dismissal is None:
        return item
    return EndingItem(item.kind, item.record_id, item.owner_id, item.version, item.who, item.what, item.ends_on, dismissal)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
