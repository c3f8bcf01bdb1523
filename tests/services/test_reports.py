"""The meeting report as plain values, built from the seeded Jaarplan 2022."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vgg_desktop.domain.dates import add_months
from vgg_desktop.services.reports import (
    ALL_PARTS,
    MeetingReport,
    Part,
    ReportSheet,
    RowKind,
    build_meeting_report,
    default_file_name,
    employment_marker,
    plan_for,
)
from vgg_desktop.startup import OpenedDatabase

MEETING = date(2022, 6, 14)


@pytest.fixture
def report(opened: OpenedDatabase) -> MeetingReport:
    return build_meeting_report(opened.services, MEETING, status_date=date(2022, 6, 7))


def _sheet(report: MeetingReport, name: str) -> ReportSheet:
    return next(sheet for sheet in report.sheets if sheet.name == name)


def test_cover_first_then_the_parts_in_order(report: MeetingReport) -> None:
    assert report.sheet_names == ("Overzicht", "Bestuur", "Portefeuilles", "Bureau", "Activiteiten", "Vacatures")
    assert report.association == "Vereniging van Groninger Gemeenten"
    assert report.title == "Overzicht voor de vergadering van 14-06-2022"
    assert (report.meeting_date, report.status_date) == (MEETING, date(2022, 6, 7))


def test_every_row_has_a_cell_for_every_column(report: MeetingReport) -> None:
    for sheet in report.sheets:
        assert all(len(row.cells) == len(sheet.columns) for row in sheet.rows), sheet.name


def test_only_the_chosen_parts_in_fixed_order(opened: OpenedDatabase) -> None:
    chosen = build_meeting_report(opened.services, MEETING, [Part.VACANCIES, Part.BOARD])
    assert chosen.sheet_names == ("Overzicht", "Bestuur", "Vacatures")
    cover = {row.cells[0] for row in chosen.sheets[0].rows}
    assert {"Blad Bestuur", "Blad Vacatures"} <= cover and "Blad Bureau" not in cover


def test_the_status_date_is_today_unless_given(opened: OpenedDatabase) -> None:
    assert build_meeting_report(opened.services, MEETING, [Part.BOARD]).status_date == date.today()


def test_cover_rows(report: MeetingReport) -> None:
    cover = {row.cells[0]: row.cells[1] for row in report.sheets[0].rows}
    assert cover["Vergadering"] == MEETING
    assert cover["Stand van zaken"] == date(2022, 6, 7)
    assert cover["Jaarplan"] == "Jaarplan Vereniging van Groninger Gemeenten 2022, vastgesteld op 10-03-2022 door DB VGG."
    assert str(cover["Blad Bestuur"]).startswith("13 zetels, waarvan 8 vacant.")
    assert str(cover["Blad Bureau"]).startswith("13 medewerkers; 3 contracten eindigen binnen zes maanden")


def test_board_rows(report: MeetingReport) -> None:
    rows = [row.cells for row in _sheet(report, "Bestuur").rows]
    assert rows[0][:4] == ("Voorzitter", "Gemeente (nog niet vastgelegd)", "Ard van der Tuuk", "voorzitter VGG")
    assert rows[0][6] == ("Groninger en Algemene Zaken, Bestuur",)
    assert ("Lid", "Klankbordgroep Raadsleden", "Vacature", None, None, None, ()) in rows


def test_portfolios_follow_the_plans_table(report: MeetingReport) -> None:
    rows = [row.cells for row in _sheet(report, "Portefeuilles").rows]
    klankbord = [index for index, row in enumerate(rows) if row[0] == "Klankbordgroep Raadsleden"][0]
    # The portfolio and its holder once, its four committees below it.
    assert rows[klankbord][:4] == ("Klankbordgroep Raadsleden", "Vacature", "Raadsleden en Griffiers", "Vacature")
    assert [row[2] for row in rows[klankbord + 1:klankbord + 4]] == [
        "Bestuur en Veiligheid", "Europa en Internationaal", "Informatiesamenleving (voorheen College van Dienstverleningszaken)"]
    assert all(row[0] is None and row[1] is None for row in rows[klankbord + 1:klankbord + 4])
    by_name = {row[0]: row for row in rows if row[0]}
    assert by_name["Themabijeenkomst Cultuur"][2:6] == (None, "n.v.t.", "4. Cultuur", "Vacature")
    assert by_name["Themabijeenkomst Sport"][2:6] == (None, None, "6. Sport en Beweging", "Vacature")
    assert by_name["Groninger en Algemene Zaken, Bestuur"][4:] == ("1. Bestuur", "Ard van der Tuuk")
    # Consultations without a portfolio come last, on rows of their own.
    assert rows[-2][:4] == (None, None, None, None) and rows[-2][4:] == ("2. Werk en Inkomen", "n.v.t. (via Werk in Zicht)")
    assert rows[-1][4] == "9. Vrijtijdseconomie"


def test_staff_rows_and_markers(report: MeetingReport) -> None:
    sheet = _sheet(report, "Bureau")
    rows = {row.cells[0]: row for row in sheet.rows}
    assert rows["Mw. M. Klaver"].kind is RowKind.ATTENTION
    assert rows["Mw. M. Klaver"].cells[1:] == ("secretariaat", "BBL-plaats", "GOA-Publiek", date(2020, 3, 1),
                                              date(2022, 9, 1), "Eindigt binnen 6 maanden")
    assert rows["Mw. A. de Vries"].kind is RowKind.MUTED
    assert rows["Mw. A. de Vries"].cells[1] == "secretariaat (notulist voor overleggen/projecten)"
    assert rows["Dhr. W. Rothstegge"].cells[1:4] == ("waterregisseur (Waterketen)", "Detachering", "gemeente Groningen")
    assert rows["Mw. M. van Angelen"].cells[1:3] == ("werkzaamheden pho Economische Zaken", "Inhuur")
    assert rows["Dhr. T.G. Sprenger"].kind is RowKind.NORMAL


def test_staff_shows_no_health_data(opened: OpenedDatabase, monkeypatch: pytest.MonkeyPatch) -> None:
    def forbidden(**_arguments: object) -> None:
        raise AssertionError("the report read sick leave")

    monkeypatch.setattr(opened.services.absences, "list", forbidden)
    monkeypatch.setattr(opened.services.absences, "get", forbidden)
    sheet = build_meeting_report(opened.services, MEETING, [Part.STAFF]).sheets[1]
    assert all("ziek" not in str(cell).lower() for row in sheet.rows for cell in row.cells)


@pytest.mark.parametrize(("end", "expected"), [
    (date(2022, 6, 13), ("Beëindigd", RowKind.MUTED)),
    (date(2022, 6, 14), ("Eindigt binnen 6 maanden", RowKind.ATTENTION)),
    (date(2022, 12, 14), ("Eindigt binnen 6 maanden", RowKind.ATTENTION)),
    (date(2022, 12, 15), (None, RowKind.NORMAL)),
    (None, (None, RowKind.NORMAL)),
])
def test_six_months_of_the_meeting_date(opened: OpenedDatabase, end: date | None,
                                        expected: tuple[str | None, RowKind]) -> None:
    employment = replace(opened.services.employments.list()[0], start_date=date(2020, 1, 1), end_date=end)
    assert employment_marker(employment, MEETING, add_months(MEETING, 6)) == expected


def test_an_engagement_that_has_not_begun(opened: OpenedDatabase) -> None:
    employment = replace(opened.services.employments.list()[0], start_date=date(2022, 7, 1), end_date=None)
    assert employment_marker(employment, MEETING, add_months(MEETING, 6)) == ("Begint na de vergadering", RowKind.NORMAL)




def test_activities_grouped_by_owner_in_plan_order(report: MeetingReport) -> None:
    rows = _sheet(report, "Activiteiten").rows
    groups = [row.cells[0] for row in rows if row.kind is RowKind.GROUP]
    assert groups[:3] == ["Dagelijks Bestuur VGG", "Portefeuille Groninger en Algemene Zaken, Bestuur", "Portefeuille"]
    assert len(groups) == len(set(groups))
    activities = [row.cells for row in rows if row.kind is not RowKind.GROUP]
    assert len(activities) == 28
    first = activities[0]
    assert first[0] == "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv"
    assert first[2] == ("Het betrekken van onze leden en vanuit de partnerorganisaties bij de Toogdag en voor de leden "
                        "bij de algemene ledenvergadering en thematische activiteiten daarbij. Hiertoe wordt de Toogdag "
                        "Groninger Gemeenten georganiseerd.",)
    assert "Toogdag" in str(first[3]) and first[4] == "Loopt" and first[6] == "Niet gestart"
    communication = next(row for row in activities if row[0] == "Externe communicatie")
    assert communication[2][0] == "• Contacten met de pers zijn structureel gelegd;" and len(communication[2]) == 4


def test_vacancies(report: MeetingReport) -> None:
    rows = [row.cells for row in _sheet(report, "Vacatures").rows]
    assert len(rows) == 33
    assert ("Portefeuille", "Gemeentefinanciën", "Geen portefeuillehouder") in rows
    assert ("Voorzitter portefeuillehouderoverleg", "Cultuur", None) in rows


def test_a_later_year_uses_the_latest_plan_and_says_so(opened: OpenedDatabase) -> None:
    later = build_meeting_report(opened.services, date(2026, 11, 29), [Part.ACTIVITIES])
    cover = {row.cells[0]: row.cells[1] for row in later.sheets[0].rows}
    assert "geen jaarplan 2026" in str(cover["Jaarplan"]) and "jaarplan 2022" in str(cover["Jaarplan"])
    assert sum(1 for row in later.sheets[1].rows if row.kind is not RowKind.GROUP) == 28


def test_plan_for_prefers_the_year_then_the_latest_earlier(opened: OpenedDatabase) -> None:
    plan = opened.services.overviews.year_plans()[0]
    plans = [replace(plan, year=2021), replace(plan, year=2022), replace(plan, year=2024)]
    assert plan_for(plans, date(2022, 6, 14)).year == 2022  # type: ignore[union-attr]
    assert plan_for(plans, date(2023, 6, 14)).year == 2022  # type: ignore[union-attr]
    assert plan_for(plans, date(2020, 6, 14)).year == 2021  # type: ignore[union-attr]
    assert plan_for([], date(2022, 6, 14)) is None


def test_an_empty_database_still_gives_every_sheet(empty_opened: OpenedDatabase) -> None:
    empty = build_meeting_report(empty_opened.services, MEETING)
    assert empty.sheet_names == ("Overzicht", *(part.value for part in ALL_PARTS))
    for sheet in empty.sheets[1:]:
        assert sheet.rows[0].cells[0] == "Geen gegevens" and sheet.rows[0].kind is RowKind.MUTED
    cover = {row.cells[0]: row.cells[1] for row in empty.sheets[0].rows}
    assert cover["Jaarplan"] == "Er is nog geen jaarplan vastgelegd."


def test_progress_counts_up_to_the_total(opened: OpenedDatabase) -> None:
    seen: list[tuple[int, int, str]] = []
    build_meeting_report(opened.services, MEETING, progress=lambda done, total, text: seen.append((done, total, text)))
    assert [done for done, _, _ in seen] == list(range(len(ALL_PARTS) + 2))
    assert all(total == len(ALL_PARTS) + 1 for _, total, _ in seen)
    assert "Blad Activiteiten samenstellen" in [text for _, _, text in seen]


def test_default_file_name() -> None:
    assert default_file_name(MEETING) == "Overzicht VGG vergadering 14-06-2022.xlsx"
