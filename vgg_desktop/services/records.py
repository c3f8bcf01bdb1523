"""Create, read, update and delete for every kind of record, with the rules that guard them.

Each method is one transaction. Reads hand out frozen values; a change names the version it
started from, so that a change made meanwhile by someone else is refused instead of overwritten.
A delete hands back a `Restoration` that `restore` uses to undo it exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import ForeignKey, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from vgg_desktop.db.mapping import current_fields, missing_reference_message, references, to_value, write_fields
from vgg_desktop.db.models import ROW_TYPES, Base, Record
from vgg_desktop.db.unit_of_work import Database, RefusedByDatabase, known_refusal
from vgg_desktop.domain.errors import ConflictError, DomainError, NotFoundError, RuleViolation, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.schema import SPECS_BY_NAME, EntitySpec, FieldKind, clean
from vgg_desktop.services.history import Touched, added, changed, record_change, removals
from vgg_desktop.services.rules import RULES

V = TypeVar("V")

@dataclass(frozen=True)
class RestoredRecord:
    """A record as it was. `version` is the version it had when deleted; for a record that was
    changed instead (`Restoration.reverted`), the version it has right after that change."""

    entity: str
    id: int
    version: int
    fields: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Restoration:
    """What a delete removed (the record and the records that went with it), enough to put it back."""

    description: str
    records: tuple[RestoredRecord, ...]
    reverted: tuple[RestoredRecord, ...] = ()


ORDER_COLUMNS = ("position", "number", "year", "date", "last_name", "name", "start_date", "id")


class RecordService(Generic[V]):
    def __init__(self, database: Database, spec: EntitySpec) -> None:
        self._database = database
        self.spec = spec
        self._row_type = ROW_TYPES[spec.name]

    def list(self, **equal_to: Any) -> tuple[V, ...]:
        statement = select(self._row_type)
        for name, wanted in equal_to.items():
            statement = statement.where(getattr(self._row_type, name) == getattr(wanted, "value", wanted))
        columns = [getattr(self._row_type, name) for name in ORDER_COLUMNS if hasattr(self._row_type, name)]
        with self._database.reading() as session:
            rows = session.scalars(statement.order_by(*columns)).all()
            return tuple(to_value(self.spec, row) for row in rows)

    def get(self, record_id: int) -> V:
        with self._database.reading() as session:
            return to_value(self.spec, self._load(session, record_id))

    def count(self) -> int:
        with self._database.reading() as session:
            return session.scalar(select(func.count()).select_from(self._row_type)) or 0

    def create(self, data: Mapping[str, Any], *, kind: ChangeKind = ChangeKind.ADD) -> V:
        """`kind` names the change in the history (an undo's redo, an election, ...)."""
        values = clean(self.spec, data)
        with self._database.writing() as session:
            row = self._row_type()
            save_checked(session, self.spec, row, values, None)
            value = to_value(self.spec, row)
            record_change(session, kind, [added(self.spec, value)])
            return value

    def update(self, record_id: int, version: int, changes: Mapping[str, Any], *, kind: ChangeKind = ChangeKind.EDIT) -> V:
        """Applies `changes` to the record as it was at `version`; other fields keep their value."""
        with self._database.writing() as session:
            row = load_for_change(session, self.spec, record_id, version)
            before = to_value(self.spec, row)
            values = clean(self.spec, {**current_fields(self.spec, before), **changes})
            save_checked(session, self.spec, row, values, record_id)
            value = to_value(self.spec, row)
            record_change(session, kind, [changed(self.spec, before, value)])
            return value

    def delete(self, record_id: int, version: int, *, kind: ChangeKind = ChangeKind.DELETE) -> Restoration:
        with self._database.writing() as session:
            row = load_for_change(session, self.spec, record_id, version)
            restoration = delete_row(session, self.spec, row)
            record_change(session, kind, removals(restoration))
            return restoration

    def _load(self, session: Session, record_id: int) -> Record:
        row = session.get(self._row_type, record_id)
        if row is None:
            raise _not_found(self.spec)
        return row


def load_for_change(session: Session, spec: EntitySpec, record_id: int, version: int) -> Record:
    """The record as stored, locked for this transaction, provided it is still at `version`.

    FOR UPDATE (PostgreSQL): a save that races another waits for it, then sees its version and is
    refused with what is stored, instead of failing later at the versioned UPDATE without it.
    SQLite needs no row lock: a writer there holds the whole database from BEGIN IMMEDIATE.
    """
    row = session.get(ROW_TYPES[spec.name], record_id, with_for_update=True)
    if row is None:
        raise _not_found(spec)
    if row.version != version:
        raise ConflictError(
            f"Iemand anders heeft {spec.this} gewijzigd nadat u die opende. "
            "Uw wijziging is niet opgeslagen; bekijk de nieuwe gegevens en voer uw wijziging opnieuw in.",
            current=to_value(spec, row),
        )
    return row


def _not_found(spec: EntitySpec) -> NotFoundError:
    return NotFoundError(f"{spec.this.capitalize()} bestaat niet meer; misschien is die op een andere pc verwijderd. Vernieuw het overzicht (F5).")


def check_rules(session: Session, entity: str, values: Mapping[str, Any], record_id: int | None) -> None:
    for check in RULES.get(entity, ()):
        check(session, values, record_id)


def save_checked(session: Session, spec: EntitySpec, row: Record, values: Mapping[str, Any], record_id: int | None) -> None:
    """Checks the rules between records, then writes `values` into `row` (new or loaded) and flushes.

    On PostgreSQL another PC may save a clashing record between this check and this write. The
    database's own constraints (unique names, one holder per seat at a time, existing references)
    then refuse the write; it runs in a savepoint so that the transaction stays usable, and the
    rules are checked once more: they now see the other record and refuse with their own message.
    """
    check_rules(session, spec.name, values, record_id)
    for attempt in range(_WRITE_ATTEMPTS):
        try:
            with session.begin_nested():
                write_fields(session, spec, row, values)
                session.add(row)
                session.flush()
            return
        except IntegrityError as error:
            raise explain_refusal(session, spec, values, record_id, otherwise=known_refusal(error)) from None
        except ValidationError as refused:
            # A record referred to was deleted (on another PC) after the check: a rule that says so has the word.
            raise explain_refusal(session, spec, values, record_id, otherwise=refused) from None
        except OperationalError as error:
            # Two clashing terms inserted at once each wait for the other in the exclusion constraint, and
            # PostgreSQL stops one of them (deadlock). Undoing this write lets the other finish; checking and
            # writing again then meets its record and refuses with the rule's message.
            if attempt == _WRITE_ATTEMPTS - 1 or getattr(error.orig, "sqlstate", None) not in _TRY_AGAIN:
                raise
            session.expire_all()
            check_rules(session, spec.name, values, record_id)


# deadlock_detected and serialization_failure: the database gave up on this statement, not on the change.
_TRY_AGAIN = frozenset({"40P01", "40001"})
_WRITE_ATTEMPTS = 3


_REFUSED_BY_DATABASE = (
    "Op een andere pc is tegelijk iets opgeslagen dat hiermee botst; uw wijziging is niet opgeslagen. "
    "Vernieuw het overzicht (F5) en probeer het opnieuw."
)


def explain_refusal(session: Session, spec: EntitySpec, values: Mapping[str, Any], record_id: int | None,
                    otherwise: DomainError | None = None) -> DomainError:
    """The Dutch message for a write that was refused: the rule's own, or the missing reference's."""
    # The database waited for the other PC's transaction before refusing, so a fresh read sees its record.
    session.expire_all()
    try:
        check_rules(session, spec.name, values, record_id)
        missing_references(session, spec, values)
    except DomainError as explained:
        return explained
    return otherwise or RefusedByDatabase(_REFUSED_BY_DATABASE)


def missing_references(session: Session, spec: EntitySpec, values: Mapping[str, Any]) -> None:
    """Raises the Dutch ValidationError of `write_fields` when a referenced record is gone (deleted on another PC)."""
    errors: dict[str, str] = {}
    for field in spec.fields:
        wanted = references(field, values[field.name])
        if not wanted or field.ref is None:
            continue
        target = ROW_TYPES[field.ref]
        found = set(session.scalars(select(target.id).where(target.id.in_(wanted))))
        if found != wanted:
            errors[field.name] = missing_reference_message(field)
    if errors:
        raise ValidationError(errors)


def _dependent_foreign_keys(table_name: str) -> list[tuple[str, ForeignKey]]:
    found: list[tuple[str, ForeignKey]] = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column.table.name == table_name:
                found.append((table.name, key))
    return found


def delete_row(session: Session, spec: EntitySpec, row: Record) -> Restoration:
    """Deletes `row` and the records that belong to it (ON DELETE CASCADE), refusing if others still use it."""
    blockers: list[str] = []
    owned: list[RestoredRecord] = []
    for table_name, key in _dependent_foreign_keys(spec.name):
        if table_name not in SPECS_BY_NAME:
            # Link tables: rows owned by this record's own list go with it (and come back with its values);
            # this record being listed by another (a partner of a consultation) blocks, as any other use does.
            if key.ondelete != "CASCADE":
                blockers.extend(_listed_by(session, spec, table_name, key, row.id))
            continue
        child_type = ROW_TYPES[table_name]
        column = getattr(child_type, key.parent.name)
        children = session.scalars(select(child_type).where(column == row.id)).all()
        if not children:
            continue
        child_spec = SPECS_BY_NAME[table_name]
        if key.ondelete == "CASCADE":
            owned.extend(snapshot_of(child_spec, child) for child in children)
        else:
            blockers.append(f"{len(children)} × {child_spec.label} ({child_spec.field(key.parent.name).label.lower()})")
    if blockers:
        raise RuleViolation(
            f"{spec.this.capitalize()} wordt nog gebruikt: " + "; ".join(blockers) + ". "
            f"Wijzig of verwijder die eerst, en verwijder dan {spec.this}."
        )
    snapshot = snapshot_of(spec, row)
    session.delete(row)
    session.flush()
    return Restoration(f"{spec.label} verwijderen", (snapshot, *owned))


def _listed_by(session: Session, spec: EntitySpec, table_name: str, key: ForeignKey, record_id: int) -> list[str]:
    table = Base.metadata.tables[table_name]
    count = session.scalar(select(func.count()).select_from(table).where(table.c[key.parent.name] == record_id)) or 0
    if not count:
        return []
    owner = SPECS_BY_NAME[next(other.column.table.name for other in table.foreign_keys if other is not key)]
    listing = next(field for field in owner.fields if field.kind is FieldKind.REFS and field.ref == spec.name)
    return [f"{count} × {owner.label} ({listing.label.lower()})"]


def changed_since(before: RestoredRecord, row: Record) -> RestoredRecord:
    """`before`, stamped with the version `row` has now that it was changed (call after a flush)."""
    return RestoredRecord(before.entity, before.id, row.version, before.fields)


def snapshot_of(spec: EntitySpec, row: Record) -> RestoredRecord:
    value = to_value(spec, row)
    return RestoredRecord(spec.name, row.id, row.version, tuple(current_fields(spec, value).items()))


def restore(database: Database, restoration: Restoration, kind: ChangeKind = ChangeKind.RESTORE) -> None:
    """Puts deleted records back under their old ids, and sets changed records back, in one transaction.

    Both go through the rules and locks of any other change: a term put back may not overlap a term
    saved meanwhile (here or on another PC), and a changed record is locked before it is compared.
    """
    touched: list[Touched] = []
    with database.writing() as session:
        for record in restoration.records:
            spec = SPECS_BY_NAME[record.entity]
            row_type = ROW_TYPES[spec.name]
            if session.get(row_type, record.id, with_for_update=True) is not None:
                raise RuleViolation(f"{spec.this.capitalize()} bestaat al weer; ongedaan maken is niet nodig.")
            # A restored record continues its version count, so a form still open on its old
            # version (here or on another PC) is refused instead of overwriting it.
            row = row_type(id=record.id)
            save_checked(session, spec, row, clean(spec, dict(record.fields)), None)
            # The ORM numbers every insert 1; set the continued version directly.
            session.execute(update(row_type).where(row_type.id == record.id).values(version=record.version + 1)
                            .execution_options(synchronize_session=False))
            session.expire(row)
            touched.append(Touched(spec.name, record.id, None, dict(record.fields), record.version + 1))
        for record in restoration.reverted:
            spec = SPECS_BY_NAME[record.entity]
            stored = session.get(ROW_TYPES[spec.name], record.id, with_for_update=True)
            if stored is None:
                raise NotFoundError(f"{spec.this.capitalize()} bestaat niet meer; ongedaan maken kan niet.")
            if stored.version != record.version:
                raise ConflictError(
                    f"Iemand anders heeft {spec.this} intussen gewijzigd; ongedaan maken zou dat overschrijven en is niet gedaan.",
                    current=to_value(spec, stored),
                )
            before = to_value(spec, stored)
            save_checked(session, spec, stored, clean(spec, dict(record.fields)), record.id)
            touched.append(changed(spec, before, to_value(spec, stored)))
        session.flush()
        _advance_sequences(session, restoration)
        record_change(session, kind, touched)


def _advance_sequences(session: Session, restoration: Restoration) -> None:
    """PostgreSQL sequences do not see explicit ids; keep them ahead of every restored id."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy import text

    for entity in {record.entity for record in restoration.records}:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{entity}', 'id'), "
            f"GREATEST((SELECT COALESCE(MAX(id), 1) FROM {entity}), 1))"
        ))
