"""Activiteiten: the activities of one year's plan, by owning body, with progress per half-year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import AttendanceStatus, ProgressStatus
from vgg_desktop.gui.models.activities import ActivityModel, continued_from
from vgg_desktop.gui.models.meetings import MeetingModel, attendance_text, count_text, count_tip
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import YearPlan
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.meetings import MeetingOverview
    from vgg_desktop.services.overviews import ActivityOverview


class ActivitiesTab(RecordTab):
    NAME = "activities"
    DEPENDS_ON = frozenset({"activity", "year_plan", "meeting", "meeting_attendance", "municipality", "portfolio",
                            "consultation", "partner"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self._plans: tuple[YearPlan, ...] = ()
        self.year = QComboBox(self)
        self.year.setObjectName("activities_year")
        self.year.setToolTip(self.tr("The year plan whose activities are shown"))
        self.year.setMinimumContentsLength(6)
        year_label = QLabel(self.tr("&Year plan:"), self)
        year_label.setBuddy(self.year)
        self.top_bar.insertWidget(0, year_label)
        self.top_bar.insertWidget(1, self.year)
        self.top_bar.insertSpacing(2, 16)
        # The day the tab looks from: what counts as held, and whether an activity is behind. None: today.
        self._reference_date: date | None = None
        self.model = ActivityModel(self)
        self.table = self.add_section(TableSection(
            "activities", "activity", self.model, self, record_of=lambda value: value.activity,
        ))
        self.meeting_model = MeetingModel(self)
        self.meetings = self.add_section(TableSection(
            "meetings", "meeting", self.meeting_model, self, record_of=lambda value: value.meeting,
        ))
        self.add_meeting_action = self.add_action(
            self.tr("Add &meeting..."),
            self.tr("Record a meeting or event that counts toward the selected activity"),
            self.add_meeting)
        self.attendance_action = self.add_action(
            self.tr("A&ttendance..."),
            self.tr("Record which member municipalities were present at the selected meeting"),
            self.edit_attendance)
        self.plan_action = self.add_action(self.tr("Edit &year plan..."),
                                           self.tr("Change the chosen year plan: adoption, introduction, vision"),
                                           self.edit_plan, needs_selection=False)
        self.setTabOrder(self.year, self.search)
        self.tables = self.stacked_tables("activities_tables", [(self.tr("&Activities"), self.table),
                                                                (self.tr("M&eetings"), self.meetings)], [420, 200])
        self.finish_layout(self.tables)
        self.year.currentIndexChanged.connect(lambda _index: self.reload())

    def reference_date(self) -> date:
        """The day the tab looks from: the window's Peildatum (`today`), unless set here otherwise."""
        return self._reference_date or self.today()

    def set_reference_date(self, day: date | None) -> None:
        """Looks from `day` (None: today) and reloads: held meetings and 'behind' are judged on that day."""
        if day != self._reference_date:
            self._reference_date = day
            self.reload()

    def title(self) -> str:
        return self.tr("Activities")

    def chosen_plan(self) -> YearPlan | None:
        index = self.year.currentIndex()
        return self._plans[index] if 0 <= index < len(self._plans) else None

    def load(self, services: Services) -> None:
        plans = services.overviews.year_plans()
        chosen = self.chosen_plan()
        wanted = chosen.year if chosen else date.today().year
        if plans != self._plans:
            self._plans = plans
            self.year.blockSignals(True)
            self.year.clear()
            self.year.addItems([str(plan.year) for plan in plans])
            years = [plan.year for plan in plans]
            # This year's plan when there is one, else the latest before it, else the first.
            earlier = [index for index, year in enumerate(years) if year <= wanted]
            self.year.setCurrentIndex(earlier[-1] if earlier else 0)
            self.year.blockSignals(False)
        plan = self.chosen_plan()
        on = self.reference_date()
        self.model.set_rows(services.overviews.activities(plan.year, on) if plan else ())
        self.meeting_model.set_rows(services.meeting_overviews.of_year(plan.year, on) if plan else ())

    def show_year(self, year: int) -> None:
        """Chooses the plan of `year` (a plan just made), once the tab has read it."""
        years = [plan.year for plan in self._plans]
        if year in years:
            self.year.setCurrentIndex(years.index(year))

    def add_defaults(self, section: TableSection) -> dict[str, Any] | None:
        if section is self.meetings:
            activity: ActivityOverview | None = self.table.selected_value()
            return {"activity_id": activity.activity.id} if activity is not None else None
        plan = self.chosen_plan()
        return {"year_plan_id": plan.id} if plan else None

    def can_add(self) -> bool:
        return super().can_add() and (self.current_section() is self.meetings or self.chosen_plan() is not None)

    def add_meeting(self) -> None:
        value: ActivityOverview | None = self.table.selected_value()
        if value is not None:
            self.open_form("meeting", None, {"activity_id": value.activity.id}, select_in=self.meetings)

    def edit_attendance(self) -> None:
        value: MeetingOverview | None = self.meetings.selected_value()
        if value is not None:
            self.open_attendance(value.meeting.id)

    def open_attendance(self, meeting_id: int) -> None:
        if self.context is None:
            return
        from vgg_desktop.gui.attendance_dialog import open_attendance

        open_attendance(self.window(), self.context, meeting_id)
        self.focus_table()

    def extra_enabled(self, action: QAction, value: Any | None) -> bool:
        if action is self.add_meeting_action:
            return self.table.selected_value() is not None
        if action is self.attendance_action:
            return self.current_section() is self.meetings and value is not None
        return super().extra_enabled(action, value)

    def _follow_link(self, action: str, entity: str, record_id: int) -> None:
        if action == "attendance" and entity == "meeting":
            self.open_attendance(record_id)
            return
        super()._follow_link(action, entity, record_id)

    def edit_plan(self) -> None:
        plan = self.chosen_plan()
        if plan is not None:
            self.open_form("year_plan", plan, None)

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        if section is self.meetings:
            return self._describe_meeting(value, services)
        overview: ActivityOverview = value
        activity = overview.activity
        subtitle = overview.owner
        if activity.carried_over_from is not None:
            subtitle = f"{subtitle} \u00b7 {continued_from(activity.carried_over_from)}"
        details = Details(activity.title, subtitle)
        details.section(self.tr("Goal"))
        details.paragraph(activity.goal)
        details.section(self.tr("Results"))
        details.items(list(activity.results), empty=self.tr("None."))
        if overview.partners:
            details.section(self.tr("Partner organisations"))
            details.items(list(overview.partners))
        self._describe_half(details, self.tr("First half-year"), activity.first_half_status, activity.first_half_progress)
        self._describe_half(details, self.tr("Second half-year"), activity.second_half_status, activity.second_half_progress)
        details.section(self.tr("Meetings"))
        plan = self.chosen_plan()
        # Read for the one activity shown: the table itself carries only the counts.
        own = services.meeting_overviews.for_activities(
            [activity], plan.year if plan else self.reference_date().year, self.reference_date()).get(activity.id)
        if own is not None and own.count.target is not None:
            details.paragraph(count_text(own.count))
            details.paragraph(count_tip(own.count), muted=True)
            if activity.meeting_target_as_written:
                details.paragraph(self.tr("In the year plan: '%1'").replace("%1", activity.meeting_target_as_written),
                                  muted=True)
        details.linked_items(
            [(self._meeting_line(item), [(self.tr("change"), link("edit", "meeting", item.meeting.id)),
                                         (self.tr("attendance"), link("attendance", "meeting", item.meeting.id)),
                                         (self.tr("delete"), link("delete", "meeting", item.meeting.id))])
             for item in (own.meetings if own is not None else ())],
            empty=self.tr("None recorded."),
        )
        if own is not None and own.with_attendance:
            details.section(self.tr("Attendance (meetings with attendance recorded: %1)").replace("%1", str(own.with_attendance)))
            details.items([self.tr("%1: present at %2 of %3").replace("%1", name).replace("%2", str(present))
                           .replace("%3", str(own.with_attendance)) for name, present in own.presence])
        return details

    def _meeting_line(self, item: MeetingOverview) -> str:
        meeting = item.meeting
        parts = [f"{format_date(meeting.date)}: {meeting.title} ({meeting.status.label.lower()})"]
        attendance = attendance_text(item.attendance)
        if attendance:
            parts.append(attendance)
        return ", ".join(parts)

    def _describe_meeting(self, item: MeetingOverview, services: Services) -> Details:
        meeting = item.meeting
        details = Details(meeting.title, f"{meeting.kind.label}, {format_date(meeting.date)}")
        details.fields([
            (self.tr("Status"), meeting.status.label),
            (self.tr("Activity"), item.activity),
            (self.tr("Theme"), meeting.theme),
            (self.tr("Location"), meeting.location),
        ])
        if item.is_overdue:
            details.paragraph(self.tr("The date has passed: record whether the meeting was held or cancelled."))
        if meeting.notes:
            details.section(self.tr("Notes"))
            details.paragraph(meeting.notes)
        sheet = services.meeting_overviews.attendance(meeting.id)
        details.section(self.tr("Attendance"))
        summary = attendance_text(sheet.summary)
        details.linked_items([(summary or self.tr("No attendance recorded yet"),
                               [(self.tr("record"), link("attendance", "meeting", meeting.id))])])
        recorded = [line for line in sheet.lines if line.record is not None]
        labels = {AttendanceStatus.PRESENT: self.tr("present"), AttendanceStatus.ABSENT: self.tr("absent"),
                  AttendanceStatus.EXCUSED: self.tr("excused")}
        details.items([
            f"{line.municipality}: {labels[line.record.status]}"
            + (f" ({line.record.represented_by})" if line.record.represented_by else "")
            for line in recorded if line.record is not None
        ])
        missing = [line.municipality for line in sheet.lines if line.record is None and line.is_member]
        if recorded and missing:
            details.paragraph(self.tr("Not recorded: %1").replace("%1", ", ".join(missing)), muted=True)
        return details

    def _describe_half(self, details: Details, title: str, status: ProgressStatus, progress: str | None) -> None:
        # What was reported leads; a half-year with nothing reported says so in grey, not as a status.
        if status == ProgressStatus.NOT_REPORTED:
            details.section(title)
            details.paragraph(progress)
            details.paragraph(self.tr("Nothing reported yet."), muted=True)
            return
        details.section(self.tr("%1: %2").replace("%1", title).replace("%2", status.label))
        details.paragraph(progress or self.tr("No progress recorded."), muted=not progress)
