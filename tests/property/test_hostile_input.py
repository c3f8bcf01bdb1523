"""Hostile input at every service: only domain errors come out, and nothing is ever partly saved.

Unicode of every kind, control characters, lone surrogates, very long text, impossible dates and values
of the wrong type go into create and update of every entity. A refused create must leave every table
as it was; a refused update must leave the record exactly as it was; an accepted one must read back
exactly as the service returned it.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import inspect, text

from vgg_desktop.db.mapping import current_fields
from vgg_desktop.domain.errors import DomainError
from vgg_desktop.domain.schema import SPECS_BY_NAME, EntitySpec
from vgg_desktop.startup import OpenedDatabase, open_database

ENTITIES = sorted(SPECS_BY_NAME)
SETTINGS = settings(max_examples=20, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

impossible_dates = st.sampled_from([
    "31-02-2022", "29-02-2023", "00-01-2022", "32-13-2022", "2022-13-01", "1 smarch 2022", "14-06-1899",
    "01-01-2201", "99-99-9999", "14-06-22", "14/06/2022/1", "-1-1-2022", "１４-０６-２０２２",
])
unicode_text = st.text(max_size=60)
control_text = st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs", "Mn"]), min_size=1, max_size=20)
surrogates = st.text(st.characters(categories=["Cs"]), min_size=1, max_size=4)
long_text = st.builds(lambda piece, times: piece * times, st.text(min_size=1, max_size=3), st.integers(150, 25_000))
wrong_types = st.one_of(
    st.integers(min_value=-(2**80), max_value=2**80), st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.binary(max_size=8), st.none(), st.datetimes(), st.dates(), st.decimals(allow_nan=True, allow_infinity=True),
    st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=2),
    st.builds(object), st.just(math.inf),
)
scalars = st.one_of(unicode_text, control_text, surrogates, long_text, impossible_dates, wrong_types)
hostile = st.one_of(scalars, st.lists(scalars, max_size=3), st.tuples(scalars), st.frozensets(st.integers(), max_size=3))


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OpenedDatabase]:
    opened = open_database(f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'vgg.sqlite3'}")
    yield opened
    opened.database.dispose()


_TABLES: list[str] = []


def _row_counts(opened: OpenedDatabase) -> dict[str, int]:
    """The number of rows in every table (link tables included), in one statement."""
    engine = opened.database.engine
    with engine.connect() as connection:
        if not _TABLES:
            _TABLES.extend(inspect(connection).get_table_names())
        counts = connection.execute(text("SELECT " + ", ".join(f'(SELECT count(*) FROM "{table}")' for table in _TABLES))).one()
    return dict(zip(_TABLES, counts, strict=True))


def _baseline(opened: OpenedDatabase, spec: EntitySpec) -> dict[str, Any]:
    """A valid starting point: the fields of an existing record, so hostile values reach the rules and the database."""
    target = _target(opened, spec)
    return current_fields(spec, opened.services.records(spec.name).get(target)) if target is not None else {}


def _changes(spec: EntitySpec, draw: Any) -> dict[str, Any]:
    names = draw(st.sets(st.sampled_from(spec.field_names), min_size=1, max_size=3))
    return {name: draw(hostile) for name in sorted(names)}


def _create_and_check(opened: OpenedDatabase, spec: EntitySpec, data: Mapping[str, Any]) -> None:
    service = opened.services.records(spec.name)
    before = _row_counts(opened)
    try:
        created = service.create(data)
    except DomainError as error:
        assert error.message  # every refusal says something to the user
        assert _row_counts(opened) == before, "a refused create left rows behind"
        return
    after = _row_counts(opened)
    assert after[spec.name] == before[spec.name] + 1
    assert service.get(created.id) == created
    for value in current_fields(spec, created).values():
        if isinstance(value, str):
            value.encode("utf-8")  # what was stored can be written anywhere: no lone surrogates


_TARGETS: dict[str, int | None] = {}


def _target(opened: OpenedDatabase, spec: EntitySpec) -> int | None:
    """The record that updates aim at: the first seeded one, looked up once per entity."""
    if spec.name not in _TARGETS:
        existing = opened.services.records(spec.name).list()
        _TARGETS[spec.name] = existing[0].id if existing else None
    return _TARGETS[spec.name]


def _update_and_check(opened: OpenedDatabase, spec: EntitySpec, changes: Mapping[str, Any]) -> None:
    service = opened.services.records(spec.name)
    target = _target(opened, spec)
    if target is None:
        return
    before = service.get(target)
    counts = _row_counts(opened)
    try:
        updated = service.update(before.id, before.version, changes)
    except DomainError as error:
        assert error.message
        assert service.get(before.id) == before, "a refused update changed the record"
        assert _row_counts(opened) == counts
        return
    # A change that cleans to the stored values writes nothing, so the version stays.
    changed = current_fields(spec, updated) != current_fields(spec, before)
    assert updated.version == before.version + (1 if changed else 0)
    assert service.get(before.id) == updated


@pytest.mark.slow
@pytest.mark.parametrize("entity", ENTITIES)
@SETTINGS
@given(draw=st.data())
def test_create_with_hostile_values(opened: OpenedDatabase, entity: str, draw: st.DataObject) -> None:
    spec = SPECS_BY_NAME[entity]
    data = {**_baseline(opened, spec), **_changes(spec, draw.draw)}
    _create_and_check(opened, spec, data)


@pytest.mark.slow
@pytest.mark.parametrize("entity", ENTITIES)
@SETTINGS
@given(draw=st.data())
def test_update_with_hostile_values(opened: OpenedDatabase, entity: str, draw: st.DataObject) -> None:
    spec = SPECS_BY_NAME[entity]
    _update_and_check(opened, spec, _changes(spec, draw.draw))


@pytest.mark.slow
@pytest.mark.parametrize("entity", ENTITIES)
@SETTINGS
@given(data=st.dictionaries(st.text(max_size=12), hostile, max_size=6))
def test_create_from_nothing_but_hostile_input(opened: OpenedDatabase, entity: str, data: dict[str, Any]) -> None:
    _create_and_check(opened, SPECS_BY_NAME[entity], data)


# Values that once got past validation and failed in the database driver instead (kept as fixed cases).
KNOWN_HOSTILE: tuple[Any, ...] = (
    "\ud800", "a\ud83d\ude00b", ["\ud800"], [{"title": "\udfff", "text": "x"}], 2**70, -(2**70), 2**40, [2**70],
    [2**40], 1.5, math.nan, b"bytes", object(), date(1, 1, 1), datetime(2022, 6, 14, 9, 30), True, Decimal("1"),
    (x for x in [1]), [{"title": 1}], ["a"], "9" * 30, "x" * 30_000, "\x00\x1b\u202e", {"a": 1}, [1], "",
)


@pytest.mark.parametrize("entity", ENTITIES)
def test_known_hostile_values_at_every_field(opened: OpenedDatabase, entity: str) -> None:
    spec = SPECS_BY_NAME[entity]
    baseline = _baseline(opened, spec)
    for name in spec.field_names:
        for value in KNOWN_HOSTILE:
            _create_and_check(opened, spec, {**baseline, name: value})
            _update_and_check(opened, spec, {name: value})


def test_text_with_surrogates_is_stored_without_them(opened: OpenedDatabase) -> None:
    created = opened.services.partners.create({"name": "Stichting\ud800 Surrogaat\udfff", "notes": "a\ud83d\ude00b"})
    assert created.name == "Stichting Surrogaat" and created.notes == "ab"
    assert opened.services.partners.get(created.id) == created


def test_tmp_database_is_outside_the_checkout(opened: OpenedDatabase) -> None:
    # Hypothesis keeps no example database here (database=None), and the module database lives in tmp.
    assert not Path(opened.database.url.removeprefix("sqlite:///")).is_relative_to(Path(__file__).resolve().parents[2])


def test_deleting_any_record_is_all_or_nothing_and_undoable(tmp_path: Path) -> None:
    """Every record of every kind: a refused delete changes nothing; an accepted one is undone exactly."""
    fresh = open_database(f"sqlite:///{tmp_path / 'delete.sqlite3'}")
    try:
        refused = accepted = 0
        for entity in ENTITIES:
            service = fresh.services.records(entity)
            for record in service.list():
                before = _row_counts(fresh)
                try:
                    restoration = service.delete(record.id, record.version)
                except DomainError as error:
                    assert error.message and _row_counts(fresh) == before, f"{entity} {record.id}"
                    refused += 1
                    continue
                accepted += 1
                assert _row_counts(fresh)[entity] == before[entity] - 1
                fresh.services.restore(restoration)
                after = _row_counts(fresh)
                # The history keeps both the delete and its undo; everything else is as it was.
                assert after.pop("history_change") == before.pop("history_change") + 2
                after.pop("history_record"), before.pop("history_record")
                assert after == before, f"{entity} {record.id} did not come back whole"
                restored = service.get(record.id)
                assert {**vars(restored), "version": 0} == {**vars(record), "version": 0}
        assert refused and accepted
    finally:
        fresh.database.dispose()
