"""Elections and what they do to the places of municipal politicians, as plain values.

After municipal elections (gemeenteraadsverkiezingen, all member municipalities) or a
herindelingsverkiezing (only the municipalities concerned) every board term, portfolio, VNG
committee membership and consultation chair held by a municipal politician ends on the election's
date and the place falls open. Advisory members (the secretaries' and clerks' circles) are civil
servants and keep their places; staff of the bureau hold no such places at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from vgg_desktop.domain.dates import format_date


class ElectionKind(StrEnum):
    MUNICIPAL = "gemeenteraadsverkiezingen"
    REDIVISION = "herindelingsverkiezing"

    @property
    def label(self) -> str:
        return {ElectionKind.MUNICIPAL: "Gemeenteraadsverkiezingen",
                ElectionKind.REDIVISION: "Herindelingsverkiezing"}[self]


# Words in a person's function that mark a civil servant rather than a politician.
OFFICIAL_FUNCTIONS = ("secretaris", "griffier")


@dataclass(frozen=True)
class PlaceOpened:
    """One place the election opens: `entity` and `record_id` name the record that changes."""

    entity: str
    record_id: int
    place: str
    person_id: int
    person: str
    effect: str


@dataclass(frozen=True)
class PlaceKept:
    """A place held on the election's date that the election leaves alone, and why."""

    place: str
    person: str
    reason: str


@dataclass(frozen=True)
class PlaceAlreadyOpen:
    """A place nobody held on the election's date: filled in the same round, so the follow-up counts it."""

    entity: str
    record_id: int
    place: str


@dataclass(frozen=True)
class ElectionPlan:
    """What recording the election will do (the preview), or did."""

    held_on: date
    kind: ElectionKind
    municipalities: tuple[str, ...]
    opened: tuple[PlaceOpened, ...]
    kept: tuple[PlaceKept, ...]
    already_open: tuple[PlaceAlreadyOpen, ...] = ()
    """Only for gemeenteraadsverkiezingen: an empty place does not say of which municipality it is."""

    def title(self) -> str:
        where = "" if self.kind is ElectionKind.MUNICIPAL else f" ({', '.join(self.municipalities)})"
        return f"{self.kind.label} van {format_date(self.held_on)}{where}"

    def lines(self) -> list[str]:
        """The preview as the command line prints it and the window lists it."""
        lines = [self.title()]
        if self.opened:
            lines.append(f"Vrij op {format_date(self.held_on)} ({len(self.opened)}):")
            lines += [f"  - {item.place}: {item.person}, {item.effect}" for item in self.opened]
        else:
            lines.append("Er komen geen plaatsen vrij: niemand die een plaats bekleedt, valt onder deze verkiezing.")
        if self.already_open:
            # The follow-up ("n van m weer ingevuld") counts these with the places the election opens.
            lines.append(f"Al open op {format_date(self.held_on)} ({len(self.already_open)}); deze worden in dezelfde "
                         "ronde ingevuld en tellen mee bij 'weer ingevuld':")
            lines += [f"  - {item.place}" for item in self.already_open]
        if self.kept:
            lines.append(f"Blijven ongewijzigd ({len(self.kept)}):")
            lines += [f"  - {item.place}: {item.person} ({item.reason})" for item in self.kept]
        return lines

    def round_size(self) -> int:
        """How many places the follow-up after this election counts: those it opens and those already open."""
        return len(self.opened) + len(self.already_open)


@dataclass(frozen=True)
class Election:
    """An election whose consequences were recorded."""

    id: int
    held_on: date
    kind: ElectionKind
    municipalities: tuple[str, ...]
    opened: int

    @property
    def title(self) -> str:
        """'Gemeenteraadsverkiezingen van 30-03-2022', as the plan of the election said it."""
        where = "" if self.kind is ElectionKind.MUNICIPAL else f" ({', '.join(self.municipalities)})"
        return f"{self.kind.label} van {format_date(self.held_on)}{where}"
