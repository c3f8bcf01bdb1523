"""Bijeenkomsten on the Activiteiten tab: add, change, delete meetings, record attendance, undo and redo."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.helpers import answer_yes, child, choose, everything, fill_form, select, texts, when_modal
from vgg_desktop.domain.enums import AttendanceStatus, MeetingStatus
from vgg_desktop.gui.attendance_dialog import AttendanceDialog
from vgg_desktop.gui.editing.record_dialog import RecordDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.models.meetings import MeetingModel


def undo(window: MainWindow) -> None:
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()


def redo(window: MainWindow) -> None:
    assert window.redo_action.isEnabled()
    window.redo_action.trigger()


def test_the_tab_shows_the_meetings_of_the_year_under_the_activities(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    assert texts(tab.meetings.proxy, MeetingModel.TITLE) == [
        "Vergadering Dagelijks Bestuur VGG", "Toogdag Groninger Gemeenten", "Algemene ledenvergadering VGG",
        "Viering eeuwfeest VGG"]
    assert "Gehouden" in texts(tab.meetings.proxy, MeetingModel.STATUS)


def test_the_day_the_tab_looks_from_decides_what_is_behind(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    assert tab.reference_date() == date.today()
    tab.set_reference_date(date(2022, 1, 1))
    row = texts(tab.table.proxy, ActivityModel.TITLE).index("Bestuur: Kwaliteit Openbaar Bestuur")
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "0 van 3 gehouden"
    tab.set_reference_date(date(2022, 6, 20))
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "0 van 3 gehouden – achter"
    tab.set_reference_date(None)
    assert tab.reference_date() == date.today()


def test_the_windows_peildatum_decides_what_is_behind(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    window.reference.set(date(2022, 6, 20))
    assert tab.reference_date() == date(2022, 6, 20)
    row = texts(tab.table.proxy, ActivityModel.TITLE).index("Bestuur: Kwaliteit Openbaar Bestuur")
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "0 van 3 gehouden – achter"
    window.reference.set(date(2022, 1, 1))
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "0 van 3 gehouden"
    window.reference.back_to_today()
    assert tab.reference_date() == date.today()


def test_add_a_meeting_for_the_selected_activity_change_its_status_delete_it_and_undo(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    tab.set_reference_date(date(2022, 6, 20))
    select(tab.table, ActivityModel.TITLE, "Kwaliteit Openbaar Bestuur")

    def new_meeting(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "title").setText("Bestuurlijke tafel KOB")
        assert isinstance(dialog, RecordDialog)
        dialog.form.date.set_date(date(2022, 4, 7))
        choose(dialog, "status", MeetingStatus.HELD)

    fill_form(new_meeting)
    tab.add_meeting_action.trigger()
    assert "Bestuurlijke tafel KOB" in texts(tab.meetings.proxy, MeetingModel.TITLE)
    row = texts(tab.table.proxy, ActivityModel.TITLE).index("Bestuur: Kwaliteit Openbaar Bestuur")
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "1 van 3 gehouden – achter"

    select(tab.meetings, MeetingModel.TITLE, "Bestuurlijke tafel KOB")
    fill_form(lambda dialog: choose(dialog, "status", MeetingStatus.CANCELLED))
    window.edit_action.trigger()
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "0 van 3 gehouden, 1 geannuleerd – achter"

    select(tab.meetings, MeetingModel.TITLE, "Bestuurlijke tafel KOB")
    answer_yes()
    window.delete_action.trigger()
    assert "Bestuurlijke tafel KOB" not in everything(tab.meetings)
    undo(window)
    assert "Bestuurlijke tafel KOB" in everything(tab.meetings)
    undo(window)
    assert tab.table.proxy.index(row, ActivityModel.MEETINGS).data() == "1 van 3 gehouden – achter"
    undo(window)
    assert "Bestuurlijke tafel KOB" not in everything(tab.meetings)
    redo(window)
    assert "Bestuurlijke tafel KOB" in everything(tab.meetings)


def test_record_attendance_in_the_dialog_then_undo_and_redo(window: MainWindow, qtbot: QtBot) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    select(tab.meetings, MeetingModel.TITLE, "Toogdag")
    assert tab.attendance_action.isEnabled()
    services = tab.services
    assert services is not None
    selected = tab.meetings.selected_value()
    assert selected is not None
    meeting = selected.meeting
    municipalities = services.municipalities.list()

    def record(widget: QWidget) -> None:
        assert isinstance(widget, AttendanceDialog)
        assert widget.summary.text() == "Nog geen aanwezigheid vastgelegd"
        widget.set_status(municipalities[0].id, AttendanceStatus.ABSENT)
        widget.set_status(municipalities[1].id, AttendanceStatus.EXCUSED)
        widget.all_present.click()
        widget.name_fields[municipalities[2].id].setText("wethouder J. Jansen")
        assert widget.summary.text() == "8 van 10 gemeenten aanwezig"
        widget.accept()

    when_modal(record)
    tab.attendance_action.trigger()
    sheet = services.meeting_overviews.attendance(meeting.id)
    assert sheet.summary.describe() == "8 van 10 gemeenten aanwezig"
    assert sheet.lines[2].record is not None and sheet.lines[2].record.represented_by == "wethouder J. Jansen"
    assert "8 van 10 gemeenten aanwezig" in everything(tab.meetings)
    assert "8 van 10 gemeenten aanwezig" in tab.details.toPlainText()

    undo(window)
    assert services.meeting_overviews.attendance(meeting.id).entries() == ()
    redo(window)
    assert services.meeting_overviews.attendance(meeting.id).summary.present == 8

    # The meeting's version moved; changing the meeting afterwards still works and is undoable.
    select(tab.meetings, MeetingModel.TITLE, "Toogdag")
    fill_form(lambda dialog: choose(dialog, "status", MeetingStatus.HELD))
    window.edit_action.trigger()
    assert services.meetings.get(meeting.id).status == MeetingStatus.HELD
    undo(window)
    undo(window)
    assert services.meetings.get(meeting.id).status == MeetingStatus.PLANNED
    assert services.meeting_overviews.attendance(meeting.id).entries() == ()


def test_attendance_saved_meanwhile_on_another_pc_is_not_overwritten(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    services = tab.services
    assert services is not None and window.context is not None
    meeting = next(item for item in services.meetings.list() if item.title.startswith("Toogdag"))
    municipality = services.municipalities.list()[0]
    dialog = AttendanceDialog(window, window.context, services.meeting_overviews.attendance(meeting.id))
    # Someone else records the attendance while this dialog is open.
    from vgg_desktop.services.meetings import AttendanceEntry

    services.meeting_overviews.record_attendance(meeting.id, meeting.version, [AttendanceEntry(municipality.id, AttendanceStatus.ABSENT)])
    dialog.set_status(municipality.id, AttendanceStatus.PRESENT)
    dialog.accept()
    assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
    assert "Iemand anders" in dialog.message.text()
    assert services.meeting_overviews.attendance(meeting.id).entries()[0].status == AttendanceStatus.ABSENT
    dialog.done(QDialog.DialogCode.Rejected)
    dialog.deleteLater()


def test_the_activity_form_keeps_no_number_as_none(window: MainWindow) -> None:
    window.show_tab(3)
    tab = window.activities_tab
    select(tab.table, ActivityModel.TITLE, "Externe communicatie")

    def set_target(dialog: QDialog) -> None:
        spin = child(dialog, QSpinBox, "meeting_target")
        assert spin.text() == "(geen)"
        spin.setValue(4)

    fill_form(set_target)
    window.edit_action.trigger()
    selected = tab.selected_value()
    assert selected is not None and tab.services is not None
    activity = selected.activity
    assert activity.meeting_target == 4
    undo(window)
    assert tab.services.activities.get(activity.id).meeting_target is None
