"""Replacing a file all at once, for every file the program writes for keeps (workbooks, documents, backups).

The new content goes to a temporary file in the target's own folder (a rename is atomic only within one
file system), is flushed to disk, and is then renamed over the target; after the rename the folder is
flushed too, so that a power cut cannot bring back the previous file once the caller was told the new
one is saved. A failure at any point leaves the previous file as it was and removes the temporary file.

Pure standard library: `db` (backups) and `export` (workbooks, documents) both use it, and it knows
neither. The callers turn an `AtomicWriteFailed` into their own Dutch message.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

TEMP_PREFIX = ".~vgg-"
TEMP_SUFFIX = ".tmp"


class AtomicWriteFailed(Exception):
    """The file system refused; `replacing` tells the final rename (a file held open by another program,
    on Windows) from the creating and writing before it."""

    def __init__(self, error: OSError, *, replacing: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.replacing = replacing


def write_atomically(target: Path, write: Callable[[BinaryIO], None], *, temp_prefix: str = TEMP_PREFIX,
                     private: bool = False) -> None:
    """Calls `write` with a binary stream and puts what it wrote at `target`, replacing what was there.

    `temp_prefix` starts the temporary file's name (a caller may look for its own leftovers with it);
    `private` leaves the new file readable by its owner alone.
    """

    def fill(temp: Path) -> None:
        with temp.open("wb") as stream:
            write(stream)

    replace_atomically(target, fill, temp_prefix=temp_prefix, private=private)


def replace_atomically(target: Path, fill: Callable[[Path], None], *, temp: Path | None = None,
                       temp_prefix: str = TEMP_PREFIX, private: bool = False) -> None:
    """Calls `fill` with a temporary path in the target's folder to write the new file at, then renames it
    over `target`.

    Without `temp` an empty file of a fresh name (`temp_prefix`...`.tmp`) is made first, readable like the
    file it replaces unless `private`; a caller whose writer must create the file itself (SQLite's VACUUM
    INTO) names a path that does not exist.
    What `fill` raises other than an OSError passes through unchanged; the temporary file is removed
    either way.
    """
    replacing = False
    try:
        if temp is None:
            temp = _new_temp(target, temp_prefix, private=private)
        fill(temp)
        flush_file(temp)
        replacing = True
        os.replace(temp, target)
    except BaseException as error:
        if temp is not None:
            _remove(temp)
        if isinstance(error, OSError):
            raise AtomicWriteFailed(error, replacing=replacing) from error
        raise
    try:
        flush_folder(target.parent)
    except OSError:
        pass  # the new file is in place and whole; only its survival of a power cut just now is less sure


def flush_file(path: Path) -> None:
    """Makes sure what was written to `path` is on the disk, not only in the system's cache."""
    descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def flush_folder(folder: Path) -> None:
    """Makes a rename or a move into `folder` durable. Windows has no such call (nor need: NTFS journals
    the rename), so there it does nothing."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _new_temp(target: Path, prefix: str, *, private: bool) -> Path:
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(handle)
    temp = Path(name)
    if private:
        return temp  # mkstemp makes a file only its owner may read
    try:
        # The new file should read like the one it replaces, or like any other document.
        os.chmod(temp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    except BaseException:
        _remove(temp)
        raise
    return temp


def _remove(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:
        pass  # nothing more can be done; the target itself is untouched either way
