"""Projecten: the projects with their invoiced and outstanding amounts, and every invoice with its state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from tests.gui.models.helpers import column_texts
from vgg_desktop.domain.invoices import InvoiceTotals
from vgg_desktop.gui.models.base import SORT_ROLE
from vgg_desktop.gui.models.projects import InvoiceModel, ProjectModel, ProjectRow
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase

ON = date(2022, 6, 14)


def _invoices(services: Services) -> None:
    projects = {item.name: item.id for item in services.projects.list()}
    towns = {item.name: item.id for item in services.municipalities.list()}
    for project, town, amount, sent, paid in (
        ("Burgernet", "Veendam", "1.234,56", "01-03-2022", None),
        ("Burgernet", "Pekela", "9,00", "01-03-2022", "01-04-2022"),
        ("Burgernet", "Groningen", "10,00", None, None),
        ("Waterregisseur", "Eemsdelta", "12.000,00", "01-02-2022", None),
    ):
        services.project_invoices.create({"project_id": projects[project], "municipality_id": towns[town],
                                          "amount_cents": amount, "sent_on": sent, "paid_on": paid})


def project_model(services: Services) -> ProjectModel:
    finances = services.project_finances
    totals = finances.totals_per_project(ON)
    model = ProjectModel()
    model.set_rows(ProjectRow(item, 0, totals.get(item.project.id, InvoiceTotals())) for item in services.overviews.projects())
    return model


def invoice_model(services: Services) -> InvoiceModel:
    model = InvoiceModel()
    model.set_rows(services.project_finances.invoices(ON))
    return model


def test_both_pass_the_model_tester(qtmodeltester: ModelTester, opened: OpenedDatabase) -> None:
    _invoices(opened.services)
    qtmodeltester.check(project_model(opened.services))
    qtmodeltester.check(invoice_model(opened.services))


def test_the_seeded_projects_show_no_money(qapp: QApplication, opened: OpenedDatabase) -> None:
    model = project_model(opened.services)
    assert sorted(column_texts(model, ProjectModel.NAME)) == ["Burgernet", "Meten en Monitoren", "Waterregisseur"]
    assert set(column_texts(model, ProjectModel.SENT)) == {""}
    assert set(column_texts(model, ProjectModel.OUTSTANDING)) == {""}
    assert "Mw. R. de Jonge" in column_texts(model, ProjectModel.STAFF)[column_texts(model, ProjectModel.NAME).index("Burgernet")]


def test_amounts_read_as_euros_right_aligned_and_sort_as_numbers(dutch: None, opened: OpenedDatabase) -> None:
    _invoices(opened.services)
    projects = project_model(opened.services)
    names = column_texts(projects, ProjectModel.NAME)
    burgernet = names.index("Burgernet")
    assert column_texts(projects, ProjectModel.SENT)[burgernet] == "1.243,56"
    assert column_texts(projects, ProjectModel.OUTSTANDING)[burgernet] == "1.234,56"
    assert projects.index(burgernet, ProjectModel.SENT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert projects.headerData(ProjectModel.OUTSTANDING, Qt.Orientation.Horizontal) == "Openstaand (€)"
    invoices = invoice_model(opened.services)
    assert column_texts(invoices, InvoiceModel.MUNICIPALITY) == ["Eemsdelta", "Groningen", "Pekela", "Veendam"]
    assert column_texts(invoices, InvoiceModel.AMOUNT) == ["12.000,00", "10,00", "9,00", "1.234,56"]
    assert column_texts(invoices, InvoiceModel.STATE) == ["openstaand", "nog niet verzonden", "betaald", "openstaand"]
    keys = [invoices.index(row, InvoiceModel.AMOUNT).data(SORT_ROLE) for row in range(invoices.rowCount())]
    # 9,00 before 10,00 before 1.234,56: by amount, not by text.
    assert sorted(range(4), key=lambda row: keys[row]) == [2, 1, 3, 0]
