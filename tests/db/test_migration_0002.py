"""Migration 0002 on a database made by the release before it (schema 0001, seeded with its Jaarplan 2022).

`fixtures/release-0001-jaarplan-2022.json` holds every row of a database that release made on its first
start, as it made it: 54 half-years "niet gestart" with no text, two "loopt", Meten en Monitoren a
"project". The rows go into a schema built by migration 0001 itself, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Date, DateTime, Engine, MetaData, select, text

from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.services.reports import Part, Quiet, build_meeting_report
from vgg_desktop.startup import open_database

RELEASE = Path(__file__).parent / "fixtures" / "release-0001-jaarplan-2022.json"
STATUS_COLUMNS = ("first_half_status", "second_half_status")


def _release_rows() -> dict[str, list[dict[str, Any]]]:
    data = json.loads(RELEASE.read_text(encoding="utf-8"))
    assert data["revision"] == "0001"
    return data["tables"]


def _build_release_database(engine: Engine, edits: dict[int, dict[str, Any]]) -> None:
    """Schema 0001 by its own migration, then the release's rows; `edits` changes activities by id first."""
    tables = _release_rows()
    with engine.connect() as connection:
        connection.execution_options(vgg_write=True)
        with connection.begin():
            command.upgrade(migrate._config(connection), "0001")
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as connection:
        connection.execution_options(vgg_write=True)
        for table in metadata.sorted_tables:
            rows = tables.get(table.name, [])
            if table.name == "activity":
                rows = [{**row, **edits.get(row["id"], {})} for row in rows]
            typed = [{name: _typed(table.c[name].type, value) for name, value in row.items()} for row in rows]
            if typed:
                connection.execute(table.insert(), typed)
            if connection.dialect.name == "postgresql" and "id" in table.c:
                # Rows came with their ids; the sequence must go on after them, as it did for the release.
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                        f"(SELECT coalesce(max(id), 1) FROM {table.name}))"))


def _typed(column_type: Any, value: Any) -> Any:
    if isinstance(value, str) and isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def _dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {table.name: [dict(row._mapping) for row in connection.execute(select(table).order_by(*table.primary_key.columns))]
                for table in metadata.sorted_tables if table.name != "alembic_version"}


# Cases the seed does not hold, so that "nothing else changes" is tested for each kind of cell.
EDITS: dict[int, dict[str, Any]] = {
    3: {"first_half_status": "niet_gestart", "first_half_progress": "Besloten om pas in het najaar te beginnen."},
    4: {"second_half_status": "afgerond", "second_half_progress": None},
    5: {"first_half_status": "niet_gestart", "first_half_progress": ""},
    6: {"second_half_status": "vervallen", "second_half_progress": "Vervalt: geen budget."},
}


def _activities(engine: Engine) -> dict[int, dict[str, Any]]:
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, version, title, first_half_status, first_half_progress, "
                                       "second_half_status, second_half_progress FROM activity"))
        return {row.id: dict(row._mapping) for row in rows}


def test_the_fixture_is_what_the_release_seeded() -> None:
    activities = _release_rows()["activity"]
    statuses = [row[column] for row in activities for column in STATUS_COLUMNS]
    assert len(activities) == 28 and statuses.count("niet_gestart") == 54 and statuses.count("loopt") == 2
    assert {row["name"]: row["kind"] for row in _release_rows()["project"]}["Meten en Monitoren"] == "project"


def test_unreported_half_years_become_nog_niet_gerapporteerd_and_nothing_else_changes(release_url: str) -> None:
    engine = make_engine(release_url)
    try:
        _build_release_database(engine, EDITS)
        assert migrate.current_revision(engine) == "0001"
        before, dump_before = _activities(engine), _dump(engine)
        # Exactly this migration: later ones change other tables on purpose (0004 gives meetings a status).
        with engine.connect() as connection:
            connection.execution_options(vgg_write=True)
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:  # as migrate.upgrade does: a batch migration recreates tables
                migrate._set_foreign_keys(connection, enabled=False)
            with connection.begin():
                command.upgrade(migrate._config(connection), "0002")
            if sqlite:
                migrate._set_foreign_keys(connection, enabled=True)
        assert migrate.current_revision(engine) == "0002"
        after, dump_after = _activities(engine), _dump(engine)
    finally:
        engine.dispose()

    changed = 0
    for record_id, old in before.items():
        new = after[record_id]
        for half in ("first_half", "second_half"):
            status, progress = old[f"{half}_status"], old[f"{half}_progress"]
            unreported = status == "niet_gestart" and not (progress or "").strip()
            assert new[f"{half}_status"] == ("niet_gerapporteerd" if unreported else status), (record_id, half)
            assert new[f"{half}_progress"] == progress
        moved = any(new[column] != old[column] for column in STATUS_COLUMNS)
        changed += moved
        # A changed row has a new version, so a screen still showing the old status cannot overwrite it unnoticed.
        assert new["version"] == old["version"] + (1 if moved else 0)
        assert new["title"] == old["title"]
    assert changed == 28
    # The cases that were not "niet gestart without text" kept their status.
    assert after[3]["first_half_status"] == "niet_gestart"
    assert after[4]["second_half_status"] == "afgerond" and after[6]["second_half_status"] == "vervallen"
    assert after[5]["first_half_status"] == "niet_gerapporteerd"
    assert [after[1]["first_half_status"], after[2]["first_half_status"]] == ["loopt", "loopt"]
    # Every other table holds exactly what it held; tables that later migrations add start empty.
    added = set(dump_after) - set(dump_before)
    assert all(not dump_after[name] for name in added)
    # The others hold what they held, in the columns they had (later revisions may add columns).
    for name, rows in dump_before.items():
        if name != "activity":
            assert len(dump_after[name]) == len(rows), name
            assert [{column: new[column] for column in old} for new, old in zip(dump_after[name], rows)] == rows, name


def test_the_migrated_database_works_and_reads_as_the_plan(release_url: str) -> None:
    engine = make_engine(release_url)
    try:
        _build_release_database(engine, {})
    finally:
        engine.dispose()
    opened = open_database(release_url)
    try:
        assert opened.migrated and opened.seed_report is None
        services = opened.services
        activities = services.activities.list()
        statuses = [getattr(item, column) for item in activities for column in STATUS_COLUMNS]
        assert statuses.count(ProgressStatus.NOT_REPORTED) == 54 and statuses.count(ProgressStatus.RUNNING) == 2
        # The kind that the release stored stays; a new project may now leave it unknown.
        projects = {item.name: item for item in services.projects.list()}
        assert projects["Meten en Monitoren"].kind is not None
        assert services.projects.create({"name": "Nieuw project"}).kind is None
        new = services.activities.create({"year_plan_id": activities[0].year_plan_id, "owner_kind": "dagelijks_bestuur",
                                          "title": "Nieuw", "goal": "Doel"})
        assert new.first_half_status == new.second_half_status == ProgressStatus.NOT_REPORTED
        report = build_meeting_report(services, date(2022, 6, 14), [Part.ACTIVITIES, Part.PROJECTS])
        sheet = next(sheet for sheet in report.sheets if sheet.name == "Activiteiten")
        cells = [cell for row in sheet.rows for cell in row.cells]
        assert cells.count(Quiet("Nog niet gerapporteerd")) == 54 + 2 and "Niet gestart" not in cells
    finally:
        opened.database.dispose()
