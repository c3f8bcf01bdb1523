"""The crash log catches Python tracebacks (any thread) and native crashes (faulthandler)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vgg_desktop import crash_log


def _run(code: str, log: Path) -> subprocess.CompletedProcess[str]:
    program = textwrap.dedent(f"""
        from pathlib import Path
        from vgg_desktop import crash_log
        crash_log.install(Path({str(log)!r}))
    """) + textwrap.dedent(code)
    return subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)


def test_default_place_is_next_to_the_log_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(crash_log.paths, "log_dir", lambda: tmp_path / "logs")
    assert crash_log.default_path() == tmp_path / "logs" / "crash.log"


def test_record_exception_appends_a_dated_traceback(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "crash.log"
    for number in (1, 2):
        try:
            raise ValueError(f"fout nummer {number}")
        except ValueError as error:
            crash_log.record_exception(log, type(error), error, error.__traceback__)
    text = log.read_text(encoding="utf-8")
    assert text.count("=== ") == 2 and "VGG Desktop" in text
    assert "ValueError: fout nummer 1" in text and "ValueError: fout nummer 2" in text
    assert "test_record_exception_appends_a_dated_traceback" in text


def test_record_exception_never_raises_when_the_log_cannot_be_written(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    error = RuntimeError("x")
    crash_log.record_exception(not_a_folder / "crash.log", RuntimeError, error, None)


def test_an_uncaught_exception_is_logged_and_still_reported(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    result = _run("raise RuntimeError('onverwacht')", log)
    assert result.returncode != 0
    assert "RuntimeError: onverwacht" in log.read_text(encoding="utf-8")
    assert "RuntimeError: onverwacht" in result.stderr  # the previous hook still ran


def test_an_uncaught_exception_in_a_thread_is_logged(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    result = _run("""
        import threading
        def work():
            raise KeyError('in een thread')
        thread = threading.Thread(target=work, name='export')
        thread.start()
        thread.join()
    """, log)
    assert result.returncode == 0
    text = log.read_text(encoding="utf-8")
    assert "thread export" in text and "KeyError: 'in een thread'" in text


def test_a_native_crash_leaves_the_python_stack_in_the_log(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    result = _run("""
        import faulthandler
        def save_everything():
            faulthandler._sigsegv()
        save_everything()
    """, log)
    assert result.returncode != 0
    text = log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "save_everything" in text


def test_a_large_log_is_moved_aside_once(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    log.write_text("x" * (crash_log.MAX_BYTES + 1), encoding="utf-8")
    result = _run("", log)
    assert result.returncode == 0
    assert (tmp_path / "crash.log.1").stat().st_size == crash_log.MAX_BYTES + 1
    assert log.stat().st_size == 0


def test_uninstall_restores_the_hooks(tmp_path: Path) -> None:
    result = _run("""
        import sys, threading, faulthandler
        before = sys.excepthook
        faulthandler.disable()
        log = crash_log.install(Path('unused'))
        assert sys.excepthook is not before and faulthandler.is_enabled()
        log.uninstall()
        assert sys.excepthook is before, 'hook not restored'
        assert not faulthandler.is_enabled()
        faulthandler.enable()
        log = crash_log.install(Path('unused'))
        log.uninstall()
        assert faulthandler.is_enabled(), 'an earlier faulthandler is switched back on'
        print('ok')
    """.replace("Path('unused')", f"Path({str(tmp_path / 'second.log')!r})"), tmp_path / "crash.log")
    assert result.stdout.strip() == "ok", result.stderr


def test_errors_the_user_was_already_shown_are_not_crashes(tmp_path: Path) -> None:
    log = tmp_path / "crash.log"
    program = textwrap.dedent(f"""
        from pathlib import Path
        from vgg_desktop import crash_log
        from vgg_desktop.domain.errors import ValidationError
        crash_log.install(Path({str(log)!r}), ignore=(ValidationError,))
        raise ValidationError({{"name": "Naam: vul dit veld in."}})
    """)
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0 and "vul dit veld in" in result.stderr
    assert log.read_text(encoding="utf-8") == ""


def test_an_unwritable_folder_does_not_stop_the_program(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    log = crash_log.install(blocked / "logs" / "crash.log")
    try:
        assert log.path == blocked / "logs" / "crash.log"
    finally:
        log.uninstall()
