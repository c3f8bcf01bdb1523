"""Starting next year's plan from this year's: the same activities, progress cleared."""

from __future__ import annotations

from sqlalchemy import select

from vgg_desktop.db.models import ActivityRow, YearPlanRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e
from vgg_desktop.domain import schema as s
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.errors import NotFoundError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services.mapping import current_fields, to_value, write_fields
from vgg_desktop.services.history import added, record_change
from vgg_desktop.services.records import save_checked

# What carries over: the plan's texts and each activity's owner, links, goal and intended results.
_CARRIED_ACTIVITY_FIELDS = ("position", "owner_kind", "title", "portfolio_id", "consultation_id", "partner_ids", "goal", "results",
                            "meeting_target", "meeting_target_is_minimum", "meeting_target_as_written")


def start_year_plan(database: Database, year: int, from_year: int) -> e.YearPlan:
    """Creates the plan for `year` as a copy of the plan of `from_year`, in one transaction."""
    with database.writing() as session:
        source = session.scalar(select(YearPlanRow).where(YearPlanRow.year == from_year))
        if source is None:
            raise NotFoundError(f"Er is geen jaarplan {from_year} om van uit te gaan. Kies een ander jaar.")
        old = to_value(s.YEAR_PLAN, source)
        plan_values = s.clean(s.YEAR_PLAN, {
            **current_fields(s.YEAR_PLAN, old),
            "year": year, "title": old.title.replace(str(from_year), str(year)), "adopted_on": None, "adopted_by": None,
        })
        plan = YearPlanRow()
        save_checked(session, s.YEAR_PLAN, plan, plan_values, None)
        copies: list[ActivityRow] = []
        for row in session.scalars(select(ActivityRow).where(ActivityRow.year_plan_id == source.id).order_by(ActivityRow.position)):
            activity = to_value(s.ACTIVITY, row)
            values = s.clean(s.ACTIVITY, {
                **{name: getattr(activity, name) for name in _CARRIED_ACTIVITY_FIELDS},
                "year_plan_id": plan.id,
                "first_half_status": ProgressStatus.NOT_REPORTED, "second_half_status": ProgressStatus.NOT_REPORTED,
            })
            copy = ActivityRow()
            write_fields(session, s.ACTIVITY, copy, values)
            session.add(copy)
            copies.append(copy)
        session.flush()
        new_plan = to_value(s.YEAR_PLAN, plan)
        record_change(session, ChangeKind.NEW_YEAR, [added(s.YEAR_PLAN, new_plan), *(added(s.ACTIVITY, to_value(s.ACTIVITY, copy)) for copy in copies)],
                      f"Jaarplan {year} begonnen vanuit {from_year}")
        return new_plan
