"""Beeld > Wijzigingen: every change in the history, filtered by who, when and what kind of record.

The selected change is shown below the table with each field's old and new value. "Terugdraaien"
turns it back when nothing changed its records since (the service checks, and otherwise says what
changed since); that is a change of its own, on the window's undo stack like any other.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vgg_desktop.domain.dates import parse_date
from vgg_desktop.domain.history import Change
from vgg_desktop.domain.schema import ALL_SPECS
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.history import HistoryModel, HistoryRow, history_rows
from vgg_desktop.gui.widgets.record_view import RecordView
from vgg_desktop.gui.widgets.search_field import SearchField
from vgg_desktop.services.errors import DomainError, StorageError
from vgg_desktop.services.history import HistoryFilter

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext

SHOWN_AT_MOST = 2000


# A change of more records than this (an import) shows the selected record in full and counts the rest.
SHOWN_IN_FULL = 10


def describe_change(change: Change, selected: int = 0) -> str:
    """The change as HTML: who, when, and per record each field's old and new value."""
    parts = [f"<h3 style='margin-bottom:2px'>{html.escape(change.kind.label)} · {html.escape(change.when())}</h3>",
             f"<p style='color:#555555; margin-top:0'>{html.escape(change.who)}"
             + (f"<br>{html.escape(change.description)}" if change.description else "") + "</p>"]
    records = change.records
    if len(records) > SHOWN_IN_FULL:
        records = records[selected:selected + 1]
    for record in records:
        parts.append(f"<p style='margin-bottom:2px'><b>{html.escape(record.summary())}</b></p>")
        if record.entity == "absence":
            parts.append("<p style='color:#555555; margin-top:0'>"
                         + html.escape(QCoreApplication.translate("HistoryWindow", "Sick leave: the history keeps no dates.")) + "</p>")
            continue
        rows = []
        for field in record.fields:
            old = html.escape(field.old or "–").replace("\n", "<br>")
            new = html.escape(field.new or "–").replace("\n", "<br>")
            if record.operation.value == "added":
                rows.append(f"<tr><td style='color:#555555; padding-right:10px'>{html.escape(field.label)}</td><td>{new}</td></tr>")
            elif record.operation.value == "removed":
                rows.append(f"<tr><td style='color:#555555; padding-right:10px'>{html.escape(field.label)}</td><td>{old}</td></tr>")
            else:
                rows.append(f"<tr><td style='color:#555555; padding-right:10px'>{html.escape(field.label)}</td>"
                            f"<td><span style='color:#a33'><s>{old}</s></span> → <span style='color:#262'>{new}</span></td></tr>")
        if rows:
            parts.append("<table cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>")
    if len(change.records) > len(records):
        others = QCoreApplication.translate("HistoryWindow", "This change touched %1 other records too; each has a row of its own in the list.")
        parts.append(f"<p style='color:#555555'>{html.escape(others.replace('%1', str(len(change.records) - 1)))}</p>")
    return "".join(parts)


