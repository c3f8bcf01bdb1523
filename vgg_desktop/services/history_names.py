"""How the history names a record and shows a field's value: as the user read them at the time.

A name is worked out from the record's own values and, for a term or an employment, the names of the
records it points at, read in the same transaction as the change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from vgg_desktop.db.models import ROW_TYPES
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.entities import CoreValue, full_name
from vgg_desktop.domain.enums import ContractKind, SeatRole
from vgg_desktop.domain.money import format_euros
from vgg_desktop.domain.schema import FieldKind, FieldSpec

LONGEST_NAME = 300
NAMES_OF_REMOVED = "history_names_of_removed"

# A record's field by name: from a mapping of clean values, or from an ORM row.
Getter = Callable[[str], Any]


def record_name(session: Session, entity: str, get: Getter) -> str:
    name = _name(session, entity, get) or f"#{get('id')}"
    return name[:LONGEST_NAME]


def name_of_values(session: Session, entity: str, record_id: int, values: Mapping[str, Any]) -> str:
    return record_name(session, entity, lambda name: record_id if name == "id" else values.get(name))


def name_of_id(session: Session, entity: str, record_id: int | None) -> str:
    """The name of a stored record (what a reference points at); '#12' when it no longer exists."""
    if record_id is None:
        return ""
    row = session.get(ROW_TYPES[entity], record_id)
    if row is None:
        # Removed in this very change (a person with their terms): named from what was recorded of it.
        return str(session.info.get(NAMES_OF_REMOVED, {}).get((entity, record_id), f"#{record_id}"))
    return record_name(session, entity, lambda name: getattr(row, name, None))


def _name(session: Session, entity: str, get: Getter) -> str:
    if entity in ("person", "staff_member"):
        return full_name(_raw(get("salutation")), get("initials"), get("first_name"), get("last_name") or "")
    if entity == "board_seat":
        role = _label(SeatRole, get("role"))
        on_behalf_of = name_of_id(session, "municipality", get("municipality_id")) or get("constituency") or ""
        return f"{on_behalf_of} – {role}" if on_behalf_of else role
    if entity == "seat_term":
        return f"{name_of_id(session, 'person', get('person_id'))} – {name_of_id(session, 'board_seat', get('seat_id'))}"
    if entity == "employment":
        what = get("function") or _label(ContractKind, get("contract_kind"))
        member = name_of_id(session, "staff_member", get("staff_member_id"))
        return f"{member} – {what}" if what else member
    if entity == "absence":
        # Sick leave is named after the staff member only: never its dates.
        return name_of_id(session, "staff_member", get("staff_member_id"))
    if entity == "consultation":
        return f"{get('number')}. {get('name')}"
    if entity in ("year_plan", "activity"):
        return str(get("title") or "")
    if entity == "meeting":
        return f"{format_date(_as_date(get('date')))} {get('title') or ''}".strip()
    if entity == "meeting_attendance":
        return f"{name_of_id(session, 'meeting', get('meeting_id'))}: {name_of_id(session, 'municipality', get('municipality_id'))}"
    if entity == "project_decision":
        return f"{name_of_id(session, 'project', get('project_id'))}: besluit van {format_date(_as_date(get('decided_on')))}"
    if entity == "project_invoice":
        return f"{name_of_id(session, 'project', get('project_id'))}: {name_of_id(session, 'municipality', get('municipality_id'))}"
    return str(get("name") or "")


def _raw(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _label(enum: Any, value: Any) -> str:
    if value is None or value == "":
        return ""
    try:
        return str(enum(_raw(value)).label)
    except ValueError:
        return str(value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value)
    return value if isinstance(value, date) else None


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == () or value == []


def stored_value(value: Any) -> Any:
    """A clean field value as JSON that `clean` accepts back: ISO dates, enum values, lists."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [stored_value(item) for item in value]
    if isinstance(value, CoreValue):
        return {"title": value.title, "text": value.text}
    return value


# The value of a field of each kind as the user reads it (never called with an empty value).
Shown = Callable[[Session, FieldSpec, Any], Any]
SHOWN_IN_HISTORY: dict[FieldKind, Shown] = {
    FieldKind.TEXT: lambda session, field, value: str(value),
    FieldKind.LONG_TEXT: lambda session, field, value: str(value),
    FieldKind.DATE: lambda session, field, value: format_date(value),
    FieldKind.INT: lambda session, field, value: str(value),
    FieldKind.MONEY: lambda session, field, value: format_euros(value),
    FieldKind.BOOL: lambda session, field, value: "ja" if value else "nee",
    FieldKind.ENUM: lambda session, field, value: _label(field.enum, value),
    FieldKind.REF: lambda session, field, value: name_of_id(session, field.ref or "", value),
    FieldKind.REFS: lambda session, field, value: [name_of_id(session, field.ref or "", item) for item in value],
    FieldKind.TEXTS: lambda session, field, value: "\n".join(value),
    FieldKind.CORE_VALUES: lambda session, field, value: "\n".join(item.title for item in value),
}
# A list of references shows as a list of names, so an empty one as a new empty list; any other kind as ''.
_EMPTY: dict[FieldKind, Callable[[], Any]] = {FieldKind.REFS: list}


def value_text(session: Session, field: FieldSpec, value: Any) -> Any:
    """The value as the user reads it; for a list of references a list of names (one per id, so that a
    name can be taken out again, see `History.forget_staff_members`)."""
    if is_empty(value):
        return _EMPTY.get(field.kind, str)()
    return SHOWN_IN_HISTORY[field.kind](session, field, value)
