"""Opening each tab and each filter keystroke, against bare table models over the same rows read with sqlite3.

    python -m benchmarks.tabs DATABASE REPORT.json [--runs 5]

Runs in a process of its own (the caller gives it isolated settings folders). The program's main
window is attached to DATABASE as the user sees it. Opening a tab is: read everything it shows again
through the services, fill its models, make it the current tab and paint the window. The baseline is
a window of the same size with the same tables, each a bare QAbstractTableModel over rows that one
sqlite3 query per table reads, behind a QSortFilterProxyModel; opening is: run the queries, reset
the models, switch and paint. A keystroke in the search field is: filter every table of the tab and
paint. The baseline is checked to show as many rows in each table as the program.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget

TARGET = 2.0
TODAY = date.today().isoformat()
PERSON = "coalesce(p.initials || ' ', '') || p.last_name"

BOARD = f"""
SELECT s.role, CASE WHEN s.kind = 'municipality' THEN 'Gemeente ' || coalesce(m.name, '(nog niet vastgelegd)')
                    ELSE coalesce(s.constituency, s.kind) END,
       coalesce({PERSON}, 'Vacature'),
       t.start_date, t.end_date, (SELECT group_concat(name, ', ') FROM portfolio WHERE holder_id = p.id)
FROM board_seat s LEFT JOIN municipality m ON m.id = s.municipality_id
LEFT JOIN seat_term t ON t.seat_id = s.id AND (t.start_date IS NULL OR t.start_date <= :today)
                      AND (t.end_date IS NULL OR t.end_date >= :today)
LEFT JOIN person p ON p.id = t.person_id
ORDER BY s.position, s.id"""
PORTFOLIOS = f"""
SELECT po.name, po.kind, coalesce({PERSON}, 'Vacature'),
       (SELECT group_concat(name, ', ') FROM vng_committee c WHERE c.portfolio_id = po.id)
FROM portfolio po LEFT JOIN person p ON p.id = po.holder_id ORDER BY po.position, po.id"""
COMMITTEES = f"""
SELECT c.name, c.former_name, po.name, coalesce({PERSON}, c.member_status)
FROM vng_committee c LEFT JOIN portfolio po ON po.id = c.portfolio_id LEFT JOIN person p ON p.id = c.member_id
ORDER BY c.position, c.id"""
CONSULTATIONS = f"""
SELECT co.number, co.name, coalesce({PERSON}, co.chair_status), co.preparation,
       (SELECT group_concat(pa.name, ', ') FROM consultation_partner cp JOIN partner pa ON pa.id = cp.partner_id
        WHERE cp.consultation_id = co.id), po.name
FROM consultation co LEFT JOIN person p ON p.id = co.chair_id LEFT JOIN portfolio po ON po.id = co.portfolio_id
ORDER BY co.number, co.id"""
STAFF = """
SELECT coalesce(sm.initials || ' ', '') || sm.last_name, e.function, e.contract_kind, e.through, e.start_date, e.end_date
FROM staff_member sm LEFT JOIN employment e ON e.id = (
    SELECT id FROM employment WHERE staff_member_id = sm.id
    ORDER BY (end_date IS NULL OR end_date >= :today) DESC, coalesce(end_date, '9999-12-31') DESC LIMIT 1)
ORDER BY sm.id"""
ACTIVITIES = """
SELECT a.owner_kind, a.title, a.goal, a.results, a.first_half_status, a.first_half_progress,
       a.second_half_status, a.second_half_progress, a.meeting_target,
       (SELECT count(*) FROM meeting m WHERE m.activity_id = a.id AND m.status = 'gehouden'),
       (SELECT count(*) FROM meeting m WHERE m.activity_id = a.id AND m.status = 'gepland')
FROM activity a JOIN year_plan y ON y.id = a.year_plan_id WHERE y.year = :year ORDER BY a.position, a.id"""
# The meetings of the year under the activities: dated in the year, or serving one of its activities.
MEETINGS = """
SELECT m.date, m.kind, m.title, m.status, a.title,
       (SELECT count(*) FROM meeting_attendance ma WHERE ma.meeting_id = m.id AND ma.status = 'aanwezig'),
       m.theme, m.location
