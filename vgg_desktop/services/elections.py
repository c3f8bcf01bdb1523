"""Recording an election: the places of municipal politicians fall open on its date, as one step.

`preview` says what recording will do; `record` does exactly that in one transaction and one change
in the history (kind 'verkiezing vastgelegd'): every board term current on the date ends on it, and
every portfolio, VNG committee membership and consultation chair such a person holds becomes
vacant. The election and the places it opened are kept (`election`, `election_vacancy`): they are
the reason the places are open, and what `undo` takes back exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import to_value, write_fields
from vgg_desktop.db.models import (
    BoardSeatRow,
    ConsultationRow,
    ElectionRow,
    ElectionVacancyRow,
    MunicipalityRow,
    PersonRow,
    PortfolioRow,
    SeatTermRow,
    VngCommitteeRow,
)
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import schema as s
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.elections import (
    OFFICIAL_FUNCTIONS,
    Election,
    ElectionKind,
    ElectionPlan,
    PlaceAlreadyOpen,
    PlaceKept,
    PlaceOpened,
)
from vgg_desktop.domain.entities import is_current
from vgg_desktop.domain.enums import PlaceStatus, SeatKind
from vgg_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services.history import Touched, changed, record_change
from vgg_desktop.services.records import RestoredRecord, check_rules, snapshot_of
from vgg_desktop.services.vacancies import place_is_open

# An election further back than this is history, not something to record now; one further ahead is a typo.
YEARS_BACK = 5
YEARS_AHEAD = 1

_SPECS = {"seat_term": s.SEAT_TERM, "board_seat": s.BOARD_SEAT, "portfolio": s.PORTFOLIO, "vng_committee": s.VNG_COMMITTEE,
          "consultation": s.CONSULTATION}


@dataclass(frozen=True)
class ElectionRecorded:
    """What `record` (or a redo) did: the election, and every changed place before and after, with the
    version each has now. `undo` needs nothing else."""

    election: Election
    plan: ElectionPlan
    before: tuple[RestoredRecord, ...]
    after: tuple[RestoredRecord, ...]


class ElectionService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def preview(self, held_on: date, municipalities: Sequence[str] = (), *, today: date | None = None) -> ElectionPlan:
        """What recording the election would do; refuses as `record` would, and changes nothing."""
        with self._database.reading() as session:
            return _plan(session, held_on, municipalities, today or date.today())

    def record(self, held_on: date, municipalities: Sequence[str] = (), *, today: date | None = None) -> ElectionRecorded:
        with self._database.writing() as session:
            plan = _plan(session, held_on, municipalities, today or date.today())
            election = ElectionRow(held_on=held_on, kind=plan.kind.value, municipalities=list(plan.municipalities))
            session.add(election)
            _flush_new_election(session, held_on)
            before, after, touched = _change_places(session, _changes(session, plan))
            _add_vacancies(session, election.id, plan, plan.already_open)
            election.history_change_id = record_change(session, ChangeKind.ELECTION_HELD, touched,
                                                       f"{plan.title()}: {len(plan.opened)} plaatsen vrijgekomen")
            return ElectionRecorded(_value(election), plan, before, after)

    def undo(self, recorded: ElectionRecorded) -> ElectionRecorded:
        """Puts every place back as it was before the election and forgets the election; refused when a
        place changed since (someone refilled it: undo that first)."""
        with self._database.writing() as session:
            election = session.get(ElectionRow, recorded.election.id)
            if election is None:
                raise NotFoundError("Deze verkiezing is al weggehaald, misschien op een andere pc.")
            touched = _write_back(session, recorded.after, recorded.before)
            session.delete(election)
            session.flush()
            record_change(session, ChangeKind.UNDO, touched, f"{recorded.plan.title()} weggehaald")
            return ElectionRecorded(recorded.election, recorded.plan, _now(session, recorded.before), recorded.after)

    def redo(self, undone: ElectionRecorded) -> ElectionRecorded:
        """Records the election again exactly as it was, provided no place changed since the undo."""
        with self._database.writing() as session:
            election = ElectionRow(id=undone.election.id, held_on=undone.election.held_on, kind=undone.election.kind.value,
                                   municipalities=list(undone.election.municipalities))
            session.add(election)
            _flush_new_election(session, undone.election.held_on)
            already_open = _already_open(session, undone.plan.kind, undone.plan.held_on)
            touched = _write_back(session, undone.before, undone.after)
            _add_vacancies(session, election.id, undone.plan, already_open)
            _advance_sequence(session)
            election.history_change_id = record_change(session, ChangeKind.REDO, touched,
                                                       f"{undone.plan.title()} opnieuw vastgelegd")
            return ElectionRecorded(undone.election, undone.plan, undone.before, _now(session, undone.after))

    def list(self) -> tuple[Election, ...]:
        with self._database.reading() as session:
            return tuple(_value(row) for row in session.scalars(select(ElectionRow).order_by(ElectionRow.held_on)))


def _value(row: ElectionRow) -> Election:
    return Election(row.id, row.held_on, ElectionKind(row.kind), tuple(row.municipalities),
                    sum(1 for item in row.vacancies if item.person_id is not None))


def _already_open(session: Session, kind: ElectionKind, held_on: date) -> tuple[PlaceAlreadyOpen, ...]:
    """The places nobody held on the election's date, before the election opens more: they are filled in the
    same round, so the follow-up (`services.refills`) counts them with the places the election opened. Only for
    municipal elections: for a herindelingsverkiezing an empty place cannot say which municipality it is of.
    A member or chair whose dates do not cover the date holds nothing then (`vacancies.place_is_open`)."""
    if kind is not ElectionKind.MUNICIPAL:
        return ()
    held = {term.seat_id for term in session.scalars(select(SeatTermRow))
            if is_current(term.start_date, term.end_date, held_on)}
    places = [PlaceAlreadyOpen("board_seat", seat.id, _seat_place(seat))
              for seat in session.scalars(select(BoardSeatRow).order_by(BoardSeatRow.position)) if seat.id not in held]
    places += [PlaceAlreadyOpen("portfolio", row.id, f"Portefeuille {row.name}") for row in session.scalars(
        select(PortfolioRow).where(PortfolioRow.holder_id.is_(None)).order_by(PortfolioRow.position))]
    places += [PlaceAlreadyOpen("vng_committee", row.id, f"VNG-commissie {row.name}")
               for row in session.scalars(select(VngCommitteeRow).order_by(VngCommitteeRow.position))
               if place_is_open(PlaceStatus(row.member_status), row.member_since, row.member_until, held_on)]
    places += [PlaceAlreadyOpen("consultation", row.id, f"Voorzitter portefeuillehouderoverleg {row.name}")
               for row in session.scalars(select(ConsultationRow).order_by(ConsultationRow.number))
               if place_is_open(PlaceStatus(row.chair_status), row.chair_since, row.chair_until, held_on)]
    return tuple(places)


def _add_vacancies(session: Session, election_id: int, plan: ElectionPlan, already_open: Sequence[PlaceAlreadyOpen]) -> None:
    for item in plan.opened:
        session.add(ElectionVacancyRow(election_id=election_id, entity=item.entity, record_id=item.record_id,
                                       person_id=item.person_id))
    for place in already_open:
        session.add(ElectionVacancyRow(election_id=election_id, entity=place.entity, record_id=place.record_id,
                                       person_id=None))
    session.flush()


def _flush_new_election(session: Session, held_on: date) -> None:
    try:
        session.flush()
    except IntegrityError:
        raise ValidationError.single("held_on", _recorded_twice(held_on)) from None


def _recorded_twice(held_on: date) -> str:
    return (f"Datum: de verkiezing van {format_date(held_on)} is al vastgelegd; de plaatsen zijn toen al vrijgekomen. "
            "Er is niets veranderd.")


def _plan(session: Session, held_on: date, names: Sequence[str], today: date) -> ElectionPlan:
    earliest, latest = today.replace(year=today.year - YEARS_BACK), today + timedelta(days=365 * YEARS_AHEAD)
    if not earliest <= held_on <= latest:
        raise ValidationError.single("held_on", (
            f"Datum: {format_date(held_on)} ligt te ver {'terug' if held_on < earliest else 'vooruit'}. Geef de datum van "
            f"een verkiezing tussen {format_date(earliest)} en {format_date(latest)}. Er is niets veranderd."))
    if session.scalar(select(ElectionRow.id).where(ElectionRow.held_on == held_on)) is not None:
        raise ValidationError.single("held_on", _recorded_twice(held_on))
    municipalities = {row.id: row for row in session.scalars(select(MunicipalityRow).order_by(MunicipalityRow.name))}
    concerned = _concerned(municipalities, names, held_on)
    kind = ElectionKind.REDIVISION if names else ElectionKind.MUNICIPAL
    persons = {row.id: to_value(s.PERSON, row) for row in session.scalars(select(PersonRow))}
    seats = {row.id: row for row in session.scalars(select(BoardSeatRow))}
    terms = [term for term in session.scalars(select(SeatTermRow).order_by(SeatTermRow.seat_id, SeatTermRow.id))
             if is_current(term.start_date, term.end_date, held_on)]
    # Whoever sits on the board as an advisory member (a secretary or clerk) is a civil servant everywhere.
    advisory = {term.person_id for term in terms if seats[term.seat_id].kind == SeatKind.ADVISORY.value}
    opened: list[PlaceOpened] = []
    kept: list[PlaceKept] = []

    def consider(entity: str, record_id: int, place: str, person_id: int, effect: str, place_municipality: int | None) -> None:
        person = persons[person_id]
        name = person.display_name
        function = (person.function or "").lower()
        if person_id in advisory or any(word in function for word in OFFICIAL_FUNCTIONS):
            kept.append(PlaceKept(place, name, "ambtenaar, geen gekozen politicus"))
            return
        if kind is ElectionKind.REDIVISION:
            known = {id_ for id_ in (place_municipality, person.municipality_id) if id_ is not None}
            if not known:
                kept.append(PlaceKept(place, name, "gemeente onbekend; beëindig de plaats zo nodig met de hand"))
                return
            if not known & concerned:
                kept.append(PlaceKept(place, name, "gemeente niet betrokken bij deze verkiezing"))
                return
        opened.append(PlaceOpened(entity, record_id, place, person_id, name, effect))

    ends = f"termijn eindigt op {format_date(held_on)}"
    for term in terms:
        seat = seats[term.seat_id]
        place = _seat_place(seat)
        if seat.kind == SeatKind.ADVISORY.value:
            kept.append(PlaceKept(place, persons[term.person_id].display_name, "adviserend lid"))
            continue
        consider("seat_term", term.id, place, term.person_id, ends, seat.municipality_id)
    for portfolio in session.scalars(select(PortfolioRow).where(PortfolioRow.holder_id.is_not(None)).order_by(PortfolioRow.position)):
        assert portfolio.holder_id is not None
        consider("portfolio", portfolio.id, f"Portefeuille {portfolio.name}", portfolio.holder_id, "wordt vacature", None)
    for committee in session.scalars(select(VngCommitteeRow).where(VngCommitteeRow.member_id.is_not(None)).order_by(VngCommitteeRow.position)):
        assert committee.member_id is not None
        if not is_current(committee.member_since, committee.member_until, held_on):
            continue  # open already on the date (ended, or not begun): listed with the places already open
        consider("vng_committee", committee.id, f"VNG-commissie {committee.name}", committee.member_id, "wordt vacature", None)
    for consultation in session.scalars(select(ConsultationRow).where(ConsultationRow.chair_id.is_not(None)).order_by(ConsultationRow.number)):
        assert consultation.chair_id is not None
        if not is_current(consultation.chair_since, consultation.chair_until, held_on):
            continue  # open already on the date (ended, or not begun): listed with the places already open
        consider("consultation", consultation.id, f"Voorzitter portefeuillehouderoverleg {consultation.name}",
                 consultation.chair_id, "wordt vacature", None)
    names_concerned = tuple(municipalities[id_].name for id_ in sorted(concerned, key=lambda id_: municipalities[id_].name))
    return ElectionPlan(held_on, kind, names_concerned, tuple(opened), tuple(kept), _already_open(session, kind, held_on))


def _concerned(municipalities: dict[int, MunicipalityRow], names: Sequence[str], held_on: date) -> set[int]:
    if not names:
        return {id_ for id_, row in municipalities.items() if is_current(row.member_since, row.member_until, held_on)}
    by_name = {row.name.casefold(): id_ for id_, row in municipalities.items()}
    unknown = [name for name in names if name.strip().casefold() not in by_name]
    if unknown:
        known = ", ".join(row.name for row in municipalities.values())
        raise ValidationError.single("municipalities", (
            f"Gemeente: {', '.join(repr(name) for name in unknown)} is geen gemeente in de database. "
            f"Kies uit: {known}. Er is niets veranderd."))
    return {by_name[name.strip().casefold()] for name in names}


def _seat_place(seat: BoardSeatRow) -> str:
    role = {"voorzitter": "voorzitter", "lid": "lid", "algemeen_bestuurslid": "algemeen bestuurslid",
            "adviserend_lid": "adviserend lid"}.get(seat.role, seat.role)
    body = seat.constituency or "Dagelijks Bestuur"
    return f"Zetel {seat.position} {body}, {role}"


def _changes(session: Session, plan: ElectionPlan) -> list[tuple[str, int, dict[str, Any]]]:
    """Each record to change, with its new values. The place's note says why it is open (the Vacatures list
    shows it); a note written earlier is kept below it, so nothing anybody typed is lost."""
    reason = f"Vrijgekomen door de {plan.title()[0].lower()}{plan.title()[1:]}."
    changes: list[tuple[str, int, dict[str, Any]]] = []
    noted: set[tuple[str, int]] = set()

    def note(entity: str, record_id: int, values: dict[str, Any]) -> None:
        row = _stored_row(session, entity, record_id)
        if (entity, record_id) not in noted:
            noted.add((entity, record_id))
            old = (row.notes or "").strip()
            values["notes"] = reason if not old or old.startswith(reason) else f"{reason}\n{old}"
        changes.append((entity, record_id, values))

    for item in plan.opened:
        if item.entity == "seat_term":
            changes.append(("seat_term", item.record_id, {"end_date": plan.held_on}))
            seat_id = _stored_row(session, "seat_term", item.record_id).seat_id
            note("board_seat", seat_id, {})
        elif item.entity == "portfolio":
            note("portfolio", item.record_id, {"holder_id": None})
        elif item.entity == "vng_committee":
            note("vng_committee", item.record_id, {"member_id": None, "member_status": PlaceStatus.VACANT,
                                                   "member_since": None, "member_until": None})
        else:
            note("consultation", item.record_id, {"chair_id": None, "chair_status": PlaceStatus.VACANT,
                                                  "chair_since": None, "chair_until": None})
    return changes


def _row(session: Session, entity: str, record_id: int) -> Any:
    row = session.get(_row_type(entity), record_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"{_SPECS[entity].this.capitalize()} bestaat niet meer, misschien verwijderd op een andere pc. "
                            "Er is niets veranderd.")
    return row


def _row_type(entity: str) -> Any:
    return {"seat_term": SeatTermRow, "board_seat": BoardSeatRow, "portfolio": PortfolioRow, "vng_committee": VngCommitteeRow,
            "consultation": ConsultationRow}[entity]


def _stored_row(session: Session, entity: str, record_id: int) -> Any:
    """The row the election changes; gone only when another PC removed it meanwhile, which ends the election."""
    row = session.get(_row_type(entity), record_id)
    if row is None:
        raise NotFoundError("Een plaats van deze verkiezing is intussen op een andere pc verwijderd. "
                            "Vernieuw het overzicht (F5) en probeer het opnieuw.")
    return row


def _change_places(session: Session, changes: Sequence[tuple[str, int, dict[str, Any]]]
                   ) -> tuple[tuple[RestoredRecord, ...], tuple[RestoredRecord, ...], list[Touched]]:
    before: list[RestoredRecord] = []
    after: list[RestoredRecord] = []
    touched: list[Touched] = []
    for entity, record_id, values in changes:
        spec = _SPECS[entity]
        row = _row(session, entity, record_id)
        old = to_value(spec, row)
        snapshot = snapshot_of(spec, row)
        new_values = s.clean(spec, {**dict(snapshot.fields), **values})
        check_rules(session, spec.name, new_values, row.id)
        write_fields(session, spec, row, new_values)
        session.flush()
        before.append(RestoredRecord(spec.name, row.id, row.version, snapshot.fields))
        after.append(snapshot_of(spec, row))
        touched.append(changed(spec, old, to_value(spec, row)))
    return tuple(before), tuple(after), touched


def _write_back(session: Session, expected: Sequence[RestoredRecord], wanted: Sequence[RestoredRecord]) -> list[Touched]:
    """Gives every record the fields of `wanted`, provided it is still as `expected` left it."""
    touched: list[Touched] = []
    for now, target in zip(expected, wanted, strict=True):
        spec = _SPECS[now.entity]
        row = _row(session, now.entity, now.id)
        if row.version != now.version:
            raise ConflictError(
                f"{spec.this.capitalize()} is sinds de verkiezing gewijzigd (bijvoorbeeld weer ingevuld). Maak die "
                "wijziging eerst ongedaan; er is niets veranderd.", current=to_value(spec, row))
        old = to_value(spec, row)
        write_fields(session, spec, row, s.clean(spec, dict(target.fields)))
        session.flush()
        touched.append(changed(spec, old, to_value(spec, row)))
    return touched


def _now(session: Session, records: Sequence[RestoredRecord]) -> tuple[RestoredRecord, ...]:
    """`records` stamped with the version each has now (after a write in this transaction)."""
    return tuple(RestoredRecord(record.entity, record.id, _stored_row(session, record.entity, record.id).version, record.fields)
                 for record in records)


def _advance_sequence(session: Session) -> None:
    """PostgreSQL sequences do not see explicit ids; keep them ahead of the restored election."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy import text

    session.execute(text("SELECT setval(pg_get_serial_sequence('election', 'id'), "
                         "GREATEST((SELECT COALESCE(MAX(id), 1) FROM election), 1))"))
