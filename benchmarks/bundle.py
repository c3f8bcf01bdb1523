"""Smoke test and measurements of the PyInstaller bundle, run straight from dist/ after `pyinstaller build.spec`.

    python -m benchmarks.bundle [dist/vgg-desktop]

Checks that the folder carries what the program reads from disk (migrations, seed data, icons,
translations, Word templates) and none of the Qt modules it does not use; runs `--version`, `init`,
`export`, `plan-document` and the window offscreen (`--screenshot`) from the bundle; prints the bundle's size and start times. Exits
non-zero when any of that fails (not when something is slow).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNUSED_QT = re.compile(r"Qt6?(WebEngine|Qml|Quick|Pdf|Multimedia|3D|Charts|DataVisualization|Designer|Sql|Test)",
                       re.IGNORECASE)
EXE = ".exe" if sys.platform == "win32" else ""


class SmokeFailure(Exception):
    pass


def run(command: list[str], environment: dict[str, str], timeout: float = 300) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.perf_counter()
    completed = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise SmokeFailure(f"{' '.join(command)} ended with {completed.returncode}:\n{completed.stdout}\n{completed.stderr}")
    return completed, seconds


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def check_contents(bundle: Path) -> list[str]:
    internal = bundle / "_internal"
    problems = []
    wanted = [
        bundle / f"vgg-desktop{EXE}", bundle / f"VGGDesktop{EXE}",
        internal / "vgg_desktop" / "db" / "migrations" / "env.py",
        internal / "resources" / "seed" / "jaarplan-2022.json",
    ]
    problems += [f"missing: {path.relative_to(bundle)}" for path in wanted if not path.exists()]
    source_versions = {path.name for path in (ROOT / "vgg_desktop" / "db" / "migrations" / "versions").glob("*.py")}
    bundled_versions = {path.name for path in (internal / "vgg_desktop" / "db" / "migrations" / "versions").glob("*.py")}
    if source_versions - bundled_versions:
        problems.append(f"migrations not bundled: {sorted(source_versions - bundled_versions)}")
    for kind in ("icons", "translations", "templates"):
        source = {path.name for path in (ROOT / "resources" / kind).glob("*") if path.is_file()}
        bundled = {path.name for path in (internal / "resources" / kind).glob("*") if path.is_file()}
        if source - bundled:
            problems.append(f"resources/{kind} not bundled: {sorted(source - bundled)}")
    unused = sorted({path.name for path in internal.rglob("*") if UNUSED_QT.search(path.name)})
    if unused:
        problems.append(f"unused Qt modules bundled: {unused[:10]}")
    return problems


def smoke(bundle: Path) -> list[str]:
    """Runs the checks; returns lines to print. Raises SmokeFailure on the first thing that does not work."""
    problems = check_contents(bundle)
    if problems:
        raise SmokeFailure("\n".join(problems))
    command_line = str(bundle / f"vgg-desktop{EXE}")
    window = str(bundle / f"VGGDesktop{EXE}")
    lines = [f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MiB in {sum(1 for _ in bundle.rglob('*'))} files)"]
    with tempfile.TemporaryDirectory(prefix="vgg-bundle-") as scratch:
        work = Path(scratch)
        environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "APPDATA", "LOCALAPPDATA"):
            (work / name.lower()).mkdir()
            environment[name] = str(work / name.lower())
        # The bundle must not lean on the checkout or the development install.
        environment.pop("PYTHONPATH", None)
        environment.pop("VGG_DESKTOP_DATABASE", None)

        version = [run([command_line, "--version"], environment)[1] for _ in range(5)]
        completed, _ = run([command_line, "--version"], environment)
        lines.append(f"--version: {completed.stdout.strip()} (median {statistics.median(version) * 1000:.0f} ms)")

        database = work / "vgg.sqlite3"
        completed, seconds = run([command_line, "init", "--database", str(database)], environment)
        if "nieuw aangemaakt" not in completed.stdout:
            raise SmokeFailure(f"init did not create the database:\n{completed.stdout}")
        lines.append(f"init (new database, migrated and seeded): {seconds * 1000:.0f} ms")
        again = [run([command_line, "init", "--database", str(database)], environment)[1] for _ in range(5)]
        lines.append(f"init (current database): median {statistics.median(again) * 1000:.0f} ms")

        help_text, _ = run([command_line, "--help"], environment)
        if re.search(r"\bexport\b", help_text.stdout):
            workbook = work / "overzicht.xlsx"
            _, seconds = run([command_line, "export", "--database", str(database), "--out", str(workbook),
                              "--date", "2022-06-14"], environment)
            if not workbook.exists() or workbook.stat().st_size == 0:
                raise SmokeFailure("export reported success but wrote no workbook")
            lines.append(f"export: {workbook.stat().st_size / 1024:.0f} KiB in {seconds * 1000:.0f} ms")
        else:
            lines.append("export: this version has no export command")
        if re.search(r"\bplan-document\b", help_text.stdout):
            document = work / "jaarplan.docx"
            _, seconds = run([command_line, "plan-document", "--database", str(database), "--year", "2022",
                              "--out", str(document)], environment)
            if not document.exists() or document.stat().st_size == 0:
                raise SmokeFailure("plan-document reported success but wrote no document")
            lines.append(f"plan-document: {document.stat().st_size / 1024:.0f} KiB in {seconds * 1000:.0f} ms")

        shots = work / "screenshots"
        _, seconds = run([window, "--database", str(database), "--screenshot", str(shots)], environment)
        pictures = sorted(shots.glob("*.png"))
        if not pictures:
            raise SmokeFailure("the window wrote no screenshots")
        lines.append(f"window offscreen, --screenshot: {len(pictures)} pictures in {seconds * 1000:.0f} ms")
    return lines


def main(argv: list[str]) -> int:
    bundle = Path(argv[0]) if argv else ROOT / "dist" / "vgg-desktop"
    try:
        lines = smoke(bundle)
    except SmokeFailure as failure:
        print(f"bundle smoke test FAILED: {failure}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
