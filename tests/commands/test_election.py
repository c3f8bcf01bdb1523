"""`vgg-desktop election`: prints the places that fall open; --dry-run changes nothing; wrong input gets Dutch and changes nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from vgg_desktop.cli import main
from vgg_desktop.startup import open_database


@pytest.fixture
def database(tmp_path: Path) -> str:
    path = tmp_path / "vgg.sqlite3"
    open_database(f"sqlite:///{path}").database.dispose()
    return str(path)


def ended_terms(database: str) -> list[date | None]:
    opened = open_database(f"sqlite:///{database}")
    try:
        return sorted((term.end_date for term in opened.services.seat_terms.list() if term.end_date), key=str)
    finally:
        opened.database.dispose()


def on_date(day: date) -> str:
    return day.isoformat()


def recent() -> date:
    """An election date the command accepts today: a few months back."""
    today = date.today()
    return today.replace(year=today.year - 1)


def test_dry_run_prints_the_list_and_changes_nothing(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["election", "--database", database, "--date", on_date(recent()), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Gemeenteraadsverkiezingen van {recent():%d-%m-%Y}\nVrij op {recent():%d-%m-%Y} (7):")
    assert "Zetel 1 Dagelijks Bestuur, voorzitter: Ard van der Tuuk, termijn eindigt op" in out
    assert "Dhr. R. Koch (adviserend lid)" in out and "er is niets veranderd" in out
    assert f"Al open op {recent():%d-%m-%Y} (33); deze worden in dezelfde ronde ingevuld" in out
    assert "  - Voorzitter portefeuillehouderoverleg Vrijtijdseconomie\n" in out
    assert ended_terms(database) == []


def test_without_dry_run_it_is_carried_out_once(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["election", "--database", database, "--date", on_date(recent())]) == 0
    out = capsys.readouterr().out
    assert "Vastgelegd: 7 plaatsen zijn vrijgekomen" in out and f"Al open op {recent():%d-%m-%Y} (33)" in out
    assert "Het overzicht na de verkiezing volgt 40 plaatsen: deze 7 en de 33 die al open waren." in out
    assert ended_terms(database) == [recent()] * 3
    assert main(["election", "--database", database, "--date", on_date(recent())]) == 1
    assert "is al vastgelegd" in capsys.readouterr().err
    assert ended_terms(database) == [recent()] * 3


@pytest.mark.parametrize(("arguments", "message"), [
    (["--date", "1990-03-21"], "ligt te ver terug"),
    (["--date", "2099-03-21"], "ligt te ver vooruit"),
    (["--date", "18-03-20xx"], "geen geldige datum"),
    (["--date", "RECENT", "--municipality", "Atlantis"], "'Atlantis' is geen gemeente"),
])
def test_wrong_input_gets_a_dutch_message_and_changes_nothing(database: str, capsys: pytest.CaptureFixture[str],
                                                              arguments: list[str], message: str) -> None:
    arguments = [on_date(recent()) if item == "RECENT" else item for item in arguments]
    assert main(["election", "--database", database, *arguments]) == 1
    assert message in capsys.readouterr().err
    assert ended_terms(database) == []


def test_a_redivision_names_its_municipalities(database: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["election", "--database", database, "--date", on_date(recent()), "--municipality", "Eemsdelta",
                 "--municipality", "het hogeland", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Herindelingsverkiezing van {recent():%d-%m-%Y} (Eemsdelta, Het Hogeland)")
    assert "Er komen geen plaatsen vrij" in out and "gemeente onbekend" in out
