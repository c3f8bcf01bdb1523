"""A SQLite file on a network share is noticed: UNC paths and mapped drives on Windows, network mounts on Linux."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from vgg_desktop.db import network_share
from vgg_desktop.db.network_share import DRIVE_REMOTE, filesystem_type, is_on_network_share, network_share_warning

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
//fileserver/vgg /mnt/vgg cifs rw,relatime,vers=3.1.1 0 0
fileserver:/export/home /home/shared nfs4 rw,relatime 0 0
user@host:/data /media/met\\040spatie fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdb1 /mnt/vgg/local-usb ext4 rw 0 0
"""

DRIVE_TYPES = {"C:\\": 3, "H:\\": DRIVE_REMOTE, "E:\\": 2}


def _windows(path: str) -> bool:
    return is_on_network_share(PureWindowsPath(path), platform="win32", drive_type=lambda root: DRIVE_TYPES.get(root, 1))  # type: ignore[arg-type]  # a Windows path on any test machine


@pytest.mark.parametrize(("path", "remote"), [
    (r"\\fileserver\vgg\vgg-desktop.sqlite3", True),
    ("//fileserver/vgg/vgg-desktop.sqlite3", True),
    (r"\\?\UNC\fileserver\vgg\vgg.sqlite3", True),
    (r"H:\Bestuur\vgg.sqlite3", True),
    (r"h:\bestuur\vgg.sqlite3", True),
    (r"C:\Users\secretariaat\AppData\Local\VGG\VGG Desktop\vgg-desktop.sqlite3", False),
    (r"\\?\C:\Users\vgg.sqlite3", False),
    (r"E:\usb-stick\vgg.sqlite3", False),
])
def test_windows_paths(path: str, remote: bool) -> None:
    assert _windows(path) is remote


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/secretariaat/vgg.sqlite3", "ext4"),
    ("/mnt/vgg/bestuur/vgg.sqlite3", "cifs"),
    ("/mnt/vgg", "cifs"),
    ("/mnt/vggarchief/vgg.sqlite3", "ext4"),  # a longer name is not inside /mnt/vgg
    ("/mnt/vgg/local-usb/vgg.sqlite3", "ext4"),  # the deeper mount wins
    ("/home/shared/vgg.sqlite3", "nfs4"),
    ("/media/met spatie/vgg.sqlite3", "fuse.sshfs"),
])
def test_linux_filesystem_type_by_longest_mount_point(path: str, kind: str) -> None:
    assert filesystem_type(Path(path), MOUNTS) == kind


def test_linux_network_mounts_are_remote_and_local_disks_are_not(tmp_path: Path) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//server/share {tmp_path} cifs rw 0 0\n"
    # The file need not exist yet: its folder decides.
    assert is_on_network_share(tmp_path / "new.sqlite3", platform="linux", mounts=mounts)
    assert not is_on_network_share(tmp_path / "new.sqlite3", platform="linux", mounts="/dev/sda1 / ext4 rw 0 0\n")


def test_other_platforms_are_not_guessed_at(tmp_path: Path) -> None:
    assert not is_on_network_share(tmp_path / "vgg.sqlite3", platform="darwin")


def test_warning_explains_the_risk_and_points_to_postgresql(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network_share, "is_on_network_share", lambda path: True)
    warning = network_share_warning(f"sqlite:///{tmp_path / 'vgg.sqlite3'}")
    assert warning is not None
    assert "netwerkschijf" in warning and "beschadigd" in warning and "PostgreSQL" in warning
    assert str(tmp_path / "vgg.sqlite3") in warning


def test_no_warning_for_a_local_file_or_a_server_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(network_share, "is_on_network_share", lambda path: False)
    assert network_share_warning(f"sqlite:///{tmp_path / 'vgg.sqlite3'}") is None
    monkeypatch.setattr(network_share, "is_on_network_share", lambda path: True)
    assert network_share_warning("postgresql+psycopg://vgg@server/vgg") is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads this machine's /proc/mounts")
def test_the_real_mount_table_is_read(tmp_path: Path) -> None:
    mounts = Path("/proc/mounts").read_text(encoding="utf-8")
    kind = filesystem_type(tmp_path.resolve(), mounts)
    assert kind is not None
    assert is_on_network_share(tmp_path / "vgg.sqlite3") is (kind in network_share.NETWORK_FILESYSTEMS)
