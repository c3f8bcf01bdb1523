"""The generated data must be data the program itself would accept, so that the benchmarks measure real work."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from benchmarks.generate_data import ACTIVITIES_PER_PLAN, generate, table_counts
from vgg_desktop.domain.schema import ALL_SPECS, clean
from vgg_desktop.startup import open_database

SCALE = 6


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("generated") / "scaled.sqlite3"
    generate(path, SCALE)
    return path


def test_scale_multiplies_todays_rows(generated: Path) -> None:
    counts = dict(table_counts(generated))
    assert counts["year_plan"] == SCALE // 2
    assert counts["activity"] == 28 + (SCALE // 2 - 1) * ACTIVITIES_PER_PLAN
    assert counts["person"] == 5 + 30 * (SCALE - 1)
    assert counts["staff_member"] == 13 + 8 * (SCALE - 1)
    assert counts["meeting"] > 3 * SCALE
    with sqlite3.connect(generated) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        progress = connection.execute(
            "SELECT first_half_progress FROM activity JOIN year_plan ON year_plan.id = year_plan_id WHERE year = 2020"
        ).fetchall()
    assert len(progress) == ACTIVITIES_PER_PLAN and all(len(text) > 40 for (text,) in progress)


def test_every_generated_record_passes_the_programs_validation(generated: Path) -> None:
    opened = open_database(f"sqlite:///{generated}")
    try:
        for spec in ALL_SPECS:
            for value in opened.services.records(spec.name).list():
                clean(spec, {name: getattr(value, name) for name in spec.field_names})
    finally:
        opened.database.dispose()


def test_seat_terms_never_overlap_and_the_overviews_read_every_year(generated: Path) -> None:
    opened = open_database(f"sqlite:///{generated}")
    try:
        services = opened.services
        for seat in services.board_seats.list():
            terms = sorted(services.overviews.seat_terms(seat.id), key=lambda term: term.start_date or date.min)
            for earlier, later in zip(terms, terms[1:]):
                assert earlier.end_date is not None and later.start_date is not None
                assert earlier.end_date < later.start_date
        for plan in services.overviews.year_plans():
            assert services.overviews.activities(plan.year)
        assert len(services.overviews.staff()) == 13 + 8 * (SCALE - 1)
        assert services.overviews.board(date(2022, 6, 14))
    finally:
        opened.database.dispose()


def test_generating_twice_is_refused(generated: Path) -> None:
    with pytest.raises(ValueError, match="al gegenereerde gegevens"):
        generate(generated, SCALE)
