"""How a record is named on screen: in the choice lists of the forms and in the question before a delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from vgg_desktop.domain.dates import format_date
from vgg_desktop.services.catalog import Services

LONGEST_CHOICE = 90


@dataclass(frozen=True)
class Choice:
    id: int
    text: str
    tooltip: str | None = None


def period(start: date | None, end: date | None) -> str:
    """'01-03-2021 – 31-12-2024'; an unknown end reads '…' (it goes on), as does an unknown start."""
    return f"{format_date(start) or '…'} – {format_date(end) or '…'}"


def shorten(text: str, limit: int = LONGEST_CHOICE) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class RecordLabels:
    """Names records, reading each kind from the services at most once (one form opens one of these)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._records: dict[str, tuple[Any, ...]] = {}
        self._seat_names: dict[int, str] | None = None

    def records(self, entity: str) -> tuple[Any, ...]:
        if entity not in self._records:
            self._records[entity] = self._services.records(entity).list()
        return self._records[entity]

    def by_id(self, entity: str, record_id: int | None) -> Any | None:
        return next((record for record in self.records(entity) if record.id == record_id), None)

    def choices(self, entity: str) -> tuple[Choice, ...]:
        choices = []
        for record in self.records(entity):
            text = self.label(entity, record)
            choices.append(Choice(record.id, shorten(text), text if len(text) > LONGEST_CHOICE else None))
        return tuple(choices)

    def name_of(self, entity: str, record_id: int | None) -> str:
        record = self.by_id(entity, record_id)
        return "" if record is None else self.label(entity, record)

    def label(self, entity: str, record: Any) -> str:
        """A short name that tells the record apart from its neighbours in a list."""
        if entity == "person":
            details = [part for part in (record.function, self.name_of("municipality", record.municipality_id)) if part]
            return f"{record.display_name} ({', '.join(details)})" if details else record.display_name
        if entity == "staff_member":
            return str(record.display_name)
        if entity == "board_seat":
            return self._seat_name(record)
        if entity == "consultation":
            return f"{record.number}. {record.name}"
        if entity == "year_plan":
            return str(record.year)
        if entity == "activity":
            plan = self.by_id("year_plan", record.year_plan_id)
            year = f"{plan.year}: " if plan else ""
            return f"{year}{record.position}. {record.title}"
        if entity == "seat_term":
            return (f"{self.name_of('person', record.person_id)} – {self.name_of('board_seat', record.seat_id)} "
                    f"({period(record.start_date, record.end_date)})")
        if entity == "employment":
            what = record.function or (record.contract_kind.label if record.contract_kind else "")
            return f"{self.name_of('staff_member', record.staff_member_id)} – {what} ({period(record.start_date, record.end_date)})"
        if entity == "absence":
            return f"{self.name_of('staff_member', record.staff_member_id)} ({period(record.start_date, record.end_date)})"
        if entity == "meeting":
            return f"{format_date(record.date)} {record.title}"
        if entity == "project_decision":
            return f"{format_date(record.decided_on)} {shorten(record.description, 60)}"
        if entity == "project_invoice":
            return f"{self.name_of('municipality', record.municipality_id)} {record.description or ''}".strip()
        return str(record.name)

    def _seat_name(self, seat: Any) -> str:
        if self._seat_names is None:
            self._seat_names = {
                overview.seat.id: f"{overview.on_behalf_of} – {overview.seat.role.label}"
                for overview in self._services.overviews.board(date.today())
            }
        return self._seat_names.get(seat.id) or seat.role.label
