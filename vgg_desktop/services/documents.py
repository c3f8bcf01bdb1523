"""The year's Word documents as plain values: the Jaarplan itself and the half-year progress report.

Everything here is text as the reader will see it (Dutch, dates as 14-06-2022); the writer in
`vgg_desktop.documents` only pours it into the Word template. Sick leave is health data under the AVG:
nothing here reads absences, and the bureau is described by its engagements only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from vgg_desktop.domain.dates import format_date
from vgg_desktop.domain.document_values import (
    ActivityGroup,
    ActivityText,
    AdvisoryLine,
    CommitteeLine,
    ConsultationLine,
    CoreValueText,
    HalfYear,
    PlanDocument,
    PortfolioLine,
    ProgressReport,
    SeatLine,
    StaffLine,
    StatusCount,
)
from vgg_desktop.domain.enums import ProgressStatus, SeatKind
from vgg_desktop.domain.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from vgg_desktop.domain.entities import Employment, Person, YearPlan
    from vgg_desktop.services.catalog import Services
    from vgg_desktop.services.overviews import ActivityOverview, Overviews

DUTCH_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december")
HALVES = {1: "Eerste halfjaar", 2: "Tweede halfjaar"}




def dutch_date_in_words(value: date) -> str:
    """'10 maart 2022', as the plan writes its adoption date."""
    return f"{value.day} {DUTCH_MONTHS[value.month - 1]} {value.year}"


def adoption_line(plan: YearPlan) -> str:
    if plan.adopted_on is None:
        return "Nog niet vastgesteld"
    by = f" {plan.adopted_by}" if plan.adopted_by else ""
    return f"Vastgesteld{by} {dutch_date_in_words(plan.adopted_on)}"


def paragraphs(text: str | None) -> tuple[str, ...]:
    """Each non-empty line is a paragraph: the plan's texts keep list items ("1. Netwerken: ...") on lines of their own."""
    if not text:
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def plan_of(services: Services, year: int) -> YearPlan:
    for plan in services.overviews.year_plans():
        if plan.year == year:
            return plan
    known = ", ".join(str(plan.year) for plan in services.overviews.year_plans()) or "geen"
    raise NotFoundError(f"Er is geen jaarplan {year}. Jaarplannen in deze database: {known}.")


def check_half(half: int) -> int:
    if half not in HALVES:
        raise ValidationError.single("half", f"Kies halfjaar 1 (eerste) of 2 (tweede), niet {half}.")
    return half


def build_plan_document(services: Services, year: int, *, on: date | None = None) -> PlanDocument:
    """The Jaarplan of `year` as the bureau hands it out; the organisation as it stands on `on`.

    By default the organisation is shown as on the adoption date (or on 1 January when not adopted yet),
    so that a plan printed again later still describes the board it was adopted with.
    """
    plan = plan_of(services, year)
    overviews = services.overviews
    as_of = on or plan.adopted_on or date(year, 1, 1)
    association, short_name = _association(services)
    municipalities = {item.id: item.name for item in services.municipalities.list()}
    board, advisory = _board(overviews, as_of, municipalities)
    return PlanDocument(
        association=association,
        short_name=short_name,
        year=year,
        title=plan.title,
        adoption=adoption_line(plan),
        introduction=paragraphs(plan.introduction),
        signature=_signature(plan),
        vision=paragraphs(plan.vision),
        core_values=tuple(CoreValueText(value.title, value.text) for value in plan.core_values),
        municipality_count=sum(1 for item in services.municipalities.list() if item.is_member_on(as_of)),
        board=board,
        advisory_members=advisory,
        portfolios=_portfolios(overviews, as_of),
        consultations=_consultations(overviews, as_of),
        staff=_staff(overviews, as_of),
        activity_groups=_activity_groups(overviews.activities(year), year, halves=(1, 2)),
    )


def build_progress_report(services: Services, year: int, half: int, *, made_on: date | None = None) -> ProgressReport:
    """The report on `half` (1 or 2) of `year`'s plan: a summary first, then every activity in the plan's order."""
    check_half(half)
    plan = plan_of(services, year)
    association, short_name = _association(services)
    made = made_on or date.today()
    # Meetings are counted as on the day the report is made, or the half's last day when that is earlier.
    counted_on = min(made, date(year, 6, 30) if half == 1 else date(year, 12, 31))
    activities = services.overviews.activities(year, counted_on)
    statuses = [_status_of(item, half) for item in activities]
    counts = tuple(StatusCount(status.label, statuses.count(status)) for status in ProgressStatus if statuses.count(status))
    not_reported = tuple(item.activity.title for item in activities if not _reported(item, half))
    return ProgressReport(
        association=association,
        short_name=short_name,
        year=year,
        half=half,
        title=f"Voortgangsrapportage Jaarplan {year}",
        half_title=f"{HALVES[half]} {year}",
        made_on=format_date(made),
        adoption=adoption_line(plan),
        activity_count=len(activities),
        status_counts=counts,
        behind=tuple(f"{item.activity.title} ({item.meeting_count.describe()})" for item in activities
                     if item.meeting_count is not None and item.meeting_count.is_behind),
        not_reported=not_reported,
        activity_groups=_activity_groups(activities, year, halves=(1, 2) if half == 2 else (1,), with_meetings=True),
    )


def _association(services: Services) -> tuple[str, str]:
    associations = services.association.list()
    if not associations:
        return "Vereniging van Groninger Gemeenten", "VGG"
    return associations[0].name, associations[0].short_name


