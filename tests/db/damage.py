"""Helpers for tests that need a damaged database file, and a way to compare database contents."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PAGE_SIZE = 4096


def damage(path: Path) -> None:
    """Overwrites the start of a few b-tree pages with garbage, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    pages = len(data) // PAGE_SIZE
    assert pages > 3, "too small a database to damage convincingly"
    for page in (2, pages // 2, pages - 1):
        start = page * PAGE_SIZE
        data[start:start + 100] = b"\xff" * 100
    path.write_bytes(bytes(data))


def dump(path: Path) -> list[str]:
    """Every table's SQL and rows, read without changing the file, in sorted order: a backup (VACUUM INTO) or a
    restore writes the schema's indexes and triggers in an order of its own, which says nothing about the data."""
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return sorted(connection.iterdump())
    finally:
        connection.close()
