"""A VNG committee member or consultation chair whose dates do not cover the date looked from holds nothing.

Every view says the same as the Vacatures list (services.vacancies): the overviews behind the Portefeuilles
tab, the Portefeuilles and Portefeuillehouderoverleggen sheets, and the Jaarplan document. The last day is
still held; the day after is open; a place with no dates is held; one whose start lies ahead is open until then.
"""

from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.enums import PlaceStatus
from vgg_desktop.services.documents import build_plan_document
from vgg_desktop.services.reports import Part, build_meeting_report
from vgg_desktop.services.vacancies import PlaceKind
from vgg_desktop.startup import OpenedDatabase

LAST_DAY = date(2022, 6, 30)
DAY_AFTER = date(2022, 7, 1)
FIRST_DAY = date(2022, 9, 1)
DAY_BEFORE = date(2022, 8, 31)


def _place_dated(opened: OpenedDatabase, *, since: date | None, until: date | None) -> tuple[int, int]:
    """Jan Jansen as member of the first VNG committee and chair of Vrijtijdseconomie, with these dates."""
    services = opened.services
    person = services.persons.create({"first_name": "Jan", "last_name": "Jansen", "function": "wethouder"})
    committee = services.vng_committees.list()[0]
    services.vng_committees.update(committee.id, committee.version, {
        "member_status": PlaceStatus.FILLED, "member_id": person.id, "member_since": since, "member_until": until})
    consultation = next(item for item in services.consultations.list() if item.name == "Vrijtijdseconomie")
    services.consultations.update(consultation.id, consultation.version, {
        "chair_status": PlaceStatus.FILLED, "chair_id": person.id, "chair_since": since, "chair_until": until})
    return committee.id, consultation.id


def _listed_as_open(opened: OpenedDatabase, on: date) -> tuple[set[int], set[int]]:
    places = opened.services.overviews.vacancies(on)
    return ({item.record_id for item in places if item.kind == PlaceKind.VNG_COMMITTEE},
            {item.record_id for item in places if item.kind == PlaceKind.CONSULTATION})


@pytest.mark.parametrize(("since", "until", "on", "shown"), [
    (None, LAST_DAY, LAST_DAY, "Jan Jansen"),
    (None, LAST_DAY, DAY_AFTER, "Vacature"),
    (FIRST_DAY, None, DAY_BEFORE, "Vacature"),
    (FIRST_DAY, None, FIRST_DAY, "Jan Jansen"),
    (None, None, DAY_AFTER, "Jan Jansen"),
])
def test_the_overviews_judge_the_dates_as_the_vacatures_list_does(
        opened: OpenedDatabase, since: date | None, until: date | None, on: date, shown: str) -> None:
    committee_id, consultation_id = _place_dated(opened, since=since, until=until)
    overviews = opened.services.overviews
    committee = next(item for item in overviews.committees(on) if item.committee.id == committee_id)
    in_portfolio = next(item for portfolio in overviews.portfolios(on) for item in portfolio.committees
                        if item.committee.id == committee_id)
    chair = next(item for item in overviews.consultations(on) if item.consultation.id == consultation_id)
    assert (committee.member_text, in_portfolio.member_text, chair.chair_text) == (shown, shown, shown)
    open_committees, open_chairs = _listed_as_open(opened, on)
    assert (committee_id in open_committees, consultation_id in open_chairs) == (shown == "Vacature",) * 2
    assert committee.is_open == chair.is_open == (shown == "Vacature")


def test_who_held_the_place_until_when_is_told_beside_the_vacancy(opened: OpenedDatabase) -> None:
    committee_id, consultation_id = _place_dated(opened, since=None, until=LAST_DAY)
    overviews = opened.services.overviews
    ended = next(item for item in overviews.committees(DAY_AFTER) if item.committee.id == committee_id)
    assert ended.member_context == "tot en met 30-06-2022: Jan Jansen"
    held = next(item for item in overviews.consultations(LAST_DAY) if item.consultation.id == consultation_id)
    assert held.chair_context is None


def test_who_takes_the_place_from_when_is_told_before_it_begins(opened: OpenedDatabase) -> None:
    _committee_id, consultation_id = _place_dated(opened, since=FIRST_DAY, until=None)
    chair = next(item for item in opened.services.overviews.consultations(DAY_BEFORE)
                 if item.consultation.id == consultation_id)
    assert chair.chair_context == "vanaf 01-09-2022: Jan Jansen"


@pytest.mark.parametrize(("meeting", "held"), [(LAST_DAY, True), (DAY_AFTER, False)])
def test_the_meeting_workbook_judges_members_and_chairs_on_the_meeting_date(
        opened: OpenedDatabase, meeting: date, held: bool) -> None:
    _place_dated(opened, since=None, until=LAST_DAY)
    committee_name = opened.services.vng_committees.list()[0].name
    report = build_meeting_report(opened.services, meeting, [Part.PORTFOLIOS, Part.CONSULTATIONS, Part.VACANCIES])
    portfolios, consultations, vacancies = report.sheets[1:]
    member = next(row.cells[3] for row in portfolios.rows if str(row.cells[2]).startswith(committee_name))
    chair_in_portfolios = next(row.cells[5] for row in portfolios.rows
                               if str(row.cells[4]).endswith(". Vrijtijdseconomie"))
    chair = next(row.cells[1] for row in consultations.rows if str(row.cells[0]).endswith(". Vrijtijdseconomie"))
    ended = ("Vacature", "tot en met 30-06-2022: Jan Jansen")
    expected = "Jan Jansen" if held else ended
    assert (member, chair_in_portfolios, chair) == (expected, expected, expected)
    open_in_vacancies = {row.cells[0] for row in vacancies.rows}
    assert any(str(place).startswith(committee_name) for place in open_in_vacancies) is not held


def test_the_consultations_sheet_counts_an_ended_chair_as_without_one(opened: OpenedDatabase) -> None:
    _place_dated(opened, since=None, until=LAST_DAY)

    def summary(on: date) -> str:
        return build_meeting_report(opened.services, on, [Part.CONSULTATIONS]).sheets[1].summary

    held, ended = summary(LAST_DAY), summary(DAY_AFTER)
    assert held != ended
    assert int(held.split("waarvan ")[1].split()[0]) + 1 == int(ended.split("waarvan ")[1].split()[0])


def test_the_plan_document_shows_the_organisation_as_on_its_date(opened: OpenedDatabase) -> None:
    committee_id, _consultation_id = _place_dated(opened, since=None, until=LAST_DAY)
    name = opened.services.vng_committees.get(committee_id).name

    def member(on: date) -> str:
        document = build_plan_document(opened.services, 2022, on=on)
        return next(line.member for portfolio in document.portfolios for line in portfolio.committees
                    if line.name.startswith(name))

    assert member(LAST_DAY) == "Jan Jansen"
    assert member(DAY_AFTER) == "Vacature (tot en met 30-06-2022: Jan Jansen)"
