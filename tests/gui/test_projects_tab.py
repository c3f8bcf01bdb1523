"""Projecten in the window: projects with staff, decisions and invoices per municipality, edited through forms,
each save one step to undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QWidget

from tests.gui.helpers import answer_yes, choose, everything, fill_form, select, texts
from vgg_desktop.gui.editing.date_field import DateField
from vgg_desktop.gui.editing.record_dialog import RecordDialog
from vgg_desktop.gui.main_window import MainWindow
from vgg_desktop.gui.models.projects import InvoiceModel, ProjectModel
from vgg_desktop.startup import OpenedDatabase


def _line(dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    assert field is not None, name
    field.setText(text)


def _date(dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(DateField, name)
    assert field is not None, name
    field.setText(text)


def _text(dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QPlainTextEdit, name)
    assert field is not None, name
    field.setPlainText(text)


def _town(opened: OpenedDatabase, name: str) -> int:
    return next(item.id for item in opened.services.municipalities.list() if item.name == name)


def test_the_tab_comes_after_activities_and_lists_the_seeded_projects(window: MainWindow) -> None:
    assert [window.tabs.tabText(index) for index in range(window.tabs.count())] == [
        "Bestuur", "Portefeuilles", "Bureau", "Activiteiten", "Projecten"]
    window.tab_actions[4].trigger()
    tab = window.projects_tab
    assert window.current_tab() is tab
    assert sorted(texts(tab.table.proxy, ProjectModel.NAME)) == ["Burgernet", "Meten en Monitoren", "Waterregisseur"]
    assert tab.invoices.shown() == 0
    select(tab.table, ProjectModel.NAME, "Waterregisseur")
    details = tab.details.toPlainText()
    assert "Dhr. W. Rothstegge" in details and "Geen besluit vastgelegd." in details and "Geen factuur vastgelegd." in details


def test_add_a_decision_and_an_invoice_then_undo_each(window: MainWindow, opened: OpenedDatabase) -> None:
    window.reference.set(date(2022, 6, 14))
    window.show_tab(4)
    tab = window.projects_tab
    select(tab.table, ProjectModel.NAME, "Burgernet")
    assert tab.add_decision_action.isEnabled() and tab.add_invoice_action.isEnabled()

    def decision(dialog: QDialog) -> None:
        _text(dialog, "description", "Het DB stemt in met Burgernet in 2022.")
        _text(dialog, "finances", "Kosten naar inwonertal verdeeld.")

    forms = fill_form(decision)
    tab.add_decision_action.trigger()
    assert forms and forms[0].windowTitle() == "Besluit toevoegen"
    details = tab.details.toPlainText()
    assert "14-06-2022: Het DB stemt in met Burgernet in 2022." in details
    assert "Financiën: Kosten naar inwonertal verdeeld." in details
    assert texts(tab.table.proxy, ProjectModel.DECISIONS)[texts(tab.table.proxy, ProjectModel.NAME).index("Burgernet")] == "1"

    def invoice(dialog: QDialog) -> None:
        choose(dialog, "municipality_id", _town(opened, "Veendam"))
        _line(dialog, "amount_cents", "€ 1.234,5")
        _date(dialog, "sent_on", "01-03-2022")

    fill_form(invoice)
    tab.add_invoice_action.trigger()
    assert texts(tab.invoices.proxy, InvoiceModel.AMOUNT) == ["1.234,50"]
    assert texts(tab.invoices.proxy, InvoiceModel.STATE) == ["openstaand"]
    assert "Factuur aan Veendam" in tab.details.toPlainText(), "the new invoice is selected"
    select(tab.table, ProjectModel.NAME, "Waterregisseur")
    select(tab.table, ProjectModel.NAME, "Burgernet")
    details = tab.details.toPlainText()
    assert "Facturen per gemeente op 14-06-2022" in details
    assert "Veendam" in details and "Totaal" in details and "1.234,50" in details
    assert opened.services.project_invoices.list()[0].amount_cents == 123450

    assert window.undo_action.text() == "&Ongedaan maken: Factuur toevoegen"
    window.undo_action.trigger()
    assert tab.invoices.shown() == 0 and opened.services.project_invoices.count() == 0
    window.undo_action.trigger()
    assert opened.services.project_decisions.count() == 0
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert opened.services.project_invoices.count() == 1 and opened.services.project_decisions.count() == 1


def test_change_an_invoice_to_paid_and_delete_it(window: MainWindow, opened: OpenedDatabase) -> None:
    services = opened.services
    project = next(item for item in services.projects.list() if item.name == "Waterregisseur")
    services.project_invoices.create({"project_id": project.id, "municipality_id": _town(opened, "Pekela"),
                                      "amount_cents": "800,00", "sent_on": "01-02-2022"})
    window.reference.set(date(2022, 6, 14))
    window.show_tab(4)
    tab = window.projects_tab
    select(tab.invoices, InvoiceModel.MUNICIPALITY, "Pekela")
    fill_form(lambda dialog: _date(dialog, "paid_on", "01-04-2022"))
    window.edit_action.trigger()
    assert texts(tab.invoices.proxy, InvoiceModel.STATE) == ["betaald"]
    assert "Betaald op" in tab.details.toPlainText()
    answer_yes()
    window.delete_action.trigger()
    assert services.project_invoices.count() == 0 and "Pekela" not in everything(tab.invoices)
    window.undo_action.trigger()
    assert services.project_invoices.list()[0].paid_on == date(2022, 4, 1)


def test_a_wrong_amount_is_refused_in_the_form_and_nothing_is_saved(window: MainWindow, opened: OpenedDatabase) -> None:
    window.show_tab(4)
    tab = window.projects_tab
    select(tab.table, ProjectModel.NAME, "Burgernet")
    messages: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RecordDialog), dialog
        choose(dialog, "municipality_id", _town(opened, "Veendam"))
        _line(dialog, "amount_cents", "12,345")
        dialog.save_button.click()
        messages.append(dialog.error_text("amount_cents"))
        QDialog.reject(dialog)

    from tests.gui.helpers import when_modal

    when_modal(fill)
    tab.add_invoice_action.trigger()
    assert messages == ["'12,345' heeft 3 cijfers na de komma. Bedoelt u 12.345,00?"]
    assert opened.services.project_invoices.count() == 0 and not window.undo_action.isEnabled()


def test_add_a_project_from_the_tab_then_delete_it_with_its_invoice_and_undo(window: MainWindow,
                                                                           opened: OpenedDatabase) -> None:
    window.show_tab(4)
    tab = window.projects_tab
    tab.table.view.setFocus()
    select(tab.table, ProjectModel.NAME, "Burgernet")
    forms = fill_form(lambda dialog: _line(dialog, "name", "Regionale Energiestrategie"))
    window.add_action.trigger()
    assert forms and forms[0].windowTitle() == "Project toevoegen"
    assert "Regionale Energiestrategie" in texts(tab.table.proxy, ProjectModel.NAME)
    project = next(item for item in opened.services.projects.list() if item.name == "Regionale Energiestrategie")
    opened.services.project_invoices.create({"project_id": project.id, "municipality_id": _town(opened, "Oldambt"),
                                             "amount_cents": "50,00", "sent_on": "01-03-2022"})
    window.refresh_action.trigger()
    select(tab.table, ProjectModel.NAME, "Regionale Energiestrategie")
    answer_yes()
    window.delete_action.trigger()
    assert "Regionale Energiestrategie" not in texts(tab.table.proxy, ProjectModel.NAME)
    assert opened.services.project_invoices.count() == 0 and tab.invoices.shown() == 0
    window.undo_action.trigger()
    assert "Regionale Energiestrategie" in texts(tab.table.proxy, ProjectModel.NAME)
    assert texts(tab.invoices.proxy, InvoiceModel.MUNICIPALITY) == ["Oldambt"]
