"""After an election: which of the places of that round are filled again, and since when, as on a day.

The places of the round are the ones the election opened (`election_vacancy` with the person who held
it) and, for municipal elections, the ones already open on its date (no person): both are filled in the
months after it (in 2022 the board in April, the VNG committees in June). Each place is judged on the
date looked from (the window's peildatum, the meeting date of the workbook), as the Vacatures list
judges it (`services.vacancies`):

- a seat is filled when a term other than the one the election ended runs on that date; it was filled
  on the term's start date, or, where the term has none, on the day the term was recorded;
- a VNG committee membership and a consultation chair are filled when they have a member (chair) whose
  dates, where recorded, cover that date; filled on the date the member (chair) took it where that is
  recorded ('Lid sinds', 'Voorzitter sinds');
- a portfolio has no dates of its own, and neither has a membership or chair whose start nobody recorded:
  it is filled when it has a holder now, and the day it was filled is the day the change that gave it
  one was recorded after the election, read from the history of changes. Where the history no longer
  holds that change (it is kept for a limited time), the date is unknown, never guessed.

How a date is known is part of the answer (`DateSource`), so the window and the sheet can say it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from vgg_desktop.db import models as m
from vgg_desktop.db.mapping import to_value
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import schema as s
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.elections import Election, ElectionKind
from vgg_desktop.domain.entities import is_current
from vgg_desktop.domain.enums import PlaceStatus, SeatKind, SeatRole
from vgg_desktop.services.history_names import is_empty
from vgg_desktop.services.vacancies import PlaceKind


class RefillState(StrEnum):
    OPEN = "open"
    FILLED = "weer ingevuld"
    LAPSED = "vervallen"
    """No longer a place to fill: set to n.v.t., or the record was removed."""


class DateSource(StrEnum):
    START_DATE = "begindatum"
    """The start date of the new term."""
    RECORDED = "vastgelegd"
    """The day the change that filled it was recorded (the history of changes)."""
    UNKNOWN = "onbekend"


@dataclass(frozen=True)
class PlaceRefill:
    kind: PlaceKind
    record_id: int
    """The seat, portfolio, VNG committee or consultation."""
    place: str
    held_before: str | None
    """Who held it until the election; None when it was already open then."""
    state: RefillState
    holder: str | None
    """Who holds it on the date looked from."""
    filled_on: date | None
    source: DateSource | None
    """How `filled_on` is known; None while the place is open."""

    @property
    def is_filled(self) -> bool:
        return self.state is RefillState.FILLED

    @property
    def opened_by(self) -> str:
        """'vrijgekomen (was: Ard van der Tuuk)' or 'al open vóór de verkiezing'."""
        return f"vrijgekomen (was: {self.held_before})" if self.held_before else "al open vóór de verkiezing"

    @property
    def status_text(self) -> str:
        """'Open', 'Ingevuld op 01-04-2022', 'Ingevuld, vastgelegd op 14-06-2022', 'Ingevuld, datum onbekend'."""
        if self.state is RefillState.OPEN:
            return "Open"
        if self.state is RefillState.LAPSED:
            return "Vervallen (n.v.t. of verwijderd)"
        if self.source is DateSource.START_DATE and self.filled_on:
            return f"Ingevuld op {format_date(self.filled_on)}"
        if self.source is DateSource.RECORDED and self.filled_on:
            return f"Ingevuld, vastgelegd op {format_date(self.filled_on)}"
        return "Ingevuld, datum onbekend"


@dataclass(frozen=True)
class KindCount:
    kind: PlaceKind
    filled: int
    total: int

    @property
    def text(self) -> str:
        """'7 van 33 weer ingevuld'."""
        return f"{self.filled} van {self.total} weer ingevuld"


@dataclass(frozen=True)
class ElectionRefills:
    """The places of one election's round as on `on`."""

    election: Election
    on: date
    places: tuple[PlaceRefill, ...]

    @property
    def title(self) -> str:
        return self.election.title

    def counts(self) -> tuple[KindCount, ...]:
        """Per kind of place, in the Vacatures order: how many of its places are filled again."""
        totals = Counter(item.kind for item in self.places)
        filled = Counter(item.kind for item in self.places if item.is_filled)
        return tuple(KindCount(kind, filled[kind], totals[kind]) for kind in PlaceKind if totals[kind])

    @property
    def filled(self) -> int:
        return sum(1 for item in self.places if item.is_filled)

    @property
    def summary(self) -> str:
        """'Na de gemeenteraadsverkiezingen van 30-03-2022: 7 van 33 plaatsen weer ingevuld op 14-07-2022'."""
        title = self.title[0].lower() + self.title[1:]
        return (f"Na de {title}: {self.filled} van {len(self.places)} "
                f"{'plaats' if len(self.places) == 1 else 'plaatsen'} weer ingevuld op {format_date(self.on)}")

    @property
    def uses_recording_dates(self) -> bool:
        return any(item.source is DateSource.RECORDED for item in self.places)


