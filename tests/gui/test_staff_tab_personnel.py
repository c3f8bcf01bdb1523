"""The Bureau tab for a database user without the personnel role: names and functions, a calm note,
and no way to reach employments or sick leave. The server refuses them anyway (tests/services/test_personnel_roles.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.helpers import everything, texts
from tests.office import Office
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.staff import StaffModel
from vgg_desktop.gui.settings import Settings
from vgg_desktop.startup import OpenedDatabase

pytestmark = pytest.mark.postgres


def _window(qtbot: QtBot, office_user: OpenedDatabase) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    main.attach(office_user.services, "vgg op de server")
    main.show_tab(2)
    qtbot.waitUntil(lambda: main.staff_tab.isVisible() and main.staff_tab.table.total() > 0)
    return main


def test_a_user_without_the_personnel_role_sees_names_and_functions_only(qtbot: QtBot, office: Office, dutch: None,
                                                                         tmp_path: Path) -> None:
    window = _window(qtbot, office.bert)
    tab = window.staff_tab
    assert tab.personnel_note.isVisible()
    assert "alleen voor medewerkers personeelszaken" in tab.personnel_note.text()
    names = texts(tab.table.proxy, StaffModel.NAME)
    assert len(names) == office.owner.services.staff_members.count()
    functions = [function for function in texts(tab.table.proxy, StaffModel.FUNCTION) if function]
    assert functions, "functions are shown"
    for column in (StaffModel.CONTRACT_KIND, StaffModel.THROUGH, StaffModel.START, StaffModel.END, StaffModel.RETENTION):
        assert set(texts(tab.table.proxy, column)) == {""}
        assert tab.table.view.isColumnHidden(column)
    tab.table.view.selectRow(0)
    qtbot.waitUntil(lambda: bool(tab.details.toPlainText()))
    shown = tab.details.toPlainText()
    assert "alleen voor medewerkers personeelszaken" in shown and "Ziekmeldingen" not in shown
    assert [action.isEnabled() for action in tab.personnel_actions] == [False, False]
    out = Path(os.environ.get("VGG_SCREENSHOT_DIR", tmp_path)) / "bureau-zonder-personeelsrol.png"
    assert window.grab().save(str(out))


def test_personnel_staff_see_the_whole_bureau(qtbot: QtBot, office: Office, dutch: None) -> None:
    window = _window(qtbot, office.anna)
    tab = window.staff_tab
    assert not tab.personnel_note.isVisible()
    assert not tab.table.view.isColumnHidden(StaffModel.END)
    assert "Jaarcontract" in everything(tab.table) or any(texts(tab.table.proxy, StaffModel.START))
    tab.table.view.selectRow(0)
    qtbot.waitUntil(lambda: "Ziekmeldingen" in tab.details.toPlainText())
    assert any(action.isEnabled() for action in tab.personnel_actions)
