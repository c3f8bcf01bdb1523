from __future__ import annotations

import threading
from typing import Any

import pytest

from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services import records
from vgg_desktop.services.history import HistoryFilter
from vgg_desktop.services.year_plans import is_concluded
from vgg_desktop.startup import OpenedDatabase


def test_next_year_starts_from_this_year(opened: OpenedDatabase) -> None:
    services = opened.services
    source = services.year_plans.list()[0]
    started = services.start_year_plan(2023, from_year=2022)
    plan = started.plan
    assert plan.year == 2023 and plan.title.endswith("2023")
    assert (plan.adopted_on, plan.adopted_by, plan.signed_by) == (None, None, None)
    assert (plan.introduction, plan.vision, plan.core_values) == (source.introduction, source.vision, source.core_values)
    assert len(plan.core_values) == 6
    old, new = services.overviews.activities(2022), services.overviews.activities(2023)
    assert len(new) == len(old) == 28
    for before, after in zip((item.activity for item in old), (item.activity for item in new), strict=True):
        assert (after.title, after.owner_kind, after.portfolio_id, after.consultation_id, after.partner_ids, after.goal, after.results) == (
            before.title, before.owner_kind, before.portfolio_id, before.consultation_id, before.partner_ids, before.goal, before.results)
        assert (after.meeting_target, after.meeting_target_is_minimum, after.meeting_target_as_written) == (
            before.meeting_target, before.meeting_target_is_minimum, before.meeting_target_as_written)
        assert (after.first_half_progress, after.second_half_progress) == (None, None)
        assert (after.first_half_status, after.second_half_status) == (ProgressStatus.NOT_REPORTED, ProgressStatus.NOT_REPORTED)
        assert after.year_plan_id == plan.id and after.id != before.id
    assert sum(1 for item in new if item.activity.meeting_target is not None) >= 5, "the seed's targets came along"
    # Nothing in the 2022 seed is finished or dropped: every activity continues.
    assert {item.activity.carried_over_from for item in new} == {2022}
    assert started.carried_over == 28
    assert len(services.overviews.activities(2022)) == 28


def test_only_unfinished_activities_are_carried_over(opened: OpenedDatabase) -> None:
    services = opened.services
    first, second, third = services.overviews.activities(2022)[:3]
    services.activities.update(first.activity.id, first.activity.version, {"first_half_status": ProgressStatus.DONE})
    services.activities.update(second.activity.id, second.activity.version, {"second_half_status": ProgressStatus.CANCELLED})
    services.activities.update(third.activity.id, third.activity.version, {"second_half_status": ProgressStatus.RUNNING})
    started = services.start_year_plan(2023, from_year=2022)
    carried = [activity.carried_over_from for activity in started.activities]
    assert carried[:3] == [None, None, 2022]
    assert set(carried[3:]) == {2022}
    assert started.carried_over == 26


def test_is_concluded_looks_at_both_halves(opened: OpenedDatabase) -> None:
    activity = opened.services.activities.list()[0]
    assert not is_concluded(activity)
    assert is_concluded(activity.__class__(**{**activity.__dict__, "second_half_status": ProgressStatus.DONE}))
    assert not is_concluded(activity.__class__(**{**activity.__dict__, "first_half_status": ProgressStatus.NOT_STARTED}))


def test_year_must_be_new_and_source_must_exist(opened: OpenedDatabase) -> None:
    services = opened.services
    before = services.history.changes(HistoryFilter())
    with pytest.raises(ValidationError, match="er is al een jaarplan voor 2022"):
        services.start_year_plan(2022, from_year=2021)
    with pytest.raises(NotFoundError, match="geen jaarplan 2019"):
        services.start_year_plan(2020, from_year=2019)
    services.start_year_plan(2023, from_year=2022)
    with pytest.raises(ValidationError, match="er is al een jaarplan voor 2023"):
        services.start_year_plan(2023, from_year=2022)
    assert [plan.year for plan in services.year_plans.list()] == [2022, 2023]
    assert len(services.activities.list()) == 56
    assert len(services.history.changes(HistoryFilter())) == len(before) + 1


def test_the_new_plan_is_one_change_and_undone_as_one(opened: OpenedDatabase) -> None:
    services = opened.services
    started = services.start_year_plan(2023, from_year=2022)
    change = services.history.changes(HistoryFilter())[0]
    assert change.kind is ChangeKind.NEW_YEAR and len(change.records) == 29
    restoration = services.undo_year_plan(started)
    assert [plan.year for plan in services.year_plans.list()] == [2022]
    assert len(services.activities.list()) == 28
    undone = services.history.changes(HistoryFilter())[0]
    assert undone.kind is ChangeKind.UNDO and len(undone.records) == 29
    services.restore(restoration, ChangeKind.REDO)
    assert services.year_plans.get(started.plan.id).year == 2023
    assert [item.activity.title for item in services.overviews.activities(2023)] == [activity.title for activity in started.activities]
    assert {activity.carried_over_from for activity in services.activities.list(year_plan_id=started.plan.id)} == {2022}


def test_undo_is_refused_when_an_activity_changed_since(opened: OpenedDatabase) -> None:
    services = opened.services
    started = services.start_year_plan(2023, from_year=2022)
    activity = started.activities[0]
    services.activities.update(activity.id, activity.version, {"goal": "Aangepast doel"})
    with pytest.raises(ConflictError, match="niet weggehaald"):
        services.undo_year_plan(started)
    assert len(services.activities.list(year_plan_id=started.plan.id)) == 28


@pytest.mark.postgres
def test_two_pcs_creating_the_same_year_at_once(two_pcs: tuple[OpenedDatabase, OpenedDatabase], monkeypatch: pytest.MonkeyPatch) -> None:
    both_checked = threading.Barrier(2, timeout=30)
    original = records.check_rules
    waited = threading.local()

    def check_then_wait(*arguments: Any) -> None:
        original(*arguments)
        if not getattr(waited, "done", False):
            waited.done = True
            both_checked.wait()  # both PCs have found no 2023 plan before either stores one

    monkeypatch.setattr(records, "check_rules", check_then_wait)
    outcomes: list[object] = []

    def create(pc: OpenedDatabase) -> None:
        try:
            outcomes.append(pc.services.start_year_plan(2023, from_year=2022))
        except ValidationError as error:
            outcomes.append(error)

    threads = [threading.Thread(target=create, args=(pc,)) for pc in two_pcs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    refusals = [outcome for outcome in outcomes if isinstance(outcome, ValidationError)]
    assert len(outcomes) == 2 and len(refusals) == 1
    assert refusals[0].message == "Jaar: er is al een jaarplan voor 2023. Kies een ander jaar."
    first = two_pcs[0].services
    assert [plan.year for plan in first.year_plans.list()] == [2022, 2023]
    assert len(first.activities.list()) == 56
    assert sum(change.kind is ChangeKind.NEW_YEAR for change in first.history.changes(HistoryFilter())) == 1
