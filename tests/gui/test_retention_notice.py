"""The retention notice explains itself and can wait: 'Later herinneren' postpones it a month, per database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.gui.editing.helpers import OFFSCREEN_NOISE
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.staff_tab import StaffTab
from vgg_desktop.startup import OpenedDatabase, open_database

pytestmark = OFFSCREEN_NOISE

TODAY = date(2026, 11, 29)


def on_the_day(window: MainWindow, day: date) -> StaffTab:
    window.show_tab(2)
    tab = window.staff_tab
    tab.today = lambda: day
    tab.reload()
    return tab


@pytest.fixture
def other(tmp_path: Path) -> Iterator[OpenedDatabase]:
    """A second database with the same seed, in another file."""
    second = open_database(f"sqlite:///{tmp_path / 'tweede.sqlite3'}")
    yield second
    second.database.dispose()


def test_one_former_member_is_named_with_the_day_they_left(window: MainWindow) -> None:
    tab = on_the_day(window, date(2024, 5, 2))
    assert [candidate.member.display_name for candidate in tab.due] == ["Mw. A. de Vries"]
    text = tab.removal_notice.label.text()
    assert text.startswith("Mw. A. de Vries is meer dan twee jaar uit dienst (sinds 01-05-2022).")
    assert "De AVG staat niet toe persoonsgegevens langer te bewaren dan nodig" in text
    assert "ongedaan maken met Ctrl+Z" in text


def test_later_herinneren_hides_the_notice_for_a_month_for_this_database(
        window: MainWindow, other: OpenedDatabase, opened: OpenedDatabase) -> None:
    tab = on_the_day(window, TODAY)
    assert tab.postpone_action.text() == "&Later herinneren"
    assert tab.postpone_button.isVisibleTo(tab)
    tab.postpone_button.click()
    assert tab.removal_notice.isHidden()
    assert "29-12-2026" in window.statusBar().currentMessage()
    # Still hidden after a reload and after a restart with the same settings file.
    tab.reload()
    assert tab.removal_notice.isHidden()
    restarted = MainWindow(Settings())
    try:
        restarted.attach(opened.services, "test.sqlite3")
        assert on_the_day(restarted, TODAY).removal_notice.isHidden()
        # The removal stays at hand meanwhile, and the rows are still flagged.
        assert restarted.staff_tab.remove_former_action.isEnabled()
    finally:
        restarted.close()
        restarted.deleteLater()

    # Another database keeps its own notice.
    elsewhere = MainWindow(Settings())
    try:
        elsewhere.attach(other.services, "tweede.sqlite3")
        assert not on_the_day(elsewhere, TODAY).removal_notice.isHidden()
    finally:
        elsewhere.close()
        elsewhere.deleteLater()

    # A day before the month is over it still waits; on the day it is back.
    assert on_the_day(window, date(2026, 12, 28)).removal_notice.isHidden()
    assert not on_the_day(window, date(2026, 12, 29)).removal_notice.isHidden()


def test_someone_newly_due_brings_the_notice_back_before_the_month_is_over(window: MainWindow) -> None:
    tab = on_the_day(window, date(2024, 8, 20))
    assert len(tab.due) == 1
    tab.postpone_action.trigger()
    assert tab.removal_notice.isHidden()
    assert on_the_day(window, date(2024, 9, 1)).removal_notice.isHidden()
    # On 02-09-2024 three more have been gone two years: they were not part of what was postponed.
    tab = on_the_day(window, date(2024, 9, 2))
    assert len(tab.due) == 4
    assert not tab.removal_notice.isHidden()
    assert tab.removal_notice.label.text().startswith("4 oud-medewerkers zijn meer dan twee jaar uit dienst: ")


def test_the_key_is_the_database_not_the_password(window: MainWindow) -> None:
    settings = Settings()
    settings.postpone_retention("postgresql+psycopg://u:***@server/vgg", date(2027, 1, 1), frozenset({3, 1}))
    assert settings.retention_postponed("postgresql+psycopg://u:***@server/vgg") == (date(2027, 1, 1), frozenset({1, 3}))
    assert settings.retention_postponed("postgresql+psycopg://u:***@server/ander") is None
    settings.sync()
    assert "geheim" not in Path(settings.file_name).read_text(encoding="utf-8")
