"""The year's documents as plain values, from the seeded Jaarplan 2022."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from vgg_desktop.domain.document_values import ActivityText, ProgressReport
from vgg_desktop.domain.errors import NotFoundError, ValidationError
from vgg_desktop.services.documents import (
    adoption_line,
    build_plan_document,
    build_progress_report,
    dutch_date_in_words,
    paragraphs,
)
from vgg_desktop.startup import OpenedDatabase


def test_dates_in_words_as_the_plan_writes_them() -> None:
    assert dutch_date_in_words(date(2022, 3, 10)) == "10 maart 2022"
    assert dutch_date_in_words(date(2023, 12, 1)) == "1 december 2023"


def test_each_line_of_a_text_is_a_paragraph() -> None:
    assert paragraphs("Eerste alinea.\n\n1. Netwerken: x;\n2. Kennisdelen: y;\n") == (
        "Eerste alinea.", "1. Netwerken: x;", "2. Kennisdelen: y;")
    assert paragraphs(None) == () and paragraphs("  \n ") == ()


def test_the_plan_document_holds_chapter_one_and_two(opened: OpenedDatabase) -> None:
    document = build_plan_document(opened.services, 2022)
    assert document.title == "Jaarplan Vereniging van Groninger Gemeenten 2022"
    assert document.adoption == "Vastgesteld DB VGG 10 maart 2022"
    assert document.introduction[0].startswith("De Vereniging van Groninger Gemeenten is de vereniging")
    assert any("14, 15 en 16 maart" in paragraph for paragraph in document.introduction)
    assert document.signature == ("10 maart 2022,", "Ard van der Tuuk,", "Voorzitter VGG.")
    assert document.vision[1].startswith("1. Netwerken")
    assert len(document.core_values) == 6
    assert document.core_values[0].title.startswith("Samenwerken met een attractieve agenda")
    assert document.municipality_count == 10


def test_the_plan_document_holds_the_organisation_of_chapter_three(opened: OpenedDatabase) -> None:
    document = build_plan_document(opened.services, 2022)
    holders = [seat.holder for seat in document.board]
    assert "Ard van der Tuuk" in holders and "Annalies Usmany" in holders and "Dhr. J. Kuin" in holders
    assert holders.count("Vacature") == 8
    assert [(line.circle, line.holder) for line in document.advisory_members] == [
        ("Kring van gemeentesecretarissen", "Dhr. R. Koch, gemeentesecretaris gemeente Eemsdelta"),
        ("Griffierskring", "Dhr. K. Willems, griffier gemeente Stadskanaal"),
    ]
    portfolios = {line.name: line for line in document.portfolios}
    assert portfolios["Groninger en Algemene Zaken, Bestuur"].holder == "Ard van der Tuuk"
    committees = [committee.name for line in document.portfolios for committee in line.committees]
    assert "Informatiesamenleving (voorheen College van Dienstverleningszaken)" in committees
    assert len(committees) == 11
    consultations = {line.number: line for line in document.consultations}
    assert len(consultations) == 10
    assert consultations[1].chair == "Ard van der Tuuk"
    assert consultations[2].chair.startswith("n.v.t.") and "Werk in Zicht" in consultations[2].chair
    assert "Veiligheidsregio Groningen" in consultations[1].preparation
    staff = {line.name: line for line in document.staff}
    assert len(staff) == 13
    assert staff["Mw. M. Klaver"].contract == "BBL-plaats via GOA-Publiek"
    assert staff["Mw. M. Klaver"].period == "01-03-2020 – 01-09-2022"
    assert staff["Dhr. H. Coerts"].period == "vanaf 01-10-2021"
    assert staff["Mw. H. Dost"].period == "tot 01-09-2022"


def test_the_plan_document_names_no_sick_leave(opened: OpenedDatabase) -> None:
    document = build_plan_document(opened.services, 2022)
    text = repr(asdict(document)).lower()
    assert "ziek" not in text and "23-08-2020" not in text and "2020-08-23" not in text


def test_the_plan_document_holds_every_activity_of_chapter_four_in_order(opened: OpenedDatabase) -> None:
    document = build_plan_document(opened.services, 2022)
    activities = [activity for group in document.activity_groups for activity in group.activities]
    assert len(activities) == 28
    assert [activity.title for activity in activities] == [item.activity.title for item in opened.services.overviews.activities(2022)]
    first = activities[0]
    assert first.goal == "Het verstevigen van de ledenbinding"
    assert first.results_heading == "Te bereiken resultaten 2022"
    assert "14 juni 2022" in " ".join(first.halves[0].progress)
    assert document.activity_groups[0].owner == "Dagelijks Bestuur VGG"


def test_a_plan_not_yet_adopted_says_so(opened: OpenedDatabase) -> None:
    plan = opened.services.start_year_plan(2023, 2022).plan
    assert adoption_line(plan) == "Nog niet vastgesteld"
    assert build_plan_document(opened.services, 2023).adoption == "Nog niet vastgesteld"


def test_a_year_without_a_plan_is_refused_in_dutch(opened: OpenedDatabase) -> None:
    with pytest.raises(NotFoundError, match="geen jaarplan 2021.*2022"):
        build_plan_document(opened.services, 2021)
    with pytest.raises(NotFoundError, match="geen jaarplan 2030"):
        build_progress_report(opened.services, 2030, 1)


@pytest.mark.parametrize("half", [0, 3, -1])
def test_a_half_other_than_one_or_two_is_refused_in_dutch(opened: OpenedDatabase, half: int) -> None:
    with pytest.raises(ValidationError, match="halfjaar 1 .* of 2"):
        build_progress_report(opened.services, 2022, half)


def test_the_progress_report_counts_statuses_and_names_what_reported_nothing(opened: OpenedDatabase) -> None:
    report = build_progress_report(opened.services, 2022, 1, made_on=date(2022, 7, 1))
    assert report.title == "Voortgangsrapportage Jaarplan 2022" and report.half_title == "Eerste halfjaar 2022"
    assert report.made_on == "01-07-2022" and report.activity_count == 28
    assert [(item.status, item.count) for item in report.status_counts] == [("Nog niet gerapporteerd", 27), ("Loopt", 1)]
    assert len(report.not_reported) == 27
    reported = [activity for group in report.activity_groups for activity in group.activities if activity.halves[0].status]
    assert len(reported) + len(report.not_reported) == 28
    assert "Externe communicatie" in report.not_reported
    assert "Ledenbinding: organisatie Toogdag Groninger Gemeenten en alv" not in report.not_reported


def test_the_first_half_report_leaves_the_second_half_empty(opened: OpenedDatabase) -> None:
    activity = opened.services.overviews.activities(2022)[2].activity
    opened.services.activities.update(activity.id, activity.version, {"second_half_progress": "Nieuwsbrief verstuurd."})
    first = build_progress_report(opened.services, 2022, 1)
    second = build_progress_report(opened.services, 2022, 2)

    def find(report: ProgressReport) -> ActivityText:
        return next(a for g in report.activity_groups for a in g.activities if a.title == activity.title)

    assert find(first).halves[1].progress == ()
    assert find(second).halves[1].progress == ("Nieuwsbrief verstuurd.",)


def test_the_progress_report_names_the_activities_behind_on_their_meetings(opened: OpenedDatabase) -> None:
    mid_year = build_progress_report(opened.services, 2022, 1, made_on=date(2022, 7, 1))
    assert "Bestuur: Kwaliteit Openbaar Bestuur (0 van 3 gehouden)" in mid_year.behind
    kob = next(a for g in mid_year.activity_groups for a in g.activities if a.title == "Bestuur: Kwaliteit Openbaar Bestuur")
    assert kob.meetings == "0 van 3 gehouden – achter: op 30-06-2022 horen er 2 gehouden of gepland te zijn"
    # On the first day of the year nothing is behind yet: the meetings are counted on the day the report is made.
    early = build_progress_report(opened.services, 2022, 1, made_on=date(2022, 1, 1))
    assert early.behind == ()
    assert build_plan_document(opened.services, 2022).activity_groups[0].activities[0].meetings == ""
