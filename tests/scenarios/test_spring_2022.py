"""The spring of 2022 end to end: record the election, refill the board in April and two VNG committees in June,
export the workbook for the meeting in July and find in it what was refilled (with the dates) and what is open."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl

from tests.scenarios.spring_2022 import APRIL, JUNE, MEETING, REFILLED_COMMITTEES, play
from vgg_desktop.domain.dates import format_date
from vgg_desktop.export.workbook import write_meeting_workbook
from vgg_desktop.services.refills import DateSource, RefillState
from vgg_desktop.services.reports import build_meeting_report
from vgg_desktop.services.vacancies import PlaceKind
from vgg_desktop.startup import OpenedDatabase


def test_the_spring_of_2022_in_the_workbook_for_july(opened: OpenedDatabase, tmp_path: Path) -> None:
    services = opened.services
    play(services)

    refills = services.refills.latest(MEETING)
    assert refills is not None
    counts = {count.kind: (count.filled, count.total) for count in refills.counts()}
    # 11 seats: 3 opened by the election, 8 already open; the three refilled in April.
    assert counts[PlaceKind.BOARD_SEAT] == (3, 11)
    assert counts[PlaceKind.VNG_COMMITTEE] == (2, 11)
    assert counts[PlaceKind.PORTFOLIO] == (0, 9) and counts[PlaceKind.CONSULTATION] == (0, 9)
    seats = [item for item in refills.places if item.kind is PlaceKind.BOARD_SEAT and item.is_filled]
    assert {(item.filled_on, item.source) for item in seats} == {(APRIL, DateSource.START_DATE)}
    committees = [item for item in refills.places if item.kind is PlaceKind.VNG_COMMITTEE and item.is_filled]
    assert sorted(item.place for item in committees) == sorted(REFILLED_COMMITTEES)
    assert {(item.filled_on, item.source) for item in committees} == {(JUNE, DateSource.RECORDED)}
    # Seen from the day before the new terms start, the seats are open still: their dates say so.
    day_before = services.refills.latest(APRIL - timedelta(days=1))
    assert day_before is not None
    assert {count.kind: count.filled for count in day_before.counts()}[PlaceKind.BOARD_SEAT] == 0
    assert all(item.state is RefillState.OPEN for item in day_before.places if item.kind is PlaceKind.BOARD_SEAT)

    target = tmp_path / "Overzicht VGG vergadering 14-07-2022.xlsx"
    write_meeting_workbook(build_meeting_report(services, MEETING), target)
    workbook = openpyxl.load_workbook(target)
    sheet = workbook["Vacatures"]
    header = [cell.value for cell in sheet[1]]
    assert header == ["Plaats", "Hoort erbij", "Stand op 14-07-2022", "Sinds de verkiezing", "Waarom open en wat volgt"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    headings = [row[0] for row in rows if row[1:] == [None] * 4]
    assert "Zetels in het Dagelijks Bestuur: 8 open; na de verkiezing 3 van 11 weer ingevuld" in headings
    assert "Leden van VNG-commissies: 9 open; na de verkiezing 2 van 11 weer ingevuld" in headings
    # Eight of the nine open chairs are chaired by a portfolio's holder and listed with that portfolio.
    assert ("Voorzitters van portefeuillehouderoverleggen: 1 open (en 8 als onderdeel van een plaats hierboven); "
            "na de verkiezing 0 van 9 weer ingevuld") in headings
    states = {(row[0], row[2]) for row in rows}
    for name, member in zip(REFILLED_COMMITTEES, ("1. Commissielid1", "2. Commissielid2"), strict=True):
        assert (name, f"Ingevuld, vastgelegd op {format_date(JUNE)}\n{member}") in states
    refilled_seats = [row for row in rows if str(row[2]).startswith(f"Ingevuld op {format_date(APRIL)}\n")]
    assert {row[3] for row in refilled_seats} == {"vrijgekomen (was: Ard van der Tuuk)", "vrijgekomen (was: Annalies Usmany)",
                                                   "vrijgekomen (was: Dhr. J. Kuin)"}
    assert {str(row[2]).split("\n")[1] for row in refilled_seats} == {"T. Tammens", "B. Bakker", "S. Smid"}
    still_open = [row for row in rows if row[2] == "Open"]
    assert len(still_open) == len(services.overviews.vacancies(MEETING))
    assert ("Europa en Internationaal", "Open") in states and ("Groninger en Algemene Zaken, Bestuur", "Open") in states
    summary = next(row[1] for row in workbook["Overzicht"].iter_rows(values_only=True) if row[0] == "Blad Vacatures")
    assert "Na de gemeenteraadsverkiezingen van 30-03-2022: 5 van 40 plaatsen weer ingevuld op 14-07-2022" in summary
    assert "'vastgelegd op' is de dag" in summary

