"""The Jaarplan 2022 as seeded: spot checks of real facts from chapters 3 and 4, not only counts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.db.damage import dump
from vgg_desktop.domain.enums import (
    ContractKind,
    MeetingKind,
    OwnerKind,
    PlaceStatus,
    ProgressStatus,
    ProjectKind,
    SeatKind,
    SeatRole,
)
from vgg_desktop.startup import OpenedDatabase, open_database

MEETING_DAY = date(2022, 6, 14)


def test_association_and_year_plan(opened: OpenedDatabase) -> None:
    (association,) = opened.services.association.list()
    assert association.name == "Vereniging van Groninger Gemeenten"
    assert association.seat == "Ten Boer"
    assert association.founded_on == date(1921, 4, 21)
    (plan,) = opened.services.year_plans.list()
    assert plan.year == 2022
    assert plan.adopted_on == date(2022, 3, 10)
    assert plan.adopted_by == "DB VGG"
    assert "Samenwerken, verbinden en vernieuwen" in plan.introduction
    assert plan.vision.startswith("De Vereniging van Groninger Gemeenten verbindt de tien gemeenten")
    assert len(plan.core_values) == 6
    assert plan.core_values[3].title.startswith("We zijn een actieve en betrokken afdeling bij de VNG")


def test_ten_member_municipalities(opened: OpenedDatabase) -> None:
    names = [municipality.name for municipality in opened.services.municipalities.list()]
    assert sorted(names) == [
        "Eemsdelta", "Groningen", "Het Hogeland", "Midden-Groningen", "Oldambt",
        "Pekela", "Stadskanaal", "Veendam", "Westerkwartier", "Westerwolde",
    ]


def test_board_seats_holders_and_vacancies(opened: OpenedDatabase) -> None:
    board = opened.services.overviews.board(MEETING_DAY)
    assert len(board) == 13
    assert sum(1 for seat in board if seat.seat.kind == SeatKind.MUNICIPALITY) == 10
    chair = next(seat for seat in board if seat.seat.role == SeatRole.CHAIR)
    assert chair.holder is not None and chair.holder.last_name == "van der Tuuk"
    assert chair.holder.first_name == "Ard" and chair.holder.initials == "A."
    assert chair.portfolios == ("Groninger en Algemene Zaken, Bestuur",)
    general = [seat for seat in board if seat.seat.role == SeatRole.GENERAL_MEMBER]
    assert [seat.holder.last_name if seat.holder else None for seat in general] == ["Kuin", None, None]
    klankbordgroep = next(seat for seat in board if seat.seat.kind == SeatKind.KLANKBORDGROEP)
    assert klankbordgroep.is_vacant
    advisory = {seat.seat.constituency: seat.holder for seat in board if seat.seat.kind == SeatKind.ADVISORY}
    secretary, clerk = advisory["Kring van gemeentesecretarissen"], advisory["Griffierskring"]
    assert secretary is not None and secretary.last_name == "Koch"
    assert clerk is not None and clerk.last_name == "Willems"
    assert clerk.function == "griffier"
    assert sum(1 for seat in board if seat.is_vacant) == 8


def test_portfolios_committees_and_not_applicable(opened: OpenedDatabase) -> None:
    portfolios = {item.portfolio.name: item for item in opened.services.overviews.portfolios()}
    holder = portfolios["Ruimte, Wonen, Milieu, Energie en Mobiliteit"].holder
    assert holder is not None and holder.first_name == "Annalies"
    assert [c.committee.name for c in portfolios["Sociaal Domein"].committees] == [
        "Participatie, Schuldhelpverlening, Integratie", "Zorg, Jeugd, Onderwijs",
    ]
    assert portfolios["Themabijeenkomst Cultuur"].portfolio.vng_not_applicable
    assert not portfolios["Themabijeenkomst Sport"].portfolio.vng_not_applicable
    committees = {item.committee.name: item for item in opened.services.overviews.committees()}
    renamed = committees["Informatiesamenleving"]
    assert renamed.committee.former_name == "College van Dienstverleningszaken"
    assert all(item.committee.member_status == PlaceStatus.VACANT for item in committees.values())
    assert "College van Arbeidszaken" in committees


def test_consultations_with_chairs_and_partners(opened: OpenedDatabase) -> None:
    consultations = {item.consultation.number: item for item in opened.services.overviews.consultations()}
    assert len(consultations) == 10
    first_chair = consultations[1].chair
    assert first_chair is not None and first_chair.last_name == "van der Tuuk"
    assert "Veiligheidsregio Groningen" in consultations[1].partners
    assert consultations[2].consultation.chair_status == PlaceStatus.NOT_APPLICABLE
    assert consultations[2].organised_by == "Werk in Zicht"
    assert consultations[5].partners and "Biblionet" in consultations[5].partners
    seventh_chair = consultations[7].chair
    assert seventh_chair is not None and seventh_chair.first_name == "Annalies"
    assert consultations[3].consultation.chair_status == PlaceStatus.VACANT
    assert consultations[10].consultation.name == "Economische Zaken"


def test_staff_with_dates_as_written(opened: OpenedDatabase) -> None:
    staff = {item.member.last_name: item for item in opened.services.overviews.staff()}
    assert len(staff) == 13
    klaver = staff["Klaver"].employments[0]
    assert (klaver.contract_kind, klaver.through) == (ContractKind.BBL, "GOA-Publiek")
    assert (klaver.start_date, klaver.end_date) == (date(2020, 3, 1), date(2022, 9, 1))
    de_jonge = staff["de Jonge"].employments[0]
    assert (de_jonge.start_date, de_jonge.end_date) == (date(2021, 3, 1), date(2023, 9, 1))
    assert de_jonge.as_written is not None and "1 mrt. 2021" in de_jonge.as_written
    dost = staff["Dost"].employments[0]
    assert (dost.contract_kind, dost.start_date, dost.end_date) == (ContractKind.ANNUAL, None, date(2022, 9, 1))
    coerts = staff["Coerts"].employments[0]
    assert (coerts.start_date, coerts.end_date, coerts.through) == (date(2021, 10, 1), None, "provincie Groningen")
    rothstegge = staff["Rothstegge"].employments[0]
    assert (rothstegge.contract_kind, rothstegge.end_date) == (ContractKind.SECONDMENT, date(2024, 12, 31))
    assert staff["Sprenger"].employments[0].function == "secretaris"


def test_sick_leave_is_kept_apart_as_dates_only(opened: OpenedDatabase) -> None:
    staff = {item.member.last_name: item.member for item in opened.services.overviews.staff()}
    (absence,) = opened.services.absences.list()
    assert absence.staff_member_id == staff["van der Werff"].id
    assert absence.start_date == date(2020, 8, 23)
    for employment in opened.services.employments.list():
        assert "ziek" not in (employment.as_written or "").lower()


def test_all_28_activities_with_goal_results_and_owner(opened: OpenedDatabase) -> None:
    activities = opened.services.overviews.activities(2022)
    assert len(activities) == 28
    toogdag = activities[0]
    assert toogdag.activity.owner_kind == OwnerKind.BOARD
    assert toogdag.activity.goal == "Het verstevigen van de ledenbinding"
    assert toogdag.activity.first_half_progress is not None and "14 juni 2022" in toogdag.activity.first_half_progress
    assert toogdag.activity.first_half_status == ProgressStatus.RUNNING
    same_title = [item for item in activities if item.activity.title == "Ruimte & Wonen en Mobiliteit"]
    assert len(same_title) == 2 and same_title[0].activity.goal != same_title[1].activity.goal
    culture = next(item for item in activities if item.activity.title == "Cultuur")
    assert len(culture.activity.results) == 4
    assert culture.activity.results[1] == "begeleiding van de ambtelijke kopgroep cultuur;"
    assert all("<li>" not in result for item in activities for result in item.activity.results)
    partners = [item for item in activities if item.activity.owner_kind == OwnerKind.PARTNER]
    assert len(partners) == 8
    vnc = next(item for item in activities if "VNG Commissies" in item.activity.title)
    assert vnc.activity.results_heading_as_written == "Te bereiken resultaten 2021"


def test_toogdag_meeting_and_projects(opened: OpenedDatabase) -> None:
    meetings = {meeting.kind.value: meeting for meeting in opened.services.meetings.list()}
    assert meetings["toogdag"].date == MEETING_DAY
    assert meetings["toogdag"].theme == "Kansen voor het landschap"
    assert meetings["alv"].date == MEETING_DAY
    projects = {project.name for project in opened.services.projects.list()}
    assert projects == {"Waterregisseur", "Meten en Monitoren", "Burgernet"}


def test_progress_reads_as_the_plan_reads(opened: OpenedDatabase) -> None:
    """Only the Toogdag's first half-year reports progress (preparations have started). The Klankbordgroep's
    first half-year lists what is planned, not what happened: its text is kept, nothing is reported."""
    activities = opened.services.overviews.activities(2022)
    cells = {(item.activity.position, half): getattr(item.activity, f"{half}_status")
             for item in activities for half in ("first_half", "second_half")}
    assert cells.pop((1, "first_half")) == ProgressStatus.RUNNING
    assert set(cells.values()) == {ProgressStatus.NOT_REPORTED} and len(cells) == 55
    klankbord = activities[1].activity
    assert klankbord.first_half_progress is not None and klankbord.first_half_progress.startswith("Werven van nieuwe leden")
    assert all(not item.activity.second_half_progress for item in activities)


def test_nothing_the_plan_does_not_say_is_stored_as_fact(opened: OpenedDatabase) -> None:
    projects = {project.name: project for project in opened.services.projects.list()}
    assert projects["Meten en Monitoren"].kind is None  # the plan does not say project or secondment
    assert projects["Meten en Monitoren"].staff_member_ids == ()
    assert projects["Waterregisseur"].kind == ProjectKind.SECONDMENT  # "detachering via gemeente Groningen"
    meetings = opened.services.meetings.list()
    toogdag = next(meeting for meeting in meetings if meeting.kind == MeetingKind.TOOGDAG)
    # The plan does not say the Toogdag is the centenary celebration; it says the celebration is on 14 June.
    assert toogdag.notes is None and toogdag.location is None
    centenary = next(meeting for meeting in meetings if meeting.title == "Viering eeuwfeest VGG")
    assert (centenary.date, centenary.kind, centenary.activity_id) == (MEETING_DAY, MeetingKind.OTHER, None)
    assert all(meeting.location is None for meeting in meetings)


def test_a_database_with_data_is_never_reseeded(opened: OpenedDatabase, database_path: Path) -> None:
    person = opened.services.persons.list()[0]
    opened.services.persons.update(person.id, person.version, {"notes": "Eigen aantekening"})
    opened.database.dispose()
    again = open_database(f"sqlite:///{database_path}")
    try:
        assert again.seed_report is None
        assert len(again.services.persons.list()) == 5
        assert again.services.persons.get(person.id).notes == "Eigen aantekening"
    finally:
        again.database.dispose()


def test_empty_start_stays_empty(empty_opened: OpenedDatabase, database_path: Path) -> None:
    assert empty_opened.services.activities.count() == 0
    empty_opened.database.dispose()
    again = open_database(f"sqlite:///{database_path}")
    try:
        assert again.seed_report is None and again.services.municipalities.count() == 0
    finally:
        again.database.dispose()


@pytest.mark.parametrize("entity", ["person", "board_seat", "activity", "consultation", "employment"])
def test_seeded_records_start_at_version_one(opened: OpenedDatabase, entity: str) -> None:
    assert {record.version for record in opened.services.records(entity).list()} == {1}


@pytest.mark.parametrize("fixture", ["opened", "empty_opened"])
def test_the_test_fixtures_hand_out_what_open_database_makes(request: pytest.FixtureRequest, tmp_path: Path,
                                                             database_path: Path, fixture: str) -> None:
    """`opened` and `empty_opened` copy one database made per test run; each copy must equal a new one."""
    copy: OpenedDatabase = request.getfixturevalue(fixture)
    fresh_path = tmp_path / "fresh" / "vgg.sqlite3"
    fresh_path.parent.mkdir()
    fresh = open_database(f"sqlite:///{fresh_path}", seed_when_empty=fixture == "opened")
    try:
        assert (copy.created, copy.migrated, copy.seed_report, copy.backup_made) == \
            (fresh.created, fresh.migrated, fresh.seed_report, fresh.backup_made)
        assert copy.database.url == f"sqlite:///{database_path}"
        copy.database.dispose()
        fresh.database.dispose()
        assert _comparable(dump(database_path)) == _comparable(dump(fresh_path))
    finally:
        fresh.database.dispose()


def _comparable(statements: list[str]) -> list[str]:
    """A dump without what may differ between two databases opened alike: when rows were written (the
    copied database was made earlier in the same run), and the order in which a table rebuilt by
    Alembic's batch mode on SQLite lists its constraints."""
    comparable = []
    for statement in statements:
        statement = re.sub(r"'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?'", "'<timestamp>'", statement)
        if statement.startswith("CREATE TABLE"):
            statement = "\n".join(sorted(line.strip().rstrip(",").strip() for line in statement.splitlines()))
        comparable.append(statement)
    # The indexes a rebuilt table gets back come in no fixed order either: compare them as a set, in place.
    positions = [index for index, statement in enumerate(comparable) if statement.startswith("CREATE INDEX")]
    for index, statement in zip(positions, sorted(comparable[index] for index in positions)):
        comparable[index] = statement
    return comparable
