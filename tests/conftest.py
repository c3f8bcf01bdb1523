"""Shared fixtures: a freshly seeded SQLite database per test, Qt offscreen.

Migrating and seeding a database takes about a second, far more than most tests that use one. So each
test run (each pytest-xdist worker) makes one database the real way, with `open_database`, and every
test gets its own copy of that file: independent, and identical to what `open_database` makes. The
tests of migrating, seeding and opening call `open_database` themselves.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from vgg_desktop.db.engine import make_engine
from vgg_desktop.db.unit_of_work import Database
from vgg_desktop.services.catalog import Services
from vgg_desktop.startup import OpenedDatabase, open_database

# Set before anything loads Qt: the modules above do not, the test modules and the plugins below may.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.postgres", "tests.office"]


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """The order is random (pytest-randomly); say how to run exactly this order again, also with -q."""
    seed = getattr(config.option, "randomly_seed", None)
    if config.pluginmanager.has_plugin("randomly") and isinstance(seed, int):
        terminalreporter.write_line(f"Random order of this run: repeat it with --randomly-seed={seed}")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first, in the shuffled order otherwise: a parallel run lasts at least as long
    as its longest test, so that one should not start last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def deleted_at_the_end() -> Iterator[None]:
    """What a test hands to deleteLater() is deleted when it ends, by Qt.

    Without an event loop to run them, such deletions wait for a later test's event loop, or for
    Python's garbage collector to free a parentless dialog's wrapper in the middle of another test,
    and that crashed the process there (a form's calendar menu letting go of its calendar).
    """
    yield
    if "PySide6.QtCore" in sys.modules:  # tests without Qt stay without it
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@dataclass(frozen=True)
class DatabaseTemplate:
    """A database file as `open_database` left it, and what `open_database` said about it."""

    path: Path
    made: OpenedDatabase

    @classmethod
    def make(cls, folder: Path, *, seeded: bool) -> DatabaseTemplate:
        path = folder / "vgg.sqlite3"
        made = open_database(f"sqlite:///{path}", seed_when_empty=seeded)
        # Closing the last connection checkpoints the write-ahead log into the file and removes it,
        # so the one file holds everything and can be copied.
        made.database.dispose()
        leftovers = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
        assert not any(leftover.exists() for leftover in leftovers), "the template must be one checkpointed file"
        return cls(path, made)

    def copy_to(self, path: Path) -> OpenedDatabase:
        """A new database at `path`, as if `open_database` had just made it there."""
        assert not path.exists(), path
        shutil.copyfile(self.path, path)
        url = f"sqlite:///{path}"
        database = Database(make_engine(url), url)
        return replace(self.made, database=database, services=Services(database), backup_made=None)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> DatabaseTemplate:
    return DatabaseTemplate.make(tmp_path_factory.mktemp("seeded-template"), seeded=True)


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> DatabaseTemplate:
    return DatabaseTemplate.make(tmp_path_factory.mktemp("empty-template"), seeded=False)


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "vgg.sqlite3"


@pytest.fixture
def opened(database_path: Path, seeded_template: DatabaseTemplate) -> Iterator[OpenedDatabase]:
    """A new SQLite database seeded with the Jaarplan 2022."""
    opened = seeded_template.copy_to(database_path)
    yield opened
    opened.database.dispose()


@pytest.fixture
def empty_opened(database_path: Path, empty_template: DatabaseTemplate) -> Iterator[OpenedDatabase]:
    """A new SQLite database deliberately started without the Jaarplan 2022."""
    opened = empty_template.copy_to(database_path)
    yield opened
    opened.database.dispose()
