"""An office on the PostgreSQL server of the test run: the administrator's database with the roles set up,
and two login users: Anna of personnel (vgg_personeel) and Bert of the secretariat (vgg_gebruiker)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from tests.postgres import PostgresServer
from vgg_desktop.cli import main
from vgg_desktop.startup import OpenedDatabase, open_database

ANNA = f"anna_personeel_{os.getpid()}"
BERT = f"bert_secretariaat_{os.getpid()}"


@dataclass
class Office:
    owner: OpenedDatabase
    anna: OpenedDatabase
    bert: OpenedDatabase
    urls: dict[str, str]


def _as(url: str, user: str) -> str:
    return url.replace("postgres@", f"{user}@", 1)


def _create_login_users(server: PostgresServer) -> None:
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True) as connection:
        for user in (ANNA, BERT):
            if connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone() is None:
                connection.execute(f'CREATE ROLE "{user}" LOGIN')


@pytest.fixture
def office(postgres_server: PostgresServer, postgres_url: str, capsys: pytest.CaptureFixture[str]) -> Iterator[Office]:
    owner = open_database(postgres_url)  # the administrator: init, migrations and the Jaarplan 2022
    _create_login_users(postgres_server)
    assert main(["setup-roles", "--database", postgres_url, "--personeel", ANNA, "--gebruiker", BERT]) == 0
    said = capsys.readouterr().out
    assert f"{ANNA}: lid van vgg_personeel" in said and f"{BERT}: lid van vgg_gebruiker" in said
    anna = open_database(_as(postgres_url, ANNA))
    bert = open_database(_as(postgres_url, BERT))
    try:
        yield Office(owner, anna, bert, {"owner": postgres_url, "anna": _as(postgres_url, ANNA), "bert": _as(postgres_url, BERT)})
    finally:
        for opened in (owner, anna, bert):
            opened.database.dispose()


