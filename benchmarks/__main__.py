"""Runs every benchmark and prints each against its baseline, with the ratio and the target.

    python -m benchmarks                 # the full set: start-up at 1x/100x, workbook at 1x/10x/100x, tabs at 100x,
                                         # a working day of 1,000 actions, saves with and without the history,
                                         # importing 10,000 staff rows against reading the file
    python -m benchmarks --quick         # each benchmark once at 1x, so that none of them rots (CI)
    python -m benchmarks --only tabs --scale 100 --runs 9

A missed target is reported, not an error: the exit code is non-zero only when a benchmark could not run.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from pathlib import Path

from benchmarks import history, importing, startup, tabs, workbook, workday
from benchmarks.common import Measurement, table
from benchmarks.generate_data import generate

BENCHMARKS = ("startup", "workbook", "tabs", "workday", "history", "import")


def machine() -> str:
    import openpyxl
    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} logical CPUs; "
            f"Python {platform.python_version()}, PySide6 {PySide6.__version__} (Qt {qVersion()}), "
            f"SQLAlchemy {sqlalchemy.__version__}, openpyxl {openpyxl.__version__}; "
            f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="every benchmark once, at 1x data")
    parser.add_argument("--only", default=",".join(BENCHMARKS), help=f"comma-separated subset of {', '.join(BENCHMARKS)}")
    parser.add_argument("--scale", type=int, default=100, help="data scale for the tabs (default 100)")
    parser.add_argument("--workbook-scales", default="1,10,100", help="data scales for the workbook (default 1,10,100)")
    parser.add_argument("--actions", type=int, default=None, help="actions of the working day (default 1000, quick 100)")
    parser.add_argument("--runs", type=int, default=None, help="repetitions; the median counts (default 7, quick 1)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the generated databases and files in this folder")
    parser.add_argument("--markdown", type=Path, default=None, help="also write the table and notes to this file")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    chosen = [name.strip() for name in arguments.only.split(",") if name.strip()]
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    runs = arguments.runs or (1 if arguments.quick else 7)
    tab_scale = 1 if arguments.quick else arguments.scale
    workbook_scales = [1] if arguments.quick else [int(value) for value in arguments.workbook_scales.split(",")]

    with tempfile.TemporaryDirectory(prefix="vgg-benchmarks-") as scratch:
        workdir = arguments.keep or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        databases: dict[int, Path] = {}

        def database(scale: int) -> Path:
            if scale not in databases:
                path = workdir / f"data-{scale}x.sqlite3"
                if not path.exists():
                    print(generate(path, scale).describe(), flush=True)
                databases[scale] = path
            return databases[scale]

        measurements: list[Measurement] = []
        notes: list[str] = []
        if "startup" in chosen:
            print("start-up ...", flush=True)
            found, said = startup.measure(database(1), workdir / "startup", runs)
            measurements += found
            notes += said
            if not arguments.quick:
                found, said = startup.measure(database(arguments.scale), workdir / f"startup-{arguments.scale}x",
                                              runs, arguments.scale)
                measurements += found
                notes += said
        if "workbook" in chosen:
            print("meeting workbook ...", flush=True)
            folder = workdir / "workbook"
            folder.mkdir(exist_ok=True)
            found, said = workbook.measure({scale: database(scale) for scale in workbook_scales}, folder, runs)
            measurements += found
            notes += said
        if "tabs" in chosen:
            print(f"tabs at {tab_scale}x ...", flush=True)
            folder = workdir / "tabs"
            folder.mkdir(exist_ok=True)
            found, said = tabs.measure(database(tab_scale), folder, max(runs, 3) if not arguments.quick else 1)
            measurements += found
            notes += said
        if "workday" in chosen:
            actions = arguments.actions or (100 if arguments.quick else 1000)
            print(f"working day of {actions} actions ...", flush=True)
            found, said = workday.measure(database(1), workdir / "workday", actions)
            measurements += found
            notes += said
        if "history" in chosen:
            print("saving with and without the history ...", flush=True)
            folder = workdir / "history"
            folder.mkdir(exist_ok=True)
            found, said = history.measure(database(1), folder, max(runs, 3), saves=10 if arguments.quick else 40)
            measurements += found
            notes += said
        if "import" in chosen:
            print("importing staff rows against reading the file ...", flush=True)
            found, said = importing.measure(workdir / "import", runs, rows=1_000 if arguments.quick else 10_000)
            measurements += found
            notes += said

    text = "\n".join([
        f"Machine: {machine()}",
        f"Command: python -m benchmarks {' '.join(argv if argv is not None else sys.argv[1:])}".rstrip(),
        f"Runs: {runs} (medians)",
        "",
        table(measurements),
        "",
        *[f"- {note}" for note in notes],
    ])
    print()
    print(text)
    if arguments.markdown:
        arguments.markdown.write_text(text + "\n", encoding="utf-8")
    missed = [item for item in measurements if item.verdict == "MISSED"]
    if missed:
        print(f"\n{len(missed)} target(s) missed; see docs/PERFORMANCE.md for the profiles.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
