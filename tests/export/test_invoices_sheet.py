"""The sheet Openstaande facturen read back with openpyxl: per municipality, totals, euros as numbers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from vgg_desktop.export import write_meeting_workbook
from vgg_desktop.export.styles import EURO_FORMAT
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.reports import Part, build_meeting_report
from vgg_desktop.startup import OpenedDatabase

MEETING = date(2022, 6, 14)


def _invoice(services: Services, project: str, municipality: str, amount: str, sent: str | None,
             paid: str | None = None, description: str | None = None) -> None:
    services.project_invoices.create({
        "project_id": next(item.id for item in services.projects.list() if item.name == project),
        "municipality_id": next(item.id for item in services.municipalities.list() if item.name == municipality),
        "amount_cents": amount, "sent_on": sent, "paid_on": paid, "description": description,
    })


def _write(opened: OpenedDatabase, tmp_path: Path) -> Worksheet:
    report = build_meeting_report(opened.services, MEETING, [Part.INVOICES], status_date=date(2022, 6, 7))
    path = write_meeting_workbook(report, tmp_path / "facturen.xlsx").path
    return openpyxl.load_workbook(path)["Openstaande facturen"]


def test_outstanding_invoices_per_municipality_with_totals(opened: OpenedDatabase, tmp_path: Path) -> None:
    services = opened.services
    _invoice(services, "Burgernet", "Veendam", "1.234,56", "01-03-2022", description="Bijdrage 2022")
    _invoice(services, "Waterregisseur", "Veendam", "1000", "01-06-2022")
    _invoice(services, "Burgernet", "Eemsdelta", "0,44", "14-06-2022")                 # sent on the day: counts
    _invoice(services, "Burgernet", "Pekela", "500,00", "01-03-2022", "14-06-2022")   # paid on the day: not open
    _invoice(services, "Burgernet", "Oldambt", "75,00", "15-06-2022")                 # sent after the meeting
    _invoice(services, "Burgernet", "Groningen", "80,00", None)                        # never sent
    ws = _write(opened, tmp_path)
    rows = [tuple(cell.value for cell in row) for row in ws.iter_rows()]
    assert rows[0] == ("Gemeente", "Project", "Omschrijving", "Verzonden op", "Open sinds", "Bedrag")
    assert [row[0] for row in rows[1:]] == ["Eemsdelta", "Totaal Eemsdelta", "Veendam", "Veendam", "Totaal Veendam",
                                            "Totaal alle gemeenten"]
    assert rows[1][1:] == ("Burgernet", None, datetime(2022, 6, 14), "0 dagen", 0.44)
    assert rows[3][1:] == ("Burgernet", "Bijdrage 2022", datetime(2022, 3, 1), "105 dagen", 1234.56)
    assert (rows[2][1], rows[5][1], rows[6][1]) == ("1 factuur", "2 facturen", "3 facturen")
    assert rows[5][5] == 2234.56 and rows[6][5] == 2235.0
    assert Decimal(str(rows[6][5])) == Decimal("2235.00")
    amounts = [row[5] for row in ws.iter_rows(min_row=2)]
    assert all(cell.number_format == EURO_FORMAT for cell in amounts)
    assert {cell.style for cell in amounts} == {"VGG normal bedrag", "VGG total bedrag"}
    assert all(cell.font.bold for cell in ws[7]) and not ws["A2"].font.bold
    assert ws.oddHeader.center.text == "Openstaande facturen op 14-06-2022"


def test_the_projecten_sheet_sums_up_decisions_and_invoices(opened: OpenedDatabase) -> None:
    services = opened.services
    report = build_meeting_report(services, MEETING, [Part.PROJECTS])
    assert report.sheets[1].summary.endswith("0 besluiten vastgelegd; op 14-06-2022 € 0,00 gefactureerd, waarvan "
                                             "€ 0,00 betaald en € 0,00 openstaand.")
    _invoice(services, "Burgernet", "Veendam", "1.234,56", "01-03-2022")
    _invoice(services, "Burgernet", "Pekela", "500,00", "01-03-2022", "01-04-2022")
    services.project_decisions.create({"project_id": services.projects.list()[0].id, "decided_on": "01-01-2022",
                                       "description": "Besloten."})
    report = build_meeting_report(services, MEETING, [Part.PROJECTS])
    assert report.sheets[1].summary.endswith("1 besluit vastgelegd; op 14-06-2022 € 1.734,56 gefactureerd, waarvan "
                                             "€ 500,00 betaald en € 1.234,56 openstaand.")


def test_nothing_outstanding_says_so(opened: OpenedDatabase, tmp_path: Path) -> None:
    ws = _write(opened, tmp_path)
    assert ws["A2"].value == "Geen gegevens" and ws.max_row == 2


@pytest.mark.parametrize(("cents", "shown"), [(123456, "€ 1.234,56"), (5, "€ 0,05")])
def test_the_euro_format_reads_the_dutch_way(cents: int, shown: str) -> None:
    """The format's own parts: the nl-NL euro sign before the number, grouping and two decimals."""
    from vgg_desktop.domain.money import euro_text

    assert EURO_FORMAT.startswith("[$€-413]") and "#,##0.00" in EURO_FORMAT
    assert euro_text(cents) == shown
