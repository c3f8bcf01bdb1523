"""Rows on screen before the database is open: the window shows the rows of the tab that was open last,
kept from the last session (`gui/snapshot.py`), and keeps them again after every read of that tab.

`show` runs before the window is first painted. Reading from the database replaces the kept rows (the
tab does that itself). After a tab has been read, and it is the one on screen, its rows are written a
moment later (a burst of changes writes once) and when the program closes; with them the settings
remember that tab, so that the next start opens on the tab whose rows it has kept.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from vgg_desktop import __version__
from vgg_desktop.gui import snapshot

if TYPE_CHECKING:
    from vgg_desktop.gui.main_window import MainWindow
    from vgg_desktop.gui.tabs.base import RecordTab

WRITE_DELAY_MS = 500


class FirstRows:
    """`identity` names the chosen database (`db.location.database_identity`); asked again when writing,
    since a SQLite file made by this start has a file number only once it exists.

    A plain class with a timer that the window owns: a QObject subclass of its own would cost PySide6
    a new type before the first paint."""

    def __init__(self, window: MainWindow, identity: Callable[[], str], language: str) -> None:
        self._window = window
        self._identity = identity
        self._language = language
        self.path: Path = snapshot.snapshot_path(window.settings.file_name)
        self._watched: set[int] = set()
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(WRITE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)
        window.tabs.currentChanged.connect(self._tab_changed)
        self._watch(window.current_tab())

    def show(self) -> bool:
        """Shows the kept rows in the current tab if they belong to it and to this database."""
        tab = self._window.current_tab()
        kept = snapshot.read(self.path, database=snapshot.database_key(self._identity()), version=__version__,
                             language=self._language, tab=tab.NAME)
        return kept is not None and tab.show_kept_rows(kept.sections, kept.written)

    def discard(self) -> None:
        """The database could not be opened: the kept rows must not stay on screen."""
        for tab in self._window.built_tabs():
            tab.leave_kept_rows()

    def write_now(self) -> None:
        """Keeps the rows of the tab on screen, when they were read from the database and may be kept."""
        self._timer.stop()
        tab = self._window.current_tab()
        if self._window.services is None or tab.services is None or tab.showing_kept_rows():
            return
        if tab.NAME in snapshot.PRIVATE_TABS:
            return
        # The settings name the tab too; a start opens on that tab and uses these rows only if they match.
        self._window.settings.set_last_tab(self._window.tabs.currentIndex())
        self._window.settings.sync()
        from datetime import datetime  # not before the first paint

        kept = snapshot.Snapshot(
            database=snapshot.database_key(self._identity()), version=__version__, language=self._language,
            tab=tab.NAME, written=datetime.now().isoformat(timespec="seconds"), sections=tab.kept_rows(),
        )
        try:
            snapshot.write(self.path, kept)
        except OSError:
            import logging

            # Only the next start is slower for it; the data itself is in the database.
            logging.getLogger("vgg_desktop").warning("The rows for the next start could not be written to %s", self.path,
                                                     exc_info=True)

    def flush(self) -> None:
        """At the end: writes what is still waiting for its moment."""
        if self._timer.isActive():
            self.write_now()

    def _tab_changed(self, _index: int) -> None:
        tab = self._window.current_tab()
        self._watch(tab)
        if tab.services is not None:
            self._timer.start()

    def _watch(self, tab: RecordTab) -> None:
        if id(tab) not in self._watched:
            self._watched.add(id(tab))
            tab.reloaded.connect(lambda: self._reloaded(tab))

    def _reloaded(self, tab: RecordTab) -> None:
        if tab is self._window.current_tab():
            self._timer.start()
