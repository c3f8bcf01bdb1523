"""`vgg-desktop new-year --from 2022`: makes 2023 once; a year that exists or a source that does not is refused in Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

from vgg_desktop.cli import main
from vgg_desktop.startup import open_database


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "vgg.sqlite3"
    open_database(f"sqlite:///{path}").database.dispose()
    return str(path)


def _years(database: str) -> list[int]:
    opened = open_database(f"sqlite:///{database}")
    try:
        return [plan.year for plan in opened.services.year_plans.list()]
    finally:
        opened.database.dispose()


def test_makes_next_years_plan(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-year", "--database", database, "--from", "2022"]) == 0
    out = capsys.readouterr().out
    assert "Jaarplan 2023 gemaakt vanuit 2022: 28 activiteiten, waarvan 28 als vervolg van 2022" in out
    assert _years(database) == [2022, 2023]


def test_a_year_that_exists_is_refused_and_nothing_changes(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-year", "--database", database, "--from", "2022"]) == 0
    capsys.readouterr()
    assert main(["new-year", "--database", database, "--from", "2022"]) == 1
    assert "er is al een jaarplan voor 2023" in capsys.readouterr().err
    assert _years(database) == [2022, 2023]


@pytest.mark.parametrize(("value", "message"), [("2019", "geen jaarplan 2019"), ("twintig", "geen jaar"), ("22", "geen jaar")])
def test_a_wrong_source_year_is_refused(database: str, capsys: pytest.CaptureFixture[str], value: str, message: str) -> None:
    assert main(["new-year", "--database", database, "--from", value]) == 1
    assert message in capsys.readouterr().err
    assert _years(database) == [2022]
