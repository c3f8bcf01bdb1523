"""The history of every change: recorded in the transaction of the change itself, read back, undone.

A use case records what it did with one call, naming the kind of change:

    record_change(session, ChangeKind.EDIT, [changed(PERSON, before, after)])

after its own writes and before its transaction ends, so the history holds exactly the changes that
were committed. Recorded are when (UTC), by whom (the operating-system user and the PC; on PostgreSQL
also the database user), each record touched (kind, id, its name at the time, the version the change
left it at) and each field's old and new value, as display text and as JSON that the services accept
back, so that a change can be turned back ("Terugdraaien") while nothing changed the records since.

Sick leave is health data: its records are recorded without any field, only that a sick-leave record
of a staff member was added, changed or removed. When former staff are removed at the end of their
retention period (AVG), `forget_staff_members` removes every history entry about them and takes their
name out of the entries of projects they were on. `prune` removes changes older than the period the
database keeps its history (a database setting), at start-up, never during a save.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from typing import Any, cast

from sqlalchemy import CursorResult, Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, to_value, write_fields
from vgg_desktop.db.models import ROW_TYPES, Base, HistoryChangeRow, HistoryRecordRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.dates import add_months
from vgg_desktop.domain.errors import ConflictError, NotFoundError, RuleViolation
from vgg_desktop.domain.history import Change, ChangeKind, FieldChange, Operation, RecordChange
from vgg_desktop.domain.schema import SPECS_BY_NAME, EntitySpec, clean
from vgg_desktop.services.history_names import NAMES_OF_REMOVED, is_empty, name_of_values, stored_value, value_text

# Records whose history belongs to another record too: an employment is part of its staff member's.
OWNERS: dict[str, tuple[str, str]] = {
    "employment": ("staff_member", "staff_member_id"),
    "absence": ("staff_member", "staff_member_id"),
    "seat_term": ("board_seat", "seat_id"),
    "project_decision": ("project", "project_id"),
    "project_invoice": ("project", "project_id"),
    "meeting_attendance": ("meeting", "meeting_id"),
}
# Health data (AVG art. 9): the history says that it changed, never what.
WITHOUT_VALUES = frozenset({"absence"})
# Changes that cannot be turned back from the history: their records are too many or no longer known.
NOT_REVERTIBLE = {
    ChangeKind.IMPORT: "Het inlezen van gegevens kan niet worden teruggedraaid.",
    ChangeKind.RETENTION: "Van oud-medewerkers die om de bewaartermijn zijn verwijderd, bewaart de geschiedenis "
                          "geen gegevens; dit kan niet worden teruggedraaid.",
    # The election itself would stay recorded while its places were filled again: undo it as a whole instead.
    ChangeKind.ELECTION_HELD: "Een verkiezing kan niet vanuit de geschiedenis worden teruggedraaid; maak hem direct na "
                              "het vastleggen ongedaan met Ctrl+Z, of vul de plaatsen opnieuw in.",
}
FORMER_STAFF = "oud-medewerker"
# Written in bulk through the tables themselves (Core), not one ORM object per entry. A declarative class's
# table is a Table; the ORM's types only promise the FromClause it derives from.
_CHANGES = cast(Table, HistoryChangeRow.__table__)
_RECORDS = cast(Table, HistoryRecordRow.__table__)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Touched:
    """What a use case hands `record_change` for one record: clean values before and after (None when
    the record was added or removed) and the version the change left it at (removed: the version it had)."""

    entity: str
    record_id: int
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    version: int
    anonymous: bool = False


def added(spec: EntitySpec, value: Any) -> Touched:
    return Touched(spec.name, value.id, None, current_fields(spec, value), value.version)


def changed(spec: EntitySpec, before: Any, after: Any) -> Touched:
    return Touched(spec.name, after.id, current_fields(spec, before), current_fields(spec, after), after.version)


def removed(entity: str, record_id: int, version: int, fields: Iterable[tuple[str, Any]]) -> Touched:
    return Touched(entity, record_id, dict(fields), None, version)


def removals(restoration: Any) -> list[Touched]:
    """The records a delete removed (a `records.Restoration`), as `record_change` takes them."""
    return [removed(record.entity, record.id, record.version, record.fields) for record in restoration.records]


@dataclass(frozen=True)
class Author:
    os_user: str
    computer: str


@cache
def this_pc() -> Author:
    """Who works on this PC: the operating-system user and the PC's name."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (a service account without one)
        user = "onbekend"
    return Author(user[:200] or "onbekend", (socket.gethostname() or "onbekend")[:200])


