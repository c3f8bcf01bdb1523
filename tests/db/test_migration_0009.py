"""Migration 0009 on a database made by the release (schema 0001 with its Jaarplan 2022): activities continue nothing,
and next year's plan can be made from the upgraded data, with the activities finished there left out of the sequel."""

from __future__ import annotations

from sqlalchemy import text

from tests.db.test_migration_0002 import EDITS, _build_release_database
from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.startup import open_database


def test_existing_activities_continue_nothing_and_next_year_can_start(release_url: str) -> None:
    engine = make_engine(release_url)
    try:
        _build_release_database(engine, EDITS)
        assert migrate.upgrade(engine) is True
        with engine.connect() as connection:
            carried = connection.execute(text("SELECT carried_over_from FROM activity")).scalars().all()
    finally:
        engine.dispose()
    assert len(carried) == 28 and set(carried) == {None}

    opened = open_database(release_url)
    try:
        started = opened.services.start_year_plan(2023, from_year=2022)
        titles = {activity.id: activity.title for activity in opened.services.activities.list()}
    finally:
        opened.database.dispose()
    # Activities 4 (second half afgerond) and 6 (vervallen) of the release need no sequel.
    assert started.carried_over == 26
    finished = {titles[4], titles[6]}
    assert all(activity.carried_over_from is None for activity in started.activities if activity.title in finished)
