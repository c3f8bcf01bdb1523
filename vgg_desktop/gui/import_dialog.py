"""Bestand > Importeren...: a spreadsheet into the database, after a preview of every row.

The user picks a file (.xlsx or .csv), the sheet and what it holds; the columns are matched to fields
from their headers (Dutch or English) and can be chosen by hand, and the choice is remembered per kind
of import. The preview says per row what will be added, changed or skipped, and what is wrong. Nothing
is written until Importeren; then the whole import is one step on the undo stack and one change in the
history. A file that cannot be read is refused with the reader's Dutch message.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop import paths
from vgg_desktop.domain.tables import SourceTable, column_letter
from vgg_desktop.gui.models.import_preview import ImportPreviewModel
from vgg_desktop.gui.widgets.error_look import ERROR_STYLE
from vgg_desktop.reading.spreadsheet import Spreadsheet, open_spreadsheet
from vgg_desktop.services.errors import DomainError, StorageError
from vgg_desktop.services.importing import KINDS, ImportPreview, RowAction, normalised

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import RecordCommands
    from vgg_desktop.services.catalog import Services

FOLDER_KEY = "import/folder"
NOT_READ = -1


def mapping_key(kind: str) -> str:
    return f"import/{kind}/columns"


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, services: Services, commands: RecordCommands,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._commands = commands
        self._settings = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                               paths.APP_AUTHOR, paths.APP_NAME)
        self._spreadsheet: Spreadsheet | None = None
        self._source: SourceTable | tuple[SourceTable, ...] | None = None
        self.preview: ImportPreview | None = None
        self._mapping: dict[str, int] | None = None
        self._filling = False
        self.imported = False
        self.outcome = ""
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(900, 620)
        self._build()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Read a sheet of an Excel workbook (.xlsx) or a CSV file into the database. You see first what every "
            "row will do; nothing is stored until you click Import, and the whole import can be undone in one step."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        file_row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose..."))
        self.choose_button.clicked.connect(self.choose_file)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.choose_button)  # Alt+B chooses a file
        form.addRow(file_label, file_row)
        self.kind_combo = QComboBox()
        for name, label in self._kind_labels().items():
            self.kind_combo.addItem(label, name)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("&Contents:"), self.kind_combo)
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        form.addRow(self.tr("&Sheet:"), self.sheet_combo)
        layout.addLayout(form)

        self.columns_box = QGroupBox(self.tr("Columns"))
        columns_layout = QVBoxLayout(self.columns_box)
        hint = QLabel(self.tr("Which column holds which field, found from the column headers. Choose another column "
                              "where the guess is wrong; the choice is remembered for this kind of import."))
        hint.setWordWrap(True)
        columns_layout.addWidget(hint)
        self._columns_widget = QWidget()
        self.columns_form = QFormLayout(self._columns_widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._columns_widget)
        scroll.setMinimumHeight(120)
        scroll.setMaximumHeight(190)
        columns_layout.addWidget(scroll)
        layout.addWidget(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}
        self._columns_shape: tuple[str, tuple[str, ...]] | None = None

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._kind_changed()

    def _kind_labels(self) -> dict[str, str]:
        labels = {
            "staff": self.tr("Staff and their employment"),
            "persons": self.tr("Persons (board members, secretaries, clerks)"),
            "seats": self.tr("Board seats and terms"),
            "activities": self.tr("Activities of a year plan"),
            "meetings": self.tr("Meetings, with attendance per municipality"),
            "workbook": self.tr("Meeting workbook of VGG Desktop (all sheets)"),
        }
        return {name: label for name, label in labels.items() if name in KINDS}

    # --- choosing -------------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def choose_file(self) -> None:
        folder = str(self._settings.value(FOLDER_KEY, "")) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"), folder,
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"))
        if name:
            self._settings.setValue(FOLDER_KEY, str(Path(name).parent))
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.file_edit.setText(str(path))
        self._spreadsheet, self._source = None, None
        self._filling = True
        self.sheet_combo.clear()
        self._filling = False
        try:
            with _WaitCursor():
                self._spreadsheet = open_spreadsheet(path)
        except DomainError as error:
            self._show_refusal(error.message)
            return
        self._filling = True
        for name in self._spreadsheet.sheet_names:
            self.sheet_combo.addItem(name, name)
        self._filling = False
        self._pick_sheet_for_kind()
        self._read()

    def _pick_sheet_for_kind(self) -> None:
        """A meeting workbook's sheet that fits the kind is chosen for the user (Bureau for staff, ...)."""
        wanted = {"staff": "Bureau", "seats": "Bestuur", "activities": "Activiteiten",
                  "meetings": "Bijeenkomsten"}.get(self.kind())
        index = self.sheet_combo.findData(wanted) if wanted else -1
        if index >= 0:
            self._filling = True
            self.sheet_combo.setCurrentIndex(index)
            self._filling = False

    def _kind_changed(self) -> None:
        workbook = self.kind() == "workbook"
        self.sheet_combo.setEnabled(not workbook)
        self.columns_box.setVisible(not workbook)
        self._mapping = None
        if self._spreadsheet is not None:
            self._pick_sheet_for_kind()
            self._read()

    def _sheet_changed(self) -> None:
        if not self._filling and self._spreadsheet is not None:
            self._mapping = None
            self._read()

    def _read(self) -> None:
        assert self._spreadsheet is not None
        try:
            with _WaitCursor():
                if self.kind() == "workbook":
                    self._source = self._spreadsheet.read_all()
                else:
                    self._source = self._spreadsheet.read(self.sheet_combo.currentData())
        except DomainError as error:
            self._source = None
            self._show_refusal(error.message)
            return
        self._refresh(remembered=True)

    # --- the preview ------------------------------------------------------------------------------------

    def _refresh(self, remembered: bool = False) -> None:
        if self._source is None:
            return
        try:
            with _WaitCursor():
                preview = self._services.importer.preview(self.kind(), self._source, self._mapping)
                if remembered and self.kind() != "workbook":
                    chosen = self._remembered(preview)
                    if chosen is not None and chosen != dict(preview.mapping):
                        self._mapping = chosen
                        preview = self._services.importer.preview(self.kind(), self._source, chosen)
        except (DomainError, StorageError) as error:
            self._show_refusal(error.message)
            return
        self.preview = preview
        self._mapping = dict(preview.mapping)
        self._fill_columns(preview)
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        for column in (ImportPreviewModel.CHANGES, ImportPreviewModel.RECORD):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        self._show_summary(preview)

    def _remembered(self, preview: ImportPreview) -> dict[str, int] | None:
        """The columns chosen last time for this kind, found again by their headers in this file."""
        stored = str(self._settings.value(mapping_key(self.kind()), "") or "")
        if not stored:
            return None
        headers = [normalised(header) for header in preview.headers]
        chosen = dict(preview.mapping)
        for part in stored.split("\n"):
            field, _, header = part.partition("=")
            if field not in {item.name for item in KINDS[self.kind()].fields}:
                continue
            if header == "":
                chosen.pop(field, None)  # the user chose not to read this field
            elif normalised(header) in headers:
                chosen[field] = headers.index(normalised(header))
        return chosen

    def _remember(self) -> None:
        if self.preview is None or self._mapping is None or self.kind() == "workbook":
            return
        headers = self.preview.headers
        lines = []
        for item in KINDS[self.kind()].fields:
            column = self._mapping.get(item.name)
            header = headers[column] if column is not None and column < len(headers) else ""
            lines.append(f"{item.name}={header}")
        self._settings.setValue(mapping_key(self.kind()), "\n".join(lines))

    def _fill_columns(self, preview: ImportPreview) -> None:
        mapping = dict(preview.mapping)
        shape = (self.kind(), preview.headers)
        if shape == self._columns_shape:
            # The same lists: only their choices move. (Rebuilding would delete the list whose signal is running.)
            self._filling = True
            for name, combo in self.column_combos.items():
                combo.setCurrentIndex(max(combo.findData(mapping.get(name, NOT_READ)), 0))
            self._filling = False
            return
        self._columns_shape = shape
        self._filling = True
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_combos = {}
        if self.kind() != "workbook":
            choices = [(self.tr("(do not read)"), NOT_READ)] + [
                (f"{column_letter(index)}: {header}" if header else column_letter(index), index)
                for index, header in enumerate(preview.headers)]
            for item in KINDS[self.kind()].fields:
                combo = QComboBox()
                for text, column in choices:
                    combo.addItem(text, column)
                combo.setCurrentIndex(max(combo.findData(mapping.get(item.name, NOT_READ)), 0))
                combo.currentIndexChanged.connect(self._column_chosen)
                label = item.label + (" *" if item.required else "")
                self.columns_form.addRow(label + ":", combo)
                self.column_combos[item.name] = combo
        self._columns_widget.adjustSize()
        self._filling = False

    def choose_column(self, field: str, column: int) -> None:
        """Chooses the column for a field, as the user does with its list (also for tests)."""
        combo = self.column_combos[field]
        combo.setCurrentIndex(max(combo.findData(column), 0))

    def _column_chosen(self) -> None:
        if self._filling:
            return
        self._mapping = {name: int(combo.currentData()) for name, combo in self.column_combos.items()
                         if int(combo.currentData()) != NOT_READ}
        self._refresh()

    def _show_summary(self, preview: ImportPreview) -> None:
        with_problems = sum(1 for row in preview.rows if row.problems)
        counts = self.tr("%1 to add, %2 to change, %3 to skip (already the same), %4 with problems.") \
            .replace("%1", str(preview.count(RowAction.ADD))).replace("%2", str(preview.count(RowAction.CHANGE))) \
            .replace("%3", str(preview.count(RowAction.SKIP))).replace("%4", str(with_problems))
        where = self.tr("Header row: row %1.").replace("%1", str(preview.header_row)) if preview.header_row else ""
        matched = self.tr("Rows are matched on: %1.").replace("%1", KINDS[preview.kind].key)
        lines = [" ".join(part for part in (counts, where) if part), matched, *preview.notes]
        if preview.problems:
            lines.extend(preview.problems)
        if with_problems or preview.problems:
            lines.append(self.tr("Nothing can be imported until every problem is solved in the file."))
        elif not preview.can_apply:
            lines.append(self.tr("There is nothing to import: everything is stored like this already."))
        self.summary_label.setText("\n".join(lines))
        self.summary_label.setStyleSheet(ERROR_STYLE if (with_problems or preview.problems) else "")
        self.import_button.setEnabled(preview.can_apply)

    def _show_refusal(self, message: str) -> None:
        self.preview = None
        self.model.set_preview(None)
        self._fill_columns_empty()
        self.summary_label.setText(message)
        self.summary_label.setStyleSheet(ERROR_STYLE)
        self.import_button.setEnabled(False)

    def _fill_columns_empty(self) -> None:
        self._columns_shape = None
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_combos = {}

    # --- importing --------------------------------------------------------------------------------------

    def run_import(self) -> None:
        if self.preview is None or self._source is None or not self.preview.can_apply:
            return
        try:
            with _WaitCursor():
                result = self._commands.import_rows(self.kind(), self._source, self._mapping)
        except (DomainError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Import refused"), error.message)
            self._refresh()
            return
        self._remember()
        self.imported = True
        self.outcome = self.tr("Imported: %1 added, %2 changed. Undo (Ctrl+Z) turns the whole import back.") \
            .replace("%1", str(result.added)).replace("%2", str(result.changed))
        self.accept()


class _WaitCursor:
    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_: Any) -> None:
        QGuiApplication.restoreOverrideCursor()
