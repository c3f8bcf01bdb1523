"""Personnel data for personnel only: on PostgreSQL the server itself refuses employments and sick leave
to a database user without the role vgg_personeel, and the program shows such a user what is allowed.

Two login users on the real server of the test run: Anna of personnel (vgg_personeel) and Bert of the
secretariat (vgg_gebruiker).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.office import ANNA, BERT, Office
from vgg_desktop.cli import main
from vgg_desktop.domain.errors import NotPermittedError
from vgg_desktop.services.reports import build_meeting_report
from vgg_desktop.startup import open_database

pytestmark = pytest.mark.postgres

TODAY = date(2022, 6, 14)

def _raw(url: str, sql: str) -> list[tuple[Any, ...]]:
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as connection:
        return connection.execute(sql).fetchall()


def test_the_server_refuses_personnel_data_to_others_whatever_program_they_use(office: Office) -> None:
    for sql in ("SELECT * FROM absence", "SELECT start_date FROM employment", "SELECT * FROM employment",
                "DELETE FROM absence", "UPDATE employment SET function = 'x'"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            _raw(office.urls["bert"], sql)
    assert len(_raw(office.urls["anna"], "SELECT * FROM absence")) >= 1
    assert len(_raw(office.urls["anna"], "SELECT * FROM employment")) >= 1
    # What Bert may see of the bureau: the functions, through the view.
    assert len(_raw(office.urls["bert"], "SELECT staff_member_id, function FROM staff_function")) >= 1
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _raw(office.urls["bert"], "UPDATE alembic_version SET version_num = 'x'")


def test_personnel_see_and_change_everything(office: Office) -> None:
    services = office.anna.services
    assert office.anna.database.personnel_access
    staff = services.overviews.staff()
    assert all(item.personnel_details for item in staff) and any(item.employments for item in staff)
    member = staff[0].member
    absence = services.absences.create({"staff_member_id": member.id, "start_date": "01-06-2022"})
    assert absence in services.absences.list(staff_member_id=member.id)
    employment = services.employments.create({"staff_member_id": member.id, "function": "Notulist", "start_date": "01-01-2023"})
    services.employments.delete(employment.id, employment.version)


def test_others_see_names_and_functions_only(office: Office) -> None:
    assert not office.bert.database.personnel_access
    seen_by_anna = {item.member.id: item for item in office.anna.services.overviews.staff()}
    seen_by_bert = office.bert.services.overviews.staff()
    assert [item.member for item in seen_by_bert] == [item.member for item in seen_by_anna.values()]
    today = date.today()  # the server's view chooses the employment that runs on the server's today
    for item in seen_by_bert:
        assert not item.personnel_details and item.employments == ()
        main_employment = seen_by_anna[item.member.id].main_employment(today)
        expected = None
        if main_employment is not None:
            parts = [part for part in (main_employment.function, main_employment.description) if part]
            expected = f"{parts[0]} ({parts[1]})" if len(parts) == 2 else (parts[0] if parts else None)
        assert item.function == expected, item.member.display_name
    assert any(item.function for item in seen_by_bert)
    # Nothing to remove for a user who cannot see when anyone left.
    assert office.bert.services.retention.due(TODAY) == ()


def test_others_are_refused_personnel_data_in_dutch_and_nothing_changes(office: Office) -> None:
    services = office.bert.services
    member = services.staff_members.list()[0]
    absences_before = _raw(office.urls["owner"], "SELECT * FROM absence ORDER BY id")
    for attempt in (
        lambda: services.absences.list(),
        lambda: services.employments.list(staff_member_id=member.id),
        lambda: services.absences.create({"staff_member_id": member.id, "start_date": "01-06-2022"}),
        lambda: services.employments.create({"staff_member_id": member.id, "function": "Notulist"}),
        # Deleting a member would take their employments and sick leave along.
        lambda: services.staff_members.delete(member.id, member.version),
    ):
        with pytest.raises(NotPermittedError) as refused:
            attempt()
        assert refused.value.message.startswith("Dienstverbanden en ziekmeldingen zijn alleen voor medewerkers personeelszaken")
    assert _raw(office.urls["owner"], "SELECT * FROM absence ORDER BY id") == absences_before
    assert services.staff_members.get(member.id) == member
    # Everything else is theirs to change, as before.
    partner = services.partners.create({"name": "Partner van het secretariaat"})
    services.partners.delete(partner.id, partner.version)


def test_the_meeting_workbook_of_others_lists_names_and_functions(office: Office) -> None:
    report = build_meeting_report(office.bert.services, TODAY)
    sheet = next(sheet for sheet in report.sheets if sheet.name == "Bureau")
    assert "alleen in het overzicht van een medewerker personeelszaken" in sheet.summary
    assert all(row.cells[2:] == (None,) * 5 for row in sheet.rows)
    assert any(row.cells[1] for row in sheet.rows)
    projects = next(sheet for sheet in report.sheets if sheet.name == "Projecten")
    staffed = [row for row in projects.rows if isinstance(row.cells[2], str)]
    assert staffed and all(row.cells[4:] == (None,) * 4 for row in staffed)
    assert any(row.cells[3] for row in staffed)


def test_setup_roles_can_run_again_and_move_someone_out_of_personnel(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup-roles", "--database", office.urls["owner"], "--gebruiker", ANNA]) == 0
    assert "Rol aangemaakt" not in capsys.readouterr().out  # the roles exist already
    moved = open_database(office.urls["anna"])
    try:
        assert not moved.database.personnel_access
    finally:
        moved.database.dispose()
        assert main(["setup-roles", "--database", office.urls["owner"], "--personeel", ANNA]) == 0


def test_setup_roles_refuses_unknown_users_and_non_owners(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["setup-roles", "--database", office.urls["owner"], "--personeel", "bestaat_niet"]) == 1
    assert "bestaat_niet bestaat niet op de server" in capsys.readouterr().err
    assert main(["setup-roles", "--database", office.urls["bert"], "--personeel", BERT]) == 1
    assert "Alleen de eigenaar van de tabellen" in capsys.readouterr().err
    assert not office.bert.database.personnel_access


def test_setup_roles_on_sqlite_points_to_the_operating_system(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup-roles", "--database", f"{tmp_path}/vgg.sqlite3"]) == 1
    assert "besturingssysteem" in capsys.readouterr().err


def test_the_history_of_employments_is_for_personnel_only(office: Office) -> None:
    member = office.anna.services.staff_members.list()[0]
    employment = office.anna.services.employments.create({"staff_member_id": member.id, "function": "Notulist"})
    office.anna.services.employments.update(employment.id, employment.version, {"function": "Griffier"})
    about_personnel = "SELECT count(*) FROM history_record WHERE entity IN ('employment', 'absence')"
    assert _raw(office.urls["anna"], about_personnel)[0][0] >= 2
    assert _raw(office.urls["bert"], about_personnel)[0][0] == 0
    assert _raw(office.urls["bert"], "SELECT count(*) FROM history_record")[0][0] >= 1  # the rest of the history is theirs
