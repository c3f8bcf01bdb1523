"""The peildatum: the date the window looks from, today unless the user chose another.

The bureau prepares meetings in advance: with the meeting's date as peildatum, the tabs show whose
term runs, which contracts end soon and whose retention period has passed as they will be on that
day, as the meeting's workbook does. The choice lasts while the window is open (it is not saved):
a window that opens on another day than today would mislead the next morning.

The window makes it before its first paint, so it is a plain class (no Qt type to create then); the
status-bar indicator (`reference_date_indicator`) and the dialog that changes the date
(`reference_date_dialog`) are made when they are first needed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


class ReferenceDate:
    """Today, or the date the user chose; the listeners are called when it changes."""

    def __init__(self, clock: Callable[[], date] = date.today) -> None:
        self._clock = clock
        self._chosen: date | None = None
        self._listeners: list[Callable[[], None]] = []

    def on_change(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def today(self) -> date:
        """The date the window looks from."""
        return self._chosen or self._clock()

    @property
    def is_today(self) -> bool:
        return self._chosen is None or self._chosen == self._clock()

    def set(self, day: date | None) -> None:
        """None, or today's date, goes back to today (and follows the clock past midnight)."""
        chosen = None if day is None or day == self._clock() else day
        if chosen != self._chosen:
            self._chosen = chosen
            for listener in list(self._listeners):
                listener()

    def back_to_today(self) -> None:
        self.set(None)
