"""Bureau: the staff with their engagement today; ending contracts stand out.

The detail pane is the only place that shows a member's sick leave (health data under the AVG).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.models.staff import StaffModel, StaffRow, employment_function, staff_rows
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.board_tab import period_text
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vgg_desktop.domain.entities import Employment
    from vgg_desktop.services.catalog import Services


class StaffTab(RecordTab):
    NAME = "staff"
    DEPENDS_ON = frozenset({"staff_member", "employment", "absence"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.model = StaffModel(self)
        self.table = self.add_section(TableSection(
            "staff", "staff_member", self.model, self, record_of=lambda value: value.overview.member,
            widths={StaffModel.NAME: 24, StaffModel.FUNCTION: 44, StaffModel.CONTRACT_KIND: 20,
                    StaffModel.THROUGH: 20, StaffModel.START: 11},
        ))
        self.add_action(self.tr("Add &employment..."),
                        self.tr("Add an employment (function, kind of contract, dates) for the selected staff member"),
                        self.add_employment)
        self.add_action(self.tr("Report &sick..."),
                        self.tr("Record sick leave (dates only) for the selected staff member"),
                        self.add_absence)
        self.finish_layout(self.table.view)

    def title(self) -> str:
        return self.tr("Bureau")

    def load(self, services: Services) -> None:
        self.model.set_rows(staff_rows(services.overviews.staff(), date.today()))

    def _member_id(self) -> int | None:
        value: StaffRow | None = self.table.selected_value()
        return value.overview.member.id if value else None

    def add_employment(self) -> None:
        member_id = self._member_id()
        if member_id is not None:
            self.open_form("employment", None, {"staff_member_id": member_id})

    def add_absence(self) -> None:
        member_id = self._member_id()
        if member_id is not None:
            self.open_form("absence", None, {"staff_member_id": member_id, "start_date": date.today()})

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        row: StaffRow = value
        member = row.overview.member
        details = Details(member.display_name, employment_function(row.employment))
        details.fields([
            (self.tr("E-mail"), member.email),
            (self.tr("Phone"), member.phone),
        ])
        if member.notes:
            details.paragraph(member.notes)
        if row.ends_soon and row.employment and row.employment.end_date:
            details.paragraph(self.tr("The contract ends on %1.").replace("%1", format_date(row.employment.end_date)))
        details.section(self.tr("Employments"))
        details.linked_items(
            [(self._employment_text(item), [(self.tr("change"), link("edit", "employment", item.id)),
                                            (self.tr("delete"), link("delete", "employment", item.id))])
             for item in row.overview.employments],
            empty=self.tr("No employment recorded."),
        )
        details.section(self.tr("Sick leave"))
        absences = services.absences.list(staff_member_id=member.id)
        details.linked_items(
            [(period_text(item.start_date, item.end_date, ""), [(self.tr("change"), link("edit", "absence", item.id)),
                                                                (self.tr("delete"), link("delete", "absence", item.id))])
             for item in absences],
            empty=self.tr("None recorded."),
        )
        details.paragraph(self.tr("Sick leave is health data: it is shown only here and is never exported."), muted=True)
        return details

    def _employment_text(self, item: Employment) -> str:
        parts = [employment_function(item) or self.tr("(no function)")]
        if item.contract_kind:
            parts.append(item.contract_kind.label.lower())
        if item.through:
            parts.append(self.tr("through %1").replace("%1", item.through))
        parts.append(period_text(item.start_date, item.end_date, self.tr("dates unknown")))
        return ", ".join(parts)
