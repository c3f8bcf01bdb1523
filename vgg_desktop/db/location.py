"""Turning what the user gave (a path, a URL, nothing) into a database URL, and checking it first."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from vgg_desktop import paths
from vgg_desktop.db.errors import StorageError

ENVIRONMENT_VARIABLE = "VGG_DESKTOP_DATABASE"
SQLITE_HEADER = b"SQLite format 3\x00"


def choose_database(argument: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The command-line option wins over the environment variable, which wins over the default file."""
    environ = os.environ if environ is None else environ
    chosen = argument or environ.get(ENVIRONMENT_VARIABLE) or ""
    if not chosen.strip():
        default = paths.default_database_path()
        default.parent.mkdir(parents=True, exist_ok=True)
        return sqlite_url(default)
    chosen = chosen.strip()
    if "://" in chosen:
        return normalise_url(chosen)
    return sqlite_url(Path(chosen).expanduser())


def normalise_url(url: str) -> str:
    """postgresql:// and postgres:// mean psycopg 3, the driver this program ships."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if not url.startswith("sqlite"):
        return None
    _, _, rest = url.partition(":///")
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def check_sqlite_file(path: Path) -> None:
    """Refuses a missing folder, a read-only folder, or an existing file that is no SQLite database."""
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(f"De map '{folder}' bestaat niet. Kies een bestaande map of maak de map eerst aan.")
    reason = not_a_database_file(path)
    if reason is not None:
        raise StorageError(reason)
    if path.exists() and not os.access(path, os.W_OK):
        raise StorageError(f"Het bestand '{path}' is alleen-lezen. Kies een bestand waarin u mag schrijven.")
    if not os.access(folder, os.W_OK):
        raise StorageError(f"In de map '{folder}' mag niet worden geschreven. Kies een andere map.")


def database_identity(argument: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Names the database that `choose_database` will open, cheaply and without its password.

    Used to tell whether rows kept from an earlier session belong to this database. A SQLite file is
    named by its full path and its file number on the disk, so a different file put in its place is
    another database. The default file is named as such: finding its folder would load platformdirs
    before the window is painted.
    """
    environ = os.environ if environ is None else environ
    chosen = (argument or environ.get(ENVIRONMENT_VARIABLE) or "").strip()
    if not chosen:
        return "sqlite:default"
    if "://" in chosen:
        url = normalise_url(chosen)
        path = sqlite_path(url)
        if path is None:
            return _without_password(url)
    else:
        path = Path(chosen).expanduser()
    path = path.resolve()
    try:
        status = path.stat()
    except OSError:
        return f"sqlite:{path}"
    return f"sqlite:{path}:{status.st_dev}:{status.st_ino}"


def _without_password(url: str) -> str:
    scheme, separator, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not separator:
        return url
    if not at:
        credentials, host = "", rest
    user = credentials.split(":", 1)[0] + "@" if at else ""
    address, question, query = host.partition("?")
    # A password may also be given as a query parameter (libpq's keyword form).
    kept = "&".join(item for item in query.split("&") if item and not item.lower().startswith("password="))
    return f"{scheme}://{user}{address}" + (f"?{kept}" if kept else "")


def not_a_database_file(path: Path) -> str | None:
    """Why `path` cannot be a database file (a folder, a spreadsheet, an unreadable file), in Dutch; None when it can."""
    if path.is_dir():
        return f"'{path}' is een map, geen databasebestand. Geef een bestandsnaam op, bijvoorbeeld {path / 'vgg.sqlite3'}."
    if not path.exists():
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        return f"Het bestand '{path}' kan niet worden gelezen ({error.strerror}). Controleer de rechten."
    if header and header != SQLITE_HEADER:
        return (f"Het bestand '{path}' is geen VGG Desktop-database (geen SQLite-bestand). "
                "Er is niets aan veranderd. Kies een ander bestand of een nieuwe bestandsnaam.")
    return None
