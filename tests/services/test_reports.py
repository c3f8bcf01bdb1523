"""The meeting report as plain values, built from the seeded Jaarplan 2022."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from vgg_desktop.db.mapping import current_fields
from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.ending import EndsSoonRule
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.schema import ACTIVITY, PERSON, PROJECT
from vgg_desktop.services.reports import (
    ALL_PARTS,
    MeetingReport,
    Part,
    Quiet,
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


def _lines(cell: object) -> tuple[str, ...]:
    """A cell of several lines, as the report gives a text with its list below it."""
    assert isinstance(cell, tuple), cell
    return cell


def _sheet(report: MeetingReport, name: str) -> ReportSheet:
    return next(sheet for sheet in report.sheets if sheet.name == name)


def test_cover_first_then_the_parts_in_order(report: MeetingReport) -> None:
    assert report.sheet_names == ("Overzicht", "Bestuur", "Portefeuilles", "Overleggen", "Bureau", "Projecten",
                                  "Openstaande facturen", "Activiteiten", "Bijeenkomsten", "Vacatures")
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
    # Both dates said plainly: the meeting date governs what is marked, the status date is when the file was made.
    assert str(cover["Peildatum"]).startswith("14-06-2022, de datum van de vergadering.")
    assert "bekeken op deze dag" in str(cover["Peildatum"])
    assert cover["Stand van zaken"] == "Gemaakt op 07-06-2022, met de gegevens zoals ze die dag in VGG Desktop stonden."
    assert cover["Jaarplan"] == "Jaarplan Vereniging van Groninger Gemeenten 2022, vastgesteld op 10-03-2022 door DB VGG."
    assert str(cover["Blad Bestuur"]).startswith("13 zetels, waarvan 8 vacant.")
    assert str(cover["Blad Bureau"]).startswith("13 medewerkers; 3 contracten eindigen binnen 6 maanden")


def test_board_rows(report: MeetingReport) -> None:
    rows = [row.cells for row in _sheet(report, "Bestuur").rows]
    assert rows[0][:4] == ("Voorzitter", "Gemeente (nog niet vastgelegd)", "Ard van der Tuuk", "voorzitter VGG")
    assert rows[0][6] == ("Groninger en Algemene Zaken, Bestuur",)
    assert ("Lid", "Klankbordgroep Raadsleden", "Vacature", None, None, None, ()) in rows


def test_board_says_whom_the_advisory_members_represent(report: MeetingReport) -> None:
    rows = {row.cells[1]: row.cells for row in _sheet(report, "Bestuur").rows}
    assert rows["Kring van gemeentesecretarissen"][2:4] == ("Dhr. R. Koch", "gemeentesecretaris gemeente Eemsdelta")
    assert rows["Griffierskring"][2:4] == ("Dhr. K. Willems", "griffier gemeente Stadskanaal")


def test_a_holder_with_only_a_municipality_or_only_a_function(opened: OpenedDatabase) -> None:
    services = opened.services
    koch = next(person for person in services.persons.list() if person.last_name == "Koch")
    services.persons.update(koch.id, koch.version, {**current_fields(PERSON, koch), "function": None})
    willems = next(person for person in services.persons.list() if person.last_name == "Willems")
    services.persons.update(willems.id, willems.version, {**current_fields(PERSON, willems), "municipality_id": None})
    rows = {row.cells[1]: row.cells for row in build_meeting_report(services, MEETING, [Part.BOARD]).sheets[1].rows}
    assert rows["Kring van gemeentesecretarissen"][3] == "gemeente Eemsdelta"
    assert rows["Griffierskring"][3] == "griffier"


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
    assert employment_marker(employment, EndsSoonRule(MEETING, 6)) == expected


def test_the_staff_sheet_marks_by_the_period_set_for_the_database(opened: OpenedDatabase) -> None:
    # Mw. M. Klaver's BBL-plaats ends on 01-09-2022: within three months of 14-06-2022, but not within two.
    def klaver(months: int) -> tuple[object, RowKind]:
        opened.services.settings.set_ends_soon_months(months)
        rows = build_meeting_report(opened.services, MEETING, [Part.STAFF]).sheets[1].rows
        row = next(row for row in rows if row.cells[0] == "Mw. M. Klaver")
        return row.cells[6], row.kind

    assert klaver(3) == ("Eindigt binnen 3 maanden", RowKind.ATTENTION)
    assert klaver(2) == (None, RowKind.NORMAL)
    assert klaver(1) == (None, RowKind.NORMAL)
    summary = build_meeting_report(opened.services, MEETING, [Part.STAFF]).sheets[1].summary
    assert "binnen 1 maand na de vergadering" in summary


def test_an_engagement_that_has_not_begun(opened: OpenedDatabase) -> None:
    employment = replace(opened.services.employments.list()[0], start_date=date(2022, 7, 1), end_date=None)
    assert employment_marker(employment, EndsSoonRule(MEETING, 6)) == ("Begint na de vergadering", RowKind.NORMAL)


def test_one_rule_for_the_period_counted_from_the_meeting_date(opened: OpenedDatabase) -> None:
    rule = opened.services.settings.ends_soon_rule(MEETING)
    assert (rule.on, rule.months, rule.until) == (MEETING, 6, date(2022, 12, 14))
    cover = {row.cells[0]: row.cells[1] for row in build_meeting_report(opened.services, MEETING, [Part.STAFF]).sheets[0].rows}
    assert "binnen 6 maanden eindigen" in str(cover["Peildatum"])


@pytest.mark.parametrize(("meeting", "klaver"), [
    (date(2022, 1, 10), (None, RowKind.NORMAL)),  # ends 01-09-2022: more than six months after this meeting
    (date(2022, 6, 14), ("Eindigt binnen 6 maanden", RowKind.ATTENTION)),
    (date(2022, 10, 4), ("Beëindigd", RowKind.MUTED)),
])
def test_the_meeting_date_governs_what_is_marked_whatever_day_the_file_is_made(
        opened: OpenedDatabase, meeting: date, klaver: tuple[str | None, RowKind]) -> None:
    for made in (date(2021, 12, 1), date(2022, 6, 7), date(2026, 12, 5)):
        report = build_meeting_report(opened.services, meeting, [Part.STAFF, Part.BOARD], status_date=made)
        row = next(row for row in _sheet(report, "Bureau").rows if row.cells[0] == "Mw. M. Klaver")
        assert (row.cells[-1], row.kind) == klaver
        cover = {row.cells[0]: row.cells[1] for row in report.sheets[0].rows}
        assert cover["Vergadering"] == meeting and format_date(made) in str(cover["Stand van zaken"])


def test_a_term_that_runs_only_at_a_past_meeting_shows_there(opened: OpenedDatabase) -> None:
    services = opened.services
    seat = next(item for item in services.overviews.board(MEETING) if item.is_vacant)
    person = services.persons.create({"last_name": "Bakker", "initials": "P."})
    services.seat_terms.create({"seat_id": seat.seat.id, "person_id": person.id,
                                "start_date": date(2018, 4, 1), "end_date": date(2022, 3, 31)})
    for meeting, holder in ((date(2022, 3, 10), "P. Bakker"), (MEETING, "Vacature")):
        rows = build_meeting_report(services, meeting, [Part.BOARD], status_date=date(2026, 12, 5)).sheets[1].rows
        assert rows[seat.seat.position - 1].cells[2] == holder




def test_activities_in_the_plans_order_under_full_owner_headings(report: MeetingReport, opened: OpenedDatabase) -> None:
    rows = _sheet(report, "Activiteiten").rows
    groups = [row.cells[0] for row in rows if row.kind is RowKind.GROUP]
    assert groups[:3] == ["Dagelijks Bestuur VGG", "Portefeuille Groninger en Algemene Zaken, Bestuur",
                          "Portefeuille Werk en Inkomen"]
    assert {"Portefeuillehouderoverleg Milieu en Energie en Klimaat", "Portefeuillehouderoverleg Sociaal Domein",
            "Portefeuillehouderoverleg Sociaal Domein en Financiën",
            "Portefeuillehouderoverleg Cultuur en Vrijtijdseconomie",
            "Partnerorganisaties: Programma Natuur en Landelijk Gebied"} <= set(groups)
    # No bare heading: every one names the body in full.
    assert not {"Portefeuille", "Portefeuillehouderoverleg", "Partnerorganisaties"} & set(groups)
    # The three Ruimte activities share their consultation and stand together under one heading.
    assert groups.count("Portefeuillehouderoverleg Ruimte, Wonen, Mobiliteit") == 1
    activities = [row.cells for row in rows if row.kind is not RowKind.GROUP]
    assert len(activities) == 28
    ordered = [item.title for item in sorted(opened.services.activities.list(), key=lambda item: item.position)]
    assert [row[0] for row in activities] == ordered
    # The partners under the results, before the meetings held (the page has no room for another column).
    sport = next(row for row in activities if row[0] == "Sport en Bewegen")
    assert "Partnerorganisaties: Huis voor de Sport Groningen, Vereniging Sport en Gemeenten" in _lines(sport[2])
    assert not any(line.startswith("Partnerorganisaties") for line in
                   _lines(next(row for row in activities if row[0] == "Externe communicatie")[2]))
    first = activities[0]
    assert first[0] == "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv"
    assert first[2] == ("Het betrekken van onze leden en vanuit de partnerorganisaties bij de Toogdag en voor de leden "
                        "bij de algemene ledenvergadering en thematische activiteiten daarbij. Hiertoe wordt de Toogdag "
                        "Groninger Gemeenten georganiseerd.", "Bijeenkomsten: 0 gehouden, 2 gepland")
    # As the plan reads: only the Toogdag's first half-year reports progress; every other cell is quiet.
    assert "Toogdag" in str(first[3]) and first[4] == "Loopt" and first[6] == Quiet("Nog niet gerapporteerd")
    statuses = [cell for row in activities for cell in (row[4], row[6])]
    assert statuses.count(Quiet("Nog niet gerapporteerd")) == 55 and "Niet gestart" not in statuses
    communication = next(row for row in activities if row[0] == "Externe communicatie")
    assert _lines(communication[2])[0] == "• Contacten met de pers zijn structureel gelegd;" and len(_lines(communication[2])) == 4


def test_vacancies_each_open_place_once_under_its_kind_with_what_belongs_to_it_and_why(report: MeetingReport) -> None:
    sheet = _sheet(report, "Vacatures")
    assert [column.title for column in sheet.columns] == ["Plaats", "Hoort erbij", "Stand op 14-06-2022",
                                                          "Waarom open en wat volgt"]
    headings = [row.cells[0] for row in sheet.rows if row.kind is RowKind.GROUP]
    assert headings == ["Zetels in het Dagelijks Bestuur: 8 open", "Portefeuillehouders: 6 open",
                        "Leden van VNG-commissies: 11 open", "Voorzitters van portefeuillehouderoverleggen: 1 open"]
    rows = [row.cells for row in sheet.rows if row.kind is not RowKind.GROUP]
    assert len(rows) == 26 and {cells[2] for cells in rows} == {"Open"}
    klankbordgroep = next(cells for cells in rows if cells[0] == "Lid – Klankbordgroep Raadsleden")
    assert klankbordgroep[1] == ("Portefeuille Klankbordgroep Raadsleden",)
    cultuur = next(cells for cells in rows if cells[0] == "Themabijeenkomst Cultuur")
    assert cultuur[:2] == ("Themabijeenkomst Cultuur", ("Voorzitter portefeuillehouderoverleg 4. Cultuur",))
    committee = next(cells for cells in rows if str(cells[0]).startswith("Informatiesamenleving"))
    assert committee[:2] == ("Informatiesamenleving (voorheen College van Dienstverleningszaken)", None)
    assert rows[-1][:2] == ("9. Vrijtijdseconomie", None)
    # A note several places share stands once per kind, at the first place: the sheet reads as a list.
    notes = [cells[3] for cells in rows if cells[3]]
    board_note = next(note for note in notes if "april 2022" in str(note))
    assert "14, 15 en 16 maart 2022" in str(board_note)
    assert sum(1 for note in notes if "juni 2022" in str(note) and "najaar van 2022" in str(note)) == 1
    assert len(notes) == 4
    cover = {row.cells[0]: row.cells[1] for row in report.sheets[0].rows}
    assert str(cover["Blad Vacatures"]).startswith(
        "26 open plaatsen: 8 zetels in het Dagelijks Bestuur, 6 portefeuillehouders, 11 leden van VNG-commissies, "
        "1 voorzitter van een portefeuillehouderoverleg.")


def test_a_later_year_uses_the_latest_plan_and_says_so(opened: OpenedDatabase) -> None:
    later = build_meeting_report(opened.services, date(2026, 11, 29), [Part.ACTIVITIES])
    cover = {row.cells[0]: row.cells[1] for row in later.sheets[0].rows}
    assert "geen jaarplan 2026" in str(cover["Jaarplan"]) and "jaarplan 2022" in str(cover["Jaarplan"])
    assert sum(1 for row in later.sheets[1].rows if row.kind is not RowKind.GROUP) == 28


def test_plan_for_prefers_the_year_then_the_latest_earlier(opened: OpenedDatabase) -> None:
    plan = opened.services.overviews.year_plans()[0]
    plans = [replace(plan, year=2021), replace(plan, year=2022), replace(plan, year=2024)]

    def year_on(day: date) -> int:
        chosen = plan_for(plans, day)
        assert chosen is not None
        return chosen.year

    assert year_on(date(2022, 6, 14)) == 2022
    assert year_on(date(2023, 6, 14)) == 2022
    assert year_on(date(2020, 6, 14)) == 2021
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


def test_activities_merge_nothing_out_of_order(opened: OpenedDatabase) -> None:
    """Two activities of one owner with another between them get a heading each, in the plan's order."""
    services = opened.services
    last = max(services.activities.list(), key=lambda item: item.position)
    first = min(services.activities.list(), key=lambda item: item.position)
    services.activities.create({**current_fields(ACTIVITY, first), "position": last.position + 1, "title": "Nieuw"})
    rows = build_meeting_report(services, MEETING, [Part.ACTIVITIES]).sheets[1].rows
    groups = [row.cells[0] for row in rows if row.kind is RowKind.GROUP]
    assert groups[0] == groups[-1] == "Dagelijks Bestuur VGG"
    assert rows[-1].cells[0] == "Nieuw" and rows[-2].kind is RowKind.GROUP


