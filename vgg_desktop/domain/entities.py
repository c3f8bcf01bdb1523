"""The records of the association as plain frozen values.

Services hand these out; nothing in them is tied to a database session. Every record carries
`id` and `version`: the version is what a save must name, so that a change made meanwhile on
another PC is noticed instead of overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vgg_desktop.domain.enums import (
    AttendanceStatus,
    ContractKind,
    MeetingKind,
    MeetingStatus,
    OwnerKind,
    PlaceStatus,
    PortfolioKind,
    ProgressStatus,
    ProjectKind,
    SeatKind,
    SeatRole,
)


def full_name(salutation: str | None, initials: str | None, first_name: str | None, last_name: str) -> str:
    """'Dhr. A. (Ard) van der Tuuk' collapses to what is known: 'Ard van der Tuuk' or 'Dhr. A. van der Tuuk'."""
    given = first_name or initials or ""
    name = f"{given} {last_name}".strip()
    if not first_name and salutation:
        name = f"{salutation} {name}"
    return name


def is_current(start: date | None, end: date | None, on: date) -> bool:
    """A period with an unknown start began long ago; one with an unknown end goes on."""
    return (start is None or start <= on) and (end is None or on <= end)


@dataclass(frozen=True)
class Association:
    id: int
    version: int
    name: str
    short_name: str
    seat: str | None
    founded_on: date | None


@dataclass(frozen=True)
class CoreValue:
    title: str
    text: str


@dataclass(frozen=True)
class YearPlan:
    id: int
    version: int
    year: int
    title: str
    adopted_on: date | None
    adopted_by: str | None
    signed_by: str | None
    introduction: str
    vision: str
    core_values: tuple[CoreValue, ...]


@dataclass(frozen=True)
class Municipality:
    id: int
    version: int
    name: str
    member_since: date | None
    member_until: date | None

    def is_member_on(self, on: date) -> bool:
        return is_current(self.member_since, self.member_until, on)


@dataclass(frozen=True)
class Partner:
    id: int
    version: int
    name: str
    notes: str | None


@dataclass(frozen=True)
class NameAndContact:
    """What a person of the association and a staff member of the bureau both have: a name, how to
    reach them, and notes."""

    id: int
    version: int
    salutation: str | None
    initials: str | None
    first_name: str | None
    last_name: str
    email: str | None
    phone: str | None
    notes: str | None

    @property
    def display_name(self) -> str:
        return full_name(self.salutation, self.initials, self.first_name, self.last_name)


@dataclass(frozen=True)
class Person(NameAndContact):
    municipality_id: int | None
    function: str | None


@dataclass(frozen=True)
class BoardSeat:
    id: int
    version: int
    kind: SeatKind
    role: SeatRole
    municipality_id: int | None
    constituency: str | None
    position: int
    notes: str | None


@dataclass(frozen=True)
class SeatTerm:
    id: int
    version: int
    seat_id: int
    person_id: int
    start_date: date | None
    end_date: date | None
    as_written: str | None

    def is_current_on(self, on: date) -> bool:
        return is_current(self.start_date, self.end_date, on)


@dataclass(frozen=True)
class Portfolio:
    id: int
    version: int
    name: str
    kind: PortfolioKind
    holder_id: int | None
    vng_not_applicable: bool
    position: int
    notes: str | None = None


@dataclass(frozen=True)
class VngCommittee:
    id: int
    version: int
    name: str
    former_name: str | None
    portfolio_id: int | None
    member_status: PlaceStatus
    member_id: int | None
    position: int
    notes: str | None = None
    member_since: date | None = None
    """When the member took the place; empty where nobody recorded it (the Jaarplan gives no dates)."""
    member_until: date | None = None
    """The last day of the membership when it is known beforehand."""


@dataclass(frozen=True)
class Consultation:
    id: int
    version: int
    number: int
    name: str
    chair_status: PlaceStatus
    chair_id: int | None
    organised_by_id: int | None
    preparation: str | None
    portfolio_id: int | None
    partner_ids: tuple[int, ...]
    notes: str | None = None
    chair_since: date | None = None
    """When the chair took the place; empty where nobody recorded it (the Jaarplan gives no dates)."""
    chair_until: date | None = None
    """The last day of the chairmanship when it is known beforehand."""


@dataclass(frozen=True)
class StaffMember(NameAndContact):
    """Someone who works at the bureau; what they do and when is in their employments."""


@dataclass(frozen=True)
class Employment:
    id: int
    version: int
    staff_member_id: int
    function: str | None
    description: str | None
    contract_kind: ContractKind | None
    through: str | None
    start_date: date | None
    end_date: date | None
    as_written: str | None

    def is_current_on(self, on: date) -> bool:
        return is_current(self.start_date, self.end_date, on)


@dataclass(frozen=True)
class Absence:
    """Sick leave: dates only. Health data under the AVG, so there is deliberately no field for a cause."""

    id: int
    version: int
    staff_member_id: int
    start_date: date
    end_date: date | None


@dataclass(frozen=True)
class Activity:
    id: int
    version: int
    year_plan_id: int
    position: int
    owner_kind: OwnerKind
    title: str
    heading_as_written: str | None
    portfolio_id: int | None
    consultation_id: int | None
    partner_ids: tuple[int, ...]
    goal: str
    results: tuple[str, ...]
    results_heading_as_written: str | None
    first_half_progress: str | None
    first_half_status: ProgressStatus
    second_half_progress: str | None
    second_half_status: ProgressStatus
    meeting_target: int | None = None
    meeting_target_is_minimum: bool = False
    meeting_target_as_written: str | None = None
    # The year of the plan this activity continues, because it was not finished there ("vervolg van 2022").
    carried_over_from: int | None = None


@dataclass(frozen=True)
class Meeting:
    id: int
    version: int
    date: date
    kind: MeetingKind
    title: str
    theme: str | None
    location: str | None
    activity_id: int | None
    notes: str | None
    status: MeetingStatus = MeetingStatus.PLANNED


@dataclass(frozen=True)
class MeetingAttendance:
    """Whether one member municipality was represented at one meeting, and by whom (as written)."""

    id: int
    version: int
    meeting_id: int
    municipality_id: int
    status: AttendanceStatus
    represented_by: str | None


@dataclass(frozen=True)
class Project:
    id: int
    version: int
    name: str
    kind: ProjectKind | None
    description: str | None
    activity_id: int | None
    staff_member_ids: tuple[int, ...]


@dataclass(frozen=True)
class ProjectDecision:
    id: int
    version: int
    project_id: int
    decided_on: date
    description: str
    # What the decision says about money (amounts, how costs are shared), as written.
    finances: str | None = None


@dataclass(frozen=True)
class ProjectInvoice:
    id: int
    version: int
    project_id: int
    municipality_id: int
    description: str | None
    amount_cents: int
    sent_on: date | None
    paid_on: date | None
