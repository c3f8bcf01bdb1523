"""Beeld > Wijzigingen and Geschiedenis in the detail pane: reading, filtering and turning back changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.editing.helpers import NO, OFFSCREEN_NOISE, YES, Answers, choose, type_into
from tests.gui.helpers import texts, when_modal
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.gui.history_window import HistoryWindow
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.history import HistoryModel, history_rows
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def _edit_a_partner(window: MainWindow, notes: str) -> str:
    services = window.services
    assert services is not None
    partner = services.partners.list()[0]
    assert window.commands is not None
    window.commands.update("partner", window.commands.latest("partner", partner), {"notes": notes})
    return partner.name


def _open(qtbot: QtBot, window: MainWindow, focus: tuple[str, int, str] | None = None) -> HistoryWindow:
    assert window.context is not None
    dialog = HistoryWindow(window, window.context, focus)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_history_model_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    model = HistoryModel()
    model.set_rows(history_rows(opened.services.history.changes()))
    assert opened.seed_report is not None
    assert model.rowCount() == sum(count for _, count in opened.seed_report.counts)
    qtmodeltester.check(model)


def test_the_view_menu_opens_the_changes_newest_first_in_dutch(qtbot: QtBot, window: MainWindow) -> None:
    assert "Wij&zigingen..." in [action.text() for action in window.view_menu.actions()]
    name = _edit_a_partner(window, "Eerste opmerking")
    dialog = _open(qtbot, window)
    assert dialog.windowTitle() == "Wijzigingen"
    first = [dialog.proxy.index(0, column).data() for column in range(dialog.proxy.columnCount())]
    assert first[2:] == ["Gewijzigd", "Partnerorganisatie", name, "Opmerkingen"]
    assert "Eerste opmerking" in dialog.details.toPlainText() and "Opmerkingen" in dialog.details.toPlainText()
    assert dialog.status.text() == "2 wijzigingen. Wijzigingen worden 24 maanden bewaard."


def test_filters_by_kind_of_record_person_and_period(qtbot: QtBot, window: MainWindow) -> None:
    _edit_a_partner(window, "Gefilterd")
    dialog = _open(qtbot, window)
    choose(dialog.entity, "Partnerorganisatie")
    assert set(texts(dialog.proxy, HistoryModel.ENTITY)) == {"Partnerorganisatie"}
    assert window.services is not None
    partners = window.services.partners.count()
    assert dialog.proxy.rowCount() == 1 + partners  # the edit and the import of each
    choose(dialog.who, dialog.who.itemText(1))
    assert dialog.proxy.rowCount() == 1 + partners
    type_into(qtbot, dialog.since, "01-01-2999")
    assert dialog.proxy.rowCount() == 0 and dialog.status.text().startswith("Geen wijzigingen die bij de keuze passen.")
    type_into(qtbot, dialog.since, "31-02-2020")
    assert "Van: &#x27;31-02-2020&#x27; is geen datum; typ die als dd-mm-jjjj." in dialog.status.text()
    assert dialog.proxy.rowCount() == 1 + partners  # a date that cannot be read filters nothing


def test_revert_turns_a_change_back_and_ctrl_z_undoes_the_revert(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    services = window.services
    assert services is not None
    partner = services.partners.list()[0]
    _edit_a_partner(window, "Terug te draaien")
    dialog = _open(qtbot, window)
    answers = Answers(monkeypatch, YES)
    dialog.revert_selected()
    assert answers.questions[0][0] == "Terugdraaien" and answers.questions[0][1].startswith("Deze wijziging van ")
    assert services.partners.get(partner.id).notes == partner.notes
    assert services.history.changes()[0].kind is ChangeKind.REVERT
    assert texts(dialog.proxy, HistoryModel.KIND)[0] == "Teruggedraaid: gewijzigd"
    window.undo_stack.undo()
    assert services.partners.get(partner.id).notes == "Terug te draaien"
    assert services.history.changes()[0].kind is ChangeKind.UNDO
    window.undo_stack.redo()
    assert services.partners.get(partner.id).notes == partner.notes
    assert services.history.changes()[0].kind is ChangeKind.REDO


def test_a_revert_is_refused_when_the_record_changed_since_and_says_what_changed(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    services = window.services
    assert services is not None
    partner = services.partners.list()[0]
    _edit_a_partner(window, "Eerst")
    _edit_a_partner(window, "Daarna")
    dialog = _open(qtbot, window)
    dialog.view.selectRow(1)
    answers = Answers(monkeypatch, YES)
    steps = window.undo_stack.count()
    dialog.revert_selected()
    title, message = answers.warnings[0]
    assert title == "Niet teruggedraaid" and "sindsdien" in message and "gewijzigd: Opmerkingen" in message
    assert services.partners.get(partner.id).notes == "Daarna" and window.undo_stack.count() == steps
    answers.answers.append(NO)
    dialog.view.selectRow(0)
    dialog.revert_selected()
    assert services.partners.get(partner.id).notes == "Daarna"


def test_the_detail_pane_shows_the_records_history_and_opens_all_of_it(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    assert services is not None
    window.show_tab(2)
    tab = window.staff_tab
    member = services.staff_members.list()[0]
    assert window.commands is not None
    window.commands.update("staff_member", member, {"email": "nieuw@vgg.nl"})
    tab.table.select_key(member.id)
    # The history follows the rest of the details, right after.
    qtbot.waitUntil(lambda: "Geschiedenis" in tab.details.toPlainText())
    shown = tab.details.toPlainText()
    assert "Geschiedenis" in shown and f"Medewerker {member.display_name} gewijzigd: E-mail" in shown
    assert "Alle wijzigingen van dit gegeven..." in shown
    opened: list[str] = []

    def look(widget: QWidget) -> None:
        assert isinstance(widget, HistoryWindow)
        opened.append(widget.focus_label.text())
        opened.extend(texts(widget.proxy, HistoryModel.RECORD))
        widget.reject()

    when_modal(look)
    tab.details.anchorClicked.emit(QUrl(f"record:history/staff_member/{member.id}"))
    assert opened[0] == f"Alleen de wijzigingen van {member.display_name}."
    assert member.display_name in opened[1] and len(opened) > 2


def test_a_reload_of_the_same_record_keeps_its_history_shown_until_the_new_history_arrives(
    qtbot: QtBot, window: MainWindow,
) -> None:
    services = window.services
    assert services is not None and window.commands is not None
    window.show_tab(2)
    tab = window.staff_tab
    member = services.staff_members.list()[0]
    tab.table.select_key(member.id)
    qtbot.waitUntil(lambda: "Geschiedenis" in tab.details.toPlainText())
    shown = tab.details.toHtml()
    tab.reload()
    # The same details: the pane is not laid out again without its history ...
    assert tab.details.toHtml() == shown
    qtbot.wait(50)
    assert tab.details.toHtml() == shown
    # ... and a change that shows only in the history is there right after the reload the change makes.
    window.commands.update("staff_member", services.staff_members.list()[0], {"phone": "050 123 45 67"})
    qtbot.waitUntil(lambda: "050 123 45 67" in tab.details.toPlainText()
                    and f"Medewerker {member.display_name} gewijzigd: Telefoon" in tab.details.toPlainText())
    assert tab.details.toPlainText().count("Geschiedenis") == 1


def test_screens_of_the_history_can_be_looked_at(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    _edit_a_partner(window, "Voor de afbeelding")
    dialog = _open(qtbot, window)
    assert not dialog.grab().isNull()
    assert isinstance(dialog, QDialog)
