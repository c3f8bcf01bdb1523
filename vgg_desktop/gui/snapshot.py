"""The rows of the last tab, kept in a small file so that the next start can show them at once.

Reading the database needs SQLAlchemy, which takes longer to load than the whole window. So when a tab
has been read, its rows (the texts of the cells, how they look, how they sort: nothing that can be
edited) are written to a file beside the user's settings; the next start shows them, greyed and marked
as being brought up to date, until the database is open and the tab is read afresh.

The file is only used when everything about it fits: its format, the program version, the interface
language, the database it was read from (`db.location.database_identity`, stored only as a checksum so
the file names no path, server or user) and the tab the window opens on. It never holds the Bureau tab
(personnel data stays in the database, where its access is controlled): `write` refuses it and `read`
ignores it. It is written under a temporary name, flushed and renamed, so a program stopped at any
moment leaves the previous file or the new one, never half of one; anything unreadable is ignored.

No Qt here: the table models turn their rows into the plain values kept here and back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

FORMAT = 1
SUFFIX = ".first-rows.json"
# Tabs whose rows are never written outside the database: the Bureau tab holds personnel data.
PRIVATE_TABS = frozenset({"staff"})
# A larger file is not something this program wrote (a tab's rows are a few kilobytes, at 100x data too).
MAX_BYTES = 4 * 1024 * 1024


class Snapshot(NamedTuple):
    """The rows of one tab: per table (section name), its texts, looks and sort keys (see the models).

    A named tuple, not a dataclass: `dataclasses` is not loaded yet when the first paint reads this."""

    database: str  # checksum of the database identity (`database_key`)
    version: str
    language: str
    tab: str
    written: str  # ISO date and time, local, for the notice in the window
    sections: dict[str, dict[str, Any]]


def snapshot_path(settings_file: str | Path) -> Path:
    """Beside the settings file: `VGG Desktop.ini` gives `VGG Desktop.first-rows.json`."""
    settings = Path(settings_file)
    return settings.with_name(settings.stem + SUFFIX)


def database_key(identity: str) -> str:
    """Two checksums of the identity: the file does not spell out a path, server or user. Not hashlib:
    it loads OpenSSL, 5 to 30 ms before the first paint here; telling databases apart needs no more."""
    import zlib

    data = identity.encode("utf-8")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def read(path: Path, *, database: str, version: str, language: str, tab: str) -> Snapshot | None:
    """The kept rows when they belong to this database, program version, language and tab; else None."""
    if tab in PRIVATE_TABS:
        return None
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            return None
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        snapshot = Snapshot(database=data["database"], version=data["version"], language=data["language"],
                            tab=data["tab"], written=data["written"], sections=data["sections"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if (snapshot.database, snapshot.version, snapshot.language, snapshot.tab) != (database, version, language, tab):
        return None
    if not isinstance(snapshot.sections, dict) or not isinstance(snapshot.written, str):
        return None
    return snapshot


def write(path: Path, snapshot: Snapshot) -> None:
    """Replaces the file in one step; readable by the user alone, like the settings beside it."""
    from vgg_desktop import atomic_file  # only here: the first paint reads, and this module is imported before it

    if snapshot.tab in PRIVATE_TABS:
        raise ValueError(f"the rows of the {snapshot.tab} tab are not kept outside the database")
    content = json.dumps({
        "format": FORMAT, "database": snapshot.database, "version": snapshot.version,
        "language": snapshot.language, "tab": snapshot.tab, "written": snapshot.written,
        "sections": snapshot.sections,
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path)

    def write_content(stream: BinaryIO) -> None:
        stream.write(content)

    try:
        # Named after the file, so that a write stopped halfway is found and removed by the next one.
        atomic_file.write_atomically(path, write_content, temp_prefix=path.name + ".", private=True)
    except atomic_file.AtomicWriteFailed as failure:
        raise failure.error from None


def remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    _remove_leftovers(path)


def _remove_leftovers(path: Path) -> None:
    """Temporary files of a write that was stopped halfway (the program was killed): never read, so removed."""
    for leftover in path.parent.glob(path.name + ".*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass  # another program's write in progress, or not ours to remove
