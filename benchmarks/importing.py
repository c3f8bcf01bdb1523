"""Importing 10,000 staff rows from an .xlsx, against reading the same file with the reader alone.

The baseline is `open_spreadsheet(...).read()`: the streaming parse of the sheet that every import
pays. The program is the whole import of that file into an empty database: read, preview (header,
mapping, every row checked and matched), then the apply that plans again inside its transaction,
writes 10,000 staff members and their employments and records them as one change in the history.
The preview is shown to the user before the apply, so it is part of what the user waits for.
"""

from __future__ import annotations

import shutil
import statistics
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import Measurement

# Reading is the part a user cannot avoid; checking, matching, writing and the history on top of it
# should not make the import more than a few times slower than reading the file (seconds, not minutes).
TARGET = 5.0
CONTRACTS = ("Vast dienstverband", "Jaarcontract", "BBL-plaats", "Traineeship", "Detachering", "Inhuur")


def write_staff_file(path: Path, rows: int) -> Path:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Medewerkers")
    sheet.append(["Medewerkers van het bureau"])
    sheet.append(["Aanhef", "Voorletters", "Voornaam", "Achternaam", "E-mail", "Functie", "Soort dienstverband",
                  "Via", "Vanaf", "Tot"])
    start = date(2015, 1, 1)
    for number in range(rows):
        first = start + timedelta(days=number % 2000)
        sheet.append(["Mw." if number % 2 else "Dhr.", f"{chr(65 + number % 26)}.", f"Voornaam{number}",
                      f"Achternaam{number}", f"medewerker{number}@vgg.nl", f"Functie {number % 40}",
                      CONTRACTS[number % len(CONTRACTS)], "Gemeente Groningen" if number % 5 == 0 else None,
                      first, (first + timedelta(days=365)).strftime("%d-%m-%Y") if number % 3 else None])
    book.save(path)
    return path


def measure(folder: Path, runs: int, rows: int = 10_000) -> tuple[list[Measurement], list[str]]:
    from vgg_desktop.reading.spreadsheet import open_spreadsheet
    from vgg_desktop.services.importing import Importer
    from vgg_desktop.startup import open_database

    folder.mkdir(parents=True, exist_ok=True)
    source = write_staff_file(folder / "medewerkers.xlsx", rows)
    empty = folder / "empty.sqlite3"
    open_database(f"sqlite:///{empty}", seed_when_empty=False).database.dispose()
    reading: list[float] = []
    importing: list[float] = []
    for run in range(max(runs, 1)):
        started = time.perf_counter()
        open_spreadsheet(source).read()
        reading.append((time.perf_counter() - started) * 1000)

        database = folder / f"import-{run}.sqlite3"
        shutil.copyfile(empty, database)
        opened = open_database(f"sqlite:///{database}")
        try:
            started = time.perf_counter()
            table = open_spreadsheet(source).read()
            importer = Importer(opened.database)
            preview = importer.preview("staff", table)
            result = importer.apply("staff", table)
            importing.append((time.perf_counter() - started) * 1000)
            assert preview.can_apply and result.added == rows, "the benchmark file must import without problems"
        finally:
            opened.database.dispose()
        database.unlink()
    measurement = Measurement("import", f"{rows:,} staff rows (.xlsx)".replace(",", "."),
                              statistics.median(importing), statistics.median(reading), target=TARGET)
    notes = [f"import: read + preview + one transaction of {rows} staff members with their employments and one "
             f"change in the history, against reading the same {source.stat().st_size // 1024} kB file alone"]
    return [measurement], notes
