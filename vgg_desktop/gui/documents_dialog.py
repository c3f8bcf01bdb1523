"""Bestand > Voortgangsrapportage... and Bestand > Jaarplan als document...: the year's Word documents.

Asks the year (and for the progress report the half), where to save, and writes the document with the
template chosen under Bestand > Instellingen (or the shipped one). When the chosen template cannot be
used, the user reads why and may use the shipped template instead; nothing is written otherwise.
Writing takes well under a second, so it runs on the GUI thread behind a wait cursor.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.export import ExportError
from vgg_desktop.export.documents import DocumentResult, write_plan_document, write_progress_report
from vgg_desktop.export.templates import DocumentKind, TemplateError, shipped_template
from vgg_desktop.gui.widgets.error_look import ERROR_STYLE
from vgg_desktop.services.documents import build_plan_document, build_progress_report

if TYPE_CHECKING:
    from vgg_desktop.gui.settings import Settings
    from vgg_desktop.services.catalog import Services



def default_document_name(kind: DocumentKind, year: int, half: int | None) -> str:
    if kind is DocumentKind.PROGRESS_REPORT:
        return f"Voortgangsrapportage VGG {year} {'eerste' if half == 1 else 'tweede'} halfjaar.docx"
    return f"Jaarplan VGG {year}.docx"


def report_due(today: date) -> tuple[int, int]:
    """The half year whose report is being written around `today`: the mid-year report from April to September,
    the year-end report from October to March (of the year before, in its first quarter)."""
    if today.month <= 3:
        return today.year - 1, 2
    return (today.year, 1) if today.month <= 9 else (today.year, 2)


class DocumentDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services, settings: Settings, kind: DocumentKind,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._services = services
        self._settings = settings
        self._result: DocumentResult | None = None
        today = today or date.today()
        progress = kind is DocumentKind.PROGRESS_REPORT
        self.setObjectName("progress_report_dialog" if progress else "plan_document_dialog")
        self.setWindowTitle(self.tr("Progress report") if progress else self.tr("Year plan as a document"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr("Writes the progress report on a half year to a Word document: a summary, then every activity "
                    "with its goal, results, status and progress.") if progress else
            self.tr("Writes the whole year plan from the data to a Word document: introduction, vision and core "
                    "values, the organisation and the activities."), self)
        intro.setWordWrap(True)

        self.year_box = QComboBox(self)
        self.year_box.setObjectName("document_year")
        years = sorted((plan.year for plan in services.overviews.year_plans()), reverse=True)
        for year in years:
            self.year_box.addItem(str(year), year)
        self.half_box = QComboBox(self)
        self.half_box.setObjectName("document_half")
        self.half_box.addItem(self.tr("First half year"), 1)
        self.half_box.addItem(self.tr("Second half year"), 2)
        default_year, default_half = report_due(today) if progress else (today.year, 1)
        if default_year in years:
            self.year_box.setCurrentIndex(years.index(default_year))
            self.half_box.setCurrentIndex(default_half - 1)

        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("document_path")
        self.path_edit.textChanged.connect(self._update_buttons)
        self.path_edit.textChanged.connect(self.path_edit.setToolTip)
        self.path_edit.textEdited.connect(lambda: self._show_after(None))
        self.browse_button = QPushButton(self.tr("&Browse..."), self)
        self.browse_button.clicked.connect(self.choose_file)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.template_label = QLabel(self)
        self.template_label.setObjectName("document_template")
        self.template_label.setWordWrap(True)
        self.template_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        year_label = QLabel(self.tr("&Year plan:"), self)
        year_label.setBuddy(self.year_box)
        form.addRow(year_label, self.year_box)
        if progress:
            half_label = QLabel(self.tr("&Half year:"), self)
            half_label.setBuddy(self.half_box)
            form.addRow(half_label, self.half_box)
        else:
            self.half_box.hide()
        path_label = QLabel(self.tr("&Save as:"), self)
        path_label.setBuddy(self.path_edit)
        form.addRow(path_label, path_row)
        form.addRow(self.tr("Template:"), self.template_label)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("document_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file_button = QPushButton(self.tr("&Open document"), self)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self.tr("Open &folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.after_row = QFrame(self)
        after_layout = QHBoxLayout(self.after_row)
        after_layout.setContentsMargins(0, 0, 0, 0)
        after_layout.addWidget(self.open_file_button)
        after_layout.addWidget(self.open_folder_button)
        after_layout.addStretch(1)
        self._show_after(None)

        self.buttons = QDialogButtonBox(self)
        self.write_button = self.buttons.addButton(self.tr("&Write document"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.write_button.setObjectName("write_button")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addWidget(self.after_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if not years:
            self.status_label.setStyleSheet(ERROR_STYLE)
            self.status_label.setText(self.tr("This database has no year plan yet."))
        self._default_name = self._name()
        self.path_edit.setText(str(self._start_folder() / self._default_name))
        self.year_box.currentIndexChanged.connect(self._choice_changed)
        self.half_box.currentIndexChanged.connect(self._choice_changed)
        self._show_template()
        self._update_buttons()

    # --- what the user chose ------------------------------------------------------------------

    def year(self) -> int | None:
        value = self.year_box.currentData()
        return int(value) if value is not None else None

    def half(self) -> int:
        return int(self.half_box.currentData())

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        # Word opens a .docx by any name, but the bureau finds it back by its extension: always .docx.
        return path if path.suffix.lower() == ".docx" else path.with_name(path.name + ".docx")

    def template(self) -> Path | None:
        chosen = self._settings.document_template(self.kind.value)
        return Path(chosen) if chosen else None

    def _name(self) -> str:
        year = self.year()
        return default_document_name(self.kind, year, self.half()) if year is not None else ""

    def _start_folder(self) -> Path:
        remembered = self._settings.documents_folder()
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _choice_changed(self) -> None:
        # The name follows the year and half, until the user has typed a name of their own.
        new_name = self._name()
        target = self.target()
        if target is not None and target.name == self._default_name:
            self.path_edit.setText(str(target.with_name(new_name)))
        self._default_name = new_name
        self._show_after(None)

    def _show_template(self) -> None:
        template = self.template()
        self.template_label.setText(
            str(template) if template else self.tr("the shipped template (change it under File > Settings)"))

    def choose_file(self) -> None:
        target = self.target()
        start = str(target) if target is not None else str(self._start_folder() / self._default_name)
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save document as"), start,
                                                      self.tr("Word document (*.docx)"))
        if chosen:
            self.path_edit.setText(chosen)
            self._show_after(None)
            self.status_label.clear()

    def _update_buttons(self) -> None:
        self.write_button.setEnabled(self.year() is not None and bool(self.path_edit.text().strip()))

    # --- writing ------------------------------------------------------------------------------

    def write(self) -> bool:
        """Writes the document; True when it was saved."""
        target, year = self.target(), self.year()
        if target is None or year is None:
            return False
        if target.exists() and not self.confirm_replace(target):
            return False
        template = self.template()
        try:
            result = self._write(year, target, template)
        except TemplateError as error:
            if template is None or not self.use_shipped_template(error):
                self._failed(error.message)
                return False
            try:
                result = self._write(year, target, shipped_template(self.kind))
            except (TemplateError, ExportError) as second:
                self._failed(second.message)
                return False
        except ExportError as error:
            self._failed(error.message)
            return False
        self._result = result
        self._settings.set_documents_folder(str(result.path.parent))
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("The document has been saved as %1.").replace("%1", str(result.path)))
        self._show_after(True)
        self.open_file_button.setFocus()
        return True

    def _write(self, year: int, target: Path, template: Path | None) -> DocumentResult:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.kind is DocumentKind.PROGRESS_REPORT:
                return write_progress_report(build_progress_report(self._services, year, self.half()), target, template)
            return write_plan_document(build_plan_document(self._services, year), target, template)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Replace file?"),
            self.tr("%1 already exists. Replace it with the new document?").replace("%1", target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def use_shipped_template(self, error: TemplateError) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Template cannot be used"),
            error.message + "\n\n" + self.tr("Write the document with the shipped template instead?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, message: str) -> None:
        self._result = None
        self.status_label.setStyleSheet(ERROR_STYLE)
        self.status_label.setText(message)
        self._show_after(None)

    def _show_after(self, succeeded: bool | None) -> None:
        self.after_row.setVisible(succeeded is True)

    def open_file(self) -> None:
        if self._result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.path)))

    def open_folder(self) -> None:
        if self._result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._result.path.parent)))
