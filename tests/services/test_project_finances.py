"""Decisions and invoices of projects: saved through the services, refused in Dutch, added up per municipality."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from vgg_desktop.domain.errors import RuleViolation, ValidationError
from vgg_desktop.domain.invoices import InvoiceState
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase, open_database


def _project(services: Services, name: str) -> int:
    return next(project.id for project in services.projects.list() if project.name == name)


def _municipality(services: Services, name: str) -> int:
    return next(item.id for item in services.municipalities.list() if item.name == name)


def _invoice(services: Services, project: str, municipality: str, amount: Any, sent: str | None = None,
             paid: str | None = None, description: str | None = None) -> Any:
    return services.project_invoices.create({
        "project_id": _project(services, project), "municipality_id": _municipality(services, municipality),
        "amount_cents": amount, "sent_on": sent, "paid_on": paid, "description": description,
    })


def test_the_seed_records_no_decisions_and_no_invoices(opened: OpenedDatabase) -> None:
    """The plan names the projects and asks that decisions and invoices be registered; it gives none."""
    services = opened.services
    assert services.project_decisions.count() == 0
    assert services.project_invoices.count() == 0
    projects = services.projects.list()
    assert sorted(project.name for project in projects) == ["Burgernet", "Meten en Monitoren", "Waterregisseur"]
    assert projects[0].activity_id is not None
    activity = services.activities.get(projects[0].activity_id)
    assert activity.title.startswith("Faciliteren van opzet/uitvoering intergemeentelijke projecten")
    assert "Facturen zijn verzonden en geïnd;" in activity.results
    assert {project.activity_id for project in projects} == {activity.id}


def test_an_invoice_takes_euros_as_typed_and_keeps_cents(opened: OpenedDatabase) -> None:
    services = opened.services
    invoice = _invoice(services, "Burgernet", "Pekela", "€ 1.234,56", "01-03-2022")
    assert invoice.amount_cents == 123456
    changed = services.project_invoices.update(invoice.id, invoice.version, {"amount_cents": "1234,5"})
    assert changed.amount_cents == 123450
    restoration = services.project_invoices.delete(changed.id, changed.version)
    assert services.project_invoices.count() == 0
    services.restore(restoration)
    assert services.project_invoices.get(invoice.id).amount_cents == 123450
    described = [record.summary() for change in services.history.of_record("project_invoice", invoice.id)
                 for record in change.records]
    assert described  # every step is in the history of changes
    fields = [field for change in services.history.of_record("project_invoice", invoice.id)
              for record in change.records for field in record.fields if field.name == "amount_cents"]
    assert {"1.234,56", "1.234,50"} <= {field.old for field in fields} | {field.new for field in fields}


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"amount_cents": "0"}, "amount_cents", "Bedrag: moet minstens € 0,01 zijn."),
    ({"amount_cents": "-5,00"}, "amount_cents", "Bedrag: moet minstens € 0,01 zijn."),
    ({"amount_cents": "12,345"}, "amount_cents", "3 cijfers na de komma"),
    ({"amount_cents": "abc"}, "amount_cents", "Bedrag: 'abc' is geen bedrag."),
    ({"amount_cents": ""}, "amount_cents", "Bedrag: vul dit veld in."),
    ({"sent_on": "10-03-2022", "paid_on": "09-03-2022"}, "paid_on", "ligt vóór 'Verzonden op'"),
    ({"sent_on": None, "paid_on": "09-03-2022"}, "sent_on", "een betaalde factuur is verzonden"),
    ({"municipality_id": None}, "municipality_id", "Gemeente: vul dit veld in."),
])
def test_a_wrong_invoice_is_refused_in_dutch_and_nothing_changes(opened: OpenedDatabase, changes: dict[str, Any],
                                                                 field: str, words: str) -> None:
    services = opened.services
    invoice = _invoice(services, "Waterregisseur", "Oldambt", "100,00", "01-02-2022")
    with pytest.raises(ValidationError) as refused:
        services.project_invoices.update(invoice.id, invoice.version, changes)
    assert words in refused.value.errors[field]
    assert services.project_invoices.get(invoice.id) == invoice


def test_a_decision_holds_its_date_content_and_financial_part(opened: OpenedDatabase) -> None:
    services = opened.services
    project = _project(services, "Waterregisseur")
    decision = services.project_decisions.create({
        "project_id": project, "decided_on": "10-03-2022", "description": "Detachering verlengd tot 1 september 2023.",
        "finances": "Kosten gedeeld naar inwonertal.",
    })
    assert decision.decided_on == date(2022, 3, 10) and decision.finances == "Kosten gedeeld naar inwonertal."
    with pytest.raises(ValidationError) as refused:
        services.project_decisions.create({"project_id": project, "decided_on": "", "description": ""})
    assert set(refused.value.errors) == {"decided_on", "description"}
    earlier = services.project_decisions.create({"project_id": project, "decided_on": "2021-12-01", "description": "Start."})
    finance = services.project_finances.of_project(project, date(2022, 6, 14))
    assert [item.id for item in finance.decisions] == [earlier.id, decision.id]


def test_totals_per_municipality_and_outstanding_as_of_a_day(opened: OpenedDatabase) -> None:
    services = opened.services
    _invoice(services, "Burgernet", "Veendam", "1.000,00", "01-02-2022", "01-03-2022")
    _invoice(services, "Burgernet", "Veendam", "250,50", "01-04-2022")
    _invoice(services, "Burgernet", "Eemsdelta", "99,99", "15-06-2022")              # sent after the meeting
    _invoice(services, "Burgernet", "Eemsdelta", "10,00")                            # not sent at all
    _invoice(services, "Waterregisseur", "Eemsdelta", "2.000,00", "01-01-2022", "20-06-2022")  # paid after it

    meeting = date(2022, 6, 14)
    finance = services.project_finances.of_project(_project(services, "Burgernet"), meeting)
    per = {item.municipality: item.totals for item in finance.per_municipality}
    assert [item.municipality for item in finance.per_municipality] == ["Eemsdelta", "Veendam"]
    assert (per["Veendam"].sent, per["Veendam"].paid, per["Veendam"].outstanding) == (125050, 100000, 25050)
    assert (per["Eemsdelta"].sent, per["Eemsdelta"].not_sent) == (0, 10999)
    assert (finance.totals.sent, finance.totals.paid, finance.totals.outstanding, finance.totals.count) == (125050, 100000, 25050, 4)

    outstanding = services.project_finances.outstanding(meeting)
    assert [(group.municipality, group.totals.outstanding) for group, _ in outstanding.per_municipality] == [
        ("Eemsdelta", 200000), ("Veendam", 25050)]
    assert outstanding.total == 225050 and outstanding.count == 2
    later = services.project_finances.outstanding(date(2022, 6, 30))
    assert [(group.municipality, group.totals.outstanding) for group, _ in later.per_municipality] == [
        ("Eemsdelta", 9999), ("Veendam", 25050)]
    states = {(item.municipality, item.invoice.amount_cents): item.state for item in services.project_finances.invoices(meeting)}
    assert states[("Eemsdelta", 1000)] is InvoiceState.NOT_SENT
    assert states[("Veendam", 100000)] is InvoiceState.PAID
    assert states[("Eemsdelta", 200000)] is InvoiceState.OUTSTANDING


def test_deleting_a_project_takes_its_decisions_and_invoices_and_undo_brings_them_back(opened: OpenedDatabase) -> None:
    services = opened.services
    project = services.projects.get(_project(services, "Burgernet"))
    _invoice(services, "Burgernet", "Pekela", "10,00", "01-02-2022")
    services.project_decisions.create({"project_id": project.id, "decided_on": "01-01-2022", "description": "Start."})
    restoration = services.projects.delete(project.id, project.version)
    assert services.project_invoices.count() == 0 and services.project_decisions.count() == 0
    services.restore(restoration)
    assert services.project_invoices.count() == 1 and services.project_decisions.count() == 1


def test_a_municipality_with_invoices_cannot_be_deleted(opened: OpenedDatabase) -> None:
    services = opened.services
    _invoice(services, "Burgernet", "Pekela", "10,00", "01-02-2022")
    pekela = services.municipalities.get(_municipality(services, "Pekela"))
    with pytest.raises(RuleViolation):
        services.municipalities.delete(pekela.id, pekela.version)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_opened(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else f"sqlite:///{tmp_path / 'vgg.sqlite3'}"
    opened = open_database(url)
    yield opened
    opened.database.dispose()


@pytest.mark.parametrize(("amount", "sent", "paid"), [
    (0, "2022-03-01", None),
    (-100, "2022-03-01", None),
    (100, "2022-03-01", "2022-02-28"),
    (100, None, "2022-02-28"),
])
def test_the_database_itself_refuses_an_impossible_invoice(any_opened: OpenedDatabase, amount: int, sent: str | None,
                                                           paid: str | None) -> None:
    services = any_opened.services
    project = _project(services, "Burgernet")
    municipality = _municipality(services, "Pekela")
    insert = text("INSERT INTO project_invoice (project_id, municipality_id, amount_cents, sent_on, paid_on, version, "
                  "created_at, updated_at) VALUES (:project, :municipality, :amount, :sent, :paid, 1, "
                  "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
    with pytest.raises(IntegrityError) as refused, any_opened.database.engine.begin() as connection:
        connection.execute(insert, {"project": project, "municipality": municipality, "amount": amount,
                                    "sent": sent, "paid": paid})
    from vgg_desktop.db.unit_of_work import known_refusal

    explained = known_refusal(refused.value)
    assert explained is not None and "Er is niets opgeslagen" in explained.message
    with any_opened.database.engine.begin() as connection:
        connection.execute(insert, {"project": project, "municipality": municipality, "amount": 1,
                                    "sent": "2022-03-01", "paid": "2022-03-01"})
    assert services.project_invoices.count() == 1
