"""Bestand > Importeren...: file, sheet and kind, the guessed and remembered columns, the preview, one undo step."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from vgg_desktop.domain.tables import SourceRow, SourceTable
from vgg_desktop.gui.import_dialog import ImportDialog, mapping_key
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.import_preview import ImportPreviewModel
from vgg_desktop.services.importing import Importer


def _staff_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Personeel"
    sheet.append(["Overzicht personeel"])
    sheet.append(["Voorletters", "Achternaam", "Baan", "In dienst"])
    sheet.append(["P.", "Pieterse", "Beleidsmedewerker", date(2022, 2, 1)])
    sheet.append(["Q.", "Quist", "Secretariaat", "31-02-2022"])
    other = book.create_sheet("Leeg")
    other.append(["niets"])
    book.save(path)
    return path


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow, settings: QSettings) -> ImportDialog:
    assert window.services is not None and window.commands is not None
    shown = ImportDialog(window, window.services, window.commands, settings)
    qtbot.addWidget(shown)
    return shown


def test_the_preview_model_passes_the_model_tester(qtmodeltester: Any, opened: Any) -> None:
    table = SourceTable("a.csv", "CSV", (SourceRow(1, ("Achternaam", "Vanaf")), SourceRow(2, ("Jansen", "31-02-2022")),
                                          SourceRow(3, ("Smit", None))))
    model = ImportPreviewModel()
    model.set_preview(Importer(opened.database).preview("staff", table))
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_a_bad_file_is_refused_in_dutch(dialog: ImportDialog, tmp_path: Path) -> None:
    path = tmp_path / "brief.xlsx"
    path.write_bytes(b"%PDF-1.4")
    dialog.open_file(path)
    assert "geen spreadsheet" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0


def test_columns_guessed_chosen_remembered_and_the_import_is_one_undo_step(
        qtbot: QtBot, window: MainWindow, dialog: ImportDialog, settings: QSettings, tmp_path: Path) -> None:
    assert window.services is not None
    before = {m.last_name for m in window.services.staff_members.list()}
    dialog.open_file(_staff_file(tmp_path / "personeel.xlsx"))
    assert dialog.sheet_combo.currentText() == "Personeel"
    assert dialog.preview is not None and dialog.preview.header_row == 2
    assert dialog.column_combos["initials"].currentText() == "A: Voorletters"
    assert dialog.column_combos["function"].currentData() == -1  # "Baan" is not a word it knows
    # The second row's date is wrong: shown, and nothing can be imported.
    assert dialog.model.row_at(1).problems and not dialog.import_button.isEnabled()
    assert "Nothing can be imported" in dialog.summary_label.text() or "Er kan niets" in dialog.summary_label.text()
    dialog.choose_column("function", 2)
    dialog.choose_column("start_date", -1)
    assert dialog.preview.can_apply and dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2
    dialog.import_button.click()
    assert dialog.imported
    members = {m.last_name: m for m in window.services.staff_members.list()}
    assert set(members) - before == {"Pieterse", "Quist"}
    jobs = window.services.employments.list(staff_member_id=members["Pieterse"].id)
    assert [(job.function, job.start_date) for job in jobs] == [("Beleidsmedewerker", None)]
    assert "function=Baan" in str(settings.value(mapping_key("staff")))
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert {m.last_name for m in window.services.staff_members.list()} == before
    window.undo_stack.redo()
    assert {"Pieterse", "Quist"} <= {m.last_name for m in window.services.staff_members.list()}

    # The next file of this kind gets the remembered columns.
    assert window.services is not None and window.commands is not None
    again = ImportDialog(window, window.services, window.commands, settings)
    qtbot.addWidget(again)
    again.open_file(tmp_path / "personeel.xlsx")
    assert again.column_combos["function"].currentText() == "C: Baan"
    assert again.column_combos["start_date"].currentData() == -1


def test_a_meeting_workbook_needs_no_columns(qtbot: QtBot, window: MainWindow, dialog: ImportDialog, tmp_path: Path) -> None:
    from vgg_desktop.export import write_meeting_workbook
    from vgg_desktop.services.reports import build_meeting_report

    assert window.services is not None
    path = tmp_path / "overzicht.xlsx"
    write_meeting_workbook(build_meeting_report(window.services, date(2022, 6, 14)), path)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("workbook"))
    dialog.open_file(path)
    assert not dialog.columns_box.isVisibleTo(dialog) and not dialog.sheet_combo.isEnabled()
    # The same database: every row is there already.
    assert dialog.preview is not None and not dialog.preview.all_problems and not dialog.import_button.isEnabled()


def test_the_file_menu_has_import(window: MainWindow) -> None:
    assert window.import_action in window.file_menu.actions() and window.import_action.isEnabled()
    assert window.import_action.text() == "&Importeren..."


def test_screens_of_the_import_can_be_looked_at(qtbot: QtBot, window: MainWindow, dialog: ImportDialog, tmp_path: Path) -> None:
    dialog.show()
    dialog.grab().save(str(tmp_path / "1-leeg.png"))
    dialog.open_file(_staff_file(tmp_path / "personeel.xlsx"))
    dialog.grab().save(str(tmp_path / "2-voorbeeld.png"))
    dialog.choose_column("start_date", -1)
    dialog.grab().save(str(tmp_path / "3-klaar.png"))
    assert all((tmp_path / name).stat().st_size > 0 for name in ("1-leeg.png", "2-voorbeeld.png", "3-klaar.png"))


def _meetings_file(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Overzicht"
    sheet.append(["niets"])
    meetings = book.create_sheet("Bijeenkomsten")
    meetings.append(["Bijeenkomsten 2022"])
    meetings.append(["Datum", "Soort", "Titel", "Bij activiteit", "Status", "Groningen", "Eemsdelta", "Pekela"])
    meetings.append(["14-06-2022", "Toogdag", "Toogdag Groninger Gemeenten",
                     "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv", "Gehouden", "aanwezig", "afgemeld", "x"])
    meetings.append([date(2022, 10, 4), "Werksessie", "Werksessie cultuur", "Cultuur", "Gepland", None, None, None])
    meetings.append(["31-02-2022", "Borrel", "Afscheid", "Onbekende activiteit", None, "misschien", None, None])
    book.save(path)
    return path


def _meetings(window: MainWindow) -> list[tuple[object, ...]]:
    assert window.services is not None
    return [(item.meeting.date, item.meeting.title, item.meeting.status.value, item.attendance.present)
            for item in window.services.meeting_overviews.of_year(2022, date(2022, 12, 31))]


def test_a_meetings_file_shows_attendance_and_problems_and_imports_as_one_step(
        qtbot: QtBot, window: MainWindow, dialog: ImportDialog, tmp_path: Path) -> None:
    assert window.services is not None
    dialog.show()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("meetings"))
    dialog.open_file(_meetings_file(tmp_path / "bijeenkomsten.xlsx"))
    qtbot.wait(20)  # the layout follows the new column lists, as it does on screen
    dialog.grab().save(str(tmp_path / "bijeenkomsten-voorbeeld.png"))
    assert dialog.sheet_combo.currentText() == "Bijeenkomsten"
    assert dialog.column_combos["activity"].currentText() == "D: Bij activiteit"
    assert "Aanwezigheid per gemeente uit kolom F (Groningen), G (Eemsdelta), H (Pekela)." in dialog.summary_label.text()
    problems = dialog.model.row_at(2).problems
    assert "rij 5: Datum: '31-02-2022' bestaat niet als datum. Controleer dag en maand." in problems
    assert not dialog.import_button.isEnabled()
    before = _meetings(window)
    # Without the bad row the file can be imported.
    book = openpyxl.load_workbook(tmp_path / "bijeenkomsten.xlsx")
    book["Bijeenkomsten"].delete_rows(5)
    book.save(tmp_path / "goed.xlsx")
    dialog.open_file(tmp_path / "goed.xlsx")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert dialog.imported and window.undo_stack.count() == 1
    after = _meetings(window)
    assert len(after) == len(before) + 1 and (date(2022, 6, 14), "Toogdag Groninger Gemeenten", "gehouden", 2) in after
    window.undo_stack.undo()
    assert _meetings(window) == before
