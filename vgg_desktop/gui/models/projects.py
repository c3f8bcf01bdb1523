"""Projecten: the projects and secondments with what they invoiced, and every invoice with where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.invoices import InvoiceState, InvoiceTotals
from vgg_desktop.domain.money import format_euros
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import ProjectOverview
    from vgg_desktop.services.projects import InvoiceOverview

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def state_text(state: InvoiceState) -> str:
    return QCoreApplication.translate("InvoiceState", _STATE_TEXTS[state])


_STATE_TEXTS = {
    InvoiceState.NOT_SENT: QT_TRANSLATE_NOOP("InvoiceState", "not sent yet"),
    InvoiceState.OUTSTANDING: QT_TRANSLATE_NOOP("InvoiceState", "outstanding"),
    InvoiceState.PAID: QT_TRANSLATE_NOOP("InvoiceState", "paid"),
}


def _amount_key(cents: int) -> str:
    # Sorted as text by the proxy: a fixed width keeps 9,00 before 10,00.
    return f"{cents:015d}"


@dataclass(frozen=True)
class ProjectRow:
    """A project with the names of its staff, its number of decisions and its invoices' totals on the tab's day."""

    overview: ProjectOverview
    decisions: int
    totals: InvoiceTotals

    @property
    def id(self) -> int:
        return self.overview.project.id


class ProjectModel(RecordTableModel[ProjectRow]):
    CONTEXT = "ProjectModel"
    NAME, KIND, ACTIVITY, STAFF, DECISIONS, SENT, OUTSTANDING = range(7)
    AMOUNTS = (SENT, OUTSTANDING)
    HEADERS = (
        QT_TRANSLATE_NOOP("ProjectModel", "Project"),
        QT_TRANSLATE_NOOP("ProjectModel", "Kind"),
        QT_TRANSLATE_NOOP("ProjectModel", "Activity"),
        QT_TRANSLATE_NOOP("ProjectModel", "Staff"),
        QT_TRANSLATE_NOOP("ProjectModel", "Decisions"),
        QT_TRANSLATE_NOOP("ProjectModel", "Invoiced (€)"),
        QT_TRANSLATE_NOOP("ProjectModel", "Outstanding (€)"),
    )
    HEADER_TIPS = (
        "",
        QT_TRANSLATE_NOOP("ProjectModel", "Project or secondment; empty where it is not known"),
        QT_TRANSLATE_NOOP("ProjectModel", "The activity of the year plan the project belongs to"),
        QT_TRANSLATE_NOOP("ProjectModel", "The staff members who work on the project"),
        QT_TRANSLATE_NOOP("ProjectModel", "How many decisions are recorded"),
        QT_TRANSLATE_NOOP("ProjectModel", "The invoices sent to municipalities by the reference date, paid or not"),
        QT_TRANSLATE_NOOP("ProjectModel", "Sent by the reference date and not paid by then"),
    )

    def display(self, value: ProjectRow, column: int) -> str:
        project = value.overview.project
        if column == self.NAME:
            return project.name
        if column == self.KIND:
            return project.kind.label if project.kind else ""
        if column == self.ACTIVITY:
            return value.overview.activity or ""
        if column == self.STAFF:
            return ", ".join(member.member.display_name for member in value.overview.staff)
        if column == self.DECISIONS:
            return str(value.decisions) if value.decisions else ""
        if column == self.SENT:
            return format_euros(value.totals.sent) if value.totals.count else ""
        if column == self.OUTSTANDING:
            return format_euros(value.totals.outstanding) if value.totals.count else ""
        return ""

    def sort_key(self, value: ProjectRow, column: int) -> str | int:
        if column == self.DECISIONS:
            return value.decisions
        if column == self.SENT:
            return _amount_key(value.totals.sent)
        if column == self.OUTSTANDING:
            return _amount_key(value.totals.outstanding)
        return super().sort_key(value, column)

    def tooltip(self, value: ProjectRow, column: int) -> str | None:
        if column == self.KIND and value.overview.project.kind is None:
            return QCoreApplication.translate("ProjectModel", "The kind is not known (the year plan does not say)")
        if column == self.OUTSTANDING and value.totals.outstanding_count:
            return (QCoreApplication.translate("ProjectModel", "%1 invoices outstanding")
                    .replace("%1", str(value.totals.outstanding_count)))
        return super().tooltip(value, column)

    def font(self, value: ProjectRow, column: int) -> QFont | None:
        return appearance.bold() if column == self.NAME else None

    def foreground(self, value: ProjectRow, column: int) -> QBrush | None:
        if column == self.OUTSTANDING and value.totals.outstanding:
            return appearance.brush(appearance.ENDING_COLOUR)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return _RIGHT if index.column() in self.AMOUNTS or index.column() == self.DECISIONS else None
        return super().data(index, role)


class InvoiceModel(RecordTableModel["InvoiceOverview"]):
    CONTEXT = "InvoiceModel"
    MUNICIPALITY, PROJECT, DESCRIPTION, AMOUNT, SENT, PAID, STATE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("InvoiceModel", "Municipality"),
        QT_TRANSLATE_NOOP("InvoiceModel", "Project"),
        QT_TRANSLATE_NOOP("InvoiceModel", "Description"),
        QT_TRANSLATE_NOOP("InvoiceModel", "Amount (€)"),
        QT_TRANSLATE_NOOP("InvoiceModel", "Sent on"),
        QT_TRANSLATE_NOOP("InvoiceModel", "Paid on"),
        QT_TRANSLATE_NOOP("InvoiceModel", "State"),
    )
    HEADER_TIPS = (
        "",
        "",
        "",
        "",
        "",
        "",
        QT_TRANSLATE_NOOP("InvoiceModel", "Where the invoice stands on the reference date: not sent yet, outstanding or paid"),
    )

    def key(self, value: InvoiceOverview) -> object:
        return value.invoice.id

    def display(self, value: InvoiceOverview, column: int) -> str:
        invoice = value.invoice
        if column == self.MUNICIPALITY:
            return value.municipality
        if column == self.PROJECT:
            return value.project
        if column == self.DESCRIPTION:
            return invoice.description or ""
        if column == self.AMOUNT:
            return format_euros(invoice.amount_cents)
        if column == self.SENT:
            return format_date(invoice.sent_on)
        if column == self.PAID:
            return format_date(invoice.paid_on)
        if column == self.STATE:
            return state_text(value.state)
        return ""

    def sort_key(self, value: InvoiceOverview, column: int) -> str | int:
        invoice = value.invoice
        if column == self.AMOUNT:
            return _amount_key(invoice.amount_cents)
        if column == self.SENT:
            return f"{invoice.sent_on.isoformat() if invoice.sent_on else '9999'} {invoice.id:09d}"
        if column == self.PAID:
            return f"{invoice.paid_on.isoformat() if invoice.paid_on else '9999'} {invoice.id:09d}"
        if column == self.STATE:
            return f"{list(InvoiceState).index(value.state)} {invoice.sent_on.isoformat() if invoice.sent_on else ''}"
        return super().sort_key(value, column)

    def foreground(self, value: InvoiceOverview, column: int) -> QBrush | None:
        if column != self.STATE:
            return None
        if value.state is InvoiceState.PAID:
            return appearance.brush(appearance.DONE_COLOUR)
        if value.state is InvoiceState.OUTSTANDING:
            return appearance.brush(appearance.ENDING_COLOUR)
        return appearance.brush(appearance.QUIET_COLOUR)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid():
            return _RIGHT if index.column() == self.AMOUNT else None
        return super().data(index, role)
