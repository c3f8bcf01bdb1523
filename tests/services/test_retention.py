"""Former staff are flagged two years after they left, and removed in one action that can be undone."""

from __future__ import annotations

from datetime import date

import pytest

from vgg_desktop.domain.entities import StaffMember
from vgg_desktop.domain.errors import ConflictError, RuleViolation
from vgg_desktop.services.catalog import Services
from vgg_desktop.services.retention import Retention, cutoff
from vgg_desktop.startup import OpenedDatabase


def _names(retention: Retention, today: date) -> list[str]:
    return [candidate.member.last_name for candidate in retention.due(today)]


def _member(services: Services, last_name: str) -> StaffMember:
    (member,) = [member for member in services.staff_members.list() if member.last_name == last_name]
    return member


def test_cutoff_is_the_same_day_two_years_earlier() -> None:
    assert cutoff(date(2024, 9, 2)) == date(2022, 9, 2)
    assert cutoff(date(2024, 2, 29)) == date(2022, 2, 28)


def test_nobody_is_due_while_the_plan_year_runs(opened: OpenedDatabase) -> None:
    assert _names(Retention(opened.database), date(2022, 6, 14)) == []


def test_who_left_more_than_two_years_ago_is_due(opened: OpenedDatabase) -> None:
    retention = Retention(opened.database)
    # Klaver, Dost and Jansman left on 01-09-2022, De Vries on 01-05-2022.
    assert _names(retention, date(2024, 9, 1)) == ["de Vries"]  # exactly two years is not more than two
    assert _names(retention, date(2024, 9, 2)) == ["de Vries", "Dost", "Jansman", "Klaver"]
    (de_vries,) = retention.due(date(2024, 9, 2))[:1]
    assert de_vries.left_on == date(2022, 5, 1) and "01-05-2022" in de_vries.describe()


def test_staff_without_an_end_or_without_employments_is_never_due(opened: OpenedDatabase) -> None:
    services = opened.services
    retention = Retention(opened.database)
    newcomer = services.staff_members.create({"last_name": "Zonderdienst"})
    klaver = _member(services, "Klaver")
    services.employments.create({"staff_member_id": klaver.id, "start_date": "01-01-2023", "end_date": None})
    due = _names(retention, date(2040, 1, 1))
    assert "Zonderdienst" not in due and newcomer.id not in {c.member.id for c in retention.due(date(2040, 1, 1))}
    assert "Klaver" not in due  # came back, with an open-ended employment
    # Members whose only employments are open-ended (Sprenger, Coerts, ...) stay as well.
    assert "Sprenger" not in due and "Coerts" not in due


def test_candidates_name_the_projects_they_are_still_on(opened: OpenedDatabase) -> None:
    candidates = {c.member.last_name: c for c in Retention(opened.database).due(date(2026, 1, 1))}
    assert candidates["de Jonge"].projects == ("Burgernet",)
    assert "Burgernet" in candidates["de Jonge"].describe()


def test_removing_is_one_action_with_employments_absences_and_project_places_and_can_be_undone(opened: OpenedDatabase) -> None:
    services = opened.services
    today = date(2026, 1, 1)
    klaver = _member(services, "Klaver")
    services.absences.create({"staff_member_id": klaver.id, "start_date": "02-02-2022", "end_date": "09-02-2022"})
    project = next(project for project in services.projects.list() if project.name == "Burgernet")
    retention = Retention(opened.database)
    chosen = [candidate.member for candidate in retention.due(today)
              if candidate.member.last_name in ("Klaver", "de Jonge", "Glas")]
    staff_before, employments_before, absences_before = (
        services.staff_members.count(), services.employments.count(), services.absences.count())

    restoration = retention.remove(chosen, today)

    assert services.staff_members.count() == staff_before - 3
    assert services.employments.count() == employments_before - 3
    assert services.absences.count() == absences_before - 1
    assert {member.last_name for member in services.staff_members.list()}.isdisjoint({"Klaver", "de Jonge", "Glas"})
    assert services.projects.get(project.id).staff_member_ids == ()
    assert _names(retention, today) == ["de Vries", "Dost", "Jansman"]

    services.restore(restoration)
    assert services.staff_members.count() == staff_before
    assert services.employments.count() == employments_before
    assert services.absences.count() == absences_before
    assert services.projects.get(project.id).staff_member_ids == project.staff_member_ids
    assert _member(services, "Klaver").id == klaver.id


def test_one_changed_member_stops_the_whole_removal(opened: OpenedDatabase) -> None:
    services = opened.services
    today = date(2026, 1, 1)
    retention = Retention(opened.database)
    chosen = [candidate.member for candidate in retention.due(today)]
    services.staff_members.update(chosen[-1].id, chosen[-1].version, {"notes": "Gewijzigd op een andere pc"})
    before = services.staff_members.count()
    with pytest.raises(ConflictError) as raised:
        retention.remove(chosen, today)
    assert raised.value.current is not None and raised.value.current.notes == "Gewijzigd op een andere pc"
    assert services.staff_members.count() == before


def test_someone_not_due_is_refused_and_nothing_is_removed(opened: OpenedDatabase) -> None:
    services = opened.services
    today = date(2026, 1, 1)
    retention = Retention(opened.database)
    chosen = [*[c.member for c in retention.due(today)], _member(services, "Sprenger")]
    before = services.staff_members.count()
    with pytest.raises(RuleViolation, match="Sprenger.*niets verwijderd"):
        retention.remove(chosen, today)
    assert services.staff_members.count() == before
    with pytest.raises(RuleViolation, match="Kies eerst"):
        retention.remove([], today)


def test_the_services_offer_retention_over_the_same_database(opened: OpenedDatabase) -> None:
    retention = opened.services.retention
    assert isinstance(retention, Retention)
    today = date(2026, 1, 1)
    assert [c.member.id for c in retention.due(today)] == [c.member.id for c in Retention(opened.database).due(today)]
