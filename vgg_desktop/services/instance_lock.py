"""One running VGG Desktop per database, held with an operating-system file lock.

The lock is taken on a small file derived from the database location (beside a SQLite file, or in the
user data folder for a server database). The operating system drops the lock when the process ends,
however it ends, so a lock file left behind by a crash never blocks the next start: only a live process
holds the lock, never the file's mere existence. No Qt here.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from vgg_desktop import paths
from vgg_desktop.db.location import sqlite_path
from vgg_desktop.services.errors import StorageError

LOCK_SUFFIX = ".lock"


class AlreadyOpenError(StorageError):
    """Another running VGG Desktop holds this database."""

    def __init__(self, lock_path: Path, database: str) -> None:
        self.lock_path = lock_path
        super().__init__(
            f"VGG Desktop is al geopend met deze database ({database}). "
            "Ga naar het venster dat al open is (kijk in de taakbalk), of sluit dat eerst."
        )


def lock_path_for(url: str) -> Path:
    """Beside a SQLite file (so every program on every PC that opens the file sees it); else in the user data folder."""
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + LOCK_SUFFIX)
    from sqlalchemy.engine import make_url

    try:
        key = make_url(url).render_as_string(hide_password=True)
    except Exception:  # any text identifies a lock; a bad URL is reported when it is opened
        key = url
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]
    return paths.user_data_dir() / "locks" / f"{digest}{LOCK_SUFFIX}"


class InstanceLock:
    """`with InstanceLock(path): ...`, or acquire() and release(). Raises AlreadyOpenError when taken."""

    def __init__(self, lock_path: Path, description: str | None = None) -> None:
        self.path = lock_path
        self.description = description or str(lock_path)
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> InstanceLock:
        if self._handle is not None:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+b")  # kept open for as long as the lock is held
        except OSError as error:
            raise StorageError(
                f"Het vergrendelbestand '{self.path}' kan niet worden gemaakt ({error.strerror}). "
                "Controleer of u in die map mag schrijven."
            ) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyOpenError(self.path, self.description) from None
        _write_owner(handle)
        self._handle = handle
        return self

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        except OSError:
            pass  # closing the file releases the lock as well
        handle.close()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.release()


def lock_database(url: str) -> InstanceLock:
    """Takes the lock for the database at `url`; raises AlreadyOpenError when another instance has it."""
    from vgg_desktop.startup import describe_location

    return InstanceLock(lock_path_for(url), describe_location(url)).acquire()


def _write_owner(handle: IO[bytes]) -> None:
    # For whoever looks at the file; the lock itself is what counts, not what the file says.
    try:
        handle.seek(0)
        handle.truncate()
        handle.write(f"\n{os.getpid()}\n".encode("ascii"))
        handle.flush()
    except OSError:
        pass


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        # flock belongs to the open file, not the process: a second open in this same process is refused too.
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
