"""The export's atomic write: on any failure the previous file is intact, no temporary file is left, and the
message says in Dutch what happened."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from vgg_desktop import atomic_file
from vgg_desktop.export import atomic
from vgg_desktop.export.atomic import check_target, write_atomically
from vgg_desktop.export.errors import ExportError, ExportFailure

PREVIOUS = b"het vorige overzicht"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "Overzicht VGG vergadering 14-06-2022.xlsx"
    path.write_bytes(PREVIOUS)
    return path


def _write(data: bytes) -> Callable[[BinaryIO], None]:
    def write(stream: BinaryIO) -> None:
        stream.write(data)
    return write


def _only(target: Path) -> list[str]:
    return sorted(path.name for path in target.parent.iterdir())


def test_replaces_the_file_and_leaves_nothing_else(target: Path) -> None:
    write_atomically(target, _write(b"nieuw"))
    assert target.read_bytes() == b"nieuw"
    assert _only(target) == [target.name]


def test_a_new_file_can_be_read_by_others(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.xlsx"
    write_atomically(path, _write(b"x"))
    if os.name == "posix":
        assert path.stat().st_mode & 0o044 == 0o044


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "bestaat-niet" / "overzicht.xlsx"
    with pytest.raises(ExportError) as raised:
        write_atomically(path, _write(b"x"))
    assert raised.value.failure is ExportFailure.MISSING_FOLDER
    assert "bestaat niet" in raised.value.message
    assert not path.parent.exists()


def test_target_that_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as raised:
        check_target(tmp_path)
    assert raised.value.failure is ExportFailure.INVALID_NAME


def test_locked_target_keeps_the_previous_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(errno.EACCES, "Het proces heeft geen toegang tot het bestand")

    monkeypatch.setattr(atomic.os, "replace", locked)
    with pytest.raises(ExportError) as raised:
        write_atomically(target, _write(b"nieuw"))
    assert raised.value.failure is ExportFailure.LOCKED
    assert "in gebruik" in raised.value.message and "andere naam" in raised.value.message
    assert raised.value.another_name_helps
    assert target.read_bytes() == PREVIOUS
    assert _only(target) == [target.name]


def test_read_only_target_is_refused_before_any_work(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "access", lambda _path, _mode: False)
    called = []
    with pytest.raises(ExportError) as raised:
        write_atomically(target, lambda stream: called.append(stream))
    assert raised.value.failure is ExportFailure.LOCKED
    assert "alleen-lezen" in raised.value.message
    assert called == []
    assert target.read_bytes() == PREVIOUS


def test_read_only_folder(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(**_arguments: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as raised:
        write_atomically(target, _write(b"x"))
    assert raised.value.failure is ExportFailure.READ_ONLY
    assert "andere map" in raised.value.message
    assert target.read_bytes() == PREVIOUS


def test_disk_full_while_writing(target: Path) -> None:
    def fills_the_disk(stream: BinaryIO) -> None:
        stream.write(b"PK\x03\x04 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ExportError) as raised:
        write_atomically(target, fills_the_disk)
    assert raised.value.failure is ExportFailure.DISK_FULL
    assert "schijf is vol" in raised.value.message and "niet gewijzigd" in raised.value.message
    assert target.read_bytes() == PREVIOUS
    assert _only(target) == [target.name]


def test_disk_full_while_flushing_to_disk(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportError) as raised:
        write_atomically(target, _write(b"nieuw"))
    assert raised.value.failure is ExportFailure.DISK_FULL
    assert target.read_bytes() == PREVIOUS
    assert _only(target) == [target.name]


def test_windows_disk_full_code_is_recognised(target: Path) -> None:
    error = OSError(None, "Er is onvoldoende ruimte op de schijf")
    error.winerror = 112  # type: ignore[attr-defined]  # typeshed gives OSError a winerror on Windows only
    assert atomic.translate(error, target, replacing=False).failure is ExportFailure.DISK_FULL


def test_an_interrupted_write_removes_the_temporary_file(target: Path) -> None:
    def interrupted(_stream: BinaryIO) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, interrupted)
    assert target.read_bytes() == PREVIOUS
    assert _only(target) == [target.name]


def test_other_errors_still_say_nothing_was_changed(target: Path) -> None:
    def broken(_stream: BinaryIO) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError) as raised:
        write_atomically(target, broken)
    assert raised.value.failure is ExportFailure.OTHER
    assert "niet gewijzigd" in raised.value.message
    assert not raised.value.another_name_helps
    assert _only(target) == [target.name]
