"""`vgg-desktop history`: the changes as a table with Dutch headers and dates; wrong arguments get a Dutch message."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vgg_desktop.cli import main
from vgg_desktop.startup import open_database


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "vgg.sqlite3"
    opened = open_database(f"sqlite:///{path}")
    services = opened.services
    person = next(item for item in services.persons.list() if item.last_name == "Koch")
    services.persons.update(person.id, person.version, {"email": "r.koch@gemeente.nl", "phone": "0596-123456"})
    member = services.staff_members.list()[0]
    services.absences.create({"staff_member_id": member.id, "start_date": "2024-02-13"})
    opened.database.dispose()
    return str(path)


def test_prints_the_newest_changes_first_as_a_table(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--database", database, "--limit", "5"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].split() == ["Datum", "Tijd", "Door", "Pc", "Wijziging", "Soort", "gegeven", "Gegeven", "Velden"]
    today = date.today().strftime("%d-%m-%Y")
    assert lines[2].startswith(today) and "Ziekmelding" in lines[2] and "2024" not in out and "13-02" not in out
    assert "Persoon" in lines[3] and "Dhr. R. Koch (gewijzigd)" in lines[3] and "E-mail, Telefoon" in lines[3]
    assert "Ingelezen" in lines[4]
    assert len(lines) == 2 + 5 + 2 and "De nieuwste 5 regels" in lines[-1]


def test_since_leaves_out_older_changes(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--database", database, "--since", "2999-01-01"]) == 0
    assert capsys.readouterr().out.strip() == "Er zijn geen wijzigingen sinds 01-01-2999."


@pytest.mark.parametrize(("arguments", "message"), [
    (["--since", "gisteren"], "--since 'gisteren' is geen geldige datum"),
    (["--since", "2022-02-30"], "--since '2022-02-30' is geen geldige datum"),
    (["--limit", "0"], "--limit '0' is geen geldig aantal"),
    (["--limit", "tien"], "--limit 'tien' is geen geldig aantal"),
])
def test_a_wrong_argument_is_refused_in_dutch_with_exit_code_1(
        database: str, arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--database", database, *arguments]) == 1
    said = capsys.readouterr()
    assert said.err.startswith("Fout: ") and message in said.err and said.out == ""


def test_keep_months_sets_how_long_the_history_is_kept(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history", "--database", database, "--keep-months", "36"]) == 0
    assert "36 maanden bewaard" in capsys.readouterr().out
    opened = open_database(f"sqlite:///{database}")
    try:
        assert opened.services.settings.history_months() == 36
    finally:
        opened.database.dispose()
    assert main(["history", "--database", database, "--keep-months", "0"]) == 0
    assert "altijd bewaard" in capsys.readouterr().out


@pytest.mark.parametrize("value", ["zes", "-1", "1000"])
def test_a_wrong_keep_months_is_refused_in_dutch_and_changes_nothing(database: str, capsys: pytest.CaptureFixture[str],
                                                                     value: str) -> None:
    assert main(["history", "--database", database, "--keep-months", value]) == 1
    assert "Fout:" in capsys.readouterr().err
    opened = open_database(f"sqlite:///{database}")
    try:
        assert opened.services.settings.history_months() == 24
    finally:
        opened.database.dispose()
