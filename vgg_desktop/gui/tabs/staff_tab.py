"""Bureau: the staff with their engagement today; ending contracts stand out.

The detail pane is the only place that shows a member's sick leave (health data under the AVG).
Former staff who left more than two years ago are flagged, and removed together in one undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout

from vgg_desktop.domain.dates import add_months, format_date
from vgg_desktop.gui.models.staff import StaffModel, StaffRow, employment_function, removal_reason, staff_rows
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.board_tab import period_text
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link
from vgg_desktop.gui.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vgg_desktop.domain.entities import Employment
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.retention import RetentionCandidate

# 'Later herinneren' hides the retention notice this long; the removal itself stays at hand meanwhile.
POSTPONE_MONTHS = 1
# The notice names this many former staff at most (the last place says how many more).
NAMES_SHOWN = 4


class StaffTab(RecordTab):
    NAME = "staff"
    DEPENDS_ON = frozenset({"staff_member", "employment", "absence"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        # Which day counts as today: for contracts that end, and for the retention period.
        self.today: Callable[[], date] = date.today
        self.due: tuple[RetentionCandidate, ...] = ()
        self._database = ""  # the open database's identity, for what is remembered per database
        self.model = StaffModel(self)
        self.table = self.add_section(TableSection(
            "staff", "staff_member", self.model, self, record_of=lambda value: value.overview.member,
        ))
        # False when the database user lacks the personnel role (PostgreSQL): names and functions only.
        self.personnel_details = True
        self.personnel_actions = (
            self.add_action(self.tr("Add &employment..."),
                            self.tr("Add an employment (function, kind of contract, dates) for the selected staff member"),
                            self.add_employment),
            self.add_action(self.tr("Report &sick..."),
                            self.tr("Record sick leave (dates only) for the selected staff member"),
                            self.add_absence),
        )
        self.finish_layout(self.table.view)
        self._add_removal_notice()
        self._add_personnel_note()

    def _add_removal_notice(self) -> None:
        """A bar above the table while former staff are due for removal, with the button that removes them.

        The action also sits in the table's context menu, like the tab's other actions; it is not a
        fourth button in the top bar, which would make the window wider than a small screen.
        """
        action = QAction(self.tr("Remove f&ormer staff..."), self)
        tip = self.tr("Remove the personal data of staff who left more than two years ago (AVG); shows who first")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setProperty("needs_selection", False)
        action.triggered.connect(self.remove_former_staff)
        self.extra_actions.append(action)
        self.remove_former_action = action
        self.removal_notice = NoticeBar(action, self)
        self.removal_notice.setObjectName("staff_removal_notice")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.splitter), self.removal_notice)
        postpone = QAction(self.tr("Remind me &later"), self)
        postpone.setObjectName("retention_postpone")
        postpone.setToolTip(self.tr("Hide this notice for a month, for this database only; "
                                    "it comes back sooner when someone else becomes due"))
        postpone.triggered.connect(self.postpone_removal_notice)
        self.postpone_action = postpone
        self.postpone_button = self.removal_notice.add_button(postpone)
        self.setTabOrder(self.search, self.removal_notice.button)
        self.setTabOrder(self.removal_notice.button, self.postpone_button)
        self.setTabOrder(self.postpone_button, self.table.view)

    def _add_personnel_note(self) -> None:
        """A quiet line above the table for users who see names and functions only."""
        self.personnel_note = QLabel(self.tr(
            "You see the names and functions of the bureau's staff. Employments and sick leave are for "
            "personnel staff only; ask the administrator of the database server if you need them."), self)
        self.personnel_note.setObjectName("staff_personnel_note")
        self.personnel_note.setWordWrap(True)
        self.personnel_note.setTextFormat(Qt.TextFormat.PlainText)
        self.personnel_note.setContentsMargins(6, 4, 6, 4)
        self.personnel_note.setStyleSheet("QLabel { color: #555555; }")
        self.personnel_note.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.splitter), self.personnel_note)

    def title(self) -> str:
        return self.tr("Bureau")

    def load(self, services: Services) -> None:
        page = services.staff_page(self.today())
        self.due = page.due
        staff = page.staff
        self.personnel_details = all(item.personnel_details for item in staff)
        self.personnel_note.setVisible(not self.personnel_details)
        # Set on every load, so a column state saved by a user with other rights never hides or shows the wrong ones.
        for column in (StaffModel.CONTRACT_KIND, StaffModel.THROUGH, StaffModel.START, StaffModel.END, StaffModel.RETENTION):
            self.table.view.setColumnHidden(column, not self.personnel_details)
        self.model.set_rows(staff_rows(staff, page.rule, self.due))
        self._database = services.identity
        self.removal_notice.show_notice("" if self.removal_postponed() else self._removal_notice_text(self.due))

    def removal_postponed(self) -> bool:
        """True while the user asked to be reminded later and nobody new has become due since."""
        postponed = self._settings.retention_postponed(self._database) if self._database else None
        if postponed is None:
            return False
        until, members = postponed
        return self.today() < until and {candidate.member.id for candidate in self.due} <= members

    def postpone_removal_notice(self) -> None:
        """'Later herinneren': the notice waits a month, for this database; the action stays in the context menu."""
        if not self._database or not self.due:
            return
        until = add_months(self.today(), POSTPONE_MONTHS)
        self._settings.postpone_retention(self._database, until, frozenset(candidate.member.id for candidate in self.due))
        self.removal_notice.show_notice("")
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr(
                "You will be reminded again on %1. 'Remove former staff...' stays under the right mouse button in the table."
            ).replace("%1", format_date(until)), 15_000)
        self.focus_table()

    def _removal_notice_text(self, due: tuple[RetentionCandidate, ...]) -> str:
        """Who, why, what removing does, and that it can be undone: enough to decide without looking it up."""
        if not due:
            return ""
        if len(due) == 1:
            who = self.tr("%1 left more than two years ago (on %2).").replace(
                "%1", due[0].member.display_name).replace("%2", format_date(due[0].left_on))
        else:
            who = self.tr("%1 former staff members left more than two years ago: %2.").replace(
                "%1", str(len(due))).replace("%2", self._names(due))
        why = self.tr("The AVG allows personal data to be kept only as long as it is needed; "
                      "the bureau keeps that of former staff for two years.")
        what = self.tr("Removing deletes their personal data, employments and sick leave (projects stay); "
                       "you see who first, and you can undo it with Ctrl+Z.")
        return " ".join((who, why, what))

    def _names(self, due: tuple[RetentionCandidate, ...]) -> str:
        names = [candidate.member.display_name for candidate in due]
        if len(names) > NAMES_SHOWN:
            rest = len(names) - NAMES_SHOWN + 1
            names = [*names[:NAMES_SHOWN - 1], self.tr("%1 others").replace("%1", str(rest))]
        return self.tr("%1 and %2").replace("%1", ", ".join(names[:-1])).replace("%2", names[-1])

    def extra_enabled(self, action: QAction, value: Any | None) -> bool:
        if action in self.personnel_actions and not self.personnel_details:
            return False
        return super().extra_enabled(action, value)

    def extra_available(self, action: QAction) -> bool:
        if action is self.remove_former_action:
            return bool(self.due)
        return super().extra_available(action)

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
            self.open_form("absence", None, {"staff_member_id": member_id, "start_date": self.today()})

    def remove_former_staff(self) -> None:
        """Shows who is due for removal; the dialog removes the ticked ones as one undoable step."""
        context = self.context
        if context is None:
            return
        from vgg_desktop.gui.retention_dialog import RetentionDialog

        dialog = RetentionDialog(self.window(), context, self.today())
        dialog.exec()
        if dialog.reread:
            # A refused removal showed that the stored data changed; the table should show it too.
            self.reload()
        dialog.deleteLater()
        self.focus_table()

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        row: StaffRow = value
        member = row.overview.member
        details = Details(member.display_name, employment_function(row.employment) or row.overview.function or "")
        details.fields([
            (self.tr("E-mail"), member.email),
            (self.tr("Phone"), member.phone),
        ])
        if member.notes:
            details.paragraph(member.notes)
        if row.ends_soon and row.employment and row.employment.end_date:
            details.paragraph(self.tr("The contract ends on %1.").replace("%1", format_date(row.employment.end_date)))
        if not row.overview.personnel_details:
            details.paragraph(self.tr("Employments and sick leave are for personnel staff only."), muted=True)
            return details
        if row.removal is not None:
            details.section(self.tr("Retention period expired: remove (AVG)"))
            details.paragraph(" ".join(part for part in (
                removal_reason(row.removal),
                self.tr("Still listed on: %1.").replace("%1", ", ".join(row.removal.projects)) if row.removal.projects else "",
                self.tr("Use 'Remove former staff...' above the table, or under the right mouse button in the table."),
            ) if part))
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
