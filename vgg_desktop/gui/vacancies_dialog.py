"""Beeld > Vacatures...: every open place once, as the Vacatures sheet of the workbook lists them.

The list comes from `services.vacancies` (one definition for window and workbook) as on the window's
peildatum. A place is filled from here with the form the tabs use for it: a seat with a new term
(as 'Zetel invullen'), a portfolio with its holder, a VNG committee with its Groningen member, a
consultation with its chair. Every fill is a step on the window's undo stack, and the list follows
each change, undo and redo (the window calls `reload`). The window stays open beside the main
window, so Ctrl+Z works from either.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.models.filter_proxy import RecordFilterProxy
from vgg_desktop.gui.models.refills import RefillModel
from vgg_desktop.gui.models.vacancies import VacancyModel
from vgg_desktop.gui.widgets.record_view import RecordView
from vgg_desktop.services.errors import NotFoundError
from vgg_desktop.services.vacancies import OpenPlace, PlaceKind

if TYPE_CHECKING:
    from vgg_desktop.gui.editing import EditContext

# The field of each form that fills the place, focused when the form opens.
FILL_FIELDS = {PlaceKind.PORTFOLIO: "holder_id", PlaceKind.VNG_COMMITTEE: "member", PlaceKind.CONSULTATION: "chair",
               PlaceKind.BOARD_SEAT: "person_id"}


class VacanciesDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: EditContext, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.setObjectName("vacancies_dialog")
        self.setWindowTitle(self.tr("Vacancies"))
        self.resize(980, 560)
        self._context = context
        self._today = today

        self.count_label = QLabel(self)
        self.count_label.setObjectName("vacancies_count")
        font = self.count_label.font()
        font.setBold(True)
        self.count_label.setFont(font)
        intro = QLabel(self.tr(
            "Every open place once: a portfolio's consultation chair and the Klankbordgroep's portfolio are filled "
            "with the place they belong to. Choose a place and 'Fill...' (or Enter) to fill it; Ctrl+Z undoes it."), self)
        intro.setWordWrap(True)

        self.model = VacancyModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordView(self)
        self.view.setObjectName("vacancies_view")
        self.view.setModel(self.proxy)
        self.view.set_column_widths(VacancyModel.column_widths())
        self.view.activated.connect(lambda *_: self.fill())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())

        self.note_label = QLabel(self)
        self.note_label.setObjectName("vacancies_note")
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.setMinimumHeight(self.fontMetrics().height() * 3)
        self.note_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(self)
        self.fill_button = QPushButton(self.tr("&Fill..."), self)
        self.fill_button.setObjectName("vacancies_fill")
        self.fill_button.setToolTip(self.tr("Open the form that fills the selected place"))
        self.fill_button.clicked.connect(self.fill)
        # Enter in the list fills through the view's own activation; as the dialog's default button too,
        # one Enter would open the form twice.
        self.fill_button.setAutoDefault(False)
        self.buttons.addButton(self.fill_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        # After an election: the places of its round, open or filled again, on a page of its own.
        self.refill_label = QLabel(self)
        self.refill_label.setObjectName("vacancies_refills")
        self.refill_label.setWordWrap(True)
        self.refill_model = RefillModel(self)
        self.refill_proxy = RecordFilterProxy(self)
        self.refill_proxy.setSourceModel(self.refill_model)
        self.refill_view = RecordView(self)
        self.refill_view.setObjectName("refills_view")
        self.refill_view.setModel(self.refill_proxy)
        self.refill_view.set_column_widths(RefillModel.column_widths())
        open_page = QWidget(self)
        open_layout = QVBoxLayout(open_page)
        open_layout.addWidget(intro)
        open_layout.addWidget(self.view, 1)
        open_layout.addWidget(self.note_label)
        refill_page = QWidget(self)
        refill_layout = QVBoxLayout(refill_page)
        refill_layout.addWidget(self.refill_label)
        refill_layout.addWidget(self.refill_view, 1)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("vacancies_pages")
        self.pages.addTab(open_page, self.tr("Open places"))
        self.pages.addTab(refill_page, self.tr("After the election"))
        # Filling works on the list of open places; the follow-up only shows.
        self.pages.currentChanged.connect(lambda *_: self._show_selected())

        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)

        self.reload()
        self.view.setFocus()

    # --- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Reads the open places again (after a change, an undo, or another peildatum); keeps the selection."""
        selected = self.selected_place()
        row_before = self._selected_row()
        on = self._today()
        self.model.set_rows(self._context.services.overviews.vacancies(on))
        count = self.model.rowCount()
        if count == 1:
            text = self.tr("1 open place on %1").replace("%1", format_date(on))
        elif count:
            text = self.tr("%1 open places on %2").replace("%1", str(count)).replace("%2", format_date(on))
        else:
            text = self.tr("No open places on %1").replace("%1", format_date(on))
        self._show_refills(on)
        self.count_label.setText(text)
        row = self.proxy.proxy_row_of(self.model.key(selected)) if selected is not None else None
        if row is None and self.proxy.rowCount():
            # The place was filled: stay where it was, on the place that took its row.
            row = min(row_before or 0, self.proxy.rowCount() - 1)
        if row is not None:
            index = self.proxy.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)
        self._show_selected()

    def _show_refills(self, on: date) -> None:
        refills = self._context.services.refills.latest(on)
        self.refill_model.set_rows(refills.places if refills else ())
        self.pages.setTabEnabled(1, refills is not None)
        if refills is None:
            self.refill_label.setText(self.tr("No election recorded on or before %1.").replace("%1", format_date(on)))
            self.pages.setTabText(1, self.tr("After the election"))
            return
        self.pages.setTabText(1, self.tr("After the election (%1 of %2 filled again)")
                              .replace("%1", str(refills.filled)).replace("%2", str(len(refills.places))))
        lines = [refills.summary + ":"]
        lines += [f"  {count.kind.label}: {count.text}" for count in refills.counts()]
        if refills.uses_recording_dates:
            lines.append(self.tr("Portfolios, VNG committees and consultations have no dates of their own: "
                                 "'vastgelegd op' is the day the filling was recorded in VGG Desktop."))
        self.refill_label.setText("\n".join(lines))

    def selected_place(self) -> OpenPlace | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.value(source.row()) if source.isValid() else None

    def _selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _show_selected(self) -> None:
        place = self.selected_place()
        self.fill_button.setEnabled(place is not None and self.pages.currentIndex() == 0)
        if place is None:
            self.note_label.setText("")
            return
        lines = [place.note or self.tr("No note recorded for this place.")]
        if place.includes:
            lines.append(self.tr("Filled together with: %1").replace("%1", "; ".join(place.includes)))
        self.note_label.setText("\n".join(lines))

    # --- filling ------------------------------------------------------------------------------

    def fill(self) -> None:
        """Opens the form that fills the selected place; saving it is one undoable step."""
        place = self.selected_place()
        if place is None:
            return
        from vgg_desktop.gui.editing import create_editor

        services = self._context.services
        if place.kind is PlaceKind.BOARD_SEAT:
            dialog = create_editor(self, self._context, "seat_term", None, {"seat_id": place.record_id})
        else:
            try:
                record = services.records(place.entity).get(place.record_id)
            except NotFoundError:
                # Removed on another PC meanwhile: the list shows what is stored now.
                self.reload()
                return
            dialog = create_editor(self, self._context, place.entity, record)
        field = getattr(dialog.form, FILL_FIELDS[place.kind], None)
        if isinstance(field, QWidget):
            field.setFocus()
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
        self.reload()
        self.view.setFocus()
