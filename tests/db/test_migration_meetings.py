"""Migration 0004 on a database made by the release before it (revision 0001), on SQLite and PostgreSQL.

Meetings become 'gepland', except the board meeting on the day the year plan was adopted; activities
of the 2022 plan whose results still read as the plan wrote them get the plan's number of meetings.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, insert, text

from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.domain.enums import MeetingStatus
from vgg_desktop.paths import seed_file
from vgg_desktop.startup import open_database

NOW = datetime(2022, 5, 1, tzinfo=UTC)


def _database_of_the_previous_release(engine: Engine) -> None:
    from alembic import command

    with engine.connect() as connection, connection.begin():
        command.upgrade(migrate._config(connection), "0001")
    data = json.loads(seed_file().read_text(encoding="utf-8"))
    tables = MetaData()
    tables.reflect(engine)
    stamp = {"version": 1, "created_at": NOW, "updated_at": NOW}
    with engine.begin() as connection:
        connection.execute(insert(tables.tables["association"]), [{
            "id": 1, "name": "Vereniging van Groninger Gemeenten", "short_name": "VGG", **stamp}])
        connection.execute(insert(tables.tables["setting"]), [{"key": "seed", "value": "jaarplan-2022.json"}])
        connection.execute(insert(tables.tables["year_plan"]), [{
            "id": 1, "year": 2022, "title": "Jaarplan 2022", "adopted_on": date(2022, 3, 10), "adopted_by": "DB VGG",
            "core_values": [], **stamp}])
        activities = []
        for item in data["activities"]:
            results = list(item["results"])
            if item["position"] == 23:
                results = ["Organiseren van bijeenkomsten rondom openbare orde."]  # changed by the bureau since
            activities.append({
                "id": item["position"], "year_plan_id": 1, "position": item["position"], "owner_kind": item["owner_kind"],
                "title": item["title"], "goal": item["goal"], "results": results,
                "first_half_status": "loopt", "second_half_status": "niet_gestart", **stamp})
        connection.execute(insert(tables.tables["activity"]), activities)
        meetings = [
            {"id": 1, "date": date(2022, 3, 10), "kind": "db", "title": "Vergadering Dagelijks Bestuur VGG", "activity_id": None},
            {"id": 2, "date": date(2022, 6, 14), "kind": "toogdag", "title": "Toogdag Groninger Gemeenten", "activity_id": 1},
            {"id": 3, "date": date(2022, 6, 14), "kind": "alv", "title": "Algemene ledenvergadering VGG", "activity_id": 1},
            {"id": 4, "date": date(2022, 9, 1), "kind": "db", "title": "Vergadering Dagelijks Bestuur VGG", "activity_id": None},
        ]
        connection.execute(insert(tables.tables["meeting"]), [{**item, **stamp} for item in meetings])
        if connection.dialect.name == "postgresql":
            # The ids above were given, as the program's own inserts would have numbered them.
            for table in ("association", "year_plan", "activity", "meeting"):
                connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"))


def _check_upgraded(url: str) -> None:
    opened = open_database(url)
    try:
        assert opened.seed_report is None  # a database with data is never seeded
        services = opened.services
        statuses = {meeting.id: meeting.status for meeting in services.meetings.list()}
        assert statuses == {1: MeetingStatus.HELD, 2: MeetingStatus.PLANNED, 3: MeetingStatus.PLANNED, 4: MeetingStatus.PLANNED}
        targets = {activity.position: (activity.meeting_target, activity.meeting_target_is_minimum)
                   for activity in services.activities.list() if activity.meeting_target is not None}
        assert targets == {2: (2, False), 6: (3, False), 18: (1, True), 19: (1, True), 20: (2, False), 22: (2, False),
                           24: (3, False), 25: (3, False), 26: (1, False)}
        raadsleden = next(activity for activity in services.activities.list() if activity.position == 2)
        assert raadsleden.meeting_target_as_written == "Organiseren van twee raadsledenbijeenkomsten."
        assert services.meeting_attendance.count() == 0
        # The new table works as any other: attendance can be recorded on the migrated data.
        municipality = services.municipalities.create({"name": "Groningen"})
        meeting = services.meetings.get(2)
        services.meeting_attendance.create({"meeting_id": meeting.id, "municipality_id": municipality.id, "status": "aanwezig"})
        made = services.meetings.create({"date": "01-10-2022", "title": "Nieuwe bijeenkomst"})
        assert made.status == MeetingStatus.PLANNED and made.id == 5
    finally:
        opened.database.dispose()


def test_a_database_of_the_previous_release_is_brought_up_to_date_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'previous.sqlite3'}"
    engine = make_engine(url)
    try:
        _database_of_the_previous_release(engine)
        assert migrate.current_revision(engine) == "0001"
    finally:
        engine.dispose()
    _check_upgraded(url)


@pytest.mark.postgres
def test_a_database_of_the_previous_release_is_brought_up_to_date_on_postgresql(postgres_url: str) -> None:
    engine = make_engine(postgres_url)
    try:
        _database_of_the_previous_release(engine)
    finally:
        engine.dispose()
    _check_upgraded(postgres_url)