# The field that holds the person of each kind of place, as the history of changes names it.
_PERSON_FIELD = {"portfolio": "holder_id", "vng_committee": "member_id", "consultation": "chair_id"}
_KIND_OF_ENTITY = {"seat_term": PlaceKind.BOARD_SEAT, "board_seat": PlaceKind.BOARD_SEAT, "portfolio": PlaceKind.PORTFOLIO,
                   "vng_committee": PlaceKind.VNG_COMMITTEE, "consultation": PlaceKind.CONSULTATION}


class Refills:
    def __init__(self, database: Database) -> None:
        self._database = database

    def latest(self, on: date) -> ElectionRefills | None:
        """The round of the latest election held on or before `on`, as on `on`; None when there is none."""
        with self._database.reading() as session:
            election = session.scalars(select(m.ElectionRow).where(m.ElectionRow.held_on <= on)
                                       .order_by(m.ElectionRow.held_on.desc()).limit(1)).first()
            if election is None:
                return None
            return _refills(session, election, on)


def _refills(session: Session, election: m.ElectionRow, on: date) -> ElectionRefills:
    value = Election(election.id, election.held_on, ElectionKind(election.kind), tuple(election.municipalities),
                     sum(1 for item in election.vacancies if item.person_id is not None))
    persons = {row.id: to_value(s.PERSON, row).display_name for row in session.scalars(select(m.PersonRow))}
    municipalities = {row.id: row.name for row in session.scalars(select(m.MunicipalityRow))}
    after = election.history_change_id or 0
    places: list[PlaceRefill] = []
    recorded_fills = {entity: _recorded_fills(session, entity, field, after,
                                              [item.record_id for item in election.vacancies if item.entity == entity])
                      for entity, field in _PERSON_FIELD.items()}
    for vacancy in election.vacancies:
        held_before = persons.get(vacancy.person_id, "onbekend") if vacancy.person_id is not None else None
        if vacancy.entity in ("seat_term", "board_seat"):
            places.append(_seat(session, vacancy, held_before, on, persons, municipalities))
        else:
            places.append(_place(session, vacancy, held_before, on, persons, recorded_fills[vacancy.entity]))
    order = list(PlaceKind)
    places.sort(key=lambda item: order.index(item.kind))  # stable: within a kind, the order they were opened
    return ElectionRefills(value, on, tuple(places))


def _seat(session: Session, vacancy: m.ElectionVacancyRow, held_before: str | None, on: date,
          persons: dict[int, str], municipalities: dict[int, str]) -> PlaceRefill:
    ended = None
    if vacancy.entity == "seat_term":
        ended = session.get(m.SeatTermRow, vacancy.record_id)
        seat = session.get(m.BoardSeatRow, ended.seat_id) if ended is not None else None
    else:
        seat = session.get(m.BoardSeatRow, vacancy.record_id)
    if seat is None:
        return PlaceRefill(PlaceKind.BOARD_SEAT, vacancy.record_id, "Zetel (verwijderd)", held_before, RefillState.LAPSED,
                           None, None, None)
    role = SeatRole(seat.role).label
    if seat.municipality_id is not None:
        body = f"Gemeente {municipalities.get(seat.municipality_id, '')}"
    else:
        body = seat.constituency or ("Gemeente (nog niet vastgelegd)" if seat.kind == SeatKind.MUNICIPALITY.value else "Dagelijks Bestuur")
    place = f"{role} – {body}"
    terms = session.scalars(select(m.SeatTermRow).where(m.SeatTermRow.seat_id == seat.id)
                            .order_by(m.SeatTermRow.start_date, m.SeatTermRow.id)).all()
    running = [term for term in terms if is_current(term.start_date, term.end_date, on)
               and (ended is None or term.id != ended.id)]
    if not running:
        return PlaceRefill(PlaceKind.BOARD_SEAT, seat.id, place, held_before, RefillState.OPEN, None, None, None)
    term = running[-1]
    filled_on: date | None
    if term.start_date is not None:
        filled_on, source = term.start_date, DateSource.START_DATE
    else:
        filled_on = _recorded_addition(session, "seat_term", term.id)
        source = DateSource.RECORDED if filled_on else DateSource.UNKNOWN
    return PlaceRefill(PlaceKind.BOARD_SEAT, seat.id, place, held_before, RefillState.FILLED,
                       persons.get(term.person_id), filled_on, source)


