"""Killing the program while it saves loses nothing it had confirmed, and never damages the database.

A child process opens the database the way the program does (quick check, migrations, daily backup)
and saves through the services in a loop: it creates people, changes one partner over and over, and
deletes some of the people it made. It prints each change only after the service call has returned,
which is the moment the window would tell the user "opgeslagen". The parent kills it with SIGKILL at
a random moment, many times over; after every kill the database must pass integrity_check and
foreign_key_check, every confirmed change must be there, and every confirmed delete must be gone.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from vgg_desktop.startup import open_database

TRIALS = 55

SAVER = r"""
import sys
from vgg_desktop.startup import open_database

url, trial = sys.argv[1], sys.argv[2]
services = open_database(url).services
partner_id = services.partners.list()[0].id
made = []
number = 0
while True:
    number += 1
    person = services.persons.create({"last_name": f"Crash {trial}-{number}", "notes": "regel\n" * (number % 40)})
    made.append(person)
    print(f"C {person.id} {person.last_name}", flush=True)
    if number % 3 == 0:
        current = services.partners.get(partner_id)
        changed = services.partners.update(partner_id, current.version, {"notes": f"stand {trial}-{number}"})
        print(f"U {partner_id} {changed.version} {changed.notes}", flush=True)
    if number % 5 == 0:
        victim = made.pop(0)
        services.persons.delete(victim.id, victim.version)
        print(f"D {victim.id}", flush=True)
"""


@dataclass
class Confirmed:
    persons: dict[int, str] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    partner: tuple[int, int, str] | None = None  # id, version, notes
    # The saver's own list of this trial's people, oldest first: the next delete takes the first.
    made: list[int] = field(default_factory=list)
    created: int = 0
    deletes: int = 0

    def start_trial(self) -> None:
        self.made, self.created, self.deletes = [], 0, 0

    def take(self, line: str) -> None:
        kind, rest = line.split(" ", 1)
        if kind == "C":
            record_id, name = rest.split(" ", 1)
            self.persons[int(record_id)] = name
            self.made.append(int(record_id))
            self.created += 1
        elif kind == "U":
            record_id, version, notes = rest.split(" ", 2)
            self.partner = (int(record_id), int(version), notes)
        elif kind == "D":
            victim = self.made.pop(0)
            assert victim == int(rest), "the saver deleted someone other than its oldest person"
            self.deleted.add(victim)
            self.persons.pop(victim, None)
            self.deletes += 1
        else:
            raise AssertionError(f"unexpected line from the saver: {line!r}")

    def unconfirmed_delete(self) -> set[int]:
        """The one person a delete may have removed after the last confirmation and before the kill."""
        due = self.created // 5 > self.deletes
        return {self.made[0]} if due and self.made else set()


def _run_until_killed(url: str, trial: int, rng: random.Random, confirmed: Confirmed) -> int:
    """Starts a saver, lets it confirm a random number of changes, then kills it at a random moment."""
    wanted = rng.randint(1, 40)
    seen = 0
    with subprocess.Popen([sys.executable, "-c", SAVER, url, str(trial)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as saver:
        assert saver.stdout is not None and saver.stderr is not None
        try:
            while seen < wanted:
                line = saver.stdout.readline()
                if not line:
                    pytest.fail(f"the saver stopped by itself in trial {trial}:\n{saver.stderr.read()}")
                confirmed.take(line.rstrip("\n"))
                seen += 1
            pause = rng.choice((0.0, 0.0, rng.uniform(0, 0.002), rng.uniform(0, 0.02)))
            if pause:
                time.sleep(pause)  # lands the kill somewhere inside the next save
        finally:
            saver.kill()
            saver.wait()
        # Lines printed before the kill landed are confirmations too.
        for line in saver.stdout.read().splitlines():
            if line:
                confirmed.take(line)
                seen += 1
    return seen


def _verify(path: Path, confirmed: Confirmed, trial: int) -> None:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"damaged after kill {trial}"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], f"broken references after kill {trial}"
        stored = dict(connection.execute("SELECT id, last_name FROM person WHERE last_name LIKE 'Crash %'").fetchall())
        missing = {record_id: name for record_id, name in confirmed.persons.items()
                   if stored.get(record_id) != name and record_id not in confirmed.unconfirmed_delete()}
        assert missing == {}, f"confirmed saves lost after kill {trial}"
        assert confirmed.deleted.isdisjoint(stored), f"confirmed deletes came back after kill {trial}"
        if confirmed.partner is not None:
            record_id, version, notes = confirmed.partner
            stored_version, stored_notes = connection.execute(
                "SELECT version, notes FROM partner WHERE id = ?", (record_id,)).fetchone()
            # A save can land after the last confirmation and before the kill, never the other way round.
            assert stored_version >= version, f"a confirmed change was rolled back after kill {trial}"
            if stored_version == version:
                assert stored_notes == notes
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL semantics; Windows terminates differently")
def test_killing_a_saving_process_loses_nothing_confirmed(tmp_path: Path) -> None:
    path = tmp_path / "vgg.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).database.dispose()
    rng = random.Random(20220614)
    confirmed = Confirmed()
    total = 0
    for trial in range(1, TRIALS + 1):
        confirmed.start_trial()
        total += _run_until_killed(url, trial, rng, confirmed)
        _verify(path, confirmed, trial)
        # What an unconfirmed delete removed is gone for good; it is not expected back.
        for record_id in confirmed.unconfirmed_delete():
            confirmed.persons.pop(record_id, None)
    assert total >= TRIALS and len(confirmed.persons) > TRIALS and confirmed.deleted
    # And the program still starts on it: quick check, no migration needed, data intact.
    reopened = open_database(url)
    try:
        names = {person.id: person.last_name for person in reopened.services.persons.list()}
        assert all(names.get(record_id) == name for record_id, name in confirmed.persons.items())
    finally:
        reopened.database.dispose()
