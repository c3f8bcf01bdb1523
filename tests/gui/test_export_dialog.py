"""Bestand > Exporteren...: defaults, the export on a worker thread, opening the result, and failures
that leave a way out (another name)."""

from __future__ import annotations

import errno
import threading
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from pytestqt.qtbot import QtBot

from vgg_desktop.export import atomic
from vgg_desktop.gui import export_dialog
from vgg_desktop.gui.export_dialog import FOLDER_KEY, ExportDialog
from vgg_desktop.services.reports import Part
from vgg_desktop.startup import OpenedDatabase

WAIT_MS = 60_000  # an upper bound for a stuck worker, not a measurement


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "instellingen.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot: QtBot, opened: OpenedDatabase, settings: QSettings, tmp_path: Path) -> ExportDialog:
    settings.setValue(FOLDER_KEY, str(tmp_path))
    shown = ExportDialog(None, opened.services, settings)
    qtbot.addWidget(shown)
    shown.date_edit.set_date(date(2022, 6, 14))
    return shown


class FakeDesktop:
    opened: list[QUrl] = []

    @classmethod
    def openUrl(cls, url: QUrl) -> bool:
        cls.opened.append(url)
        return True


def _export(qtbot: QtBot, dialog: ExportDialog, succeeds: bool = True) -> None:
    with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS, check_params_cb=lambda ok: ok == succeeds):
        dialog.export_button.click()
    assert not dialog.running


def test_defaults(qtbot: QtBot, opened: OpenedDatabase, settings: QSettings) -> None:
    fresh = ExportDialog(None, opened.services, settings)
    qtbot.addWidget(fresh)
    today = date.today()
    assert fresh.meeting_date() == today
    assert fresh.date_edit.text() == today.strftime("%d-%m-%Y")
    assert fresh.chosen_parts() == tuple(Part)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert fresh.target() == folder / f"Overzicht VGG vergadering {today:%d-%m-%Y}.xlsx"
    assert fresh.export_button.isEnabled()
    assert not fresh.open_file_button.isVisibleTo(fresh) and not fresh.other_name_button.isVisibleTo(fresh)


def test_the_last_folder_used_and_the_name_follows_the_date(dialog: ExportDialog, tmp_path: Path) -> None:
    assert dialog.target() == tmp_path / "Overzicht VGG vergadering 14-06-2022.xlsx"
    dialog.date_edit.set_date(date(2022, 9, 8))
    assert dialog.target() == tmp_path / "Overzicht VGG vergadering 08-09-2022.xlsx"


def test_a_name_the_user_typed_is_kept(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "mijn overzicht"))
    dialog.date_edit.set_date(date(2022, 9, 8))
    assert dialog.target() == tmp_path / "mijn overzicht.xlsx"  # the extension is added


def test_export_writes_the_workbook_off_the_gui_thread(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path,
                                                       settings: QSettings, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    build = export_dialog.build_meeting_report

    def watched(*arguments: Any, **keywords: Any) -> Any:
        threads.append(threading.current_thread())
        return build(*arguments, **keywords)

    monkeypatch.setattr(export_dialog, "build_meeting_report", watched)
    target = dialog.target()
    assert target is not None
    _export(qtbot, dialog)
    assert threads and threads[0] is not threading.main_thread()
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Overzicht", "Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Projecten",
                                   "Openstaande facturen", "Activiteiten", "Bijeenkomsten", "Vacatures"]
    assert workbook["Overzicht"]["B3"].value.date() == date(2022, 6, 14)
    assert dialog.progress.value() == 100
    assert str(target) in dialog.status_label.text()
    assert dialog.open_file_button.isVisibleTo(dialog) and dialog.open_folder_button.isVisibleTo(dialog)
    assert settings.value(FOLDER_KEY) == str(tmp_path)


