"""Bewerken > Verkiezing vastleggen...: the dialog lists what the election does, records it in one step, Ctrl+Z undoes it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from tests.gui.helpers import when_modal
from vgg_desktop.gui.election_dialog import ElectionDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase

pytestmark = OFFSCREEN_NOISE


def recent() -> date:
    today = date.today()
    return today.replace(year=today.year - 1)


def in_the_dialog(handle: Callable[[ElectionDialog], None]) -> None:
    def run(widget: QWidget) -> None:
        assert isinstance(widget, ElectionDialog), widget
        handle(widget)

    when_modal(run)


def places(services: Services) -> tuple[object, ...]:
    return (tuple((t.id, t.end_date) for t in services.seat_terms.list()), tuple((p.id, p.holder_id) for p in services.portfolios.list()),
            tuple((c.id, c.chair_status, c.chair_id) for c in services.consultations.list()))


def test_the_edit_menu_offers_it(window: MainWindow) -> None:
    assert window.election_action in window.edit_menu.actions()
    assert window.election_action.text() == "Ver&kiezing vastleggen..."


def test_preview_then_record_and_undo_restores_every_place(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    before = places(services)
    seen: list[tuple[str, bool, str, bool]] = []

    def record(dialog: ElectionDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.record_button.isEnabled(), dialog.error.text(),
                     dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isDefault()))
        dialog.date.setText(f"{recent():%d-%m-%Y}")
        seen.append(("", dialog.record_button.isEnabled(), dialog.preview.toPlainText(), False))
        dialog.record_button.click()

    in_the_dialog(record)
    window.election_action.trigger()
    (title, enabled, error, cancel_default), (_, enabled_after, preview, _) = seen
    assert title == "Verkiezing vastleggen" and not enabled and "Typ de datum van de verkiezing" in error and cancel_default
    assert enabled_after and preview.startswith(f"Gemeenteraadsverkiezingen van {recent():%d-%m-%Y}\nVrij op")
    assert "Dhr. R. Koch (adviserend lid)" in preview
    assert f"Al open op {recent():%d-%m-%Y} (33); deze worden in dezelfde ronde ingevuld" in preview
    assert len(services.elections.list()) == 1
    assert sum(1 for term in services.seat_terms.list() if term.end_date == recent()) == 3
    assert window.undo_action.text() == "&Ongedaan maken: Verkiezing vastleggen"

    window.undo_action.trigger()
    assert places(services) == before and services.elections.list() == ()
    window.redo_action.trigger()
    assert len(services.elections.list()) == 1 and places(services) != before
    window.undo_action.trigger()
    assert places(services) == before


def test_redivision_needs_ticked_municipalities_and_refusals_stay_in_the_dialog(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    services.elections.record(recent())
    after = places(services)
    states: list[tuple[bool, str, str]] = []

    def look(dialog: ElectionDialog) -> None:
        dialog.date.setText(f"{recent():%d-%m-%Y}")
        states.append((dialog.record_button.isEnabled(), dialog.error.text(), dialog.preview.toPlainText()))
        dialog.redivision.setChecked(True)
        states.append((dialog.record_button.isEnabled(), dialog.error.text(), ""))
        dialog.date.setText("01-01-1990")
        dialog.municipalities.item(0).setCheckState(Qt.CheckState.Checked)
        states.append((dialog.record_button.isEnabled(), dialog.error.text(), ""))
        dialog.reject()

    in_the_dialog(look)
    window.election_action.trigger()
    assert states[0][0] is False and "is al vastgelegd" in states[0][1] and states[0][2] == ""
    assert states[1][0] is False and "Vink de gemeenten" in states[1][1]
    assert states[2][0] is False and "ligt te ver terug" in states[2][1]
    assert places(services) == after and window.undo_stack.count() == 0
