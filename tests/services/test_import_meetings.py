"""Importing meetings: matched on date, kind and activity, attendance per municipality, refused whole, undone whole."""

from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from vgg_desktop.domain.errors import ConflictError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.domain.tables import CellValue, SourceRow, SourceTable
from vgg_desktop.services.history import History
from vgg_desktop.services.importing import KINDS, Importer, ImportRefused, RowAction, guess_mapping
from vgg_desktop.services.meetings import Meetings
from vgg_desktop.startup import OpenedDatabase

LEDENBINDING = "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv"
HEADER = ("Datum", "Soort", "Titel", "Bij activiteit", "Status", "Groningen", "Gemeente Eemsdelta", "Westerkwartier")


def _table(*rows: tuple[CellValue, ...]) -> SourceTable:
    return SourceTable("bijeenkomsten.xlsx", "Blad1", tuple(SourceRow(number, tuple(values))
                                                            for number, values in enumerate(rows, start=1)))


def _meetings(database: Database) -> list[tuple[object, ...]]:
    return sorted((item.meeting.date, item.meeting.kind, item.meeting.title, item.meeting.status, item.activity)
                  for item in Meetings(database).of_year(2022, date(2022, 12, 31)))


def _attendance(database: Database, title: str) -> dict[str, AttendanceStatus]:
    meetings = Meetings(database)
    meeting = next(item.meeting for item in meetings.of_year(2022, date(2022, 12, 31)) if item.meeting.title == title)
    return {line.municipality: line.record.status for line in meetings.attendance(meeting.id).lines if line.record}


def test_columns_are_guessed_from_dutch_and_english_headers() -> None:
    assert guess_mapping(KINDS["meetings"], HEADER[:5]) == {
        "date": 0, "kind": 1, "title": 2, "activity": 3, "status": 4}
    assert guess_mapping(KINDS["meetings"], ("Date", "Type", "Subject", "Activity", "Venue", "State")) == {
        "date": 0, "kind": 1, "title": 2, "activity": 3, "location": 4, "status": 5}


def test_a_good_file_adds_changes_and_skips_with_attendance_per_municipality(opened: OpenedDatabase) -> None:
    database = opened.database
    table = _table(
        ("Bijeenkomsten 2022",),
        HEADER,
        ("14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten", LEDENBINDING, "Gehouden", "aanwezig", "afgemeld", "x"),
        (date(2022, 9, 20), "Werksessie", "Werksessie cultuur", "Cultuur", None, None, None, None),
        ("10-03-2022", "Vergadering Dagelijks Bestuur", "Vergadering Dagelijks Bestuur VGG", None, "gehouden",
         None, None, None),
    )
    before = _meetings(database)
    importer = Importer(database)
    preview = importer.preview("meetings", table)
    assert _meetings(database) == before
    assert preview.header_row == 2 and not preview.all_problems, preview.all_problems
    rows = {row.number: row for row in preview.rows}
    assert [rows[number].action for number in (3, 4, 5)] == [RowAction.CHANGE, RowAction.ADD, RowAction.SKIP]
    assert "Status: 'Gepland' wordt 'Gehouden'" in rows[3].changes
    assert "Aanwezigheid Eemsdelta: Afgemeld" in rows[3].changes
    assert rows[3].name == "14-06-2022 Toogdag Groninger Gemeenten"
    assert preview.notes == ("Aanwezigheid per gemeente uit kolom F (Groningen), G (Gemeente Eemsdelta), "
                             "H (Westerkwartier).",)
    assert preview.notes[0] in preview.summary()

    result = importer.apply("meetings", table)
    assert (result.added, result.changed) == (1, 1)
    after = _meetings(database)
    assert (date(2022, 6, 14), MeetingKind.TOOGDAG, "Toogdag Groninger Gemeenten", MeetingStatus.HELD, LEDENBINDING) in after
    assert (date(2022, 9, 20), MeetingKind.WORKSHOP, "Werksessie cultuur", MeetingStatus.PLANNED, "Cultuur") in after
    assert len(after) == len(before) + 1
    assert _attendance(database, "Toogdag Groninger Gemeenten") == {
        "Groningen": AttendanceStatus.PRESENT, "Eemsdelta": AttendanceStatus.EXCUSED,
        "Westerkwartier": AttendanceStatus.PRESENT}
    # The history holds the import as one change; read again, the file has nothing left to do.
    assert result.change_id is not None
    assert History(database).get(result.change_id).kind is ChangeKind.FILE_IMPORT
    assert not importer.preview("meetings", table).can_apply


def test_undo_turns_the_whole_import_back(opened: OpenedDatabase) -> None:
    database = opened.database
    table = _table(HEADER, ("14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten", LEDENBINDING, "Gehouden",
                            "aanwezig", "afwezig", None),
                   ("01-11-2022", "Symposium", "Symposium ondermijning", None, None, None, None, None))
    before = _meetings(database)
    importer = Importer(database)
    result = importer.apply("meetings", table)
    assert _meetings(database) != before
    assert result.change_id is not None
    importer.undo(result.change_id)
    assert _meetings(database) == before
    assert _attendance(database, "Toogdag Groninger Gemeenten") == {}


