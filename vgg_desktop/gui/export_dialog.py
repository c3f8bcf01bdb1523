"""Bestand > Exporteren...: the Excel workbook for a board meeting.

Asks the meeting date, the overviews and where to save; builds and writes the workbook on a worker
thread (the services open their own short sessions there), shows progress, and then offers to open
the file or its folder. A file that cannot be written (open in Excel, a missing folder, a full disk)
gets the export layer's Dutch message and a button to pick another name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop import paths
from vgg_desktop.export import ExportError, ExportResult, write_meeting_workbook
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.widgets.error_look import ERROR_STYLE
from vgg_desktop.services.reports import ALL_PARTS, Part, build_meeting_report, default_file_name

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services

FOLDER_KEY = "export/folder"
BUILD_SHARE = 60  # of the progress bar; the rest is writing the file


class ExportWorker(QObject):
    """Builds the report and writes the file, on the worker thread it is moved to."""

    progressed = Signal(int, str)       # percent, phase
    succeeded = Signal(object)          # ExportResult
    failed = Signal(str, bool)          # Dutch message, whether another file name is a way out

    def __init__(self, services: Services, meeting_date: date, parts: tuple[Part, ...], target: Path) -> None:
        super().__init__()
        self._services = services
        self._meeting_date = meeting_date
        self._parts = parts
        self._target = target

    @Slot()
    def run(self) -> None:
        try:
            report = build_meeting_report(
                self._services, self._meeting_date, self._parts,
                progress=lambda done, total, _text: self.progressed.emit(BUILD_SHARE * done // max(total, 1), "build"),
            )
            result = write_meeting_workbook(
                report, self._target,
                progress=lambda done, total, _text: self.progressed.emit(
                    BUILD_SHARE + (100 - BUILD_SHARE) * done // max(total, 1), "write"),
            )
        except ExportError as error:
            self.failed.emit(error.message, error.another_name_helps)
        except Exception as error:  # a worker thread must always report back
            # Storage and domain errors carry a Dutch message; anything else is shown as it is.
            self.failed.emit(getattr(error, "message", None) or f"{type(error).__name__}: {error}", False)
        else:
            self.succeeded.emit(result)


class ExportDialog(QDialog):
    export_finished = Signal(bool)  # True when the file was written

    def __init__(self, parent: QWidget | None, services: Services, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export overviews"))
        self.setMinimumWidth(560)
        self._services = services
        self._settings = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                               paths.APP_AUTHOR, paths.APP_NAME)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._result: ExportResult | None = None
        self._confirmed: Path | None = None  # chosen in the file dialog, which already asked about replacing

        intro = QLabel(self.tr("Writes the overviews for a board meeting to an Excel workbook, ready to print on A4."),
                       self)
        intro.setWordWrap(True)

        # The same field as in the forms: typed dd-mm-jjjj counts, and what is not a date is said, never ignored.
        self.date_edit = DateField(self)
        self.date_edit.setObjectName("meeting_date")
        self.date_edit.line_edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.date_edit.set_date(date.today())
        self.date_edit.setToolTip(self.tr("The day of the meeting; contracts that end soon after it are marked (period: View > Period for 'ends soon')"))

        self.part_boxes: dict[Part, QCheckBox] = {}
        parts_box = QGroupBox(self.tr("Overviews"), self)
        parts_layout = QVBoxLayout(parts_box)
        labels = {
            Part.BOARD: self.tr("&Board: seats, holders and vacancies"),
            Part.PORTFOLIOS: self.tr("&Portfolios, VNG committees and consultations"),
            Part.CONSULTATIONS: self.tr("&Consultations: chair, preparation and partners"),
            Part.STAFF: self.tr("Bureau s&taff and their contracts"),
            Part.PROJECTS: self.tr("Pro&jects and secondments: who works on them, until when"),
            Part.INVOICES: self.tr("Outstanding &invoices per municipality, with totals"),
            Part.ACTIVITIES: self.tr("&Activities of the year plan"),
            Part.MEETINGS: self.tr("&Meetings and events of the year, by date"),
            Part.VACANCIES: self.tr("&Vacancies: every open place"),
        }
        for part in ALL_PARTS:
            box = QCheckBox(labels[part], parts_box)
            box.setObjectName(f"part_{part.name.lower()}")
            box.setChecked(True)
            box.toggled.connect(self._update_buttons)
            self.part_boxes[part] = box
            parts_layout.addWidget(box)
        always = QLabel(self.tr("The sheet Overzicht, with the date and a list of the sheets, is always included."), parts_box)
        always.setWordWrap(True)
        parts_layout.addWidget(always)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("export_path")
        self.path_edit.textEdited.connect(self._path_edited)
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)  # the whole path, when the field is too narrow
        self.browse_button = QPushButton(self.tr("&Browse..."), self)
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        date_label = QLabel(self.tr("Meeting &date:"), self)
        date_label.setBuddy(self.date_edit)
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(date_label, self.date_edit)
        self.date_error = QLabel(self)
        self.date_error.setObjectName("meeting_date_error")
        self.date_error.setStyleSheet(ERROR_STYLE)
        self.date_error.setWordWrap(True)
        form.addRow("", self.date_error)
        self._date_error_row = form.rowCount() - 1
        self._form = form
        form.setRowVisible(self._date_error_row, False)
        form.addRow(path_label, path_row)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("export_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_file_button = QPushButton(self.tr("&Open file"), self)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.other_name_button = QPushButton(self.tr("Choose another &name..."), self)
        self.other_name_button.clicked.connect(self.choose_file)
        self.after_row = QFrame(self)
        after_layout = QHBoxLayout(self.after_row)
        after_layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_file_button, self.open_folder_button, self.other_name_button):
            after_layout.addWidget(button)
        after_layout.addStretch(1)
        self._show_after(None)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(parts_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.after_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self._default_name = default_file_name(date.today())
        self.path_edit.setText(str(self._start_folder() / self._default_name))
        self.date_edit.textChanged.connect(self._date_changed)
        self.date_edit.line_edit.editingFinished.connect(lambda: self._show_date_problem(self.date_problem()))
        self._update_buttons()

    # --- what the user chose ------------------------------------------------------------------

    def meeting_date(self) -> date | None:
        """The date typed in the field, or None while it is empty or not a date."""
        return self.date_edit.typed_date()

    def date_problem(self) -> str:
        """What is wrong with the typed meeting date, in Dutch; empty when it is a date."""
        return self.date_edit.problem(self.tr("Fill in the date of the meeting, for example 14-06-2022."))

    def chosen_parts(self) -> tuple[Part, ...]:
        return tuple(part for part, box in self.part_boxes.items() if box.isChecked())

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        # Excel will not open an .xlsx file by another name, so the extension is added, never asked for.
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _start_folder(self) -> Path:
        remembered = self._settings.value(FOLDER_KEY, "")
        if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _date_changed(self) -> None:
        # A message shown for an earlier attempt goes as soon as the field holds a date again.
        if not self.date_problem():
            self._show_date_problem("")
        self._update_buttons()
        meeting_date = self.meeting_date()
        if meeting_date is None:
            return
        # The name follows the date, until the user has typed a name of their own.
        new_name = default_file_name(meeting_date)
        target = self.target()
        if target is not None and target.name == self._default_name:
            self.path_edit.setText(str(target.with_name(new_name)))
            self._confirmed = None
        self._default_name = new_name

    def _path_edited(self) -> None:
        self._confirmed = None
        self._show_after(None)

    def choose_file(self) -> None:
        target = self.target()
        start = str(target) if target is not None else str(self._start_folder() / self._default_name)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save overview as"), start,
                                                      self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return
        self.path_edit.setText(chosen)
        self._confirmed = self.target()
        self._show_after(None)
        self.status_label.clear()

    def _update_buttons(self) -> None:
        ready = bool(self.chosen_parts()) and bool(self.path_edit.text().strip()) and not self.running
        self.export_button.setEnabled(ready)
        if not self.chosen_parts():
            self.export_button.setToolTip(self.tr("Choose at least one overview"))
        else:
            self.export_button.setToolTip("")

    # --- the export ---------------------------------------------------------------------------

    def _show_date_problem(self, text: str) -> None:
        self.date_error.setText(text)
        self._form.setRowVisible(self._date_error_row, bool(text))
        self.date_edit.line_edit.setStyleSheet("QLineEdit { border: 2px solid #b3261e; }" if text else "")

    def start_export(self) -> None:
        target = self.target()
        if self.running or target is None or not self.chosen_parts():
            return
        meeting_date = self.meeting_date()
        if meeting_date is None:
            # Never an export for another day than the one typed: say what is wrong and where.
            self._show_date_problem(self.date_problem())
            self.date_edit.setFocus()
            self.date_edit.line_edit.selectAll()
            return
        if target.exists() and target != self._confirmed and not self.confirm_replace(target):
            return
        self._result = None
        thread = QThread(self)
        thread.setObjectName("export_thread")
        worker = ExportWorker(self._services, meeting_date, self.chosen_parts(), target)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.succeeded.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._thread_finished)
        self._thread, self._worker = thread, worker
        self._set_busy(True)
        self._show_after(None)
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Reading the overviews..."))
        self.progress.setValue(0)
        thread.start()

    def confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace file?"),
            self.tr("%1 already exists. Replace it with the new overview?").replace("%1", target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(int, str)
    def _progressed(self, percent: int, phase: str) -> None:
        self.progress.setValue(percent)
        self.status_label.setText(self.tr("Reading the overviews...") if phase == "build"
                                  else self.tr("Writing the workbook..."))

    @Slot(object)
    def _succeeded(self, result: ExportResult) -> None:
        self._result = result
        self._settings.setValue(FOLDER_KEY, str(result.path.parent))
        self.progress.setValue(100)
        text = self.tr("The overview has been saved as %1.").replace("%1", str(result.path))
        if result.warning:
            text += "\n\n" + result.warning
        self.status_label.setText(text)
        self._show_after(True)
        self.open_file_button.setFocus()

    @Slot(str, bool)
    def _failed(self, message: str, another_name_helps: bool) -> None:
        self._result = None
        self.progress.setVisible(False)
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self._show_after(False if another_name_helps else None)
        if another_name_helps:
            self.other_name_button.setFocus()

    @Slot()
    def _thread_finished(self) -> None:
        thread = self._thread
        if thread is not None:
            # `finished` comes from the thread just before it ends; once it has, the worker (which has no
            # parent, so Python owns it) can go with the last reference to it, here on the GUI thread.
            thread.wait()
            thread.deleteLater()
        self._thread, self._worker = None, None
        self._set_busy(False)
        self.export_finished.emit(self._result is not None)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.date_edit, self.path_edit, self.browse_button, *self.part_boxes.values()):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy or self._result is not None)
        self._update_buttons()

    def _show_after(self, succeeded: bool | None) -> None:
        """The buttons for after an export: open (after success), another name (after a failure), or none."""
        self.open_file_button.setVisible(succeeded is True)
        self.open_folder_button.setVisible(succeeded is True)
        self.other_name_button.setVisible(succeeded is False)
        self.after_row.setVisible(succeeded is not None)

    def open_file(self) -> None:
        if self._result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.path)))

    def open_folder(self) -> None:
        if self._result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.path.parent)))

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        # The file is being replaced: the dialog waits for it rather than leave a half-done job behind.
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            return
        super().closeEvent(event)
