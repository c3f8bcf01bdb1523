"""Projecten: the projects and secondments with what they invoiced, and every invoice with where it stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.invoices import InvoiceState, InvoiceTotals
from vgg_desktop.domain.money import format_euros
from vgg_desktop.gui.i18n import QT_TRANSLATE_NOOP
from vgg_desktop.gui.models import appearance
from vgg_desktop.gui.models.base import RIGHT, Column, RecordTableModel

if TYPE_CHECKING:
    from vgg_desktop.services.overviews import ProjectOverview
    from vgg_desktop.services.projects import InvoiceOverview


def state_text(state: InvoiceState) -> str:
    return QCoreApplication.translate("InvoiceState", _STATE_TEXTS[state])


_STATE_TEXTS = {
    InvoiceState.NOT_SENT: QT_TRANSLATE_NOOP("InvoiceState", "not sent yet"),
    InvoiceState.OUTSTANDING: QT_TRANSLATE_NOOP("InvoiceState", "outstanding"),
    InvoiceState.PAID: QT_TRANSLATE_NOOP("InvoiceState", "paid"),
}
_STATE_ORDER = {state: number for number, state in enumerate(InvoiceState)}


def _amount_key(cents: int) -> str:
    # Compared as text by the proxy: a fixed width keeps 9,00 before 10,00.
    return f"{cents:015d}"


def _date_key(day: date | None, record_id: int) -> str:
    """An unknown date (not sent, not paid) after every known one."""
    return f"{day.isoformat() if day else '9999'} {record_id:09d}"


@dataclass(frozen=True)
class ProjectRow:
    """A project with the names of its staff, its number of decisions and its invoices' totals on the tab's day."""

    overview: ProjectOverview
    decisions: int
    totals: InvoiceTotals

    @property
    def id(self) -> int:
        return self.overview.project.id


def _amount(cents: int, row: ProjectRow) -> str:
    return format_euros(cents) if row.totals.count else ""


def _outstanding_tooltip(row: ProjectRow) -> str | None:
    if not row.totals.outstanding_count:
        return None
    return QCoreApplication.translate("ProjectModel", "%1 invoices outstanding").replace("%1", str(row.totals.outstanding_count))


class ProjectModel(RecordTableModel["ProjectRow"]):
    CONTEXT = "ProjectModel"

    NAME = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Project"), width=22,
        text=lambda row: row.overview.project.name,
        font=lambda row: appearance.bold())
    KIND = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Kind"), width=12,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "Project or secondment; empty where it is not known"),
        text=lambda row: row.overview.project.kind.label if row.overview.project.kind else "",
        tooltip=lambda row: (QCoreApplication.translate("ProjectModel", "The kind is not known (the year plan does not say)")
                             if row.overview.project.kind is None else None))
    ACTIVITY = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Activity"), width=28,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "The activity of the year plan the project belongs to"),
        text=lambda row: row.overview.activity or "")
    STAFF = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Staff"), width=28,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "The staff members who work on the project"),
        text=lambda row: ", ".join(member.member.display_name for member in row.overview.staff))
    DECISIONS = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Decisions"), width=9,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "How many decisions are recorded"),
        text=lambda row: str(row.decisions) if row.decisions else "",
        sort=lambda row: row.decisions,
        alignment=RIGHT)
    SENT = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Invoiced (€)"), width=16,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "The invoices sent to municipalities by the reference date, paid or not"),
        text=lambda row: _amount(row.totals.sent, row),
        sort=lambda row: _amount_key(row.totals.sent),
        alignment=RIGHT)
    OUTSTANDING = Column["ProjectRow"](
        QT_TRANSLATE_NOOP("ProjectModel", "Outstanding (€)"), width=15,
        tip=QT_TRANSLATE_NOOP("ProjectModel", "Sent by the reference date and not paid by then"),
        text=lambda row: _amount(row.totals.outstanding, row),
        sort=lambda row: _amount_key(row.totals.outstanding),
        tooltip=_outstanding_tooltip,
        foreground=lambda row: appearance.brush(appearance.ENDING_COLOUR) if row.totals.outstanding else None,
        alignment=RIGHT)

    def key(self, value: ProjectRow) -> object:
        return value.id


def _state_foreground(value: InvoiceOverview) -> QBrush:
    if value.state is InvoiceState.PAID:
        return appearance.brush(appearance.DONE_COLOUR)
    if value.state is InvoiceState.OUTSTANDING:
        return appearance.brush(appearance.ENDING_COLOUR)
    return appearance.brush(appearance.QUIET_COLOUR)


class InvoiceModel(RecordTableModel["InvoiceOverview"]):
    CONTEXT = "InvoiceModel"

    MUNICIPALITY = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Municipality"), width=18,
        text=lambda value: value.municipality)
    PROJECT = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Project"), width=20,
        text=lambda value: value.project)
    DESCRIPTION = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Description"), width=28,
        text=lambda value: value.invoice.description or "")
    AMOUNT = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Amount (€)"), width=12,
        text=lambda value: format_euros(value.invoice.amount_cents),
        sort=lambda value: _amount_key(value.invoice.amount_cents),
        alignment=RIGHT)
    SENT = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Sent on"), width=12,
        text=lambda value: format_date(value.invoice.sent_on),
        sort=lambda value: _date_key(value.invoice.sent_on, value.invoice.id))
    PAID = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "Paid on"), width=11,
        text=lambda value: format_date(value.invoice.paid_on),
        sort=lambda value: _date_key(value.invoice.paid_on, value.invoice.id))
    STATE = Column["InvoiceOverview"](
        QT_TRANSLATE_NOOP("InvoiceModel", "State"), width=16,
        tip=QT_TRANSLATE_NOOP("InvoiceModel", "Where the invoice stands on the reference date: not sent yet, outstanding or paid"),
        text=lambda value: state_text(value.state),
        sort=lambda value: f"{_STATE_ORDER[value.state]} {_date_key(value.invoice.sent_on, value.invoice.id)}",
        foreground=_state_foreground)

    def key(self, value: InvoiceOverview) -> object:
        return value.invoice.id
