"""A working day without growth: the window through many edits, undos and tab switches, with its memory.

    python -m benchmarks.workday DATABASE REPORT.json [--actions 1000]
    python -m benchmarks.workday --layers REPORT.json DATABASE

Runs in a process of its own (the caller gives it isolated settings folders). The main window is
attached to a copy of DATABASE, as a user sees it, and shown (offscreen). Then, over and over, in
this order: change a board member's function, switch tab, change a portfolio holder's function, undo
the last change, change an activity's progress text, switch tab, undo, undo-redo, ... every action
as the user's key would do it, through the window's commands and undo stack, with the events
processed (and deferred deletes run) as the event loop would between two key presses. So the undo
history grows by one step for every few actions, as on a working day.

Memory is taken at the start (window shown, data on screen), after 10% of the actions and at the
end: the resident set size, the Python objects the garbage collector tracks, the QObjects the window
owns and the widgets of the application. The growth that counts is from 10% (warmed up: every tab
built, caches filled) to the end.

`--layers` says what the memory of a window with data on screen consists of: the resident set size
after each step of a start (Python, Qt, the window, SQLAlchemy and the mapping, the open database,
the data on screen), and the largest Python allocations by module (tracemalloc).
"""

from __future__ import annotations

import gc
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Measurement


def rss_kib() -> int | None:
    """The resident set size now (not the peak): from /proc on Linux, psutil elsewhere if present."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import psutil
    except ImportError:
        return None
    return int(psutil.Process().memory_info().rss // 1024)


def peak_kib() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _settle(application: Any) -> None:
    """What the event loop does between two key presses: pending events, then deferred deletes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    application.processEvents()
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
    application.processEvents()


def _sample(window: Any, application: Any, done: int, started: float) -> dict[str, Any]:
    from PySide6.QtCore import QObject

    gc.collect()
    return {
        "actions": done,
        "seconds": round(time.perf_counter() - started, 2),
        "rss_kib": rss_kib(),
        "python_objects": len(gc.get_objects()),
        "window_qobjects": len(window.findChildren(QObject)),
        "widgets": len(application.allWidgets()),
        "undo_steps": window.undo_stack.count(),
    }