class HistoryWindow(QDialog):
    """`focus` = (entity, id, name) shows the history of one record (and its parts) only."""

    reverted = Signal()

    def __init__(self, parent: QWidget | None, context: EditContext,
                 focus: tuple[str, int, str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_window")
        self.setWindowTitle(self.tr("Changes"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1100, 680)
        self._context = context
        self._focus = focus

        self.who = QComboBox(self)
        self.who.setObjectName("history_who")
        self.since = DateField(self)
        self.since.setObjectName("history_since")
        self.until = DateField(self)
        self.until.setObjectName("history_until")
        for field in (self.since, self.until):
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance("00-00-00000") + 60)
        self.entity = QComboBox(self)
        self.entity.setObjectName("history_entity")
        self.entity.addItem(self.tr("All kinds"), None)
        for spec in sorted(ALL_SPECS, key=lambda item: item.label):
            self.entity.addItem(spec.label[:1].upper() + spec.label[1:], spec.name)
        self.search = SearchField(self)
        self.search.setObjectName("history_search")

        filters = QHBoxLayout()
        for text, widget in ((self.tr("Changed &by:"), self.who), (self.tr("&From:"), self.since),
                             (self.tr("&To:"), self.until), (self.tr("&Kind of record:"), self.entity),
                             (self.tr("&Search:"), self.search)):
            label = QLabel(text, self)
            label.setBuddy(widget.line_edit if isinstance(widget, DateField) else widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search else 0)

        self.focus_bar = QWidget(self)
        focus_layout = QHBoxLayout(self.focus_bar)
        focus_layout.setContentsMargins(0, 0, 0, 0)
        self.focus_label = QLabel(self.focus_bar)
        self.focus_label.setObjectName("history_focus")
        self.show_all_button = QToolButton(self.focus_bar)
        self.show_all_button.setText(self.tr("Show all records"))
        self.show_all_button.clicked.connect(self.show_all_records)
        focus_layout.addWidget(self.focus_label)
        focus_layout.addWidget(self.show_all_button)
        focus_layout.addStretch(1)

        self.model = HistoryModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordView(self)
        self.view.setObjectName("history_view")
        self.view.setModel(self.proxy)
        self.view.set_column_widths(HistoryModel.column_widths())
        self.details = QTextBrowser(self)
        self.details.setObjectName("history_details")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([420, 200])

        self.status = QLabel(self)
        self.status.setObjectName("history_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.revert_button = QPushButton(self.tr("&Revert"), self)
        self.revert_button.setObjectName("history_revert")
        self.revert_button.setToolTip(self.tr("Turn the selected change back, if nothing changed its records since; "
                                              "Ctrl+Z undoes this again"))
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.revert_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.revert_button.clicked.connect(self.revert_selected)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.focus_bar)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.who.currentIndexChanged.connect(lambda _index: self.reload())
        self.entity.currentIndexChanged.connect(lambda _index: self.reload())
        self.since.textChanged.connect(lambda _text: self.reload())
        self.until.textChanged.connect(lambda _text: self.reload())
        self.search.textChanged.connect(self._search)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self._fill_authors()
        self.reload()
        self.view.setFocus()

    def _fill_authors(self) -> None:
        self.who.blockSignals(True)
        chosen = self.who.currentData()
        self.who.clear()
        self.who.addItem(self.tr("Everyone"), None)
        for author in self._context.services.history.authors():
            self.who.addItem(author, author)
        index = self.who.findData(chosen)
        self.who.setCurrentIndex(max(index, 0))
        self.who.blockSignals(False)

    # --- reading ----------------------------------------------------------------------------------

    def _period(self) -> tuple[date | None, date | None, str]:
        found: list[date | None] = []
        problems = []
        for field, label in ((self.since, self.tr("From")), (self.until, self.tr("To"))):
            text = field.line_edit.text().strip()
            if not text:
                found.append(None)
                continue
            try:
                found.append(parse_date(text))
            except ValueError:
                found.append(None)
                problems.append(self.tr("%1: '%2' is not a date; type it as dd-mm-yyyy.").replace("%1", label).replace("%2", text))
        return found[0], found[1], " ".join(problems)

    def reload(self) -> None:
        since, until, problem = self._period()
        key = self._selected_key()
        history = self._context.services.history
        if self._focus is not None:
            changes = history.of_record(self._focus[0], self._focus[1], limit=SHOWN_AT_MOST)
            changes = tuple(change for change in changes if self._wanted(change, since, until))
            self.focus_label.setText(self.tr("Only the changes of %1.").replace("%1", self._focus[2]))
        else:
            changes = history.changes(HistoryFilter(os_user=self.who.currentData(), since=since, until=until,
                                                    entity=self.entity.currentData(), limit=SHOWN_AT_MOST))
        self.focus_bar.setVisible(self._focus is not None)
        self.who.setEnabled(self._focus is None)
        self.entity.setEnabled(self._focus is None)
        self.model.set_rows(history_rows(changes))
        self.proxy.set_search(self.search.text())
        if key is None or not self._select(key):
            if self.proxy.rowCount():
                self.view.selectRow(0)
        self._show_selected()
        self._say(problem, len(changes))

    def _wanted(self, change: Change, since: date | None, until: date | None) -> bool:
        day = change.local_time().date()
        return (since is None or since <= day) and (until is None or day <= until) and (
            self.who.currentData() is None or change.os_user == self.who.currentData())

    def _say(self, problem: str, count: int) -> None:
        if problem:
            self.status.setText(f"<span style='color:#b00020'>{html.escape(problem)}</span>")
            return
        if count >= SHOWN_AT_MOST:
            text = self.tr("The newest %1 changes are shown; choose a period to see older ones.").replace("%1", str(count))
        elif count == 1:
            text = self.tr("1 change.")
        elif count == 0:
            text = self.tr("No changes match the filter.")
        else:
            text = self.tr("%1 changes.").replace("%1", str(count))
        months = self._context.services.settings.history_months()
        if months:
            text += " " + self.tr("Changes are kept for %1 months.").replace("%1", str(months))
        self.status.setText(html.escape(text))

    def _search(self, text: str) -> None:
        key = self._selected_key()
        self.proxy.set_search(text)
        if key is not None:
            self._select(key)
        self._show_selected()

    def show_all_records(self) -> None:
        self._focus = None
        self.reload()

    # --- the selected change -----------------------------------------------------------------------

    def selected(self) -> HistoryRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.value(source.row()) if source.isValid() else None

    def _selected_key(self) -> object | None:
        row = self.selected()
        return None if row is None else self.model.key(row)

    def _select(self, key: object) -> bool:
        row = self.proxy.proxy_row_of(key)
        if row is None:
            return False
        self.view.selectRow(row)
        return True

    def _show_selected(self) -> None:
        row = self.selected()
        self.revert_button.setEnabled(row is not None)
        if row is None:
            hint = self.tr("Select a change to see its old and new values.")
            self.details.setHtml(f"<p style='color:#777777'>{html.escape(hint)}</p>")
            return
        self.details.setHtml(describe_change(row.change, row.position))

    def revert_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        change = row.change
        question = "\n\n".join((
            self.tr("Revert this change of %1 by %2?").replace("%1", change.when()).replace("%2", change.who),
            "\n".join(record.summary() for record in change.records[:8]) + ("\n…" if len(change.records) > 8 else ""),
            self.tr("Everything this change did is turned back. You can undo this with Ctrl+Z."),
        ))
        answer = QMessageBox.question(self, self.tr("Revert"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._context.commands.revert(change)
        except (DomainError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Not reverted"), error.message)
            return
        self._fill_authors()
        self.reload()
        self.view.selectRow(0)
        self.reverted.emit()