def _place(session: Session, vacancy: m.ElectionVacancyRow, held_before: str | None, on: date, persons: dict[int, str],
           recorded: dict[int, date]) -> PlaceRefill:
    kind = _KIND_OF_ENTITY[vacancy.entity]
    row: m.PortfolioRow | m.VngCommitteeRow | m.ConsultationRow | None
    since: date | None = None
    until: date | None = None
    if vacancy.entity == "portfolio":
        row = session.get(m.PortfolioRow, vacancy.record_id)
        place = row.name if row else ""
        holder_id, status = (row.holder_id, None) if row else (None, None)
    elif vacancy.entity == "vng_committee":
        row = session.get(m.VngCommitteeRow, vacancy.record_id)
        place = (f"{row.name} (voorheen {row.former_name})" if row.former_name else row.name) if row else ""
        holder_id, status = (row.member_id, row.member_status) if row else (None, None)
        since, until = (row.member_since, row.member_until) if row else (None, None)
    else:
        row = session.get(m.ConsultationRow, vacancy.record_id)
        place = f"{row.number}. {row.name}" if row else ""
        holder_id, status = (row.chair_id, row.chair_status) if row else (None, None)
        since, until = (row.chair_since, row.chair_until) if row else (None, None)
    if row is None or status == PlaceStatus.NOT_APPLICABLE.value:
        return PlaceRefill(kind, vacancy.record_id, place or "(verwijderd)", held_before, RefillState.LAPSED, None, None, None)
    if holder_id is None or not is_current(since, until, on):
        return PlaceRefill(kind, vacancy.record_id, place, held_before, RefillState.OPEN, None, None, None)
    if since is not None:
        return PlaceRefill(kind, vacancy.record_id, place, held_before, RefillState.FILLED, persons.get(holder_id),
                           since, DateSource.START_DATE)
    filled_on = recorded.get(vacancy.record_id)
    return PlaceRefill(kind, vacancy.record_id, place, held_before, RefillState.FILLED, persons.get(holder_id),
                       filled_on, DateSource.RECORDED if filled_on else DateSource.UNKNOWN)


def _local_day(moment: datetime) -> date:
    # SQLite hands back what was stored (UTC) without its time zone; the day is the user's own.
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
    return utc.astimezone().date()


def _recorded_fills(session: Session, entity: str, field: str, after: int, record_ids: Iterable[int]) -> dict[int, date]:
    """For each record: the day of the last change after change `after` that gave `field` a person where it
    had none, provided nothing emptied it again since."""
    ids = sorted(set(record_ids))
    if not ids:
        return {}
    found: dict[int, date] = {}
    statement = (select(m.HistoryRecordRow.record_id, m.HistoryRecordRow.fields, m.HistoryChangeRow.changed_at)
                 .join(m.HistoryChangeRow, m.HistoryChangeRow.id == m.HistoryRecordRow.change_id)
                 .where(m.HistoryRecordRow.entity == entity, m.HistoryRecordRow.record_id.in_(ids),
                        m.HistoryRecordRow.change_id > after)
                 .order_by(m.HistoryRecordRow.change_id, m.HistoryRecordRow.position))
    for record_id, fields, changed_at in session.execute(statement):
        for item in fields or ():
            if item.get("name") != field:
                continue
            if is_empty(item.get("new")):
                found.pop(record_id, None)
            elif is_empty(item.get("old")):
                found[record_id] = _local_day(changed_at)
    return found


def _recorded_addition(session: Session, entity: str, record_id: int) -> date | None:
    moment = session.scalar(select(m.HistoryChangeRow.changed_at)
                            .join(m.HistoryRecordRow, m.HistoryRecordRow.change_id == m.HistoryChangeRow.id)
                            .where(m.HistoryRecordRow.entity == entity, m.HistoryRecordRow.record_id == record_id,
                                   m.HistoryRecordRow.operation == "added")
                            .order_by(m.HistoryChangeRow.id.desc()).limit(1))
    return _local_day(moment) if moment is not None else None
