"""One running program per database: a second start is refused, a lock left by a crash is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vgg_desktop.services import instance_lock
from vgg_desktop.services.instance_lock import AlreadyOpenError, InstanceLock, lock_database, lock_path_for

HOLDER = """
import sys
from vgg_desktop.services.instance_lock import lock_database
lock = lock_database(sys.argv[1])
print("locked", flush=True)
sys.stdin.readline()  # holds the lock until it is killed
"""


def test_lock_file_sits_beside_a_sqlite_file(tmp_path: Path) -> None:
    assert lock_path_for(f"sqlite:///{tmp_path / 'vgg.sqlite3'}") == tmp_path / "vgg.sqlite3.lock"


def test_a_server_database_locks_in_the_user_data_folder_without_the_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(instance_lock.paths, "user_data_dir", lambda: tmp_path)
    with_password = lock_path_for("postgresql+psycopg://vgg:geheim@server/vgg")
    assert with_password.parent == tmp_path / "locks"
    assert "geheim" not in with_password.name
    # The password does not decide which database it is.
    assert with_password == lock_path_for("postgresql+psycopg://vgg:anders@server/vgg")
    assert with_password != lock_path_for("postgresql+psycopg://vgg:geheim@server/ander")


def test_a_second_lock_on_the_same_database_is_refused_until_the_first_is_released(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vgg.sqlite3'}"
    first = lock_database(url)
    try:
        with pytest.raises(AlreadyOpenError, match="al geopend") as raised:
            lock_database(url)
        assert str(tmp_path / "vgg.sqlite3") in raised.value.message
    finally:
        first.release()
    with lock_database(url) as second:
        assert second.held
    assert not second.held


def test_different_databases_do_not_block_each_other(tmp_path: Path) -> None:
    with lock_database(f"sqlite:///{tmp_path / 'a.sqlite3'}"), lock_database(f"sqlite:///{tmp_path / 'b.sqlite3'}") as other:
        assert other.held


def test_a_lock_left_by_a_killed_process_does_not_block_the_next_start(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'vgg.sqlite3'}"
    with subprocess.Popen([sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            with pytest.raises(AlreadyOpenError):
                lock_database(url)
        finally:
            holder.kill()
            holder.wait()
    # The killed process never released anything; its lock file is still there.
    assert (tmp_path / "vgg.sqlite3.lock").exists()
    with lock_database(url) as lock:
        assert lock.held


def test_a_folder_without_write_permission_gives_a_dutch_message(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(Exception, match="vergrendelbestand") as raised:
        InstanceLock(blocked / "vgg.sqlite3.lock").acquire()
    assert not isinstance(raised.value, AlreadyOpenError)