def _database_user(session: Session) -> str | None:
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.execute(text("SELECT current_user")).scalar()


def record_change(session: Session, kind: ChangeKind, touched: Sequence[Touched], description: str = "") -> int | None:
    """Records one change of `kind` in the history, in the caller's transaction; returns its id (None when
    nothing was touched). `description` must not name a person: it outlives the records it speaks of."""
    # Records removed by this change are named first, from their own values, so that a record pointing at
    # one of them (a term of a deleted person) is named with it rather than with an id.
    names = session.info.setdefault(NAMES_OF_REMOVED, {})
    for item in touched:
        if item.after is None and not item.anonymous:
            names[(item.entity, item.record_id)] = name_of_values(session, item.entity, item.record_id, item.before or {})
    entries = [entry for entry in (_entry(session, item) for item in touched) if entry is not None]
    if not entries:
        return None  # a save that changed nothing is no change
    author = this_pc()
    inserted = cast(CursorResult[Any], session.execute(insert(_CHANGES).values(
        changed_at=_now(), kind=kind.value, description=description[:300], os_user=author.os_user,
        computer=author.computer, database_user=_database_user(session),
    )))
    key = inserted.inserted_primary_key
    assert key is not None  # a single-row INSERT always knows its key
    change_id = key[0]
    for position, entry in enumerate(entries):
        entry.update(change_id=change_id, position=position)
    session.execute(insert(_RECORDS), entries)
    return int(change_id)


def _entry(session: Session, item: Touched) -> dict[str, Any] | None:
    spec = SPECS_BY_NAME[item.entity]
    operation = Operation.ADDED if item.before is None else Operation.REMOVED if item.after is None else Operation.CHANGED
    values = item.after if item.after is not None else item.before
    assert values is not None
    owner_entity, owner_id = None, None
    if item.entity in OWNERS and not item.anonymous:
        owner_entity, field_name = OWNERS[item.entity]
        owner_id = values.get(field_name)
    if item.anonymous:
        name, fields = FORMER_STAFF, []
    else:
        fields = _fields(session, spec, item.before, item.after)
        if operation is Operation.CHANGED and not fields:
            return None
        name = name_of_values(session, item.entity, item.record_id, values)
        if item.entity in WITHOUT_VALUES:
            fields = []
    return {
        "entity": item.entity, "record_id": item.record_id,
        "name": name, "operation": operation.value, "version": item.version,
        "owner_entity": owner_entity, "owner_id": owner_id, "fields": fields,
    }


def _fields(session: Session, spec: EntitySpec, before: Mapping[str, Any] | None,
            after: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    found = []
    for field in spec.fields:
        old = None if before is None else before.get(field.name)
        new = None if after is None else after.get(field.name)
        if before is not None and after is not None and _same(old, new):
            continue
        if is_empty(old) and is_empty(new):
            continue
        item = {"name": field.name, "label": field.label, "old": stored_value(old), "new": stored_value(new)}
        # A text is its own display text: stored once, so a long text does not make every save write twice as much.
        for side, value in (("old", old), ("new", new)):
            shown = value_text(session, field, value)
            if shown != item[side] and not (shown == "" and item[side] is None):
                item[f"{side}_text"] = shown
        found.append(item)
    return found


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, tuple) and isinstance(new, tuple) and all(isinstance(item, int) for item in (*old, *new)):
        return sorted(old) == sorted(new)  # a list of references is a set: its order is not a change
    return bool(old == new)


# --- reading ----------------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return ", ".join(value) if isinstance(value, list) else str(value or "")


