"""Copying between ORM rows and the domain's frozen values, field by field as the schema describes.

How a field is kept depends on its kind only, and each kind says it once in `STORAGE`: most are
kept as they are in the column of the field's name, an enum as its value, lists as JSON, and a list
of references in a link table reached through a relationship of the row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from vgg_desktop.db.models import ROW_TYPES, Record
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.schema import EntitySpec, FieldKind, FieldSpec

# Fields whose list of ids lives in a link table, reached through this relationship on the row.
RELATIONSHIP_OF_REFS: dict[str, str] = {"partner_ids": "partners", "staff_member_ids": "staff_members"}


class FieldStorage:
    """A field kept as it is in the column of its name."""

    def read(self, field: FieldSpec, row: Record) -> Any:
        return self.from_column(field, getattr(row, field.name))

    def from_column(self, field: FieldSpec, stored: Any) -> Any:
        return stored

    def to_column(self, value: Any) -> Any:
        return value

    def write(self, session: Session, field: FieldSpec, row: Record, value: Any) -> str | None:
        """Sets the clean `value` on `row`; the Dutch message instead when it names a record that is gone."""
        setattr(row, field.name, self.to_column(value))
        return None

    def references(self, value: Any) -> frozenset[int]:
        """The ids of the records `value` names (of kind `FieldSpec.ref`)."""
        return frozenset()

    def missing_message(self, field: FieldSpec) -> str:
        """What to say when a record the field names is gone (a kind that names records says it)."""
        raise AssertionError(f"{field.name} names no records")


@dataclass(frozen=True)
class _Converted(FieldStorage):
    """A field kept in its column in another form: an enum as its value, a list as JSON."""

    loaded: Callable[[FieldSpec, Any], Any]
    stored: Callable[[Any], Any]

    def from_column(self, field: FieldSpec, stored: Any) -> Any:
        return self.loaded(field, stored)

    def to_column(self, value: Any) -> Any:
        return self.stored(value)


class _Reference(FieldStorage):
    """The id of one record, a foreign key column."""

    def write(self, session: Session, field: FieldSpec, row: Record, value: Any) -> str | None:
        if value is not None and session.get(ROW_TYPES[_target(field)], value) is None:
            return self.missing_message(field)
        return super().write(session, field, row, value)

    def references(self, value: Any) -> frozenset[int]:
        return frozenset() if value is None else frozenset((value,))

    def missing_message(self, field: FieldSpec) -> str:
        return f"{field.label}: de gekozen {field.label.lower()} bestaat niet (meer). Kies opnieuw."


class _References(FieldStorage):
    """Ids of records, as rows of a link table."""

    def read(self, field: FieldSpec, row: Record) -> Any:
        return tuple(sorted(item.id for item in getattr(row, RELATIONSHIP_OF_REFS[field.name])))

    def write(self, session: Session, field: FieldSpec, row: Record, value: Any) -> str | None:
        targets = [session.get(ROW_TYPES[_target(field)], item) for item in value]
        if any(target is None for target in targets):
            return self.missing_message(field)
        relationship = RELATIONSHIP_OF_REFS[field.name]
        if {item.id for item in getattr(row, relationship)} != set(value):
            # Link-table rows alone emit no UPDATE of the record, so its version would not move and a
            # concurrent edit of the list would go unnoticed. Touching a column forces the versioned UPDATE.
            row.updated_at = datetime.now(UTC)
        setattr(row, relationship, targets)
        return None

    def references(self, value: Any) -> frozenset[int]:
        return frozenset(value)

    def missing_message(self, field: FieldSpec) -> str:
        return f"{field.label}: een van de gekozen items bestaat niet (meer). Kies opnieuw."


def _target(field: FieldSpec) -> str:
    assert field.ref is not None, f"{field.name} names no kind of record"
    return field.ref


def _enum_member(field: FieldSpec, stored: Any) -> Any:
    assert field.enum is not None, f"{field.name} names no enum"
    return None if stored is None else field.enum(stored)


_PLAIN = FieldStorage()

STORAGE: dict[FieldKind, FieldStorage] = {
    FieldKind.TEXT: _PLAIN,
    FieldKind.LONG_TEXT: _PLAIN,
    FieldKind.DATE: _PLAIN,
    FieldKind.INT: _PLAIN,
    FieldKind.MONEY: _PLAIN,
    FieldKind.BOOL: _Converted(lambda field, stored: bool(stored), lambda value: value),
    FieldKind.ENUM: _Converted(_enum_member, lambda value: None if value is None else value.value),
    FieldKind.REF: _Reference(),
    FieldKind.REFS: _References(),
    FieldKind.TEXTS: _Converted(lambda field, stored: tuple(stored or ()), list),
    FieldKind.CORE_VALUES: _Converted(
        lambda field, stored: tuple(CoreValue(item["title"], item["text"]) for item in stored or ()),
        lambda value: [{"title": item.title, "text": item.text} for item in value],
    ),
}


def to_value(spec: EntitySpec, row: Record) -> Any:
    values: dict[str, Any] = {"id": row.id, "version": row.version}
    for field in spec.fields:
        values[field.name] = STORAGE[field.kind].read(field, row)
    return spec.value_type(**values)


def write_fields(session: Session, spec: EntitySpec, row: Record, values: Mapping[str, Any]) -> None:
    """Sets clean values on `row`, checking that every reference points at an existing record."""
    # The look-ups must not flush a half-written row: each flush is a versioned UPDATE of its own.
    with session.no_autoflush:
        errors: dict[str, str] = {}
        for field in spec.fields:
            problem = STORAGE[field.kind].write(session, field, row, values[field.name])
            if problem is not None:
                errors[field.name] = problem
    if errors:
        raise ValidationError(errors)


def references(field: FieldSpec, value: Any) -> frozenset[int]:
    """The ids of the records of kind `field.ref` that a clean `value` of `field` names."""
    return STORAGE[field.kind].references(value)


def missing_reference_message(field: FieldSpec) -> str:
    return STORAGE[field.kind].missing_message(field)


def current_fields(spec: EntitySpec, value: Any) -> dict[str, Any]:
    """The editable fields of a value, as a dict that `clean` accepts back."""
    return {field.name: getattr(value, field.name) for field in spec.fields}
