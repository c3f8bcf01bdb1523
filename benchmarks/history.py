"""Saving with the history of changes, against the same saves without it, in one run on one database.

The baseline is the program's own save with the one call that records the change replaced by nothing
(`record_change` as the record services use it), so the difference is exactly what the history costs:
working out each changed field's old and new text and the record's name, reading the database user on
PostgreSQL, and the two INSERTs. The two are measured turn about, so that a busy machine slows both.

Cases: a person's e-mail address (a short text), an activity's progress and status (long text, an enum,
and a list of partner names to compare), and adding and deleting a meeting (every field, twice).
"""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Measurement

# What a save costs is mostly the commit that waits for the disk (synchronous=FULL); the history adds
# pages to that same commit. A user notices some 100 ms, a save takes under 10: 1.3x is a few ms.
TARGET = 1.3


def measure(source: Path, folder: Path, runs: int, saves: int = 40) -> tuple[list[Measurement], list[str]]:
    from vgg_desktop.services import records
    from vgg_desktop.startup import open_database

    database = folder / "history.sqlite3"
    shutil.copyfile(source, database)
    opened = open_database(f"sqlite:///{database}")
    services = opened.services
    recording = records.record_change

    def without_history(*_: Any, **__: Any) -> None:
        return None

    person = services.persons.list()[0]
    activity = services.activities.list()[0]
    state: dict[str, Any] = {"person": person, "activity": activity, "turn": 0}

    def edit_person() -> None:
        state["turn"] += 1
        current = state["person"]
        state["person"] = services.persons.update(current.id, current.version, {"email": f"p{state['turn']}@gemeente.nl"})

    def edit_activity() -> None:
        state["turn"] += 1
        current = state["activity"]
        state["activity"] = services.activities.update(current.id, current.version, {
            "first_half_progress": f"Voortgang, versie {state['turn']}. " * 20,
            "first_half_status": "loopt" if state["turn"] % 2 else "afgerond",
        })

    def add_and_delete_meeting() -> None:
        meeting = services.meetings.create({"date": "2022-06-14", "kind": "db", "title": "Vergadering",
                                            "location": "Ten Boer", "notes": "Agenda volgt."})
        services.meetings.delete(meeting.id, meeting.version)

    cases: list[tuple[str, Callable[[], None]]] = [
        ("save: person e-mail", edit_person),
        ("save: activity progress", edit_activity),
        ("add + delete meeting", add_and_delete_meeting),
    ]
    measurements = []
    try:
        for name, save in cases:
            with_times: list[float] = []
            without_times: list[float] = []
            for _ in range(max(runs, 1)):
                for recorded, times in ((True, with_times), (False, without_times)):
                    records.record_change = recording if recorded else without_history
                    started = time.perf_counter()
                    for _ in range(saves):
                        save()
                    times.append((time.perf_counter() - started) * 1000 / saves)
            measurements.append(Measurement("history", name, statistics.median(with_times),
                                            statistics.median(without_times), target=TARGET))
    finally:
        records.record_change = recording
        opened.database.dispose()
    extra = ", ".join(f"{item.case} +{item.program - item.baseline:.1f} ms" for item in measurements)
    notes = [f"history: what the history adds to one save: {extra}",
             f"history: median ms per save over {max(runs, 1)} rounds of {saves} saves each, with the history "
             "against the same save with the history call replaced by nothing (SQLite, synchronous=FULL)"]
    return measurements, notes