def _shown(item: Mapping[str, Any], side: str) -> str:
    """The display text of one side of a field; a text stored once is its own display text."""
    return _text(item[f"{side}_text"] if f"{side}_text" in item else item.get(side))


def _utc(moment: datetime) -> datetime:
    # SQLite hands back what was stored (UTC) without its time zone.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _record_change(row: HistoryRecordRow) -> RecordChange:
    spec = SPECS_BY_NAME.get(row.entity)
    fields = tuple(FieldChange(item["name"], item.get("label", item["name"]), _shown(item, "old"), _shown(item, "new"))
                   for item in row.fields or ())
    return RecordChange(row.entity, spec.label if spec else row.entity, row.record_id, row.name,
                        Operation(row.operation), row.version, fields)


def _change(row: HistoryChangeRow, records: Sequence[HistoryRecordRow]) -> Change:
    return Change(row.id, _utc(row.changed_at), ChangeKind(row.kind), row.description, row.os_user, row.computer,
                  row.database_user, tuple(_record_change(item) for item in records))


@dataclass(frozen=True)
class HistoryFilter:
    """Which changes to show: by whom (operating-system user), in which period (local dates, inclusive),
    touching which kind of record; newest first, at most `limit`."""

    os_user: str | None = None
    since: date | None = None
    until: date | None = None
    entity: str | None = None
    limit: int = 1000


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


