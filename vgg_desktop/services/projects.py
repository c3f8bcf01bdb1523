"""The money side of projects and secondments: decisions, invoices per municipality, what is outstanding.

Read models only; decisions and invoices are added, changed and deleted through their record services
(`Services.project_decisions`, `Services.project_invoices`) like every other record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from vgg_desktop.db import models as m
from vgg_desktop.db.mapping import to_value
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e, schema as s
from vgg_desktop.domain.invoices import InvoiceState, InvoiceTotals, invoice_state, totals


@dataclass(frozen=True)
class InvoiceOverview:
    invoice: e.ProjectInvoice
    project: str
    municipality: str
    state: InvoiceState
    """Where it stands on the day asked for."""


@dataclass(frozen=True)
class MunicipalityTotals:
    municipality: str
    totals: InvoiceTotals


@dataclass(frozen=True)
class ProjectFinance:
    """One project's decisions (oldest first) and invoices on a day, with totals per municipality and in all."""

    project_id: int
    decisions: tuple[e.ProjectDecision, ...]
    invoices: tuple[InvoiceOverview, ...]
    per_municipality: tuple[MunicipalityTotals, ...]
    totals: InvoiceTotals


@dataclass(frozen=True)
class OutstandingInvoices:
    """Invoices sent and not paid on `on`, per municipality (by name), with each municipality's total."""

    on: date
    per_municipality: tuple[tuple[MunicipalityTotals, tuple[InvoiceOverview, ...]], ...]
    total: int

    @property
    def count(self) -> int:
        return sum(len(invoices) for _totals, invoices in self.per_municipality)


class ProjectFinances:
    def __init__(self, database: Database) -> None:
        self._database = database

    def invoices(self, on: date, project_id: int | None = None) -> tuple[InvoiceOverview, ...]:
        """Every invoice (of one project, if given) by municipality, then date sent (unsent last), project."""
        with self._database.reading() as session:
            statement = select(m.ProjectInvoiceRow)
            if project_id is not None:
                statement = statement.where(m.ProjectInvoiceRow.project_id == project_id)
            invoices = [to_value(s.PROJECT_INVOICE, row) for row in session.scalars(statement)]
            projects = {row.id: row.name for row in session.execute(select(m.ProjectRow.id, m.ProjectRow.name))}
            municipalities = {row.id: row.name for row in session.execute(select(m.MunicipalityRow.id, m.MunicipalityRow.name))}
        overviews = [InvoiceOverview(invoice, projects[invoice.project_id], municipalities[invoice.municipality_id],
                                     invoice_state(invoice, on)) for invoice in invoices]
        overviews.sort(key=lambda item: (item.municipality.casefold(), item.invoice.sent_on is None,
                                         item.invoice.sent_on or date.max, item.project.casefold(), item.invoice.id))
        return tuple(overviews)

    def of_project(self, project_id: int, on: date) -> ProjectFinance:
        with self._database.reading() as session:
            decisions = tuple(to_value(s.PROJECT_DECISION, row) for row in session.scalars(
                select(m.ProjectDecisionRow).where(m.ProjectDecisionRow.project_id == project_id)
                .order_by(m.ProjectDecisionRow.decided_on, m.ProjectDecisionRow.id)))
        invoices = self.invoices(on, project_id)
        return ProjectFinance(project_id, decisions, invoices, _per_municipality(invoices, on),
                              totals((item.invoice for item in invoices), on))

    def totals_per_project(self, on: date) -> dict[int, InvoiceTotals]:
        grouped: dict[int, list[e.ProjectInvoice]] = defaultdict(list)
        for item in self.invoices(on):
            grouped[item.invoice.project_id].append(item.invoice)
        return {project_id: totals(invoices, on) for project_id, invoices in grouped.items()}

    def decision_counts(self) -> dict[int, int]:
        with self._database.reading() as session:
            counts: dict[int, int] = defaultdict(int)
            for project_id in session.scalars(select(m.ProjectDecisionRow.project_id)):
                counts[project_id] += 1
            return dict(counts)

    def outstanding(self, on: date) -> OutstandingInvoices:
        """What municipalities owe on `on`: sent on or before it, not paid on or before it."""
        open_ones = [item for item in self.invoices(on) if item.state is InvoiceState.OUTSTANDING]
        grouped: dict[str, list[InvoiceOverview]] = defaultdict(list)
        for item in open_ones:
            grouped[item.municipality].append(item)
        per_municipality = tuple(
            (MunicipalityTotals(name, totals((item.invoice for item in items), on)), tuple(items))
            for name, items in sorted(grouped.items(), key=lambda pair: pair[0].casefold()))
        return OutstandingInvoices(on, per_municipality, sum(item.invoice.amount_cents for item in open_ones))


def _per_municipality(invoices: tuple[InvoiceOverview, ...], on: date) -> tuple[MunicipalityTotals, ...]:
    grouped: dict[str, list[e.ProjectInvoice]] = defaultdict(list)
    for item in invoices:
        grouped[item.municipality].append(item.invoice)
    return tuple(MunicipalityTotals(name, totals(items, on))
                 for name, items in sorted(grouped.items(), key=lambda pair: pair[0].casefold()))
