"""Starting next year's plan from this year's: the same activities, progress cleared.

The new plan takes this year's texts (introduction, vision, core values) to be edited, but no
adoption: the board has not adopted it yet. Every activity is copied with its owner, links, goal,
intended results and number of meetings; one that was neither finished nor dropped in either half-year is marked as
continuing this year's ("vervolg van 2022"). Progress starts as nothing reported yet.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from vgg_desktop.db.mapping import current_fields, to_value, write_fields
from vgg_desktop.db.models import ActivityRow, YearPlanRow
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.domain import entities as e, schema as s
from vgg_desktop.domain.enums import ProgressStatus
from vgg_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from vgg_desktop.domain.history import ChangeKind
from vgg_desktop.services.history import added, record_change, removals
from vgg_desktop.services.records import Restoration, RestoredRecord, delete_row, load_for_change, save_checked

# What carries over: the plan's texts and each activity's owner, links, goal, intended results and meeting target.
_CARRIED_ACTIVITY_FIELDS = ("position", "owner_kind", "title", "portfolio_id", "consultation_id", "partner_ids", "goal", "results",
                            "meeting_target", "meeting_target_is_minimum", "meeting_target_as_written")

# A half-year with one of these statuses means the activity needs no sequel next year.
_CONCLUDED = frozenset({ProgressStatus.DONE, ProgressStatus.CANCELLED})


@dataclass(frozen=True)
class YearPlanStarted:
    """The new plan and its activities as stored, enough to take the step back exactly."""

    plan: e.YearPlan
    activities: tuple[e.Activity, ...]

    @property
    def carried_over(self) -> int:
        return sum(1 for activity in self.activities if activity.carried_over_from is not None)


def is_concluded(activity: e.Activity) -> bool:
    """Finished or dropped in one of its half-years; otherwise it continues in next year's plan."""
    return activity.first_half_status in _CONCLUDED or activity.second_half_status in _CONCLUDED


def start_year_plan(database: Database, year: int, from_year: int) -> YearPlanStarted:
    """Creates the plan for `year` as a copy of the plan of `from_year`, in one transaction and one change."""
    with database.writing() as session:
        if session.scalar(select(YearPlanRow.id).where(YearPlanRow.year == year)) is not None:
            raise ValidationError.single("year", f"Jaar: er is al een jaarplan voor {year}. Kies een ander jaar.")
        source = session.scalar(select(YearPlanRow).where(YearPlanRow.year == from_year))
        if source is None:
            raise NotFoundError(f"Er is geen jaarplan {from_year} om van uit te gaan. Kies een jaar waarvan er een jaarplan is.")
        old = to_value(s.YEAR_PLAN, source)
        plan_values = s.clean(s.YEAR_PLAN, {
            **current_fields(s.YEAR_PLAN, old),
            "year": year, "title": old.title.replace(str(from_year), str(year)), "adopted_on": None, "adopted_by": None,
            "signed_by": None,
        })
        plan = YearPlanRow()
        # Checked and written like any save: when another PC made the same year just now, the database
        # refuses and the rule's own message says so.
        save_checked(session, s.YEAR_PLAN, plan, plan_values, None)
        copies: list[ActivityRow] = []
        for row in session.scalars(select(ActivityRow).where(ActivityRow.year_plan_id == source.id).order_by(ActivityRow.position, ActivityRow.id)):
            activity = to_value(s.ACTIVITY, row)
            values = s.clean(s.ACTIVITY, {
                **{name: getattr(activity, name) for name in _CARRIED_ACTIVITY_FIELDS},
                "year_plan_id": plan.id,
                "first_half_status": ProgressStatus.NOT_REPORTED, "second_half_status": ProgressStatus.NOT_REPORTED,
                "carried_over_from": None if is_concluded(activity) else from_year,
            })
            copy = ActivityRow()
            write_fields(session, s.ACTIVITY, copy, values)
            session.add(copy)
            copies.append(copy)
        session.flush()
        new_plan = to_value(s.YEAR_PLAN, plan)
        activities = tuple(to_value(s.ACTIVITY, copy) for copy in copies)
        record_change(session, ChangeKind.NEW_YEAR, [added(s.YEAR_PLAN, new_plan), *(added(s.ACTIVITY, item) for item in activities)],
                      f"Jaarplan {year} begonnen vanuit {from_year}")
        return YearPlanStarted(new_plan, activities)


def undo_year_plan(database: Database, started: YearPlanStarted) -> Restoration:
    """Takes the new plan and its activities away again, provided none of them changed since.

    `started` holds the versions as the window last knew them; the restoration brings back exactly
    what was removed (redo)."""
    with database.writing() as session:
        plan = load_for_change(session, s.YEAR_PLAN, started.plan.id, started.plan.version)
        assert isinstance(plan, YearPlanRow)
        known = {activity.id: activity.version for activity in started.activities}
        rows = session.scalars(select(ActivityRow).where(ActivityRow.year_plan_id == plan.id).order_by(ActivityRow.id)).all()
        if {row.id: row.version for row in rows} != known:
            raise ConflictError(
                f"Iemand anders heeft de activiteiten van jaarplan {plan.year} gewijzigd sinds het is gemaakt. "
                "Het jaarplan is niet weggehaald; verwijder wat u niet wilt bewaren met de hand.")
        removed: list[RestoredRecord] = []
        for row in rows:
            removed.extend(delete_row(session, s.ACTIVITY, row).records)
        # The plan goes last and comes back first: its activities point at it.
        removed[:0] = delete_row(session, s.YEAR_PLAN, plan).records
        restoration = Restoration(f"jaarplan {plan.year} maken", tuple(removed))
        record_change(session, ChangeKind.UNDO, removals(restoration), f"Jaarplan {started.plan.year} weggehaald")
        return restoration