class History:
    def __init__(self, database: Database) -> None:
        self._database = database

    def changes(self, wanted: HistoryFilter = HistoryFilter()) -> tuple[Change, ...]:  # the filter is frozen, so one shared default is safe
        """Changes, newest first; with `entity`, only the records of that kind within each change."""
        statement = select(HistoryChangeRow)
        if wanted.os_user:
            statement = statement.where(HistoryChangeRow.os_user == wanted.os_user)
        if wanted.since:
            statement = statement.where(HistoryChangeRow.changed_at >= _start_of(wanted.since))
        if wanted.until:
            statement = statement.where(HistoryChangeRow.changed_at < _start_of(date.fromordinal(wanted.until.toordinal() + 1)))
        if wanted.entity:
            statement = statement.where(HistoryChangeRow.id.in_(
                select(HistoryRecordRow.change_id).where(HistoryRecordRow.entity == wanted.entity)))
        statement = statement.order_by(HistoryChangeRow.id.desc()).limit(wanted.limit)
        with self._database.reading() as session:
            rows = session.scalars(statement).all()
            records = self._records_of(session, [row.id for row in rows], wanted.entity)
            return tuple(_change(row, records.get(row.id, ())) for row in rows)

    def of_record(self, entity: str, record_id: int, limit: int = 50) -> tuple[Change, ...]:
        """The changes of one record and of its parts (a staff member's employments and sick leave, a
        seat's terms), newest first; each change holds only those records."""
        mine = ((HistoryRecordRow.entity == entity) & (HistoryRecordRow.record_id == record_id)) | (
            (HistoryRecordRow.owner_entity == entity) & (HistoryRecordRow.owner_id == record_id))
        # One statement: the detail pane asks for this at every selection.
        newest = select(HistoryRecordRow.change_id).where(mine).distinct().order_by(HistoryRecordRow.change_id.desc()).limit(limit)
        statement = (select(HistoryChangeRow, HistoryRecordRow)
                     .join(HistoryRecordRow, HistoryRecordRow.change_id == HistoryChangeRow.id)
                     .where(mine, HistoryChangeRow.id.in_(newest))
                     .order_by(HistoryChangeRow.id.desc(), HistoryRecordRow.position))
        with self._database.reading() as session:
            found: dict[int, tuple[HistoryChangeRow, list[HistoryRecordRow]]] = {}
            for change, record in session.execute(statement):
                found.setdefault(change.id, (change, []))[1].append(record)
            return tuple(_change(change, records) for change, records in found.values())

    def get(self, change_id: int) -> Change:
        with self._database.reading() as session:
            row = session.get(HistoryChangeRow, change_id)
            if row is None:
                raise NotFoundError("Deze wijziging staat niet meer in de geschiedenis (de bewaartermijn is verstreken). Vernieuw het overzicht (F5).")
            return _change(row, self._records_of(session, [change_id]).get(change_id, ()))

    def authors(self) -> tuple[str, ...]:
        """Everyone (operating-system user) who made a change that is still in the history."""
        with self._database.reading() as session:
            return tuple(session.scalars(select(HistoryChangeRow.os_user).distinct().order_by(HistoryChangeRow.os_user)))

    def count(self) -> int:
        with self._database.reading() as session:
            return session.scalar(select(func.count()).select_from(HistoryChangeRow)) or 0

    @staticmethod
    def _records_of(session: Session, change_ids: Sequence[int], entity: str | None = None) -> dict[int, list[HistoryRecordRow]]:
        found: dict[int, list[HistoryRecordRow]] = {}
        for start in range(0, len(change_ids), 500):  # SQLite allows only so many parameters
            statement = select(HistoryRecordRow).where(HistoryRecordRow.change_id.in_(change_ids[start:start + 500]))
            if entity:
                statement = statement.where(HistoryRecordRow.entity == entity)
            for item in session.scalars(statement.order_by(HistoryRecordRow.change_id, HistoryRecordRow.position)):
                found.setdefault(item.change_id, []).append(item)
        return found

    # --- keeping it for a limited time ------------------------------------------------------------

    def prune(self, today: date, months: int) -> int:
        """Removes the changes made before the same day `months` ago (0: keeps everything); returns how many."""
        if months <= 0:
            return 0
        cutoff = _start_of(add_months(today, -months))
        with self._database.writing() as session:
            old = select(HistoryChangeRow.id).where(HistoryChangeRow.changed_at < cutoff)
            # Explicitly, not through ON DELETE CASCADE: the same on every database, whatever its pragmas.
            session.execute(delete(HistoryRecordRow).where(HistoryRecordRow.change_id.in_(old)))
            deleted = cast(CursorResult[Any], session.execute(delete(HistoryChangeRow).where(HistoryChangeRow.changed_at < cutoff)))
            return deleted.rowcount or 0

    # --- turning a change back ----------------------------------------------------------------------

    def revert(self, change_id: int, kind: ChangeKind = ChangeKind.REVERT) -> Change:
        """Turns a change back, in one transaction, provided no record it touched changed since; the
        turning back is itself a change (returned), which can be turned back in its turn."""
        with self._database.writing() as session:
            head = session.get(HistoryChangeRow, change_id)
            if head is None:
                raise NotFoundError("Deze wijziging staat niet meer in de geschiedenis (de bewaartermijn is verstreken). Vernieuw het overzicht (F5).")
            entries = session.scalars(select(HistoryRecordRow).where(HistoryRecordRow.change_id == change_id)
                                      .order_by(HistoryRecordRow.position)).all()
            _check_revertible(session, head, entries)
            touched = _revert(session, entries)
            new_id = record_change(session, kind, touched, f"Terugdraaien van wijziging {change_id}" if kind is ChangeKind.REVERT else head.description)
            assert new_id is not None
            session.flush()
            stored = session.get(HistoryChangeRow, new_id)
            assert stored is not None  # written a moment ago in this transaction
            return _change(stored,
                           session.scalars(select(HistoryRecordRow).where(HistoryRecordRow.change_id == new_id)
                                           .order_by(HistoryRecordRow.position)).all())


# --- the AVG ---------------------------------------------------------------------------------------------


