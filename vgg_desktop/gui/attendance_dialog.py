"""Aanwezigheid: which member municipalities were represented at a meeting, and by whom.

One line per municipality that was a member on the meeting's date: present, absent, excused, or not
recorded, and optionally who came on its behalf. Saving records all of it as one undoable step; when
someone else changed the meeting meanwhile, nothing is saved and the dialog says so, keeping the input.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.enums import AttendanceStatus
from vgg_desktop.domain.meetings import summarise_attendance
from vgg_desktop.gui.models.meetings import attendance_text
from vgg_desktop.services.errors import ConflictError, NotFoundError, RuleViolation, StorageError, ValidationError
from vgg_desktop.services.meetings import AttendanceEntry

if TYPE_CHECKING:
    from vgg_desktop.gui.editing.context import EditContext
    from vgg_desktop.services.meetings import AttendanceSheet


class AttendanceDialog(QDialog):
    """After Save, `saved` holds the meeting as stored now."""

    def __init__(self, parent: QWidget | None, context: EditContext, sheet: AttendanceSheet) -> None:
        super().__init__(parent)
        self.setObjectName("attendance_dialog")
        self.context = context
        self.sheet = sheet
        self.saved: object | None = None
        meeting = sheet.meeting
        self.setWindowTitle(self.tr("Attendance – %1 %2").replace("%1", format_date(meeting.date)).replace("%2", meeting.title))

        intro = QLabel(self.tr("Which member municipalities were represented at this meeting? "
                               "Leave a municipality on 'not recorded' when you do not know."), self)
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("attendance_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #fdecea; border: 1px solid #e6b0aa; border-radius: 4px; padding: 6px; }")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, text in enumerate((self.tr("Municipality"), self.tr("Attendance"), self.tr("On behalf of the municipality"))):
            header = QLabel(f"<b>{text}</b>", grid_host)
            grid.addWidget(header, 0, column)
        self.status_boxes: dict[int, QComboBox] = {}
        self.name_fields: dict[int, QLineEdit] = {}
        choices = [(self.tr("(not recorded)"), None), *((status.label, status) for status in AttendanceStatus)]
        for row, line in enumerate(sheet.lines, start=1):
            name = line.municipality if line.is_member else self.tr("%1 (not a member then)").replace("%1", line.municipality)
            label = QLabel(name, grid_host)
            box = QComboBox(grid_host)
            box.setObjectName(f"attendance_status_{line.municipality_id}")
            for text, status in choices:
                box.addItem(text, status)
            field = QLineEdit(grid_host)
            field.setObjectName(f"attendance_by_{line.municipality_id}")
            field.setPlaceholderText(self.tr("e.g. wethouder J. Jansen"))
            field.setMaxLength(200)
            label.setBuddy(box)
            if line.record is not None:
                box.setCurrentIndex(box.findData(line.record.status))
                field.setText(line.record.represented_by or "")
            box.currentIndexChanged.connect(self._update_summary)
            grid.addWidget(label, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(field, row, 2)
            self.status_boxes[line.municipality_id] = box
            self.name_fields[line.municipality_id] = field
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(grid_host)

        self.summary = QLabel(self)
        self.summary.setObjectName("attendance_summary")
        self.all_present = QPushButton(self.tr("Mark the others &present"), self)
        self.all_present.setObjectName("attendance_all_present")
        self.all_present.setToolTip(self.tr("Every municipality still on 'not recorded' becomes present"))
        self.all_present.setAutoDefault(False)
        self.all_present.clicked.connect(self._mark_others_present)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.all_present)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        layout.addWidget(self.buttons)
        self._initial = self.entries()
        self._update_summary()
        self.resize(max(self.sizeHint().width(), 620), min(self.sizeHint().height() + 40, 640))
        if self.status_boxes:
            next(iter(self.status_boxes.values())).setFocus()

    def entries(self) -> tuple[AttendanceEntry, ...]:
        """What the dialog holds now: one entry per municipality with something recorded."""
        found = []
        for municipality_id, box in self.status_boxes.items():
            status = box.currentData()
            if status is not None:
                found.append(AttendanceEntry(municipality_id, status, self.name_fields[municipality_id].text().strip() or None))
        return tuple(found)

    def set_status(self, municipality_id: int, status: AttendanceStatus | None) -> None:
        box = self.status_boxes[municipality_id]
        box.setCurrentIndex(box.findData(status))

    def _mark_others_present(self) -> None:
        for box in self.status_boxes.values():
            if box.currentData() is None:
                box.setCurrentIndex(box.findData(AttendanceStatus.PRESENT))

    def _update_summary(self) -> None:
        members = sum(line.is_member for line in self.sheet.lines)
        summary = summarise_attendance((entry.status for entry in self.entries() if entry.status is not None), members)
        self.summary.setText(attendance_text(summary) or self.tr("No attendance recorded yet"))

    def accept(self) -> None:
        entries = self.entries()
        if entries == self._initial:
            super().accept()
            return
        try:
            self.saved = self.context.commands.record_attendance(self.sheet.meeting, entries)
        except ConflictError as error:
            self._show(error.message + "\n\n" + self.tr(
                "Close this window and open the attendance again to see what is stored now; "
                "copy your changes before you close it."))
            return
        except (ValidationError, RuleViolation, NotFoundError, StorageError) as error:
            self._show(self.tr("Nothing has been saved.") + "\n" + error.message)
            return
        super().accept()

    def reject(self) -> None:
        if self.entries() != self._initial:
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"),
                self.tr("You have made changes that have not been saved. Close the form and discard them?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()

    def _show(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def open_attendance(parent: QWidget | None, context: EditContext, meeting_id: int) -> object | None:
    """Shows the attendance of a meeting modally; returns the meeting as stored after Save, None after Cancel."""
    try:
        sheet = context.services.meeting_overviews.attendance(meeting_id)
    except (NotFoundError, StorageError) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("AttendanceDialog", "Attendance"), error.message)
        return None
    dialog = AttendanceDialog(parent, context, sheet)
    try:
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