def test_a_chosen_status_reads_as_chosen(opened: OpenedDatabase) -> None:
    services = opened.services
    activity = next(item for item in services.activities.list() if item.title == "Externe communicatie")
    services.activities.update(activity.id, activity.version, {
        **current_fields(ACTIVITY, activity), "first_half_status": ProgressStatus.NOT_STARTED,
        "second_half_status": ProgressStatus.DONE})
    rows = build_meeting_report(services, MEETING, [Part.ACTIVITIES]).sheets[1].rows
    row = next(row for row in rows if row.cells[0] == "Externe communicatie")
    assert (row.cells[4], row.cells[6]) == ("Niet gestart", "Afgerond")


def test_overleggen_lists_every_consultation_with_chair_preparation_and_partners(report: MeetingReport) -> None:
    sheet = _sheet(report, "Overleggen")
    assert [column.title for column in sheet.columns] == [
        "Overleg", "Voorzitter", "Portefeuille", "Voorbereiding", "Partnerorganisaties"]
    rows = {row.cells[0]: row.cells for row in sheet.rows}
    assert len(rows) == 10 and list(rows)[0] == "1. Bestuur" and list(rows)[-1] == "10. Economische Zaken"
    assert rows["1. Bestuur"][1:3] == ("Ard van der Tuuk", "Groninger en Algemene Zaken, Bestuur")
    assert rows["1. Bestuur"][4] == ("Provincie Groningen", "Waterschap Noorderzijlvest", "Waterschap Hunze en Aa's",
                                     "Veiligheidsregio Groningen")
    assert rows["2. Werk en Inkomen"][1] == "n.v.t. (via Werk in Zicht)"
    assert str(rows["2. Werk en Inkomen"][3]).startswith("Afstemming geschiedt tussen")
    assert rows["3. Gemeentefinanciën"][1] == "Vacature"
    assert rows["10. Economische Zaken"][4] == ()
    assert sheet.summary.startswith("10 portefeuillehouderoverleggen, waarvan 7 zonder voorzitter.")


