"""Sick leave is health data (AVG): dates only, and no overview or export ever reads it."""

from __future__ import annotations

import ast
import dataclasses
import inspect
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, inspect as sql_inspect

from vgg_desktop.db.models import AbsenceRow
from vgg_desktop.domain import entities, schema
from vgg_desktop.services.overviews import Overviews
from vgg_desktop.services.reports import ALL_PARTS, build_meeting_report
from vgg_desktop.startup import OpenedDatabase

PACKAGE = Path(__file__).resolve().parents[2] / "vgg_desktop"
ABSENCE_TABLE = re.compile(r"\babsence\b", re.IGNORECASE)


def test_sick_leave_holds_dates_and_nothing_else() -> None:
    assert [field.name for field in dataclasses.fields(entities.Absence)] == ["id", "version", "staff_member_id", "start_date", "end_date"]
    assert schema.ABSENCE.field_names == ("staff_member_id", "start_date", "end_date")
    columns = {column.name for column in sql_inspect(AbsenceRow).columns}
    assert columns == {"id", "version", "created_at", "updated_at", "staff_member_id", "start_date", "end_date"}


@pytest.fixture
def statements(opened: OpenedDatabase) -> Iterator[list[str]]:
    """Every SQL statement the engine runs while the test body runs."""
    seen: list[str] = []

    def remember(_connection: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(opened.database.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(opened.database.engine, "before_cursor_execute", remember)


def _call_every_overview(overviews: Overviews, on: date) -> int:
    called = 0
    arguments = {"on": on, "year": on.year}
    for name, method in inspect.getmembers(overviews, inspect.ismethod):
        if name.startswith("_"):
            continue
        parameters = inspect.signature(method).parameters
        if "seat_id" in parameters:
            for seat in overviews.board(on):
                method(seat.seat.id)
        else:
            method(**{key: arguments[key] for key in parameters})
        called += 1
    return called


def test_the_seed_holds_sick_leave_so_the_checks_below_mean_something(opened: OpenedDatabase) -> None:
    assert opened.services.absences.count() >= 1


def test_no_overview_reads_sick_leave(opened: OpenedDatabase, statements: list[str]) -> None:
    called = _call_every_overview(opened.services.overviews, date(2022, 6, 14))
    assert called >= 9 and statements
    assert [statement for statement in statements if ABSENCE_TABLE.search(statement)] == []
    # The listener does see the table when it is read, so the check above can fail.
    opened.services.absences.list()
    assert any(ABSENCE_TABLE.search(statement) for statement in statements)


def test_the_meeting_export_reads_no_sick_leave(opened: OpenedDatabase, statements: list[str]) -> None:
    report = build_meeting_report(opened.services, date(2022, 6, 14))
    # Every sheet, the Overleggen, Projecten (staff engagements) and Bijeenkomsten included.
    assert set(report.sheet_names) == {"Overzicht", *(part.value for part in ALL_PARTS)}
    assert {"Overleggen", "Projecten", "Bijeenkomsten"} <= set(report.sheet_names) and statements
    assert [statement for statement in statements if ABSENCE_TABLE.search(statement)] == []


def _names_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, ast.Attribute):
            names.add(node.attr)
        elif isinstance(node, ast.alias):
            names.add(node.name)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            names.add(node.value)
    return names


def test_no_export_code_mentions_sick_leave() -> None:
    paths = sorted((PACKAGE / "export").rglob("*.py")) + [PACKAGE / "services" / "reports.py", PACKAGE / "services" / "overviews.py"]
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}: {name}"
        for path in paths if path.exists()
        for name in sorted(_names_in(path))
        if name in {"absences", "Absence", "AbsenceRow", "ABSENCE", "absence"}
    ]
    assert offenders == []
