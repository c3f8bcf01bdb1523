"""Naming the chosen database before it is opened: cheap, the same for the same database, never a password."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from vgg_desktop.db.location import ENVIRONMENT_VARIABLE, database_identity


def test_a_sqlite_file_is_named_by_its_path_and_file_number(tmp_path: Path) -> None:
    path = tmp_path / "vgg.sqlite3"
    before = database_identity(str(path), {})
    path.write_bytes(b"")
    named = database_identity(str(path), {})
    assert named != before and named.startswith(f"sqlite:{path.resolve()}:")
    # The same file, given as a URL or a path, through the option or the environment variable.
    assert database_identity(f"sqlite:///{path}", {}) == named
    assert database_identity(None, {ENVIRONMENT_VARIABLE: str(path)}) == named


@pytest.mark.skipif(sys.platform == "win32", reason="a file in use cannot be replaced on Windows")
def test_another_file_put_in_its_place_is_another_database(tmp_path: Path) -> None:
    path = tmp_path / "vgg.sqlite3"
    path.write_bytes(b"one")
    first = database_identity(str(path), {})
    other = tmp_path / "other.sqlite3"
    other.write_bytes(b"two")
    other.replace(path)
    assert database_identity(str(path), {}) != first


def test_the_default_database_is_named_without_loading_platformdirs() -> None:
    assert database_identity(None, {}) == database_identity("  ", {}) == "sqlite:default"


@pytest.mark.parametrize(("given", "named"), [
    ("postgresql://secretaris:geheim@server/vgg", "postgresql+psycopg://secretaris@server/vgg"),
    ("postgres://server:5432/vgg", "postgresql+psycopg://server:5432/vgg"),
    ("postgresql+psycopg://a:b:c@server/vgg?sslmode=require&password=geheim", "postgresql+psycopg://a@server/vgg?sslmode=require"),
])
def test_a_server_database_is_named_without_its_password(given: str, named: str) -> None:
    assert database_identity(given, {}) == named
    assert "geheim" not in database_identity(given, {})