def test_projecten_names_who_works_on_them_until_when(report: MeetingReport) -> None:
    sheet = _sheet(report, "Projecten")
    assert [column.title for column in sheet.columns] == [
        "Project", "Soort", "Medewerker", "Functie", "Via", "Van", "Tot", "Let op"]
    rows = [row.cells for row in sheet.rows]
    assert [row[0] for row in rows] == ["Waterregisseur", "Meten en Monitoren", "Burgernet", "Burgernet"]
    assert rows[0] == ("Waterregisseur", "Detachering", "Dhr. W. Rothstegge", "waterregisseur (Waterketen)",
                       "gemeente Groningen", date(2020, 5, 1), date(2024, 12, 31), None)
    # The plan does not say what kind Meten en Monitoren is, nor who works on it: quietly unknown.
    assert rows[1] == ("Meten en Monitoren", Quiet("onbekend"), Quiet("niet vastgelegd"), None, None, None, None, None)
    assert [row[2] for row in rows[2:]] == ["Mw. R. de Jonge", "Mw. V. Glas"]
    assert {row[6] for row in rows[2:]} == {date(2023, 9, 1)}


def test_projecten_marks_ending_secondments_from_the_meeting_date(opened: OpenedDatabase) -> None:
    later = build_meeting_report(opened.services, date(2024, 9, 1), [Part.PROJECTS])
    rows = {row.cells[2]: row for row in later.sheets[1].rows}
    assert rows["Dhr. W. Rothstegge"].kind is RowKind.ATTENTION
    assert rows["Dhr. W. Rothstegge"].cells[7] == "Eindigt binnen 6 maanden"
    assert rows["Mw. V. Glas"].kind is RowKind.MUTED and rows["Mw. V. Glas"].cells[7] == "Beëindigd"
    # The same rule and period as the Bureau sheet and the window: three months of 01-09-2024 end on 01-12-2024.
    opened.services.settings.set_ends_soon_months(3)
    rows = {row.cells[2]: row for row in build_meeting_report(opened.services, date(2024, 9, 1), [Part.PROJECTS]).sheets[1].rows}
    assert rows["Dhr. W. Rothstegge"].kind is RowKind.NORMAL and rows["Dhr. W. Rothstegge"].cells[7] is None