def test_bad_rows_are_named_in_dutch_and_refuse_the_whole_import(opened: OpenedDatabase) -> None:
    database = opened.database
    table = _table(
        HEADER,
        ("31-02-2022", "Toogdag", "Toogdag", None, None, None, None, None),
        ("14-06-2022", "Borrel", "Afscheid", None, None, None, None, None),
        ("14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten", "Onbekende activiteit", None, None, None, None),
        ("15-06-2022", "Symposium", "Symposium", None, "uitgesteld", "misschien", None, None),
        ("16-06-2022", "Werksessie", "Werksessie", None, None, None, None, None),
        ("16-06-2022", "Werksessie", "werksessie", None, None, None, None, None),
        ("17-06-2022", "Werksessie", "Goede regel", None, None, None, None, None),
    )
    before = _meetings(database)
    importer = Importer(database)
    preview = importer.preview("meetings", table)
    problems = {row.number: row.problems for row in preview.rows}
    assert problems[2] == ("rij 2: Datum: '31-02-2022' bestaat niet als datum. Controleer dag en maand.",)
    assert problems[3][0].startswith("rij 3: Soort: 'Borrel' is onbekend; kies een van 'Vergadering Dagelijks Bestuur'")
    assert "rij 4: Bij activiteit: er is geen activiteit 'Onbekende activiteit' in het jaarplan 2022" in problems[4][0]
    assert any(problem.startswith("rij 5: Status: 'uitgesteld' is onbekend") for problem in problems[5])
    assert any(problem.startswith("rij 5: Aanwezigheid Groningen: 'misschien' is onbekend") for problem in problems[5])
    assert problems[6] == ()
    assert problems[7] == ("rij 7: deze bijeenkomst (zelfde datum, soort, activiteit en titel) staat ook op rij 6. "
                           "Voeg de regels samen of verwijder er een.",)
    assert problems[8] == ()
    assert not preview.can_apply
    assert "rij 2: Datum: '31-02-2022' bestaat niet als datum" in preview.summary()
    with pytest.raises(ImportRefused, match="Er is niets ingelezen"):
        importer.apply("meetings", table)
    assert _meetings(database) == before


def test_attendance_alone_moves_the_meetings_version_so_an_open_form_is_refused(opened: OpenedDatabase) -> None:
    database = opened.database
    meetings = Meetings(database)
    meeting = next(item.meeting for item in meetings.of_year(2022, date(2022, 12, 31)) if item.meeting.title == "Toogdag Groninger Gemeenten")
    table = _table(("Datum", "Soort", "Titel", "Pekela"), ("14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten", "afwezig"))
    preview = Importer(database).preview("meetings", table)
    assert preview.rows[0].changes == ("Aanwezigheid Pekela: Afwezig",)
    Importer(database).apply("meetings", table)
    with pytest.raises(ConflictError):
        meetings.record_attendance(meeting.id, meeting.version, [])
    assert _attendance(database, "Toogdag Groninger Gemeenten") == {"Pekela": AttendanceStatus.ABSENT}


def test_attendance_of_a_municipality_that_was_no_member_then_is_a_problem(opened: OpenedDatabase) -> None:
    services = opened.services
    services.municipalities.create({"name": "Nieuwdorp", "member_since": date(2023, 1, 1)})
    table = _table(("Datum", "Soort", "Titel", "Nieuwdorp"), ("14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten", "ja"))
    preview = Importer(opened.database).preview("meetings", table)
    assert preview.rows[0].problems == (
        "rij 2: Aanwezigheid Nieuwdorp: Nieuwdorp was op 14-06-2022 geen lid van de vereniging. Laat de cel leeg.",)


def test_two_activities_with_one_title_are_told_apart_by_the_owner(opened: OpenedDatabase) -> None:
    header = ("Datum", "Titel", "Activiteit")
    ambiguous = Importer(opened.database).preview("meetings", _table(header, ("01-10-2022", "Klankbord", "Klankbordgroep Raadsleden")))
    owners = [item.owner for item in opened.services.overviews.activities(2022) if item.activity.title == "Klankbordgroep Raadsleden"]
    assert ambiguous.rows[0].problems[0] == (
        "rij 2: Bij activiteit: er zijn 2 activiteiten 'Klankbordgroep Raadsleden' in het jaarplan 2022. Zet in een kolom "
        f"Eigenaar van wie de activiteit is ('{owners[0]}' of '{owners[1]}'), of schrijf 'Klankbordgroep Raadsleden (eigenaar)'.")
    owner = owners[0]
    table = _table((*header, "Eigenaar"), ("01-10-2022", "Klankbord", "Klankbordgroep Raadsleden", owner))
    preview = Importer(opened.database).preview("meetings", table)
    assert not preview.all_problems and preview.rows[0].action is RowAction.ADD


def test_text_that_looks_like_a_formula_is_stored_as_text(empty_opened: OpenedDatabase) -> None:
    table = _table(("Datum", "Titel", "Plaats", "Thema"), ("01-12-2022", "=HYPERLINK(\"http://x\")", "@Veendam", "-"))
    Importer(empty_opened.database).apply("meetings", table)
    meeting = Meetings(empty_opened.database).of_year(2022, date(2022, 12, 31))[0].meeting
    assert (meeting.title, meeting.location, meeting.kind, meeting.status) == (
        "=HYPERLINK(\"http://x\")", "@Veendam", MeetingKind.OTHER, MeetingStatus.PLANNED)