def forget_staff_members(session: Session, member_ids: Iterable[int], keep_change: int | None = None) -> None:
    """Removes what the history knows of these (former) staff members: every entry about them, their
    employments and sick leave, and their name where a project listed them. Changes left with nothing
    to say are removed too. `keep_change` (the removal itself, recorded without names) stays."""
    ids = set(member_ids)
    if not ids:
        return
    about_them = ((HistoryRecordRow.entity == "staff_member") & HistoryRecordRow.record_id.in_(ids)) | (
        (HistoryRecordRow.owner_entity == "staff_member") & HistoryRecordRow.owner_id.in_(ids))
    if keep_change is not None:
        about_them = about_them & (HistoryRecordRow.change_id != keep_change)
    touched_changes = set(session.scalars(select(HistoryRecordRow.change_id).where(about_them)))
    session.execute(delete(HistoryRecordRow).where(about_them))
    for entry in session.scalars(select(HistoryRecordRow).where(HistoryRecordRow.entity == "project")):
        fields = [_without_names(item, ids) for item in entry.fields or ()]
        if fields != entry.fields:
            session.execute(update(HistoryRecordRow).where(HistoryRecordRow.id == entry.id).values(fields=fields))
    session.flush()
    if touched_changes:
        still_used = select(HistoryRecordRow.change_id).where(HistoryRecordRow.change_id.in_(touched_changes))
        session.execute(delete(HistoryChangeRow).where(HistoryChangeRow.id.in_(touched_changes),
                                                       HistoryChangeRow.id.not_in(still_used)))


def _without_names(item: dict[str, Any], ids: set[int]) -> dict[str, Any]:
    if item.get("name") != "staff_member_ids":
        return item
    result = dict(item)
    for side in ("old", "new"):
        members, names = item.get(side) or [], item.get(f"{side}_text") or []
        if isinstance(names, list) and len(names) == len(members):
            result[f"{side}_text"] = [FORMER_STAFF if member in ids else name for member, name in zip(members, names)]
    return result


# --- turning back, in detail ----------------------------------------------------------------------------


def _check_revertible(session: Session, head: HistoryChangeRow, entries: Sequence[HistoryRecordRow]) -> None:
    reason = NOT_REVERTIBLE.get(ChangeKind(head.kind))
    if reason:
        raise RuleViolation(reason)
    if any(entry.entity in WITHOUT_VALUES for entry in entries):
        raise RuleViolation(
            "Deze wijziging gaat (ook) over een ziekmelding. Daarvan bewaart de geschiedenis geen gegevens, dus "
            "terugdraaien kan niet. Gebruik Ongedaan maken (Ctrl+Z) zolang het programma open is, of wijzig de "
            "ziekmelding op het tabblad Bureau.")
    if not entries:
        raise RuleViolation("Van deze wijziging zijn geen gegevens meer bewaard; terugdraaien kan niet.")
    moved: list[HistoryRecordRow] = []
    for entry in entries:
        row = session.get(ROW_TYPES[entry.entity], entry.record_id, with_for_update=True)
        if Operation(entry.operation) is Operation.REMOVED:
            if row is not None:
                moved.append(entry)
        elif row is None or row.version != entry.version:
            moved.append(entry)
    if moved:
        raise ConflictError(_since_message(session, head.id, moved))


def _since_message(session: Session, change_id: int, moved: Sequence[HistoryRecordRow]) -> str:
    lines = []
    for entry in moved:
        later = session.execute(
            select(HistoryChangeRow, HistoryRecordRow)
            .join(HistoryRecordRow, HistoryRecordRow.change_id == HistoryChangeRow.id)
            .where(HistoryRecordRow.entity == entry.entity, HistoryRecordRow.record_id == entry.record_id,
                   HistoryChangeRow.id > change_id)
            .order_by(HistoryChangeRow.id)
        ).all()
        for change, record in later:
            described = _change(change, [record])
            lines.append(f"• {described.when()}, {described.who}: {described.records[0].summary()} ({described.kind.label.lower()})")
        if not later:
            label = SPECS_BY_NAME[entry.entity].label if entry.entity in SPECS_BY_NAME else entry.entity
            lines.append(f"• {label[:1].upper() + label[1:]} {entry.name} is sindsdien gewijzigd.")
    return ("Deze wijziging kan niet worden teruggedraaid: sindsdien is er iets aan veranderd, en terugdraaien "
            "zou dat ongedaan maken. Sindsdien:\n" + "\n".join(dict.fromkeys(lines)) +
            "\n\nWijzig de gegevens zo nodig zelf, of draai eerst de latere wijzigingen terug.")


