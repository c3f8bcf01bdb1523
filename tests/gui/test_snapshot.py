"""The file of rows kept for the next start: used only when it fits, written in one step, never the Bureau tab."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from benchmarks.startup import ROOT
from vgg_desktop.gui import snapshot
from vgg_desktop.gui.snapshot import Snapshot


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder of its own (the GUI tests' settings live in tmp_path too)."""
    path = tmp_path / "kept"
    path.mkdir()
    return path


SECTIONS = {"board": {"columns": 1, "texts": [["Voorzitter"]], "looks": [None], "sort_keys": [["voorzitter"]]}}


def kept(**changes: object) -> Snapshot:
    values: dict[str, Any] = {"database": snapshot.database_key("sqlite:/data/vgg.sqlite3:1:2"), "version": "1.0",
                                 "language": "nl", "tab": "board", "written": "2022-06-14T09:30:00",
                                 "sections": SECTIONS}
    values.update(changes)
    return Snapshot(**values)


def read_back(path: Path, **expected: str) -> Snapshot | None:
    wanted = {"database": kept().database, "version": "1.0", "language": "nl", "tab": "board"}
    wanted.update(expected)
    return snapshot.read(path, **wanted)


def test_the_file_lies_beside_the_settings(tmp_path: Path) -> None:
    assert snapshot.snapshot_path(tmp_path / "VGG" / "VGG Desktop.ini") == tmp_path / "VGG" / "VGG Desktop.first-rows.json"


def test_what_is_written_is_read_back_for_the_same_database_version_language_and_tab(folder: Path) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept())
    assert read_back(path) == kept()


@pytest.mark.parametrize("other", [
    {"database": snapshot.database_key("sqlite:/data/other.sqlite3:1:3")},
    {"version": "1.1"},
    {"language": "en"},
    {"tab": "portfolios"},
])
def test_rows_of_another_database_version_language_or_tab_are_not_used(folder: Path, other: dict[str, str]) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept())
    assert read_back(path, **other) is None


def test_a_file_of_another_format_is_not_used(folder: Path) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept())
    data = json.loads(path.read_text(encoding="utf-8"))
    data["format"] = snapshot.FORMAT + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    assert read_back(path) is None


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b"null", b'{"format": 1}', b"\xff\xfe garbage",
                                     b'{"format": 1, "database": 1, "version": 2, "language": 3, "tab": 4}'])
def test_a_damaged_or_foreign_file_is_ignored(folder: Path, content: bytes) -> None:
    path = folder / "first-rows.json"
    path.write_bytes(content)
    assert read_back(path) is None


def test_a_missing_file_or_an_oversized_one_is_ignored(folder: Path) -> None:
    path = folder / "first-rows.json"
    assert read_back(path) is None
    path.write_bytes(b" " * (snapshot.MAX_BYTES + 1))
    assert read_back(path) is None


def test_the_bureau_tab_is_never_written_nor_read(folder: Path) -> None:
    path = folder / "first-rows.json"
    with pytest.raises(ValueError):
        snapshot.write(path, kept(tab="staff"))
    assert not path.exists()
    # Even a file that holds it (written by hand) is not shown.
    path.write_text(json.dumps({"format": snapshot.FORMAT, "database": kept().database, "version": "1.0",
                                "language": "nl", "tab": "staff", "written": "2022-06-14T09:30:00",
                                "sections": SECTIONS}), encoding="utf-8")
    assert read_back(path, tab="staff") is None


def test_the_file_names_no_path_or_server_and_only_its_owner_may_read_it(folder: Path) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept(database=snapshot.database_key("postgresql+psycopg://secretaris@server.vgg.local/vgg")))
    text = path.read_text(encoding="utf-8")
    assert "server.vgg.local" not in text and "secretaris" not in text
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0


def test_a_write_replaces_the_file_in_one_step_and_clears_what_a_stopped_write_left(folder: Path) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept())
    leftover = folder / "first-rows.json.abc123.tmp"
    leftover.write_bytes(b'{"format": 1, "half')
    assert read_back(path) == kept()  # a half-written temporary file is never read
    snapshot.write(path, kept(written="2022-06-15T08:00:00"))
    assert not leftover.exists()
    assert sorted(item.name for item in folder.iterdir()) == ["first-rows.json"]
    assert read_back(path) == kept(written="2022-06-15T08:00:00")


def test_a_failed_write_keeps_the_previous_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "first-rows.json"
    snapshot.write(path, kept())

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(OSError):
        snapshot.write(path, kept(written="2022-06-15T08:00:00"))
    assert read_back(path) == kept()
    assert sorted(item.name for item in folder.iterdir()) == ["first-rows.json"]


WRITER = """
import sys
from pathlib import Path
from vgg_desktop.gui import snapshot
path = Path(sys.argv[1])
sections = {"board": {"columns": 1, "texts": [["regel %d" % n] for n in range(3000)], "looks": [None] * 3000,
                      "sort_keys": [["regel %d" % n for n in range(3000)]]}}
print("ready", flush=True)
number = 0
while True:
    number += 1
    snapshot.write(path, snapshot.Snapshot(database="d", version="v", language="nl", tab="board",
                                           written="2022-06-14T09:%02d:00" % (number % 60), sections=sections))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_program_killed_at_any_moment_leaves_a_whole_file(folder: Path) -> None:
    """A process that writes the file over and over is killed at random moments; the file is always whole."""
    path = folder / "first-rows.json"
    environment = dict(os.environ, PYTHONPATH=str(ROOT))
    for attempt in range(12):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=environment, cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(0.05 + (attempt * 0.037) % 0.3)
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        if path.exists():
            found = snapshot.read(path, database="d", version="v", language="nl", tab="board")
            assert found is not None and len(found.sections["board"]["texts"]) == 3000
    assert path.exists()
    # The next write clears what the killed ones left behind.
    snapshot.write(path, Snapshot(database="d", version="v", language="nl", tab="board",
                                  written="2022-06-14T10:00:00", sections=SECTIONS))
    assert [item.name for item in folder.iterdir()] == ["first-rows.json"]
