"""Bestuur: every seat of the Dagelijks Bestuur today, with its holder or as a vacancy."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction

from vgg_desktop.domain.dates import format_date
from vgg_desktop.gui.models.board import BoardModel
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.overviews import SeatOverview


def period_text(start: date | None, end: date | None, unknown: str) -> str:
    if start is None and end is None:
        return unknown
    return f"{format_date(start) or '…'} – {format_date(end) or '…'}"


class BoardTab(RecordTab):
    NAME = "board"
    DEPENDS_ON = frozenset({"board_seat", "seat_term", "person", "portfolio", "municipality"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.model = BoardModel(self)
        self.table = self.add_section(TableSection(
            "board", "board_seat", self.model, self, record_of=lambda value: value.seat,
        ))
        self.fill_action = self.add_action(
            self.tr("&Fill seat..."), self.tr("Appoint someone to the selected vacant seat: someone listed, or a new person entered in the same form"),
            self.fill_seat)
        self.term_action = self.add_action(
            self.tr("Change &term..."), self.tr("Change who holds the selected seat, or the dates of the term"),
            self.edit_term)
        self.finish_layout(self.table.view)

    def title(self) -> str:
        return self.tr("Board")

    def load(self, services: Services) -> None:
        self.model.set_rows(services.overviews.board(self.today()))

    def extra_enabled(self, action: QAction, value: SeatOverview | None) -> bool:
        if value is None:
            return False
        if action is self.fill_action:
            return value.is_vacant
        if action is self.term_action:
            return value.term is not None
        return True

    def fill_seat(self) -> None:
        value: SeatOverview | None = self.table.selected_value()
        if value is not None and value.is_vacant:
            # The start stays empty until the user knows it: a date filled in for them would read as fact.
            self.open_form("seat_term", None, {"seat_id": value.seat.id})

    def edit_term(self) -> None:
        value: SeatOverview | None = self.table.selected_value()
        if value is not None and value.term is not None:
            self.open_form("seat_term", value.term, None)

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        seat: SeatOverview = value
        holder = seat.holder.display_name if seat.holder else self.tr("Vacancy")
        details = Details(holder, f"{seat.seat.role.label} – {seat.on_behalf_of}")
        details.fields([
            (self.tr("Function"), seat.holder.function if seat.holder else None),
            (self.tr("Portfolios"), "\n".join(seat.portfolios) or None),
            (self.tr("Kind of seat"), seat.seat.kind.label),
        ])
        if seat.seat.notes:
            details.paragraph(seat.seat.notes)
        terms = services.overviews.seat_terms(seat.seat.id)
        # Only the term holders: reading every person made selecting a seat slow with years of data.
        names = {seat.holder.id: seat.holder.display_name} if seat.holder else {}
        names.update((person_id, services.persons.get(person_id).display_name)
                     for person_id in {term.person_id for term in terms} - names.keys())
        unknown = self.tr("dates unknown")
        details.section(self.tr("Terms"))
        details.linked_items(
            [(f"{names.get(term.person_id, '?')}: {period_text(term.start_date, term.end_date, unknown)}",
              [(self.tr("change"), link("edit", "seat_term", term.id)),
               (self.tr("delete"), link("delete", "seat_term", term.id))])
             for term in terms],
            empty=self.tr("Nobody has held this seat yet."),
        )
        return details