def _revert(session: Session, entries: Sequence[HistoryRecordRow]) -> list[Touched]:
    """Removed records come back first (others may point at them), then changed ones are set back,
    then added ones go, last added first (a seat's terms before the seat)."""
    touched: list[Touched] = []
    by_operation = {operation: [entry for entry in entries if Operation(entry.operation) is operation] for operation in Operation}
    recreated: set[str] = set()
    # Parents before the records that point at them, whatever order they were removed in (an undone import
    # removed each employment before its staff member).
    order = {table.name: index for index, table in enumerate(Base.metadata.sorted_tables)}
    for entry in sorted(by_operation[Operation.REMOVED], key=lambda entry: order.get(entry.entity, 0)):
        touched.append(_recreate(session, entry))
        recreated.add(entry.entity)
    for entry in by_operation[Operation.CHANGED]:
        touched.append(_set_back(session, entry))
    going = {(entry.entity, entry.record_id) for entry in by_operation[Operation.ADDED]}
    for entry in reversed(by_operation[Operation.ADDED]):
        touched.extend(_remove(session, entry, going))
    _keep_sequences_ahead(session, recreated)
    return touched


def _old_values(entry: HistoryRecordRow) -> dict[str, Any]:
    return {item["name"]: item["old"] for item in entry.fields or () if item["name"] in SPECS_BY_NAME[entry.entity].field_names}


def _recreate(session: Session, entry: HistoryRecordRow) -> Touched:
    from vgg_desktop.services.records import check_rules

    spec = SPECS_BY_NAME[entry.entity]
    values = clean(spec, _old_values(entry))
    check_rules(session, spec.name, values, None)
    row_type = ROW_TYPES[spec.name]
    row = row_type(id=entry.record_id)
    write_fields(session, spec, row, values)
    session.add(row)
    session.flush()
    # The record continues its version count, as an undo of a delete does (records.restore).
    session.execute(update(row_type).where(row_type.id == entry.record_id).values(version=entry.version + 1)
                    .execution_options(synchronize_session=False))
    session.expire(row)
    return Touched(spec.name, entry.record_id, None, values, entry.version + 1)


def _set_back(session: Session, entry: HistoryRecordRow) -> Touched:
    from vgg_desktop.services.records import check_rules

    spec = SPECS_BY_NAME[entry.entity]
    row = session.get(ROW_TYPES[spec.name], entry.record_id)
    assert row is not None
    before = to_value(spec, row)
    values = clean(spec, {**current_fields(spec, before), **_old_values(entry)})
    check_rules(session, spec.name, values, entry.record_id)
    write_fields(session, spec, row, values)
    session.flush()
    return changed(spec, before, to_value(spec, row))


def _remove(session: Session, entry: HistoryRecordRow, going: set[tuple[str, int]]) -> list[Touched]:
    from vgg_desktop.services.records import delete_row

    spec = SPECS_BY_NAME[entry.entity]
    row = session.get(ROW_TYPES[spec.name], entry.record_id)
    if row is None:  # went already with a record removed before it (a seat's term with the seat)
        return []
    restoration = delete_row(session, spec, row)
    others = [record for record in restoration.records[1:] if (record.entity, record.id) not in going]
    if others:
        names = "; ".join(f"{SPECS_BY_NAME[record.entity].label} {name_of_values(session, record.entity, record.id, dict(record.fields))}"
                          for record in others)
        raise RuleViolation(
            f"Terugdraaien zou {spec.this} verwijderen, en daarmee ook wat er later bij is gekomen: {names}. "
            "Er is niets teruggedraaid; verwijder dat eerst zelf als het weg moet.")
    return [removed(record.entity, record.id, record.version, record.fields) for record in restoration.records]


def _keep_sequences_ahead(session: Session, entities: Iterable[str]) -> None:
    """PostgreSQL sequences do not see explicit ids; keep them ahead of every recreated id."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for entity in entities:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{entity}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 1) FROM {entity}), 1))"
        ))