def _signature(plan: YearPlan) -> tuple[str, ...]:
    lines: list[str] = []
    if plan.adopted_on is not None:
        lines.append(f"{dutch_date_in_words(plan.adopted_on)},")
    if plan.signed_by:
        lines.extend(f"{part.strip()}," if index < plan.signed_by.count(",") else f"{part.strip()}."
                     for index, part in enumerate(plan.signed_by.split(",")))
    return tuple(lines)


def _board(overviews: Overviews, on: date,
           municipalities: dict[int, str]) -> tuple[tuple[SeatLine, ...], tuple[AdvisoryLine, ...]]:
    seats: list[SeatLine] = []
    advisory: list[AdvisoryLine] = []
    for item in overviews.board(on):
        holder = item.holder.display_name if item.holder else "Vacature"
        if item.seat.kind == SeatKind.ADVISORY:
            if item.holder is not None:
                holder = ", ".join(part for part in (holder, _represents(item.holder, municipalities)) if part)
            advisory.append(AdvisoryLine(item.on_behalf_of, holder))
        else:
            seats.append(SeatLine(item.seat.role.label, item.on_behalf_of, holder))
    return tuple(seats), tuple(advisory)


def _represents(person: Person, municipalities: dict[int, str]) -> str:
    """'gemeentesecretaris gemeente Eemsdelta': the function and the municipality it is held in, as far as known."""
    municipality = municipalities.get(person.municipality_id) if person.municipality_id else None
    return " ".join(part for part in (person.function, f"gemeente {municipality}" if municipality else None) if part)


def _portfolios(overviews: Overviews, on: date) -> tuple[PortfolioLine, ...]:
    return tuple(
        PortfolioLine(
            item.portfolio.name,
            item.holder.display_name if item.holder else ("n.v.t." if item.portfolio.vng_not_applicable and not item.committees else "Vacature"),
            tuple(CommitteeLine(_committee_name(committee.committee.name, committee.committee.former_name),
                                _with_context(committee.member_text, committee.member_context))
                  for committee in item.committees),
        )
        for item in overviews.portfolios(on)
    )


def _committee_name(name: str, former_name: str | None) -> str:
    return f"{name} (voorheen {former_name})" if former_name else name


def _with_context(text: str, context: str | None) -> str:
    """'Vacature (tot en met 30-06-2022: Jan Jansen)' for a place open because of its holder's dates."""
    return f"{text} ({context})" if context else text


def _consultations(overviews: Overviews, on: date) -> tuple[ConsultationLine, ...]:
    return tuple(
        ConsultationLine(item.consultation.number, item.consultation.name,
                         _with_context(item.chair_text, item.chair_context),
                         item.consultation.preparation or "", ", ".join(item.partners))
        for item in overviews.consultations(on)
    )


def _staff(overviews: Overviews, on: date) -> tuple[StaffLine, ...]:
    lines: list[StaffLine] = []
    for item in overviews.staff():
        employment = item.main_employment(on)
        if employment is None:
            lines.append(StaffLine(item.member.display_name, "", "", ""))
            continue
        lines.append(StaffLine(item.member.display_name, _function(employment), _contract(employment), _period(employment)))
    return tuple(lines)


def _function(employment: Employment) -> str:
    parts = [part for part in (employment.function, employment.description) if part]
    return ": ".join(parts)


def _contract(employment: Employment) -> str:
    kind = employment.contract_kind.label if employment.contract_kind else ""
    if employment.through:
        return f"{kind} via {employment.through}".strip()
    return kind


def _period(employment: Employment) -> str:
    start, end = format_date(employment.start_date), format_date(employment.end_date)
    if start and end:
        return f"{start} – {end}"
    if end:
        return f"tot {end}"
    if start:
        return f"vanaf {start}"
    return ""


def _status_of(item: ActivityOverview, half: int) -> ProgressStatus:
    return item.activity.first_half_status if half == 1 else item.activity.second_half_status


def _progress_of(item: ActivityOverview, half: int) -> str | None:
    return item.activity.first_half_progress if half == 1 else item.activity.second_half_progress


def _reported(item: ActivityOverview, half: int) -> bool:
    return _status_of(item, half) != ProgressStatus.NOT_REPORTED


def _activity_groups(activities: Iterable[ActivityOverview], year: int, *, halves: tuple[int, ...],
                     with_meetings: bool = False) -> tuple[ActivityGroup, ...]:
    """Consecutive activities of the same owner under one heading, in the plan's order."""
    groups: list[tuple[str, list[ActivityText]]] = []
    for item in activities:
        text = _activity_text(item, year, halves, with_meetings)
        if groups and groups[-1][0] == item.owner:
            groups[-1][1].append(text)
        else:
            groups.append((item.owner, [text]))
    return tuple(ActivityGroup(owner, tuple(texts)) for owner, texts in groups)


def _activity_text(item: ActivityOverview, year: int, halves: tuple[int, ...], with_meetings: bool) -> ActivityText:
    activity = item.activity

    def half_year(half: int) -> HalfYear:
        title = f"{HALVES[half]} {year}"
        if half not in halves:
            return HalfYear(title, "", ())
        return HalfYear(title, _status_of(item, half).label if _reported(item, half) else "",
                        paragraphs(_progress_of(item, half)))

    return ActivityText(
        title=activity.title,
        goal=activity.goal,
        results_heading=f"Te bereiken resultaten {year}",
        results=activity.results,
        halves=(half_year(1), half_year(2)),
        meetings=_meetings_text(item) if with_meetings else "",
    )


def _meetings_text(item: ActivityOverview) -> str:
    """'0 van 3 gehouden – achter: op 30-06-2022 horen er 2 gehouden of gepland te zijn', for an activity with a target."""
    count = item.meeting_count
    if count is None or count.target is None:
        return ""
    return f"{count.describe()} – {count.describe_behind()}" if count.is_behind else count.describe()
