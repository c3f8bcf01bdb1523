"""Copying between ORM rows and the domain's frozen values, field by field as the schema describes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from vgg_desktop.db.models import ROW_TYPES, Record
from vgg_desktop.domain.entities import CoreValue
from vgg_desktop.domain.errors import ValidationError
from vgg_desktop.domain.schema import EntitySpec, FieldSpec

# Fields whose list of ids lives in a link table, reached through this relationship on the row.
RELATIONSHIP_OF_REFS: dict[str, str] = {"partner_ids": "partners", "staff_member_ids": "staff_members"}


def to_value(spec: EntitySpec, row: Record) -> Any:
    values: dict[str, Any] = {"id": row.id, "version": row.version}
    for field in spec.fields:
        values[field.name] = _read(field, row)
    return spec.value_type(**values)


def _read(field: FieldSpec, row: Record) -> Any:
    if field.kind == "refs":
        return tuple(sorted(item.id for item in getattr(row, RELATIONSHIP_OF_REFS[field.name])))
    raw = getattr(row, field.name)
    if field.kind == "enum":
        return None if raw is None else field.enum(raw)  # type: ignore[misc]
    if field.kind == "texts":
        return tuple(raw or ())
    if field.kind == "core_values":
        return tuple(CoreValue(item["title"], item["text"]) for item in raw or ())
    if field.kind == "bool":
        return bool(raw)
    return raw


def write_fields(session: Session, spec: EntitySpec, row: Record, values: Mapping[str, Any]) -> None:
    """Sets clean values on `row`, checking that every reference points at an existing record."""
    # The look-ups below must not flush a half-written row: each flush is a versioned UPDATE of its own.
    with session.no_autoflush:
        errors = _write_fields(session, spec, row, values)
    if errors:
        raise ValidationError(errors)


def _write_fields(session: Session, spec: EntitySpec, row: Record, values: Mapping[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for field in spec.fields:
        value = values[field.name]
        if field.kind == "ref" and value is not None:
            if session.get(ROW_TYPES[field.ref], value) is None:  # type: ignore[index]
                errors[field.name] = missing_reference_message(field)
                continue
        if field.kind == "refs":
            targets = [session.get(ROW_TYPES[field.ref], item) for item in value]  # type: ignore[index]
            if any(target is None for target in targets):
                errors[field.name] = missing_reference_message(field)
                continue
            relationship = RELATIONSHIP_OF_REFS[field.name]
            if {item.id for item in getattr(row, relationship)} != set(value):
                # Link-table rows alone emit no UPDATE of the record, so its version would not move and a
                # concurrent edit of the list would go unnoticed. Touching a column forces the versioned UPDATE.
                row.updated_at = datetime.now(UTC)
            setattr(row, relationship, targets)
            continue
        setattr(row, field.name, _stored(field, value))
    return errors


def missing_reference_message(field: FieldSpec) -> str:
    if field.kind == "refs":
        return f"{field.label}: een van de gekozen items bestaat niet (meer). Kies opnieuw."
    return f"{field.label}: de gekozen {field.label.lower()} bestaat niet (meer). Kies opnieuw."


def _stored(field: FieldSpec, value: Any) -> Any:
    if field.kind == "enum":
        return None if value is None else value.value
    if field.kind == "texts":
        return list(value)
    if field.kind == "core_values":
        return [{"title": item.title, "text": item.text} for item in value]
    return value


def current_fields(spec: EntitySpec, value: Any) -> dict[str, Any]:
    """The editable fields of a value, as a dict that `clean` accepts back."""
    return {field.name: getattr(value, field.name) for field in spec.fields}
