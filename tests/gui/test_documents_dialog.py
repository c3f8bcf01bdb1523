"""Bestand > Voortgangsrapportage... and Jaarplan als document..., and the templates under Bestand > Instellingen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from vgg_desktop.export.templates import DocumentKind, TemplateError, shipped_template
from vgg_desktop.gui.documents_dialog import DocumentDialog, default_document_name, report_due
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.preferences_dialog import PreferencesDialog
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase


def _dialog(qtbot: QtBot, opened: OpenedDatabase, kind: DocumentKind, tmp_path: Path, today: date) -> DocumentDialog:
    settings = Settings()
    settings.set_documents_folder(str(tmp_path))
    dialog = DocumentDialog(None, opened.services, settings, kind, today=today)
    qtbot.addWidget(dialog)
    return dialog


def _bad_template(tmp_path: Path) -> Path:
    bad = tmp_path / "eigen sjabloon.docx"
    document = Document()
    document.add_paragraph("{{ vereniging }}")
    document.save(str(bad))
    return bad


def test_defaults_follow_the_day_and_the_name_follows_the_choice(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path,
                                                                 dutch: None) -> None:
    dialog = _dialog(qtbot, opened, DocumentKind.PROGRESS_REPORT, tmp_path, date(2022, 11, 1))
    assert dialog.year() == 2022 and dialog.half() == 2
    assert dialog.target() == tmp_path / "Voortgangsrapportage VGG 2022 tweede halfjaar.docx"
    dialog.half_box.setCurrentIndex(0)
    assert dialog.target() == tmp_path / default_document_name(DocumentKind.PROGRESS_REPORT, 2022, 1)
    assert dialog.windowTitle() == "Voortgangsrapportage"
    assert "meegeleverde sjabloon" in dialog.template_label.text()


def test_writing_the_progress_report(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path, dutch: None) -> None:
    dialog = _dialog(qtbot, opened, DocumentKind.PROGRESS_REPORT, tmp_path, date(2022, 7, 1))
    dialog.half_box.setCurrentIndex(0)
    assert dialog.write()
    target = tmp_path / "Voortgangsrapportage VGG 2022 eerste halfjaar.docx"
    assert target.exists() and "opgeslagen" in dialog.status_label.text()
    assert not dialog.after_row.isHidden()
    assert "Jaarplan 2022 – Eerste halfjaar 2022" in [paragraph.text for paragraph in Document(str(target)).paragraphs]


def test_the_plan_document_has_no_half_year_choice(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, opened, DocumentKind.PLAN, tmp_path, date(2022, 7, 1))
    assert dialog.half_box.isHidden()
    dialog.path_edit.setText(str(tmp_path / "mijn jaarplan"))
    assert dialog.write()
    assert (tmp_path / "mijn jaarplan.docx").exists()


def test_a_broken_own_template_is_explained_and_the_shipped_one_used_only_if_the_user_agrees(
        qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, opened, DocumentKind.PLAN, tmp_path, date(2022, 7, 1))
    dialog._settings.set_document_template(DocumentKind.PLAN.value, str(_bad_template(tmp_path)))
    asked: list[str] = []

    def use_shipped_template(error: TemplateError) -> bool:
        asked.append(error.message)
        return False

    monkeypatch.setattr(dialog, "use_shipped_template", use_shipped_template)
    assert not dialog.write()
    assert "ontbreken velden" in asked[0] and "bureau" in asked[0]
    assert not (tmp_path / "Jaarplan VGG 2022.docx").exists()
    assert "ontbreken velden" in dialog.status_label.text()
    monkeypatch.setattr(dialog, "use_shipped_template", lambda _error: True)
    assert dialog.write()
    assert (tmp_path / "Jaarplan VGG 2022.docx").exists()


def test_an_existing_document_is_replaced_only_when_the_user_agrees(qtbot: QtBot, opened: OpenedDatabase, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(qtbot, opened, DocumentKind.PLAN, tmp_path, date(2022, 7, 1))
    target = tmp_path / "Jaarplan VGG 2022.docx"
    target.write_bytes(b"vorige versie")
    monkeypatch.setattr(dialog, "confirm_replace", lambda _target: False)
    assert not dialog.write()
    assert target.read_bytes() == b"vorige versie"


def test_choosing_a_template_checks_it_first(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            dutch: None) -> None:
    settings = Settings()
    dialog = PreferencesDialog(None, settings)
    qtbot.addWidget(dialog)
    assert dialog.template_edits[DocumentKind.PLAN].text() == "(meegeleverd sjabloon)"
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    assert not dialog.use(DocumentKind.PLAN, _bad_template(tmp_path))
    assert warnings and "ontbreken velden" in warnings[0]
    assert settings.document_template(DocumentKind.PLAN.value) is None
    restyled = tmp_path / "huisstijl.docx"
    restyled.write_bytes(shipped_template(DocumentKind.PROGRESS_REPORT).read_bytes())
    assert dialog.use(DocumentKind.PROGRESS_REPORT, restyled)
    assert settings.document_template(DocumentKind.PROGRESS_REPORT.value) == str(restyled)
    assert dialog.template_edits[DocumentKind.PROGRESS_REPORT].text() == str(restyled)
    dialog.reset(DocumentKind.PROGRESS_REPORT)
    assert settings.document_template(DocumentKind.PROGRESS_REPORT.value) is None


def test_the_file_menu_offers_the_documents_and_the_settings(window: MainWindow) -> None:
    texts = [action.text() for action in window.file_menu.actions()]
    assert "&Voortgangsrapportage..." in texts and "&Jaarplan als document..." in texts and "&Instellingen..." in texts
    assert window.progress_report_action.isEnabled() and window.plan_document_action.isEnabled()


@pytest.mark.parametrize(("today", "due"), [
    (date(2023, 1, 15), (2022, 2)), (date(2023, 3, 31), (2022, 2)), (date(2023, 4, 1), (2023, 1)),
    (date(2023, 9, 30), (2023, 1)), (date(2023, 10, 1), (2023, 2)), (date(2023, 12, 31), (2023, 2)),
])
def test_the_report_due_is_the_half_year_just_ended_or_ending(today: date, due: tuple[int, int]) -> None:
    assert report_due(today) == due