def run_day(database: Path, report: Path, actions: int) -> None:
    from PySide6.QtWidgets import QApplication

    from vgg_desktop.gui.i18n import install_translators
    from vgg_desktop.gui.main_window import MainWindow
    from vgg_desktop.gui.settings import Settings
    from vgg_desktop.startup import open_database

    with tempfile.TemporaryDirectory(prefix="vgg-workday-") as scratch:
        copy = Path(scratch) / database.name
        shutil.copyfile(database, copy)
        application = QApplication([sys.argv[0]])
        application.setOrganizationName("VGG")
        application.setApplicationName("VGG Desktop")
        settings = Settings()
        install_translators(application, settings.language())
        opened = open_database(f"sqlite:///{copy}")
        window = MainWindow(settings)
        window.resize(1280, 800)
        window.show()
        window.attach(opened.services, str(copy))
        _settle(application)
        services = opened.services
        commands = window.commands
        assert commands is not None
        board_members = [seat.holder for seat in services.overviews.board(services_today()) if seat.holder]
        holders = [person for person in services.persons.list() if person.function][:5] or board_members
        activities = list(services.overviews.activities(2022))
        counter = 0

        def change_person(people: list[Any]) -> None:
            nonlocal counter
            counter += 1
            person = commands.latest("person", people[counter % len(people)])
            commands.update("person", person, {"function": f"Functie {counter}"})

        def change_activity() -> None:
            nonlocal counter
            counter += 1
            activity = activities[counter % len(activities)].activity
            activity = commands.latest("activity", activity)
            commands.update("activity", activity, {"first_half_progress": f"Voortgang {counter}"})

        def switch_tab() -> None:
            window.show_tab((window.tabs.currentIndex() + 1) % window.tabs.count())

        def undo_redo() -> None:
            window.undo_stack.undo()
            window.undo_stack.redo()

        cycle = [lambda: change_person(board_members), switch_tab, lambda: change_person(holders),
                 window.undo_stack.undo, change_activity, switch_tab, window.undo_stack.undo, undo_redo]
        started = time.perf_counter()
        samples = [_sample(window, application, 0, started)]
        checkpoints = {max(1, actions // 10), actions}
        for done in range(1, actions + 1):
            cycle[(done - 1) % len(cycle)]()
            _settle(application)
            if done in checkpoints:
                samples.append(_sample(window, application, done, started))
        result = {"samples": samples, "peak_kib": peak_kib(), "tabs_built": len(window.built_tabs())}
        window.close()
        opened.database.dispose()
    report.write_text(json.dumps(result), encoding="utf-8")


def services_today() -> Any:
    from datetime import date

    return date.today()


def run_layers(report: Path, database: Path, traced: bool) -> None:
    """The resident set size after each step of a start; `traced`: what Python itself holds with data on
    screen, by package (tracemalloc doubles what Python allocates, so the sizes come from a run of their own)."""
    import tracemalloc

    if traced:
        tracemalloc.start(1)
    steps: list[tuple[str, int | None]] = [("Python with the benchmark's modules", rss_kib())]
    from PySide6.QtWidgets import QApplication

    application = QApplication([sys.argv[0]])
    steps.append(("Qt: QtCore, QtGui, QtWidgets and a QApplication", rss_kib()))
    from vgg_desktop.gui.main_window import MainWindow
    from vgg_desktop.gui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1280, 800)
    window.show()
    _settle(application)
    steps.append(("the main window painted, with its first tab (no data)", rss_kib()))
    import sqlalchemy.orm  # noqa: F401 - imported for the memory it takes

    steps.append(("SQLAlchemy (core and ORM)", rss_kib()))
    from vgg_desktop.services.catalog import Services  # noqa: F401 - imported for the memory it takes

    steps.append(("the mapping (db.models) and the services", rss_kib()))
    from vgg_desktop.startup import open_database

    opened = open_database(f"sqlite:///{database}")
    steps.append(("the database opened and checked", rss_kib()))
    window.attach(opened.services, str(database))
    _settle(application)
    steps.append(("the data read and painted", rss_kib()))
    for index in range(window.tabs.count()):
        window.show_tab(index)
        _settle(application)
    steps.append(("the other three tabs built, read and painted", rss_kib()))
    result: dict[str, Any] = {"steps": steps, "peak_kib": peak_kib()}
    if traced:
        by_package: dict[str, int] = {}
        for statistic in tracemalloc.take_snapshot().statistics("filename"):
            package = _package(statistic.traceback[0].filename)
            by_package[package] = by_package.get(package, 0) + statistic.size
        result["python_kib"] = tracemalloc.get_traced_memory()[0] // 1024
        result["python_by_package_kib"] = [(name, size // 1024) for name, size in
                                           sorted(by_package.items(), key=lambda item: -item[1])[:8]]
    report.write_text(json.dumps(result), encoding="utf-8")
    opened.database.dispose()


GROWTH_TARGET = 1.03  # of about 130 MiB: 4 MiB


def measure(database: Path, workdir: Path, actions: int) -> tuple[list[Measurement], list[str]]:
    """Runs the day and the layers in processes of their own; the day against its own warmed-up state."""
    from benchmarks.startup import ROOT, isolated_environment

    workdir.mkdir(parents=True, exist_ok=True)
    environment = isolated_environment(workdir)
    report = workdir / "workday.json"
    completed = subprocess.run([sys.executable, "-m", "benchmarks.workday", str(database), str(report),
                                "--actions", str(actions)], cwd=ROOT, env=environment, capture_output=True,
                               text=True, timeout=1800)
    if completed.returncode != 0 or not report.exists():
        raise RuntimeError(f"the working day did not finish (exit {completed.returncode}):\n{completed.stderr[-3000:]}")
    day = json.loads(report.read_text(encoding="utf-8"))
    start, warm, end = day["samples"]
    measurements = [
        Measurement("working day", f"resident memory after {end['actions']} actions (baseline: after "
                    f"{warm['actions']}, warmed up)", end["rss_kib"] / 1024, warm["rss_kib"] / 1024, "MiB", GROWTH_TARGET),
        Measurement("working day", f"Python objects after {end['actions']} actions (baseline: after {warm['actions']})",
                    end["python_objects"], warm["python_objects"], "objects"),
        Measurement("working day", f"QObjects of the window after {end['actions']} actions (baseline: after "
                    f"{warm['actions']})", end["window_qobjects"], warm["window_qobjects"], "objects"),
    ]
    notes = ["working day: " + "; ".join(
        f"after {sample['actions']} actions {sample['rss_kib'] / 1024:.1f} MiB resident, {sample['python_objects']} "
        f"Python objects, {sample['window_qobjects']} QObjects in the window, {sample['widgets']} widgets, "
        f"{sample['undo_steps']} undo steps" for sample in day["samples"]) +
        f"; growth after warm-up {(end['rss_kib'] - warm['rss_kib']) / 1024:.1f} MiB; {end['seconds']:.0f} s"]
    runs: dict[str, dict[str, Any]] = {}
    for option in ("--layers", "--layers-traced"):
        layers_report = workdir / f"layers{option[8:]}.json"
        completed = subprocess.run([sys.executable, "-m", "benchmarks.workday", option, str(layers_report),
                                    str(database)], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=600)
        if completed.returncode != 0 or not layers_report.exists():
            raise RuntimeError(f"the memory layers could not be taken:\n{completed.stderr[-3000:]}")
        runs[option] = json.loads(layers_report.read_text(encoding="utf-8"))
    # The steps from the run without tracemalloc, the allocations by package from the traced one.
    layers = {"steps": runs["--layers"]["steps"], **{key: value for key, value in runs["--layers-traced"].items()
                                                      if key.startswith("python")}}
    previous = 0
    parts = []
    for name, kib in layers["steps"]:
        parts.append(f"{name} +{(kib - previous) / 1024:.1f}" if previous else f"{name} {kib / 1024:.1f}")
        previous = kib
    notes.append("memory by step of a start, without tracemalloc (MiB, resident): " + "; ".join(parts) +
                 f". In a run of its own with tracemalloc, Python's own allocations with every tab on screen: "
                 f"{layers['python_kib'] / 1024:.1f} MiB, largest: " +
                 ", ".join(f"{name} {kib / 1024:.1f}" for name, kib in layers["python_by_package_kib"]))
    return measurements, notes


def _package(filename: str) -> str:
    """Who allocated: a package, the program, the standard library, or the import system (module code)."""
    path = filename.replace("\\", "/")
    for marker in ("site-packages/", "dist-packages/"):
        if marker in path:
            return path.split(marker, 1)[1].split("/", 1)[0].removesuffix(".py")
    if "vgg_desktop/" in path:
        return "vgg_desktop"
    if path.startswith("<frozen importlib"):
        return "imported modules' code"
    if "/lib/python3" in path or path.startswith("<frozen"):
        return path.rsplit("/", 1)[-1].removesuffix(".py").strip("<>")  # a standard module: enum, typing, ...
    return path


def main(argv: list[str]) -> None:
    if argv and argv[0] in ("--layers", "--layers-traced"):
        run_layers(Path(argv[1]), Path(argv[2]), traced=argv[0] == "--layers-traced")
        return
    actions = int(argv[argv.index("--actions") + 1]) if "--actions" in argv else 1000
    run_day(Path(argv[0]), Path(argv[1]), actions)


if __name__ == "__main__":
    main(sys.argv[1:])