FROM meeting m LEFT JOIN activity a ON a.id = m.activity_id
WHERE m.date BETWEEN :year || '-01-01' AND :year || '-12-31'
   OR m.activity_id IN (SELECT a2.id FROM activity a2 JOIN year_plan y ON y.id = a2.year_plan_id WHERE y.year = :year)
ORDER BY m.date, m.id"""


@dataclass(frozen=True)
class TabCase:
    name: str
    tab: str  # attribute of the main window
    queries: tuple[str, ...]
    typed: str
    year: int | None = None


def cases(latest_year: int, earlier_year: int | None) -> list[TabCase]:
    found = [
        TabCase("Bestuur", "board_tab", (BOARD,), "gemeente"),
        TabCase("Portefeuilles", "portfolios_tab", (PORTFOLIOS, COMMITTEES, CONSULTATIONS), "sport"),
        TabCase("Bureau", "staff_tab", (STAFF,), "bakker"),
        TabCase(f"Activiteiten {latest_year}", "activities_tab", (ACTIVITIES, MEETINGS), "regio", latest_year),
    ]
    if earlier_year is not None:
        found.append(TabCase(f"Activiteiten {earlier_year}", "activities_tab", (ACTIVITIES, MEETINGS), "regio", earlier_year))
    return found


def _bare_window(case_list: list[TabCase]) -> tuple[Any, Any, dict[str, tuple[Any, list[Any], list[Any]]]]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QLineEdit, QMainWindow, QTableView, QTabWidget, QVBoxLayout, QWidget

    class BareModel(QAbstractTableModel):
        def __init__(self, parent: Any) -> None:
            super().__init__(parent)
            self.rows: list[tuple[Any, ...]] = []
            self.columns = 0

        def set_rows(self, rows: list[tuple[Any, ...]], columns: int) -> None:
            self.beginResetModel()
            self.rows, self.columns = rows, columns
            self.endResetModel()

        def rowCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:
            return 0 if parent.isValid() else self.columns

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                value = self.rows[index.row()][index.column()]
                return "" if value is None else str(value)
            return None

    window = QMainWindow()
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    parts: dict[str, tuple[Any, list[Any], list[Any]]] = {}
    for case in case_list:
        page = QWidget()
        layout = QVBoxLayout(page)
        search = QLineEdit(page)
        layout.addWidget(search)
        models, proxies = [], []
        for _query in case.queries:
            model = BareModel(page)
            proxy = QSortFilterProxyModel(page)
            proxy.setSourceModel(model)
            proxy.setFilterKeyColumn(-1)
            proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            view = QTableView(page)
            view.setModel(proxy)
            view.setSortingEnabled(True)
            layout.addWidget(view)
            models.append(model)
            proxies.append(proxy)
        search.textChanged.connect(lambda text, proxies=proxies: [proxy.setFilterFixedString(text) for proxy in proxies])
        tabs.addTab(page, case.name)
        parts[case.name] = (search, models, proxies)
    return window, tabs, parts


def _type_and_paint(field: QLineEdit, text: str, window: QWidget) -> None:
    field.setText(text)
    window.repaint()


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def measure_in_process(database: Path, runs: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from vgg_desktop.app import make_application
    from vgg_desktop.gui.main_window import MainWindow
    from vgg_desktop.gui.settings import Settings
    from vgg_desktop.startup import open_database

    application = make_application()
    assert isinstance(application, QApplication)
    connection = sqlite3.connect(database)
    years = [row[0] for row in connection.execute("SELECT year FROM year_plan ORDER BY year")]
    latest = max((year for year in years if year <= date.today().year), default=years[-1])
    earlier = next((year for year in years if year < latest - 10), None)
    case_list = cases(latest, earlier)

    opened = open_database(f"sqlite:///{database}", seed_when_empty=False)
    window = MainWindow(Settings())
    window.resize(1280, 800)
    window.show()
    window.attach(opened.services, str(database))
    bare, bare_tabs, bare_parts = _bare_window(case_list)
    bare.resize(1280, 800)
    bare.show()
    application.processEvents()

    def bare_open(case: TabCase) -> None:
        _search, models, _proxies = bare_parts[case.name]
        parameters = {"today": TODAY, "year": case.year}
        connection.execute("SELECT year FROM year_plan ORDER BY year").fetchall()  # the program's year list
        for model, query in zip(models, case.queries):
            cursor = connection.execute(query, parameters)
            model.set_rows(cursor.fetchall(), len(cursor.description))
        bare_tabs.setCurrentIndex(case_list.index(case))
        bare.repaint()

    def program_open(case: TabCase) -> None:
        tab = getattr(window, case.tab)
        if case.year is not None:
            # Choosing the year reloads the tab; otherwise reload it as F5 or returning to the window does.
            tab.year.blockSignals(True)
            tab.year.setCurrentIndex(tab.year.findText(str(case.year)))
            tab.year.blockSignals(False)
        tab.reload()
        window.tabs.setCurrentIndex(window.index_of(tab))
        window.repaint()

    results: dict[str, Any] = {"cases": []}
    for case in case_list:
        tab = getattr(window, case.tab)
        program_open(case)
        bare_open(case)
        if window.current_tab() is not tab or bare_tabs.currentIndex() != case_list.index(case):
            raise RuntimeError(f"{case.name}: the tab was not made current; the paint would not show it")
        program_rows = [section.total() for section in tab.sections]
        bare_rows = [model.rowCount() for model in bare_parts[case.name][1]]
        if program_rows != bare_rows:
            raise RuntimeError(f"{case.name}: the baseline reads {bare_rows} rows, the program shows {program_rows}")
        opening_program, opening_bare = [], []
        for _ in range(runs):
            # Start from another tab each time, as a user does.
            window.tabs.setCurrentIndex((window.index_of(tab) + 1) % window.tabs.count())
            bare_tabs.setCurrentIndex((case_list.index(case) + 1) % bare_tabs.count())
            application.processEvents()
            opening_program.append(_timed(lambda: program_open(case)))
            opening_bare.append(_timed(lambda: bare_open(case)))
        typing_program, typing_bare = [], []
        bare_search = bare_parts[case.name][0]
        for _ in range(runs):
            for length in range(1, len(case.typed) + 1):
                typed = case.typed[:length]
                typing_program.append(_timed(partial(_type_and_paint, tab.search, typed, window)))
                typing_bare.append(_timed(partial(_type_and_paint, bare_search, typed, bare)))
            shown = ([section.shown() for section in tab.sections], [proxy.rowCount() for proxy in bare_parts[case.name][2]])
            tab.search.clear()
            bare_search.clear()
            application.processEvents()
        results["cases"].append({
            "name": case.name, "rows": program_rows, "typed": case.typed, "shown_after_typing": shown,
            "open_program": statistics.median(opening_program), "open_bare": statistics.median(opening_bare),
            "key_program": statistics.median(typing_program), "key_bare": statistics.median(typing_bare),
        })
    connection.close()
    opened.database.dispose()
    return results


def measure(database: Path, workdir: Path, runs: int) -> tuple[list[Any], list[str]]:
    """Runs the measurement in a fresh process with isolated settings; returns measurements and notes."""
    import subprocess

    from benchmarks.common import Measurement
    from benchmarks.startup import ROOT, isolated_environment

    report = workdir / "tabs.json"
    report.unlink(missing_ok=True)
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.tabs", str(database), str(report), "--runs", str(runs)],
        cwd=ROOT, env=isolated_environment(workdir / "tabs-settings"), capture_output=True, text=True, timeout=1800,
    )
    if completed.returncode != 0 or not report.exists():
        raise RuntimeError(f"the tab benchmark failed (exit {completed.returncode}):\n{completed.stderr[-3000:]}")
    data = json.loads(report.read_text(encoding="utf-8"))
    measurements: list[Measurement] = []
    notes: list[str] = []
    for case in data["cases"]:
        rows = "+".join(str(count) for count in case["rows"])
        measurements.append(Measurement("tabs", f"open {case['name']} ({rows} rows)",
                                        case["open_program"], case["open_bare"], "ms", TARGET))
        measurements.append(Measurement("tabs", f"keystroke in {case['name']} ('{case['typed']}')",
                                        case["key_program"], case["key_bare"], "ms", TARGET))
        program_shown, bare_shown = case["shown_after_typing"]
        notes.append(f"tabs {case['name']}: after typing '{case['typed']}' the program shows {program_shown} rows, "
                     f"the bare substring filter {bare_shown}")
    return measurements, notes


def main(argv: Sequence[str]) -> None:
    database, report = Path(argv[0]), Path(argv[1])
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 5
    results = measure_in_process(database, runs)
    report.write_text(json.dumps(results), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
