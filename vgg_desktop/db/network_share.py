"""Noticing a SQLite file on a network share, where its locking cannot be trusted.

SQLite relies on the operating system's file locks, and SMB and NFS implement them loosely: two PCs may
write at once, and a dropped connection halfway through a write can damage the file. WAL mode does not
work over a network at all. Such a file still opens, but with a warning that points to PostgreSQL.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from vgg_desktop.db.location import sqlite_path

DRIVE_REMOTE = 4  # GetDriveTypeW: "the drive is a remote (network) drive"

# File system types (as /proc/mounts names them) that live on another machine.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda",
    "sshfs", "fuse.sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "fuse.s3fs", "fuse.gcsfuse",
    "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "cephfs", "lustre", "gpfs", "beegfs",
    "ocfs2", "gfs2", "fuse.gvfsd-fuse",
})


def network_share_warning(url: str) -> str | None:
    """A Dutch warning when `url` is a SQLite file on a network share; None otherwise."""
    path = sqlite_path(url)
    if path is None or not is_on_network_share(path):
        return None
    return warning_text(path)


def warning_text(path: Path) -> str:
    return (
        f"Het databasebestand '{path}' staat op een netwerkschijf. Een SQLite-bestand is daar niet veilig: "
        "als de netwerkverbinding hapert terwijl er wordt opgeslagen, of als twee pc's tegelijk schrijven, "
        "kan het bestand beschadigd raken en kunnen wijzigingen verloren gaan.\n\n"
        "Zet het bestand op de eigen schijf van deze pc (bijvoorbeeld in de standaardmap van VGG Desktop). "
        "Wilt u met meerdere pc's dezelfde gegevens gebruiken, gebruik dan een PostgreSQL-database op een "
        "server; vraag uw ICT-leverancier om die in te richten."
    )


def is_on_network_share(path: Path, *, platform: str | None = None, mounts: str | None = None,
                        drive_type: Callable[[str], int] | None = None) -> bool:
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_is_remote(str(path), drive_type or _get_drive_type)
    if platform.startswith("linux"):
        if mounts is None:
            try:
                mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
            except OSError:
                return False
        return filesystem_type(_existing_ancestor(path), mounts) in NETWORK_FILESYSTEMS
    return False  # macOS and others: no cheap, reliable way to tell; the office PCs run Windows


def _windows_is_remote(text: str, drive_type: Callable[[str], int]) -> bool:
    normalised = text.replace("/", "\\")
    upper = normalised.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return True
    if upper.startswith("\\\\?\\") or upper.startswith("\\\\.\\"):
        normalised = normalised[4:]
    elif normalised.startswith("\\\\"):
        return True  # \\server\share\...
    drive = PureWindowsPath(normalised).drive
    if not drive or not drive.endswith(":"):
        return False
    return drive_type(drive.upper() + "\\") == DRIVE_REMOTE


def _get_drive_type(root: str) -> int:
    if sys.platform != "win32":
        raise OSError("GetDriveTypeW exists on Windows only")
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))


def _existing_ancestor(path: Path) -> Path:
    """The path itself, or its nearest existing folder (a new database file does not exist yet)."""
    candidate = Path(os.path.abspath(path))
    while not candidate.exists() and candidate.parent != candidate:
        candidate = candidate.parent
    try:
        return candidate.resolve()
    except OSError:
        return candidate


def filesystem_type(path: Path, mounts: str) -> str | None:
    """The type of the file system that holds `path`: the mount point that is the longest prefix wins."""
    best_point = ""
    best_type: str | None = None
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, kind = _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best_point):
            best_point, best_type = point, kind
    return best_type


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash in a mount point as octal escapes.
    for escape, character in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(escape, character)
    return field
