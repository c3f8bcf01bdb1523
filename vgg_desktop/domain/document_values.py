"""The year's Word documents as plain values: the Jaarplan itself and the half-year progress report.

Everything here is text as the reader will see it. The services fill them (`vgg_desktop.services.documents`)
and the writer in `vgg_desktop.export.documents` pours them into the Word template, so both import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoreValueText:
    title: str
    text: str


@dataclass(frozen=True)
class SeatLine:
    role: str
    on_behalf_of: str
    holder: str
    """The board member's name, or 'Vacature'."""


@dataclass(frozen=True)
class AdvisoryLine:
    circle: str
    """'Kring van gemeentesecretarissen'"""
    holder: str
    """'dhr. R. Koch, gemeentesecretaris gemeente Eemsdelta', or 'Vacature'."""


@dataclass(frozen=True)
class CommitteeLine:
    name: str
    member: str
    """The Groningen member, 'Vacature' or 'n.v.t.'."""


@dataclass(frozen=True)
class PortfolioLine:
    name: str
    holder: str
    committees: tuple[CommitteeLine, ...]


@dataclass(frozen=True)
class ConsultationLine:
    number: int
    name: str
    chair: str
    preparation: str
    partners: str


@dataclass(frozen=True)
class StaffLine:
    name: str
    function: str
    contract: str
    """Kind of engagement and via whom: 'BBL-plaats via GOA-Publiek'."""
    period: str
    """'01-03-2020 – 01-09-2022', 'tot 01-09-2022', 'vanaf 01-10-2021', or empty."""


@dataclass(frozen=True)
class HalfYear:
    title: str
    """'Eerste halfjaar 2022'"""
    status: str
    """The status label, or empty when nothing was reported."""
    progress: tuple[str, ...]
    """The progress text in paragraphs."""


@dataclass(frozen=True)
class ActivityText:
    title: str
    goal: str
    results_heading: str
    results: tuple[str, ...]
    halves: tuple[HalfYear, HalfYear]
    meetings: str
    """Meetings held against the plan's target ('1 van 3 gehouden, 1 gepland'), or empty."""


@dataclass(frozen=True)
class ActivityGroup:
    owner: str
    activities: tuple[ActivityText, ...]


@dataclass(frozen=True)
class PlanDocument:
    association: str
    short_name: str
    year: int
    title: str
    adoption: str
    """'Vastgesteld DB VGG 10 maart 2022', or 'Nog niet vastgesteld'."""
    introduction: tuple[str, ...]
    signature: tuple[str, ...]
    vision: tuple[str, ...]
    core_values: tuple[CoreValueText, ...]
    municipality_count: int
    board: tuple[SeatLine, ...]
    advisory_members: tuple[AdvisoryLine, ...]
    portfolios: tuple[PortfolioLine, ...]
    consultations: tuple[ConsultationLine, ...]
    staff: tuple[StaffLine, ...]
    activity_groups: tuple[ActivityGroup, ...]


@dataclass(frozen=True)
class StatusCount:
    status: str
    count: int


@dataclass(frozen=True)
class ProgressReport:
    association: str
    short_name: str
    year: int
    half: int
    title: str
    """'Voortgangsrapportage Jaarplan 2022'"""
    half_title: str
    """'Eerste halfjaar 2022'"""
    made_on: str
    adoption: str
    activity_count: int
    status_counts: tuple[StatusCount, ...]
    behind: tuple[str, ...]
    """Activities that hold fewer meetings than the part of the year that has passed calls for."""
    not_reported: tuple[str, ...]
    """Activities with nothing reported for this half."""
    activity_groups: tuple[ActivityGroup, ...]