def test_a_project_with_a_known_kind_and_a_member_without_engagement(opened: OpenedDatabase) -> None:
    services = opened.services
    member = services.staff_members.create({"last_name": "Smit", "initials": "L."})
    project = next(item for item in services.projects.list() if item.name == "Meten en Monitoren")
    services.projects.update(project.id, project.version, {
        **current_fields(PROJECT, project), "kind": "project", "staff_member_ids": [member.id]})
    rows = build_meeting_report(services, MEETING, [Part.PROJECTS]).sheets[1].rows
    row = next(row for row in rows if row.cells[0] == "Meten en Monitoren")
    assert row.cells == ("Meten en Monitoren", "Project", "L. Smit", None, None, None, None, None)


def test_bijeenkomsten_of_the_year_in_date_order(report: MeetingReport, opened: OpenedDatabase) -> None:
    sheet = _sheet(report, "Bijeenkomsten")
    assert [column.title for column in sheet.columns] == ["Datum", "Soort", "Titel", "Thema", "Plaats", "Bij activiteit",
                                                         "Status"]
    rows = [row.cells for row in sheet.rows]
    assert [row[0] for row in rows] == [date(2022, 3, 10), date(2022, 6, 14), date(2022, 6, 14), date(2022, 6, 14)]
    assert rows[1] == (date(2022, 6, 14), "Toogdag", "Toogdag Groninger Gemeenten", "Kansen voor het landschap", None,
                       "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv", "Gepland")
    assert rows[0][6] == "Gehouden"
    assert rows[3][1:3] == ("Overig", "Viering eeuwfeest VGG")
    assert rows[2][1:3] == ("Algemene ledenvergadering", "Algemene ledenvergadering VGG")
    opened.services.meetings.create({"date": "2022-01-05", "kind": "raadsleden", "title": "Raadsledenavond",
                                     "location": "Veendam"})
    opened.services.meetings.create({"date": "2023-01-05", "kind": "db", "title": "Volgend jaar"})
    again = build_meeting_report(opened.services, MEETING, [Part.MEETINGS]).sheets[1]
    assert again.rows[0].cells[:3] == (date(2022, 1, 5), "Raadsledenbijeenkomst", "Raadsledenavond")
    assert again.rows[0].cells[4] == "Veendam"
    assert "Volgend jaar" not in {row.cells[2] for row in again.rows}
    assert again.title == "Bijeenkomsten 2022" and again.summary.startswith("5 bijeenkomsten in 2022.")
    # One of two activities with one title is named with its owner.
    klankbord = [item for item in opened.services.overviews.activities(2022)
                 if item.activity.title == "Klankbordgroep Raadsleden"]
    opened.services.meetings.create({"date": "2022-09-27", "kind": "raadsleden", "title": "Raadsledenavond",
                                     "activity_id": klankbord[1].activity.id})
    named = build_meeting_report(opened.services, MEETING, [Part.MEETINGS]).sheets[1].rows[-1].cells[5]
    assert named == f"Klankbordgroep Raadsleden ({klankbord[1].owner})" and klankbord[0].owner != klankbord[1].owner
