"""The export's files replaced all at once (`vgg_desktop.atomic_file`), with a Dutch message for every failure.

A failure at any point leaves the previous file as it was: a half-written file cannot happen.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from vgg_desktop import atomic_file
from vgg_desktop.export.errors import ExportError, ExportFailure

_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DISK_FULL_WINERRORS = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL


def write_atomically(target: Path, write: Callable[[BinaryIO], None], *, application: str = "Excel") -> None:
    """Calls `write` with a binary stream and puts what it wrote at `target`; raises ExportError (Dutch).

    `application` names the program the file is probably open in when it cannot be replaced.
    """
    check_target(target)
    try:
        atomic_file.write_atomically(target, write)
    except atomic_file.AtomicWriteFailed as failure:
        raise translate(failure.error, target, replacing=failure.replacing, application=application) from failure.error


def check_target(target: Path) -> None:
    """Refuses, before any work is done, a target that cannot be written."""
    if not target.parent.is_dir():
        raise ExportError(
            f"De map {target.parent} bestaat niet. Kies een bestaande map of maak de map eerst aan.",
            ExportFailure.MISSING_FOLDER, target)
    if target.is_dir():
        raise ExportError(f"{target} is een map, geen bestand. Kies een bestandsnaam.", ExportFailure.INVALID_NAME, target)
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(
            f"Het bestand {target.name} is alleen-lezen en wordt dus niet overschreven. Kies een andere naam.",
            ExportFailure.LOCKED, target)


def translate(error: OSError, target: Path, *, replacing: bool, application: str = "Excel") -> ExportError:
    """A Dutch message for what went wrong; `replacing` tells the final rename from the writing before it."""
    unchanged = "Het bestaande bestand is niet gewijzigd." if target.exists() else "Er is niets opgeslagen."
    if error.errno in _DISK_FULL_ERRNOS or getattr(error, "winerror", None) in _DISK_FULL_WINERRORS:
        return ExportError(
            f"De schijf is vol: {target.name} kon niet worden opgeslagen. {unchanged} "
            "Maak ruimte vrij of kies een andere plek.", ExportFailure.DISK_FULL, target)
    if isinstance(error, FileNotFoundError) and not target.parent.is_dir():
        return ExportError(
            f"De map {target.parent} bestaat niet (meer). Kies een bestaande map.", ExportFailure.MISSING_FOLDER, target)
    if isinstance(error, PermissionError) and replacing:
        return ExportError(
            f"Het bestand {target.name} is in gebruik, waarschijnlijk geopend in {application}, of is alleen-lezen. "
            f"{unchanged} Sluit het bestand en probeer het opnieuw, of kies een andere naam.", ExportFailure.LOCKED, target)
    if isinstance(error, PermissionError) or error.errno == errno.EROFS:
        return ExportError(
            f"In de map {target.parent} mag niet worden geschreven (alleen-lezen of geen rechten). "
            f"{unchanged} Kies een andere map.", ExportFailure.READ_ONLY, target)
    if error.errno in (errno.ENAMETOOLONG, errno.EINVAL):
        return ExportError(
            f"De bestandsnaam {target.name} is niet geldig of te lang. Kies een kortere naam zonder tekens als : * ? \" < > |.",
            ExportFailure.INVALID_NAME, target)
    return ExportError(f"{target.name} kon niet worden opgeslagen: {error.strerror or error}. {unchanged}",
                       ExportFailure.OTHER, target)
