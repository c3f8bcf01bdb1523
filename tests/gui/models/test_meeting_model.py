"""Bijeenkomsten: the meetings of a year with status and attendance, and the Meetings column of the activities."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.domain.enums import AttendanceStatus
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.models.meetings import MeetingModel
from vgg_desktop.services.meetings import AttendanceEntry
from vgg_desktop.startup import OpenedDatabase


def meeting_model(opened: OpenedDatabase, on: date) -> MeetingModel:
    model = MeetingModel()
    model.set_rows(opened.services.meeting_overviews.of_year(2022, on))
    return model


def record_toogdag(opened: OpenedDatabase) -> None:
    services = opened.services
    toogdag = next(item for item in services.meetings.list() if item.title.startswith("Toogdag"))
    services.meeting_overviews.record_attendance(toogdag.id, toogdag.version, [
        AttendanceEntry(item.id, AttendanceStatus.PRESENT if index < 8 else AttendanceStatus.ABSENT)
        for index, item in enumerate(services.municipalities.list())])


def test_passes_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    record_toogdag(opened)
    qtmodeltester.check(meeting_model(opened, date(2022, 6, 20)))


def test_shows_date_status_activity_and_attendance(qapp: QApplication, opened: OpenedDatabase) -> None:
    record_toogdag(opened)
    model = meeting_model(opened, date(2022, 6, 20))
    assert column_texts(model, MeetingModel.DATE) == ["10-03-2022", "14-06-2022", "14-06-2022", "14-06-2022"]
    assert column_texts(model, MeetingModel.STATUS) == ["Gehouden", "Gepland", "Gepland", "Gepland"]
    assert column_texts(model, MeetingModel.ATTENDANCE) == ["", "8 of 10 municipalities present", "", ""]
    toogdag = column_texts(model, MeetingModel.TITLE).index("Toogdag Groninger Gemeenten")
    assert model.index(toogdag, MeetingModel.ACTIVITY).data().startswith("Ledenbinding")
    assert model.index(toogdag, MeetingModel.ATTENDANCE).data(Qt.ItemDataRole.ToolTipRole) == \
        "Present 8, absent 2, excused 0, not recorded 0"
    # Planned while the date has passed: marked, and the tooltip says what to do.
    assert model.index(toogdag, MeetingModel.STATUS).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "record whether" in model.index(toogdag, MeetingModel.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    before = meeting_model(opened, date(2022, 6, 1))
    assert before.index(toogdag, MeetingModel.STATUS).data(Qt.ItemDataRole.BackgroundRole) is None


def test_the_meetings_column_counts_against_the_target_and_marks_behind(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = ActivityModel()
    model.set_rows(opened.services.overviews.activities(2022, date(2022, 6, 20)))
    titles = column_texts(model, ActivityModel.TITLE)
    kob = titles.index("Bestuur: Kwaliteit Openbaar Bestuur")
    assert model.index(kob, ActivityModel.MEETINGS).data() == "0 of 3 held – behind"
    assert model.index(kob, ActivityModel.MEETINGS).data(Qt.ItemDataRole.BackgroundRole) is not None
    tip = model.index(kob, ActivityModel.MEETINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Behind: on 20-06-2022, 2 meetings should be held or planned by now; 0 are.")
    ledenbinding = next(row for row, title in enumerate(titles) if title.startswith("Ledenbinding"))
    assert model.index(ledenbinding, ActivityModel.MEETINGS).data() == "0 held, 2 planned"
    economie = titles.index("Economische Zaken")
    assert model.index(economie, ActivityModel.MEETINGS).data() == "0 of at least 1 held – behind"
    at_new_year = ActivityModel()
    at_new_year.set_rows(opened.services.overviews.activities(2022, date(2022, 1, 1)))
    assert at_new_year.index(kob, ActivityModel.MEETINGS).data() == "0 of 3 held"
    assert at_new_year.index(kob, ActivityModel.MEETINGS).data(Qt.ItemDataRole.BackgroundRole) is None


def test_dutch_texts(qapp: QApplication, opened: OpenedDatabase, dutch: None) -> None:
    record_toogdag(opened)
    model = meeting_model(opened, date(2022, 6, 20))
    assert "8 van 10 gemeenten aanwezig" in column_texts(model, MeetingModel.ATTENDANCE)
    activities = ActivityModel()
    activities.set_rows(opened.services.overviews.activities(2022, date(2022, 6, 20)))
    texts = column_texts(activities, ActivityModel.MEETINGS)
    assert "0 van 3 gehouden – achter" in texts and "0 van minimaal 1 gehouden – achter" in texts
    assert "0 gehouden, 2 gepland" in texts
