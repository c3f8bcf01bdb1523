"""Projecten: the inter-municipal projects and secondments, their decisions, and the invoices to municipalities.

The invoices are judged on the window's peildatum: sent by then, paid by then, or outstanding. The
detail pane of a project lists its staff, its decisions (date, content, financial part) and its
invoices per municipality with totals; the table below lists every invoice of every project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.invoices import InvoiceTotals
from vgg_desktop.domain.money import euro_text, format_euros
from vgg_desktop.gui.models.projects import InvoiceModel, ProjectModel, ProjectRow, state_text
from vgg_desktop.gui.settings import Settings
from vgg_desktop.gui.tabs.base import RecordTab
from vgg_desktop.gui.tabs.section import TableSection
from vgg_desktop.gui.widgets.detail_pane import Details, link

if TYPE_CHECKING:
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.projects import InvoiceOverview


class ProjectsTab(RecordTab):
    NAME = "projects"
    DEPENDS_ON = frozenset({"project", "project_decision", "project_invoice", "municipality", "staff_member",
                            "employment", "activity"})

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self.model = ProjectModel(self)
        self.table = self.add_section(TableSection(
            "projects", "project", self.model, self, record_of=lambda value: value.overview.project,
        ))
        self.invoice_model = InvoiceModel(self)
        self.invoices = self.add_section(TableSection(
            "invoices", "project_invoice", self.invoice_model, self, record_of=lambda value: value.invoice,
        ))
        self.add_decision_action = self.add_action(
            self.tr("Add &decision..."),
            self.tr("Record a decision on the selected project: date, content and financial part"),
            self.add_decision)
        self.add_invoice_action = self.add_action(
            self.tr("Add &invoice..."),
            self.tr("Record an invoice of the selected project to a municipality"),
            self.add_invoice)
        self.tables = self.stacked_tables("projects_tables", [(self.tr("&Projects and secondments"), self.table),
                                                              (self.tr("In&voices"), self.invoices)], [260, 320])
        self.finish_layout(self.tables)

    def title(self) -> str:
        return self.tr("Projects")

    def load(self, services: Services) -> None:
        on = self.today()
        finances = services.project_finances
        totals = finances.totals_per_project(on)
        decisions = finances.decision_counts()
        self.model.set_rows(ProjectRow(item, decisions.get(item.project.id, 0),
                                       totals.get(item.project.id, InvoiceTotals()))
                            for item in services.overviews.projects())
        self.invoice_model.set_rows(finances.invoices(on))

    # --- adding -------------------------------------------------------------------------------

    def _project_id(self) -> int | None:
        """The project the user is looking at: the one selected above, or the one of the invoice selected below."""
        if self.current_section() is self.invoices:
            invoice: InvoiceOverview | None = self.invoices.selected_value()
            if invoice is not None:
                return invoice.invoice.project_id
        row: ProjectRow | None = self.table.selected_value()
        return row.id if row is not None else None

    def add_defaults(self, section: TableSection) -> dict[str, Any] | None:
        if section is self.invoices:
            project_id = self._project_id()
            return {"project_id": project_id} if project_id is not None else None
        return None

    def add_decision(self) -> None:
        project_id = self._project_id()
        if project_id is not None:
            self.open_form("project_decision", None, {"project_id": project_id, "decided_on": self.today()})

    def add_invoice(self) -> None:
        project_id = self._project_id()
        if project_id is not None:
            self.open_form("project_invoice", None, {"project_id": project_id}, select_in=self.invoices)

    def extra_enabled(self, action: QAction, value: Any | None) -> bool:
        return self._project_id() is not None

    # --- details ------------------------------------------------------------------------------

    def describe(self, section: TableSection, value: Any, services: Services) -> Details:
        if section is self.invoices:
            return self._describe_invoice(value)
        row: ProjectRow = value
        project = row.overview.project
        on = self.today()
        details = Details(project.name, project.kind.label if project.kind else self.tr("Kind not known"))
        details.fields([(self.tr("Activity"), row.overview.activity)])
        if project.description:
            details.paragraph(project.description)
        details.section(self.tr("Staff"))
        details.items([self._staff_text(member) for member in row.overview.staff], empty=self.tr("Nobody recorded."))
        finance = services.project_finances.of_project(project.id, on)
        details.section(self.tr("Decisions"))
        details.linked_items(
            [(self._decision_text(item.decided_on, item.description, item.finances),
              [(self.tr("change"), link("edit", "project_decision", item.id)),
               (self.tr("delete"), link("delete", "project_decision", item.id))])
             for item in finance.decisions],
            empty=self.tr("No decision recorded."))
        details.section(self.tr("Invoices per municipality on %1").replace("%1", format_date(on)))
        if finance.per_municipality:
            headers = (self.tr("Municipality"), self.tr("Sent"), self.tr("Paid"), self.tr("Outstanding"))
            details.table(headers, [(item.municipality, *self._amounts(item.totals)) for item in finance.per_municipality],
                          total=(self.tr("Total"), *self._amounts(finance.totals)))
            if finance.totals.not_sent:
                details.paragraph(self.tr("Not sent yet: %1.").replace("%1", euro_text(finance.totals.not_sent)), muted=True)
        else:
            details.paragraph(self.tr("No invoice recorded."), muted=True)
        return details

    def _amounts(self, totals: InvoiceTotals) -> tuple[str, str, str]:
        return format_euros(totals.sent), format_euros(totals.paid), format_euros(totals.outstanding)

    def _staff_text(self, member: Any) -> str:
        function = member.function
        if member.personnel_details:
            employment = member.main_employment(self.today())
            if employment is not None:
                function = employment.function or employment.description
        return f"{member.member.display_name} ({function})" if function else member.member.display_name

    def _decision_text(self, decided_on: Any, description: str, finances: str | None) -> str:
        text = f"{format_date(decided_on)}: {description}"
        if finances:
            text += "\n" + self.tr("Finances: %1").replace("%1", finances)
        return text

    def _describe_invoice(self, item: InvoiceOverview) -> Details:
        invoice = item.invoice
        details = Details(self.tr("Invoice to %1").replace("%1", item.municipality), item.project)
        details.fields([
            (self.tr("Amount"), euro_text(invoice.amount_cents)),
            (self.tr("Description"), invoice.description),
            (self.tr("Sent on"), format_date(invoice.sent_on) or None),
            (self.tr("Paid on"), format_date(invoice.paid_on) or None),
            (self.tr("On %1").replace("%1", format_date(self.today())), state_text(item.state)),
        ])
        return details
