"""Shared fixtures: a freshly seeded SQLite database per test, Qt offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.postgres", "tests.office"]

from vgg_desktop.startup import OpenedDatabase, open_database  # noqa: E402


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "vgg.sqlite3"


@pytest.fixture
def opened(database_path: Path) -> Iterator[OpenedDatabase]:
    """A new SQLite database seeded with the Jaarplan 2022."""
    opened = open_database(f"sqlite:///{database_path}")
    yield opened
    opened.database.dispose()


@pytest.fixture
def empty_opened(database_path: Path) -> Iterator[OpenedDatabase]:
    opened = open_database(f"sqlite:///{database_path}", seed_when_empty=False)
    yield opened
    opened.database.dispose()
