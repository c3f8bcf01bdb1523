from __future__ import annotations

import pytest

from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.errors import NotFoundError, ValidationError
from vgg_desktop.startup import OpenedDatabase


def test_next_year_starts_from_this_year(opened: OpenedDatabase) -> None:
    plan = opened.services.start_year_plan(2023, from_year=2022)
    assert plan.year == 2023 and plan.title.endswith("2023") and plan.adopted_on is None
    assert len(plan.core_values) == 6
    old, new = opened.services.overviews.activities(2022), opened.services.overviews.activities(2023)
    assert [item.activity.title for item in new] == [item.activity.title for item in old]
    assert new[0].activity.first_half_progress is None
    assert {item.activity.first_half_status for item in new} == {ProgressStatus.NOT_REPORTED}
    assert new[0].activity.results == old[0].activity.results
    assert len(opened.services.overviews.activities(2022)) == 28


def test_year_must_be_new_and_source_must_exist(opened: OpenedDatabase) -> None:
    with pytest.raises(ValidationError, match="er is al een jaarplan voor 2022"):
        opened.services.start_year_plan(2022, from_year=2022)
    with pytest.raises(NotFoundError, match="geen jaarplan 2019"):
        opened.services.start_year_plan(2020, from_year=2019)
    assert [plan.year for plan in opened.services.year_plans.list()] == [2022]