def test_open_the_file_or_its_folder(dialog: ExportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    FakeDesktop.opened = []
    monkeypatch.setattr(export_dialog, "QDesktopServices", FakeDesktop)
    target = dialog.target()
    assert target is not None
    _export(qtbot, dialog)
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert [url.toLocalFile() for url in FakeDesktop.opened] == [str(target), str(target.parent)]


def test_only_the_chosen_overviews(dialog: ExportDialog, qtbot: QtBot) -> None:
    for part in (Part.PORTFOLIOS, Part.CONSULTATIONS, Part.STAFF, Part.INVOICES, Part.ACTIVITIES, Part.MEETINGS):
        dialog.part_boxes[part].setChecked(False)
    _export(qtbot, dialog)
    target = dialog.target()
    assert target is not None
    assert openpyxl.load_workbook(target).sheetnames == ["Overzicht", "Bestuur", "Projecten", "Vacatures"]


def test_no_overview_chosen_means_nothing_to_export(dialog: ExportDialog) -> None:
    for box in dialog.part_boxes.values():
        box.setChecked(False)
    assert not dialog.export_button.isEnabled()
    dialog.part_boxes[Part.BOARD].setChecked(True)
    assert dialog.export_button.isEnabled()


def test_missing_folder_offers_another_name(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    dialog.path_edit.setText(str(tmp_path / "weg" / "overzicht.xlsx"))
    _export(qtbot, dialog, succeeds=False)
    assert "bestaat niet" in dialog.status_label.text()
    assert dialog.other_name_button.isVisibleTo(dialog) and not dialog.open_file_button.isVisibleTo(dialog)
    assert dialog.path_edit.isEnabled() and dialog.close_button.isEnabled()

    other = tmp_path / "ander overzicht.xlsx"

    class FakeFileDialog:
        @staticmethod
        def getSaveFileName(*_arguments: Any) -> tuple[str, str]:
            return str(other), "Excel-werkmap (*.xlsx)"

    monkeypatch.setattr(export_dialog, "QFileDialog", FakeFileDialog)
    dialog.other_name_button.click()
    assert dialog.target() == other
    _export(qtbot, dialog)
    assert other.exists()


def test_cancelling_the_file_dialog_changes_nothing(dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    class Cancelled:
        @staticmethod
        def getSaveFileName(*_arguments: Any) -> tuple[str, str]:
            return "", ""

    monkeypatch.setattr(export_dialog, "QFileDialog", Cancelled)
    before = dialog.path_edit.text()
    dialog.browse_button.click()
    assert dialog.path_edit.text() == before


def test_a_file_open_in_excel_keeps_the_old_file(dialog: ExportDialog, qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    target = dialog.target()
    assert target is not None
    target.write_bytes(b"vorige versie")

    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(errno.EACCES, "Toegang geweigerd")

    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(dialog, "confirm_replace", lambda _target: True)
    _export(qtbot, dialog, succeeds=False)
    assert "in gebruik" in dialog.status_label.text()
    assert dialog.other_name_button.isVisibleTo(dialog)
    assert target.read_bytes() == b"vorige versie"
    assert [item.name for item in target.parent.iterdir() if item.suffix in (".tmp", ".xlsx")] == [target.name]


def test_an_existing_file_is_replaced_only_when_the_user_agrees(dialog: ExportDialog, qtbot: QtBot,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = dialog.target()
    assert target is not None
    target.write_bytes(b"vorige versie")
    asked: list[Path] = []

    def confirm_replace(path: Path) -> bool:
        asked.append(path)
        return False

    monkeypatch.setattr(dialog, "confirm_replace", confirm_replace)
    dialog.export_button.click()
    assert asked == [target] and not dialog.running
    assert target.read_bytes() == b"vorige versie"
    monkeypatch.setattr(dialog, "confirm_replace", lambda path: True)
    _export(qtbot, dialog)
    assert openpyxl.load_workbook(target).sheetnames[0] == "Overzicht"


def test_the_dialog_stays_open_while_the_file_is_written(dialog: ExportDialog, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()
    build = export_dialog.build_meeting_report

    def held(*arguments: Any, **keywords: Any) -> Any:
        release.wait()
        return build(*arguments, **keywords)

    monkeypatch.setattr(export_dialog, "build_meeting_report", held)
    dialog.show()
    try:
        with qtbot.waitSignal(dialog.export_finished, timeout=WAIT_MS):
            dialog.export_button.click()
            assert dialog.running
            assert not dialog.close_button.isEnabled() and not dialog.export_button.isEnabled()
            dialog.reject()
            assert not dialog.close()
            assert dialog.isVisible()
            release.set()
    finally:
        release.set()  # never leave the worker waiting, whatever failed above
    assert dialog.close_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_the_dialog_speaks_dutch(qtbot: QtBot, opened: OpenedDatabase, settings: QSettings, dutch: None) -> None:
    shown = ExportDialog(None, opened.services, settings)
    qtbot.addWidget(shown)
    assert shown.windowTitle() == "Overzichten exporteren"
    assert shown.export_button.text() == "&Exporteren"
    assert shown.part_boxes[Part.VACANCIES].text().startswith("&Vacatures")
    assert shown.part_boxes[Part.CONSULTATIONS].text().startswith("Over&leggen")
    assert shown.part_boxes[Part.PROJECTS].text().startswith("Pro&jecten")
    assert shown.part_boxes[Part.MEETINGS].text().startswith("Bijeen&komsten")
    # Every overview box has a key of its own.
    keys = [box.text()[box.text().index("&") + 1].lower() for box in shown.part_boxes.values()]
    assert len(keys) == len(set(keys)) == len(Part)


def test_a_typed_date_over_the_selected_text_is_the_meeting_date(dialog: ExportDialog, qtbot: QtBot, tmp_path: Path) -> None:
    field = dialog.date_edit.line_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "15-03-2022")
    assert dialog.meeting_date() == date(2022, 3, 15)
    assert dialog.target() == tmp_path / "Overzicht VGG vergadering 15-03-2022.xlsx"
    target = dialog.target()
    assert target is not None
    _export(qtbot, dialog)
    assert openpyxl.load_workbook(target)["Overzicht"]["B3"].value.date() == date(2022, 3, 15)


def test_a_date_in_words_is_read_and_shown_the_usual_way(dialog: ExportDialog, qtbot: QtBot) -> None:
    field = dialog.date_edit.line_edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "1 sept. 2022")
    field.editingFinished.emit()
    assert dialog.meeting_date() == date(2022, 9, 1)
    assert field.text() == "01-09-2022"
    assert not dialog.date_error.isVisibleTo(dialog)


@pytest.mark.parametrize(("typed", "message"), [
    ("31-02-2022", "'31-02-2022' bestaat niet als datum"),
    ("15-03", "'15-03' is geen datum. Schrijf de datum als dd-mm-jjjj"),
    ("", "Vul de datum van de vergadering in"),
])
def test_a_date_that_is_not_a_date_is_reported_in_dutch_and_nothing_is_exported(
        qtbot: QtBot, opened: OpenedDatabase, settings: QSettings, tmp_path: Path, dutch: None,
        typed: str, message: str) -> None:
    settings.setValue(FOLDER_KEY, str(tmp_path))
    shown = ExportDialog(None, opened.services, settings)
    qtbot.addWidget(shown)
    shown.show()
    field = shown.date_edit.line_edit
    field.selectAll()
    if typed:
        qtbot.keyClicks(field, typed)
    else:
        field.clear()
    assert shown.meeting_date() is None
    shown.export_button.click()
    assert not shown.running
    assert shown.date_error.isVisible()
    assert message in shown.date_error.text()
    assert field.text() == typed  # kept as typed, to correct
    assert list(tmp_path.glob("*.xlsx")) == []
    # Once it is a date again, the message goes.
    field.selectAll()
    qtbot.keyClicks(field, "14-06-2022")
    assert not shown.date_error.isVisible()
    assert shown.meeting_date() == date(2022, 6, 14)
