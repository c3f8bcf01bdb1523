"""Activiteiten: the activities of one year's plan, by owning body, with progress per half-year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.gui.models.activities import ActivityModel
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import YearPlan
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.overviews import ActivityOverview


class ActivitiesTab(RecordTab):
    NAME = "activities"
    DEPENDS_ON = frozenset({"activity", "year_plan", "meeting", "portfolio", "consultation", "partner"})

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
        self.model = ActivityModel(self)
        self.table = self.add_section(TableSection(
            "activities", "activity", self.model, self, record_of=lambda value: value.activity,
            widths={ActivityModel.OWNER: 36, ActivityModel.TITLE: 34, ActivityModel.FIRST_STATUS: 24,
                    ActivityModel.SECOND_STATUS: 24, ActivityModel.GOAL: 30, ActivityModel.RESULTS: 30,
                    ActivityModel.FIRST_PROGRESS: 30, ActivityModel.SECOND_PROGRESS: 30},
        ))
        self.add_action(self.tr("Add &meeting..."),
                        self.tr("Record a meeting or event that counts toward the selected activity"),
                        self.add_meeting)
        self.plan_action = self.add_action(self.tr("Edit &year plan..."),
                                           self.tr("Change the chosen year plan: adoption, introduction, vision"),
                                           self.edit_plan, needs_selection=False)
        self.setTabOrder(self.year, self.search)
        self.finish_layout(self.table.view)
        self.year.currentIndexChanged.connect(lambda _index: self.reload())

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
        self.model.set_rows(services.overviews.activities(plan.year) if plan else ())

    def add_defaults(self, section: TableSection) -> dict[str, Any] | None:
        plan = self.chosen_plan()
        return {"year_plan_id": plan.id} if plan else None

    def can_add(self) -> bool:
        return super().can_add() and self.chosen_plan() is not None

    def add_meeting(self) -> None:
        value: ActivityOverview | None = self.table.selected_value()
        if value is not None:
            self.open_form("meeting", None, {"activity_id": value.activity.id})

    def edit_plan(self) -> None:
        plan = self.chosen_plan()
        if plan is not None:
            self.open_form("year_plan", plan, None)

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        overview: ActivityOverview = value
        activity = overview.activity
        details = Details(activity.title, overview.owner)
        details.section(self.tr("Goal"))
        details.paragraph(activity.goal)
        details.section(self.tr("Results"))
        details.items(list(activity.results), empty=self.tr("None."))
        if overview.partners:
            details.section(self.tr("Partner organisations"))
            details.items(list(overview.partners))
        self._describe_half(details, self.tr("First half-year"), activity.first_half_status, activity.first_half_progress)
        self._describe_half(details, self.tr("Second half-year"), activity.second_half_status, activity.second_half_progress)
        meetings = services.meetings.list(activity_id=activity.id)
        details.section(self.tr("Meetings"))
        details.linked_items(
            [(f"{format_date(item.date)}: {item.title}", [(self.tr("change"), link("edit", "meeting", item.id)),
                                                          (self.tr("delete"), link("delete", "meeting", item.id))])
             for item in meetings],
            empty=self.tr("None recorded."),
        )
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
