"""Migration 0011 on a database made by the release (schema 0001 with its Jaarplan 2022): a decision and an
invoice stored before keep every value, the decision's financial part is empty (not recorded), and from then
on the database itself refuses an invoice of no amount or one paid before it was sent."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.db.test_migration_0002 import EDITS, _build_release_database
from vgg_desktop.db import migrate
from vgg_desktop.db.engine import make_engine
from vgg_desktop.startup import open_database

_NOW = "CURRENT_TIMESTAMP"
_INVOICE = ("INSERT INTO project_invoice (project_id, municipality_id, description, amount_cents, sent_on, paid_on, "
            f"version, created_at, updated_at) VALUES (1, 1, :description, :amount, :sent, :paid, 1, {_NOW}, {_NOW})")


def test_stored_decisions_and_invoices_survive_and_the_rules_hold_after(release_url: str) -> None:
    engine = make_engine(release_url)
    try:
        _build_release_database(engine, EDITS)
        with engine.begin() as connection:
            connection.execution_options(vgg_write=True)
            connection.execute(text("INSERT INTO project_decision (project_id, decided_on, description, version, "
                                    f"created_at, updated_at) VALUES (1, '2022-03-10', 'Voortzetting', 1, {_NOW}, {_NOW})"))
            connection.execute(text(_INVOICE), {"description": "Bijdrage 2022", "amount": 123456,
                                                "sent": "2022-02-01", "paid": "2022-03-01"})
        assert migrate.upgrade(engine) is True
        with engine.connect() as connection:
            decision = connection.execute(text("SELECT description, finances FROM project_decision")).one()
            invoice = connection.execute(text("SELECT description, amount_cents FROM project_invoice")).one()
        assert tuple(decision) == ("Voortzetting", None)
        assert tuple(invoice) == ("Bijdrage 2022", 123456)
        for amount, sent, paid in ((0, "2022-02-01", None), (100, "2022-02-01", "2022-01-31"), (100, None, "2022-01-31")):
            with pytest.raises(IntegrityError), engine.begin() as connection:
                connection.execution_options(vgg_write=True)
                connection.execute(text(_INVOICE), {"description": None, "amount": amount, "sent": sent, "paid": paid})
    finally:
        engine.dispose()

    opened = open_database(release_url)
    try:
        finance = opened.services.project_finances.of_project(1, date(2022, 6, 14))
    finally:
        opened.database.dispose()
    assert finance.totals.paid == 123456 and finance.decisions[0].finances is None
