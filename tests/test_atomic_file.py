"""The one routine that replaces a file all at once: the previous file stays whole on any failure, no
temporary file is left, and the folder is flushed after the rename."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pytest

from vgg_desktop import atomic_file
from vgg_desktop.atomic_file import AtomicWriteFailed, replace_atomically, write_atomically

PREVIOUS = b"de vorige inhoud"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "bestand.bin"
    path.write_bytes(PREVIOUS)
    return path


def _writing(data: bytes) -> Callable[[BinaryIO], None]:
    def write(stream: BinaryIO) -> None:
        stream.write(data)
    return write


def _names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_the_file_and_then_its_folder_are_flushed(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    flushed: list[str] = []
    real_fsync = os.fsync

    def watched(descriptor: int) -> None:
        flushed.append("folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file")
        real_fsync(descriptor)

    monkeypatch.setattr(atomic_file.os, "fsync", watched)
    write_atomically(target, _writing(b"nieuw"))
    assert target.read_bytes() == b"nieuw"
    assert flushed == (["file", "folder"] if os.name == "posix" else ["file"])
    assert _names(target.parent) == [target.name]


def test_a_writer_that_makes_the_file_itself_gets_the_path_it_named(target: Path) -> None:
    partial = target.with_name(target.name + ".partial")

    def fill(path: Path) -> None:
        assert path == partial and not path.exists()
        path.write_bytes(b"gemaakt")

    replace_atomically(target, fill, temp=partial)
    assert target.read_bytes() == b"gemaakt"
    assert _names(target.parent) == [target.name]


def test_a_refused_rename_is_told_apart_from_a_failed_write(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def failing_write(stream: BinaryIO) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(AtomicWriteFailed) as during_write:
        write_atomically(target, failing_write)
    assert not during_write.value.replacing and during_write.value.error.errno == errno.ENOSPC

    def locked(_source: object, _destination: object) -> None:
        raise PermissionError(errno.EACCES, "in gebruik")

    monkeypatch.setattr(atomic_file.os, "replace", locked)
    with pytest.raises(AtomicWriteFailed) as during_rename:
        write_atomically(target, _writing(b"nieuw"))
    assert during_rename.value.replacing and isinstance(during_rename.value.error, PermissionError)
    assert target.read_bytes() == PREVIOUS
    assert _names(target.parent) == [target.name]


def test_what_the_writer_raises_passes_through_and_the_temporary_file_goes(target: Path) -> None:
    partial = target.with_name(target.name + ".partial")

    def fill(path: Path) -> None:
        path.write_bytes(b"half")
        raise ValueError("de controle faalde")

    with pytest.raises(ValueError, match="de controle faalde"):
        replace_atomically(target, fill, temp=partial)
    assert target.read_bytes() == PREVIOUS
    assert _names(target.parent) == [target.name]


def test_a_folder_that_cannot_be_flushed_still_has_the_new_file(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_folder_flush(folder: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic_file, "flush_folder", no_folder_flush)
    write_atomically(target, _writing(b"nieuw"))
    assert target.read_bytes() == b"nieuw"
