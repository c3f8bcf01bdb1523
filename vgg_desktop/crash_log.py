"""A crash log next to the log file in the user's data folder: Python tracebacks, and native crashes.

`faulthandler` writes the Python stack of every thread when the process dies of a native fault (a
crash inside Qt or SQLite), which no Python code can catch. Uncaught Python exceptions, in the main
thread or in any other, are appended with a date and the program version. No Qt here.
"""

from __future__ import annotations

import faulthandler
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from vgg_desktop import __version__, paths

FILE_NAME = "crash.log"
MAX_BYTES = 1_000_000

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]
ThreadHook = Callable[[threading.ExceptHookArgs], Any]


@dataclass
class CrashLog:
    path: Path
    _handle: IO[str] | None = None
    _previous_hooks: tuple[ExceptHook, ThreadHook] | None = field(default=None, repr=False)
    _faulthandler_was_enabled: bool = False

    def record(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None, *, where: str = "") -> None:
        record_exception(self.path, kind, error, trace, where=where)

    def uninstall(self) -> None:
        """Restores the hooks and stops faulthandler writing here (for tests, and for a clean exit)."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None
        if self._handle is not None:
            faulthandler.disable()
            self._handle.close()
            self._handle = None
            if self._faulthandler_was_enabled and sys.__stderr__ is not None:
                faulthandler.enable(sys.__stderr__, all_threads=True)


def default_path() -> Path:
    return paths.log_dir() / FILE_NAME


def install(path: Path | None = None, *, ignore: tuple[type[BaseException], ...] = ()) -> CrashLog:
    """Sends native crashes and uncaught exceptions to the crash log; earlier hooks still run after ours.

    `ignore` names errors that are no crash: the user's own mistakes, already shown to them in Dutch.
    """
    ignored: tuple[type[BaseException], ...] = (KeyboardInterrupt, *ignore)
    path = path or default_path()
    was_enabled = faulthandler.is_enabled()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _keep_small(path)
        # faulthandler writes to the file descriptor at the moment of the crash, so it must stay open.
        handle: IO[str] | None = open(path, "a", encoding="utf-8")  # faulthandler writes to it until the program ends
    except OSError:
        handle = None  # an unwritable data folder must not stop the program; tracebacks still try to append
    if handle is not None:
        faulthandler.enable(handle, all_threads=True)
    previous_hook, previous_thread_hook = sys.excepthook, threading.excepthook
    log = CrashLog(path, handle, (previous_hook, previous_thread_hook), was_enabled)

    def on_exception(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, ignored):
            log.record(kind, error, trace)
        previous_hook(kind, error, trace)

    def on_thread_exception(arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is not None and not isinstance(arguments.exc_value, ignored):
            thread = arguments.thread.name if arguments.thread is not None else "?"
            log.record(arguments.exc_type, arguments.exc_value, arguments.exc_traceback, where=f"thread {thread}")
        previous_thread_hook(arguments)

    sys.excepthook = on_exception
    threading.excepthook = on_thread_exception
    return log


def record_exception(path: Path, kind: type[BaseException], error: BaseException, trace: TracebackType | None,
                     *, where: str = "") -> None:
    """Appends one traceback with the time and version. Never raises: a failing log must not hide the error."""
    heading = f"=== {datetime.now():%d-%m-%Y %H:%M:%S} VGG Desktop {__version__}"
    heading += f" ({where}) ===\n" if where else " ===\n"
    text = heading + "".join(traceback.format_exception(kind, error, trace)) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as log:
            log.write(text)
    except OSError:
        pass


def _keep_small(path: Path) -> None:
    """One older generation is kept: crash.log.1."""
    try:
        if path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(path.name + ".1"))
    except OSError:
        pass
