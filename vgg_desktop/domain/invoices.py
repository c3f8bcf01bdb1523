"""Where an invoice to a municipality stands on a given day, and what a set of invoices adds up to.

A day is always given (the window's peildatum, the meeting date), so that an overview made for a
meeting reads as it will on that day: an invoice sent after it is not yet sent, one paid after it is
still outstanding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from vgg_desktop.domain.entities import ProjectInvoice


class InvoiceState(Enum):
    NOT_SENT = "nog niet verzonden"
    OUTSTANDING = "openstaand"
    PAID = "betaald"

    @property
    def label(self) -> str:
        return self.value


def invoice_state(invoice: ProjectInvoice, on: date) -> InvoiceState:
    if invoice.sent_on is None or invoice.sent_on > on:
        return InvoiceState.NOT_SENT
    if invoice.paid_on is not None and invoice.paid_on <= on:
        return InvoiceState.PAID
    return InvoiceState.OUTSTANDING


@dataclass(frozen=True)
class InvoiceTotals:
    """Sums in cents on one day: sent (paid or not), paid, outstanding (sent, not paid) and not yet sent."""

    sent: int = 0
    paid: int = 0
    outstanding: int = 0
    not_sent: int = 0
    count: int = 0
    outstanding_count: int = 0

    def __add__(self, other: InvoiceTotals) -> InvoiceTotals:
        return InvoiceTotals(self.sent + other.sent, self.paid + other.paid, self.outstanding + other.outstanding,
                             self.not_sent + other.not_sent, self.count + other.count,
                             self.outstanding_count + other.outstanding_count)


def totals(invoices: Iterable[ProjectInvoice], on: date) -> InvoiceTotals:
    result = InvoiceTotals()
    for invoice in invoices:
        state = invoice_state(invoice, on)
        amount = invoice.amount_cents
        result += InvoiceTotals(
            sent=amount if state is not InvoiceState.NOT_SENT else 0,
            paid=amount if state is InvoiceState.PAID else 0,
            outstanding=amount if state is InvoiceState.OUTSTANDING else 0,
            not_sent=amount if state is InvoiceState.NOT_SENT else 0,
            count=1,
            outstanding_count=1 if state is InvoiceState.OUTSTANDING else 0,
        )
    return result
